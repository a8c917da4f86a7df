// Time to render one plan as HTML (renderPlanHtml, warm), beside Markdown, on every example and on a plan with every
// gap at its widest. The report is built once; only the renderer is timed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Answer, Catalogue, Plan, PlanReport } from '../src/core/model.ts';
import { buildReport } from '../src/core/report.ts';
import { renderPlanHtml } from '../src/render/html/plan.ts';
import { renderPlanMarkdown } from '../src/render/markdown.ts';

const root = process.env.SKOLDIGIPLAN_ROOT ?? process.cwd();
const WARMUP = 200;
const RUNS = 1000;
const TARGET_MS = 15;

const catalogueFile = join(root, 'dist/catalogue/nationell.json');
if (!existsSync(catalogueFile)) {
  console.log('no built catalogue: run npm run build first');
  process.exit(1);
}
const catalogue = JSON.parse(readFileSync(catalogueFile, 'utf8')) as Catalogue;

function median(run: () => void): number {
  for (let i = 0; i < WARMUP; i++) run();
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

let worst = 0;
function measure(name: string, report: PlanReport): void {
  const html = median(() => renderPlanHtml(report, { lang: 'sv' }));
  const md = median(() => renderPlanMarkdown(report, { lang: 'sv' }));
  worst = Math.max(worst, html);
  const size = (renderPlanHtml(report, { lang: 'sv' }).length / 1024).toFixed(0);
  console.log(`  ${name.padEnd(30)} HTML median ${html.toFixed(3).padStart(7)} ms (${size} kB)  Markdown ${md.toFixed(3).padStart(7)} ms`);
}

const answers: Record<string, Answer> = {};
for (const ind of catalogue.indicators) answers[ind.id] = { current: 1, target: 4 };
const widest: Plan = {
  schemaVersion: 1,
  catalogue: { id: catalogue.id, version: catalogue.version },
  organisation: { name: 'Syntetisk kommun', kind: 'municipality', municipalityCode: '0180', schoolForms: ['grundskola'] },
  assessment: { date: '2026-11-28', answers },
  planning: { start: '2027-VT', terms: 12 },
  actions: [],
};

console.log(`renderPlanHtml, median of ${RUNS} runs after ${WARMUP} warm-up runs`);
const dir = join(root, 'examples');
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.yaml'))
  .sort()) {
  const plan = parse(readFileSync(join(dir, f), 'utf8')) as Plan;
  measure(`examples/${f}`, buildReport(plan, catalogue, { referenceDate: '2026-11-28' }));
}
measure('all at 1 → 4, 12 terms', buildReport(widest, catalogue, { referenceDate: '2026-11-28' }));
console.log(`  target: HTML under ${TARGET_MS} ms a plan, warm: ${worst < TARGET_MS ? 'ok' : 'MISSED'}`);
