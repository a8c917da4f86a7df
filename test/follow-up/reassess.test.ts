// Answers given against an older catalogue version whose questions or levels have changed (`reassess` in the catalogue's
// migration): carried over, warned about once, marked in every rendered format and in compare, and asked again by assess.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migratePlan, reassessIds } from '../../src/core/migrate.ts';
import type { Plan } from '../../src/core/model.ts';
import { testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
import { readPdf, squash } from '../pdf/read-pdf.ts';
import { answer, catalogue, plan } from './helpers.ts';

const DIR = 'test/fixtures/catalogue-1.1';
const seed = () => testDir([`${DIR}/catalogue.yaml`, `${DIR}/plan-1.0.0.yaml`, `${DIR}/plan-2.0.0.yaml`]);
const MARK = 'besvarad mot 1.0.0, bedöm på nytt';

describe('reassessIds', () => {
  const cat = catalogue(['1.1.a', '1.1.d', '1.2.a', '2.1.b', '2.1.c'], {
    version: '2.0.0',
    migrations: [{ from: '1.0.0', indicators: { '1.1.b': ['1.1.d'], '2.1.a': ['2.1.b', '2.1.c'] }, reassess: ['2.1.a', '1.2.a', '1.1.a'] }],
  });
  const old = (answers: Record<string, string | number>): Plan => ({ ...plan(answers), catalogue: { id: 'test', version: '1.0.0' } });

  it('marks the ids a reassessed answer was carried to, in catalogue order, and only those with an answer', () => {
    const m = migratePlan(old({ '1.1.b': 2, '1.2.a': 'unknown', '2.1.a': 3 }), cat);
    expect(m.reassess).toEqual(['1.2.a', '2.1.b', '2.1.c']);
    expect(m.plan.assessment.answers['2.1.c']).toEqual(answer(3));
    expect(reassessIds(m.plan, cat)).toEqual(['1.2.a', '2.1.b', '2.1.c']);
  });

  it("marks nothing in a plan of the catalogue's own version, or when the mapping has no reassess", () => {
    expect(reassessIds({ ...plan({ '1.2.a': 2 }), catalogue: { id: 'test', version: '2.0.0' } }, cat)).toEqual([]);
    const plain = { ...cat, migrations: [{ from: '1.0.0', indicators: {} }] };
    expect(reassessIds(old({ '1.2.a': 2 }), plain)).toEqual([]);
  });
});

describe('a plan with answers to assess again', () => {
  it('is valid, with one warning at catalogue.version that lists the indicators', async () => {
    const r = await runMain(['validate', 'plan-1.0.0.yaml', '--catalogue', 'catalogue.yaml'], { cwd: seed() });
    expect(r.code).toBe(0);
    expect(r.stderr.match(/bedömas på nytt/g)).toHaveLength(1);
    expect(r.stderr).toContain(
      'plan-1.0.0.yaml:3:45: varning: frågorna eller nivåerna har ändrats sedan katalogversion 1.0.0 för 1.2.a, 2.1.b, 2.1.c: svaren har förts över till version 2.0.0 men är besvarade mot 1.0.0 och ska bedömas på nytt',
    );
    const en = JSON.parse((await runMain(['validate', 'plan-1.0.0.yaml', '--catalogue', 'catalogue.yaml', '--json', '--lang', 'en'], { cwd: seed() })).stdout);
    expect(en.files[0].diagnostics.find((d: { code: string }) => d.code === 'catalogue-reassess')).toMatchObject({ line: 3, col: 45, severity: 'warning' });
  });

  it('renders in Markdown with each such answer marked, and says when the catalogue was checked', async () => {
    const r = await runMain(['render', 'plan-1.0.0.yaml', '--catalogue', 'catalogue.yaml', '-o', '-', '--date', '2026-12-07'], { cwd: seed() });
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).toContain(
      [
        '## Bedöm på nytt',
        '',
        'Planen gjordes med katalogversion 1.0.0. Frågorna eller nivåerna för de här indikatorerna har ändrats i version 2.0.0; svaren har förts över och används i planen, men de ska bedömas på nytt.',
        '',
        `- **1.2.a Strategi och mål för digitaliseringen**: 2 → 3 *(${MARK})*`,
        `- **2.1.b Digitala verktyg för personalen**: 2 → 4 *(${MARK})*`,
        `- **2.1.c Hjälpmedel för elever i behov av stöd**: 2 → 4 *(${MARK})*`,
      ].join('\n'),
    );
    expect(md).toMatch(new RegExp(`\\| 2\\.1\\.b Digitala verktyg för personalen \\*\\(${MARK}\\)\\* \\| 2 → 4 \\|`));
    // 1.1.d was renamed without a change of meaning, and 1.2.b is new: neither is marked.
    expect(md).not.toContain(`1.1.d Programmering och digitalt skapande *(${MARK})*`);
    expect(md).toContain('- **Obesvarade:** 1.2.b');
    expect(md).toContain('Katalogens källor och stödresurser kontrollerades senast mellan 2023-09-30 och 2026-11-01. 1 av dem saknar datum för kontroll.');
  });

  it('marks the answers in JSON and names the version they were given against', async () => {
    const r = await runMain(['render', 'plan-1.0.0.yaml', '--catalogue', 'catalogue.yaml', '--format', 'json', '-o', '-', '--date', '2026-12-07'], {
      cwd: seed(),
    });
    const json = JSON.parse(r.stdout);
    expect(json.answeredAgainst).toBe('1.0.0');
    expect(json.catalogue).toEqual({ id: 'uppfoljning-test', version: '2.0.0', checked: { oldest: '2023-09-30', newest: '2026-11-01', undated: 1 } });
    expect(json.gaps.filter((g: { reassess?: true }) => g.reassess).map((g: { indicator: string }) => g.indicator)).toEqual(['1.2.a', '2.1.b', '2.1.c']);
    const own = JSON.parse(
      (await runMain(['render', 'plan-2.0.0.yaml', '--catalogue', 'catalogue.yaml', '--format', 'json', '-o', '-'], { cwd: seed() })).stdout,
    );
    expect(own.answeredAgainst).toBeUndefined();
    expect(own.gaps.some((g: { reassess?: true }) => g.reassess)).toBe(false);
  });

  it('marks the answers in the PDF, in English too', async () => {
    const dir = seed();
    for (const lang of ['sv', 'en'] as const) {
      const r = await runMain(
        ['render', 'plan-1.0.0.yaml', '--catalogue', 'catalogue.yaml', '--format', 'pdf', '-o', `plan-${lang}.pdf`, '--date', '2026-12-07', '--lang', lang],
        { cwd: dir },
      );
      expect(r.code).toBe(0);
      const text = squash((await readPdf(new Uint8Array(readFileSync(join(dir, `plan-${lang}.pdf`))))).text);
      if (lang === 'sv') {
        expect(text).toContain(squash(`2.1.c Hjälpmedel för elever i behov av stöd: 2 → 4 (${MARK})`));
        expect(text).toContain(squash('Katalogens källor och stödresurser kontrollerades senast mellan 2023-09-30 och 2026-11-01.'));
      } else {
        expect(text).toContain(squash('(answered against 1.0.0, assess again)'));
        expect(text).toContain(squash('Assess again'));
        expect(text).toContain(squash("The catalogue's sources and support resources were last checked between 2023-09-30 and 2026-11-01."));
      }
    }
  });

  it('is compared with a plan of the new version, its marked answers named', async () => {
    const dir = seed();
    const r = await runMain(['compare', 'plan-1.0.0.yaml', 'plan-2.0.0.yaml', '--catalogue', 'catalogue.yaml', '--date', '2027-11-30'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`| 2.1.b Digitala verktyg för personalen | 2 (${MARK}) | 3 | höjd (+1) |`);
    expect(r.stdout).toContain(
      `- I den äldre planen är svaren för 1.2.a, 2.1.b, 2.1.c besvarade mot katalogversion 1.0.0, vars frågor eller nivåer har ändrats sedan dess; jämförelsen för dem är ungefärlig (markerade ”${MARK}”).`,
    );
    const json = JSON.parse(
      (
        await runMain(['compare', 'plan-1.0.0.yaml', 'plan-2.0.0.yaml', '--catalogue', 'catalogue.yaml', '--format', 'json', '--date', '2027-11-30'], {
          cwd: dir,
        })
      ).stdout,
    );
    expect(json.older.migration.reassess).toEqual(['1.2.a', '2.1.b', '2.1.c']);
    const marked = json.indicators.filter((i: { older: { reassess?: string } }) => i.older.reassess === '1.0.0').map((i: { indicator: string }) => i.indicator);
    expect(marked).toEqual(['1.2.a', '2.1.b', '2.1.c']);
    expect(json.indicators.some((i: { newer: { reassess?: string } }) => i.newer.reassess)).toBe(false);
  });
});
