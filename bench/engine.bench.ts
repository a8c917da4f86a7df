// Time of the planning engine alone (buildReport) on the largest example and on a plan with every gap at its widest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Answer, Catalogue, Plan } from '../src/core/model.ts';
import { buildReport } from '../src/core/report.ts';

const root = process.env.SKOLDIGIPLAN_ROOT ?? process.cwd();
const WARMUP = 300;
const RUNS = 3000;
const TARGET_MS = 5;
// The assessment date of the examples: every planned term still lies ahead.
const REFERENCE = { referenceDate: '2026-11-28' };

const catalogueFile = join(root, 'dist/catalogue/nationell.json');
if (!existsSync(catalogueFile)) {
  console.log('no built catalogue: run npm run build first');
  process.exit(1);
}
const catalogue = JSON.parse(readFileSync(catalogueFile, 'utf8')) as Catalogue;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function measure(name: string, plan: Plan): void {
  for (let i = 0; i < WARMUP; i++) buildReport(plan, catalogue, REFERENCE);
  (globalThis as { gc?: () => void }).gc?.();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    buildReport(plan, catalogue, REFERENCE);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const r = buildReport(plan, catalogue, REFERENCE);
  const size = `${Object.keys(plan.assessment.answers).length} answers, ${plan.actions.length} own actions, ${r.schedule.scheduled.length} scheduled, ${r.schedule.notScheduled.length} not scheduled`;
  console.log(
    `  ${name.padEnd(34)} median ${percentile(times, 0.5).toFixed(3).padStart(7)} ms  p95 ${percentile(times, 0.95).toFixed(3).padStart(7)} ms  (${size})`,
  );
}

/** The example with the most answers and actions; none yet is not an error. */
function largestExample(): { name: string; plan: Plan } | undefined {
  const dir = join(root, 'examples');
  if (!existsSync(dir)) return undefined;
  const plans = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: `examples/${f}`, plan: parse(readFileSync(join(dir, f), 'utf8')) as Plan }))
    .filter((x) => x.plan?.assessment?.answers !== undefined);
  const size = (p: Plan) => Object.keys(p.assessment.answers).length + (p.actions?.length ?? 0);
  return plans.reduce<(typeof plans)[number] | undefined>((best, x) => (!best || size(x.plan) > size(best.plan) ? x : best), undefined);
}

function widestGaps(capacity: Plan['planning']['capacity']): Plan {
  const answers: Record<string, Answer> = {};
  for (const ind of catalogue.indicators) answers[ind.id] = { current: 1, target: 4 };
  return {
    schemaVersion: 1,
    catalogue: { id: catalogue.id, version: catalogue.version },
    organisation: { name: 'Syntetisk kommun', kind: 'municipality', municipalityCode: '0180', schoolForms: ['grundskola'] },
    assessment: { date: '2026-11-28', answers },
    planning: { start: '2027-VT', terms: 6, ...(capacity ? { capacity } : {}) },
    actions: [],
  };
}

console.log(
  `buildReport, ${RUNS} runs after ${WARMUP} warm-up runs; catalogue ${catalogue.id} ${catalogue.version} with ${catalogue.indicators.length} indicators`,
);
const example = largestExample();
if (example) measure(example.name, example.plan);
else console.log('  no example plans yet: skipped');
measure('all at 1 → 4, no limits', widestGaps(undefined));
measure('all at 1 → 4, 4 a term, 1 MSEK a year', widestGaps({ actionsPerTerm: 4, budgetPerYear: 1_000_000 }));
console.log(`  target: median under ${TARGET_MS} ms for the engine alone`);
