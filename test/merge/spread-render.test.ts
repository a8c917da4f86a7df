// The spread as the rendered plan shows it, in Markdown and in the PDF, from the plan file alone.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/merge.ts';
import { buildReport } from '../../src/core/report.ts';
import { loadValidPlan } from '../../src/io/load-plan.ts';
import { renderPlanHtml } from '../../src/render/html/plan.ts';
import { planReportJson } from '../../src/render/json.ts';
import { renderPlanMarkdown } from '../../src/render/markdown.ts';
import { renderPlanPdf } from '../../src/render/pdf/index.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { readPdf, squash } from '../pdf/read-pdf.ts';
import { answersFile, context, type SheetSpec } from './helpers.ts';
// @ts-expect-error build script without types
import { createAjv } from '../../scripts/validators.mjs';

function planReportValidator() {
  const ajv = createAjv();
  for (const f of readdirSync(join(ROOT, 'schemas')).filter((x) => x.endsWith('.schema.json')))
    ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')));
  return ajv.getSchema('https://cdn.jsdelivr.net/npm/skoldigiplan/schemas/plan-report.schema.json')!;
}

const SPECS: SheetSpec[] = [
  { id: 'c1', role: 'rektor', answers: { '1.1.a': { current: 1, target: 2, comment: 'Ingen plan för åk 1–3.' }, '2.2.a': { current: 2 } } },
  { id: 'c2', role: 'rektor', answers: { '1.1.a': { current: 2, target: 3 }, '2.2.a': { current: 2 } } },
  { id: 'c3', role: 'larare', answers: { '1.1.a': { current: 2 }, '2.2.a': { current: 3 } } },
  { id: 'c4', role: 'larare', answers: { '1.1.a': { current: 2 }, '2.2.a': { status: 'unknown' } } },
  { id: 'c5', role: 'it', answers: { '1.1.a': { current: 3 }, '2.2.a': { current: 3 } } },
  { id: 'c6', role: 'elev', answers: { '1.1.a': { current: 2 }, '2.2.a': { current: 2 } } },
  { id: 'c7', role: 'elev', answers: { '1.1.a': { current: 4 }, '2.2.a': { current: 2 } } },
];

async function mergedPlan(dir: string) {
  mkdirSync(join(dir, 'svar'));
  SPECS.forEach((s, i) => {
    writeFileSync(join(dir, 'svar', `${i}.yaml`), answersFile(s));
  });
  expect(await run(context(dir), ['svar'], { into: 'plan.yaml' })).toBe(0);
  const loaded = loadValidPlan('plan.yaml', { cwd: dir, lang: 'sv' });
  return buildReport(loaded.plan, loaded.catalogue, { referenceDate: '2027-01-15' });
}

