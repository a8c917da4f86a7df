// The built-in catalogue nationell 1.1.0 with a plan assessed against 1.0.0 (test/fixtures/catalogue-1.1/storstad-1.0.0.yaml):
// the plan validates, renders (Markdown, PDF, JSON) with the answers to assess again marked and the new indicators
// unanswered, and compares with a plan of the same organisation made with 1.1.0; and the catalogue says how fresh it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datedEntries } from '../../src/core/checked.ts';
import { builtinCatalogue } from '../../src/io/load-catalogue.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
import { readPdf, squash } from '../pdf/read-pdf.ts';

const FIXTURE = 'test/fixtures/catalogue-1.1/storstad-1.0.0.yaml';
const catalogue = builtinCatalogue('nationell')!;
const NEW = ['1.1.d', '1.2.d', '2.4.d'];
/** The indicators whose 1.0.0 answers are carried over and marked (1.1.b split into 1.1.b and 1.1.d). */
const REASSESSED = ['1.1.b', '1.1.c', '1.1.d', '1.2.b', '1.3.b', '2.1.a', '2.1.b', '2.1.c', '2.2.a', '2.3.a', '2.4.a'];
const MARK = 'besvarad mot 1.0.0, bedöm på nytt';

/** The same organisation a year later, assessed against 1.1.0: the fixture with the new version and the new indicators answered. */
function plan110(): string {
  return readFileSync(join(ROOT, FIXTURE), 'utf8')
    .replace('catalogue: { id: nationell, version: 1.0.0 }', 'catalogue: { id: nationell, version: 1.1.0 }')
    .replace('  date: 2026-11-25', '  date: 2027-11-20')
    .replace(
      '    1.1.c: { current: 2, target: 3, importance: high }',
      '    1.1.c: { current: 3, target: 3 }\n    1.1.d: { current: 2, target: 3 }\n    1.2.d: { current: 1, target: 3 }\n    2.4.d: { current: 2, target: 3 }',
    );
}

describe('nationell 1.1.0', () => {
  it('has the new indicators, and a migration from 1.0.0 that splits 1.1.b and asks for the rewritten ones to be assessed again', () => {
    expect(catalogue.version).toBe('1.1.0');
    for (const id of NEW) expect(catalogue.indicators.map((i) => i.id)).toContain(id);
    const m = catalogue.migrations?.find((x) => x.from === '1.0.0');
    expect(m?.indicators).toEqual({ '1.1.b': ['1.1.b', '1.1.d'] });
    expect([...(m?.reassess ?? [])].sort()).toEqual(['1.1.b', '1.1.c', '1.2.b', '1.3.b', '2.1.a', '2.1.b', '2.1.c', '2.2.a', '2.3.a', '2.4.a']);
  });

  it('keeps goal 1.2 in its 2017 wording and says that förskolechef is rektor today, in the catalogue and the plan', async () => {
    const goal = await runMain(['catalogue', '1.2']);
    expect(goal.stdout).toContain('Delmål 1.2: Förskolechefer, rektorer och huvudmän');
    expect(goal.stdout.replace(/\s+/g, ' ')).toContain(
      'Anmärkning: Ordalydelsen är från 2017. Sedan den 1 juli 2019 heter den som leder en förskoleenhet rektor',
    );
    const md = await runMain(['render', 'examples/storstad.yaml', '--format', 'md', '-o', '-']);
    expect(md.stdout).toContain('*Delmål 1.2: Ordalydelsen är från 2017.');
    const en = await runMain(['render', 'examples/storstad.yaml', '--format', 'md', '-o', '-', '--lang', 'en']);
    expect(en.stdout).toContain('Since 1 July 2019 the head of a preschool unit has been called rektor (principal)');
  });

  it('shows the new indicators in skoldigiplan catalogue', async () => {
    const r = await runMain(['catalogue']);
    expect(r.stdout).toContain(' nationell 1.1.0 (');
    const lines = r.stdout.split('\n').map((l) => l.trim());
    for (const id of NEW)
      expect(
        lines.some((l) => l.startsWith(`${id} `)),
        id,
      ).toBe(true);
  });

  it('lists every source and resource with --months 0 and none with --months 12 on the day it was checked', async () => {
    const all = JSON.parse((await runMain(['catalogue', '--stale', '--months', '0', '--json', '--date', catalogue.date])).stdout);
    expect(all.stale).toHaveLength(datedEntries(catalogue).length);
    expect(all.stale.every((e: { checked: string | null }) => e.checked !== null)).toBe(true);
    const due = await runMain(['catalogue', '--stale', '--months', '12', '--date', catalogue.date]);
    expect([due.code, due.stdout]).toEqual([
      0,
      `Alla ${datedEntries(catalogue).length} källor och resurser har kontrollerats efter ${Number(catalogue.date.slice(0, 4)) - 1}${catalogue.date.slice(4)} (12 månader före ${catalogue.date}).\n`,
    ]);
  });

  it('reads a 1.0.0 plan: valid, with one warning about what moved and one that lists the answers to assess again', async () => {
    const r = await runMain(['validate', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `storstad-1.0.0.yaml:5:38: varning: planen gjordes med katalogversion 1.0.0; svaren har förts över till version 1.1.0: 1.1.b → 1.1.b, 1.1.d`,
    );
    expect(r.stderr).toContain(
      `storstad-1.0.0.yaml:5:38: varning: frågorna eller nivåerna har ändrats sedan katalogversion 1.0.0 för ${REASSESSED.join(', ')}: svaren`,
    );
    expect(r.stderr.match(/varning/g)).toHaveLength(2);
  });

  it('renders a 1.0.0 plan in Markdown with each carried answer marked and the new indicators unanswered', async () => {
    const r = await runMain(['render', FIXTURE, '-o', '-', '--date', '2026-12-07']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    const section = md.slice(md.indexOf('## Bedöm på nytt'), md.indexOf('\n## ', md.indexOf('## Bedöm på nytt') + 3));
    expect([...section.matchAll(/^- \*\*(\d\.\d\.[a-z]) .*\*\*: .* \*\((.*)\)\*$/gm)].map((m) => [m[1], m[2]])).toEqual(REASSESSED.map((id) => [id, MARK]));
    expect(section).toContain('- **1.1.d ');
    const unanswered = md.split('\n').find((l) => l.startsWith('- **Obesvarade:**'))!;
    expect(unanswered.match(/\d\.\d\.[a-z]/g)).toEqual(['1.2.d', '2.4.d']);
    expect(md).toMatch(/Katalogens källor och stödresurser kontrollerades senast (mellan )?\d{4}-\d{2}-\d{2}/);
  });

  it('renders a 1.0.0 plan as JSON and PDF with the same marks', async () => {
    const json = JSON.parse((await runMain(['render', FIXTURE, '--format', 'json', '-o', '-', '--date', '2026-12-07'])).stdout);
    expect(json.answeredAgainst).toBe('1.0.0');
    expect(json.catalogue.checked.undated).toBe(0);
    expect(json.gaps.filter((g: { reassess?: true }) => g.reassess).map((g: { indicator: string }) => g.indicator)).toEqual(REASSESSED);
    const state = (id: string) => json.gaps.find((g: { indicator: string }) => g.indicator === id);
    expect(state('1.1.d')).toMatchObject({ state: 'answered', current: 2, target: 4, reassess: true });
    for (const id of ['1.2.d', '2.4.d']) expect(state(id)).toMatchObject({ state: 'unanswered' });
    const dir = testDir();
    const pdf = await runMain(['render', join(ROOT, FIXTURE), '--format', 'pdf', '-o', join(dir, 'plan.pdf'), '--date', '2026-12-07']);
    expect(pdf.code).toBe(0);
    const text = squash((await readPdf(new Uint8Array(readFileSync(join(dir, 'plan.pdf'))))).text);
    expect(text).toContain(squash('Bedöm på nytt'));
    expect(text.split(squash(`(${MARK})`)).length - 1).toBeGreaterThanOrEqual(REASSESSED.length);
  });

  it('compares a 1.0.0 plan with a 1.1.0 plan of the same organisation, the carried answers marked', async () => {
    const dir = testDir([FIXTURE]);
    writeFileSync(join(dir, 'storstad-1.1.0.yaml'), plan110());
    const r = await runMain(['compare', 'storstad-1.0.0.yaml', 'storstad-1.1.0.yaml', '--date', '2027-12-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\| 1\.1\.c [^|]+ \| 2 \(besvarad mot 1\.0\.0, bedöm på nytt\) \| 3 \| höjd \(\+1\) \|/);
    expect(r.stdout).toMatch(/\| 1\.2\.d [^|]+ \| ej bedömd \| 1 \| nivån är känd nu \|/);
    expect(r.stdout).toContain(`- I den äldre planen är svaren för ${REASSESSED.join(', ')} besvarade mot katalogversion 1.0.0`);
    const json = JSON.parse(
      (await runMain(['compare', 'storstad-1.0.0.yaml', 'storstad-1.1.0.yaml', '--date', '2027-12-01', '--format', 'json'], { cwd: dir })).stdout,
    );
    expect(json.older.catalogue).toEqual({ id: 'nationell', version: '1.0.0' });
    expect(json.newer.catalogue).toEqual({ id: 'nationell', version: '1.1.0' });
    expect(json.older.migration).toMatchObject({
      from: '1.0.0',
      to: '1.1.0',
      mapped: [{ from: '1.1.b', to: ['1.1.b', '1.1.d'] }],
      removed: [],
      reassess: REASSESSED,
    });
  });
});