describe('the spread in the rendered plan', () => {
  it("gives each indicator's answers, the points to discuss and the roles' view in Markdown", async () => {
    const report = await mergedPlan(testDir());
    const md = renderPlanMarkdown(report, { lang: 'sv' });
    expect(md).toContain('7 personer har svarat på enkäten (2 rektorer, 2 lärare, 1 IT-personal, 2 elever).');
    expect(md).toContain('| 1.1.a Undervisning som utvecklar barns och elevers digitala kompetens | 7 svar: 1 ×1, 2 ×4, 3 ×1, 4 ×1 | 2 → 2 (medianregeln) |');
    expect(md).toContain('| 2.2.a Nätverk och uppkoppling | 7 svar: 2 ×4, 3 ×2; vet ej 1 | 2 → 2 (medianregeln) |');
    // 1.1.a spans levels 1 to 4; 2.2.a only 2 to 3.
    const discuss = md.slice(md.indexOf('## Här skiljer sig bilden åt'), md.indexOf('### Så ser rollerna'));
    expect(discuss).toContain(
      '- **1.1.a Undervisning som utvecklar barns och elevers digitala kompetens** – 7 svar: 1 ×1, 2 ×4, 3 ×1, 4 ×1 (rektorer: 2 svar: 1 ×1, 2 ×1;',
    );
    expect(discuss).not.toContain('2.2.a');
    expect(md).toMatch(/^\| Elever \| 2 \| 3,0 \(2\) \| 2,0 \(2\) \| – \|$/m);
    // Two rektorer are too few to tie a comment to their role.
    expect(md).toContain('  - Ingen plan för åk 1–3.\n');
    expect(md).not.toContain('Ingen plan för åk 1–3. (rektor)');
  });

  it('shows the same in the PDF, and nothing of it for a plan without answers merged', async () => {
    const report = await mergedPlan(testDir());
    const pdf = await readPdf(await renderPlanPdf(report, { lang: 'en', profile: 'ua', creationDate: new Date('2027-01-15T00:00:00Z') }));
    const text = squash(pdf.text);
    expect(text).toContain(squash('Spread of the answers'));
    expect(text).toContain(squash('7 answers: 1 ×1, 2 ×4, 3 ×1, 4 ×1'));
    expect(text).toContain(squash('Where views differ'));
    expect(text).toContain(squash('How the roles see the focus areas'));

    const plain = loadValidPlan(join(ROOT, 'examples/landsbygd.yaml'), { cwd: ROOT, lang: 'sv' });
    const md = renderPlanMarkdown(buildReport(plain.plan, plain.catalogue, { referenceDate: '2027-01-15' }), { lang: 'sv' });
    expect(md).not.toContain('Svarsfördelning');
    expect(md).not.toContain('Här skiljer sig bilden åt');
  });

  it('gives the spread and the respondents in the JSON report, as its schema describes them', async () => {
    const report = await mergedPlan(testDir());
    const json = JSON.parse(JSON.stringify(planReportJson(report, 'sv')));
    expect(json.respondents).toEqual({ count: 7, roles: { rektor: 2, larare: 2, it: 1, elev: 2 } });
    const gap = json.gaps.find((g: { indicator: string }) => g.indicator === '2.2.a');
    expect(gap.responses).toMatchObject({ count: 7, current: [0, 4, 2, 0], unknown: 1, roles: { larare: { count: 2 } } });
    const validate = planReportValidator();
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The schema describes the block: a misspelt key in it is an error.
    gap.responses.cuont = 7;
    expect(validate(json)).toBe(false);
  });

  it('shows the same in the HTML plan: escaped, in tables with a caption and header cells', async () => {
    const report = await mergedPlan(testDir());
    const html = renderPlanHtml(report, { lang: 'sv' });
    expect(html).toMatch(/<h2 id="[^"]+">Svarsfördelning<\/h2>/);
    expect(html).toContain('<caption');
    expect(html).toContain('<th scope="col">Svar om nuläget</th>');
    expect(html).toContain('7 svar: 1 ×1, 2 ×4, 3 ×1, 4 ×1');
    expect(html).toContain('7 svar: 2 ×4, 3 ×2; vet ej 1');
    expect(html).toContain('Här skiljer sig bilden åt');
    expect(html).toContain('Så ser rollerna på fokusområdena');
    expect(html).toMatch(/<th scope="row">Elever<\/th><td class="num">2<\/td><td class="num">3,0 \(2\)<\/td>/);
    // Two rektorer are too few to tie a comment to their role.
    expect(html).toContain('<li>Ingen plan för åk 1–3.</li>');

    const plain = loadValidPlan(join(ROOT, 'examples/landsbygd.yaml'), { cwd: ROOT, lang: 'sv' });
    const none = renderPlanHtml(buildReport(plain.plan, plain.catalogue, { referenceDate: '2027-01-15' }), { lang: 'sv' });
    expect(none).not.toContain('Svarsfördelning');
  });

  it('escapes what respondents wrote in the HTML plan, and names a role of three or more', async () => {
    const dir = testDir();
    mkdirSync(join(dir, 'svar'));
    for (let i = 0; i < 3; i++)
      writeFileSync(
        join(dir, 'svar', `${i}.yaml`),
        answersFile({ id: `e${i}`, role: 'larare', answers: { '1.1.a': { current: 2, comment: `<script>x${i}</script> & co` } } }),
      );
    expect(await run(context(dir), ['svar'], { into: 'plan.yaml' })).toBe(0);
    const loaded = loadValidPlan('plan.yaml', { cwd: dir, lang: 'sv' });
    const html = renderPlanHtml(buildReport(loaded.plan, loaded.catalogue, { referenceDate: '2027-01-15' }), { lang: 'sv' });
    expect(html).not.toContain('<script>x0');
    expect(html).toContain('&lt;script&gt;x0&lt;/script&gt; &amp; co (lärare)');
  });
});
