// The roll-up's figures against a small case computed by hand, and the Markdown and CSV views of it.
import { describe, expect, it } from 'vitest';
import type { Catalogue, Indicator, PlanReport } from '../../src/core/model.ts';
import { parseCsv } from '../../src/core/csv.ts';
import {
  digestReport,
  latestPerOrganisation,
  matchKey,
  organisationIdentity,
  planFigures,
  rollUp,
  rollUpChanges,
  type DigestAnswer,
  type PlanDigest,
} from '../../src/core/rollup.ts';
import { batchText } from '../../src/i18n/batch.ts';
import { renderOverviewCsv } from '../../src/render/overview-csv.ts';
import { formatChange, formatMean, renderOverviewMarkdown, shade } from '../../src/render/overview-markdown.ts';
import { PDF_HEAT_ROWS, renderOverviewPdf } from '../../src/render/overview-pdf.ts';
import { readPdf, squash } from '../pdf/read-pdf.ts';

const tx = (s: string) => ({ sv: s, en: `${s} (en)` });

function indicator(id: string, initiatives: number[]): Indicator {
  return {
    id,
    goal: id.split('.').slice(0, 2).join('.'),
    title: tx(`titel ${id}`),
    question: tx('?'),
    help: tx(''),
    levels: [tx('1'), tx('2'), tx('3'), tx('4')],
    importance: 'medium',
    prerequisites: [],
    actions: [],
    resources: [],
    initiatives,
    sources: [],
  };
}

const catalogue: Catalogue = {
  id: 'test',
  version: '1.0.0',
  date: '2026-01-01',
  title: tx('test'),
  framework: tx('test'),
  sources: [],
  costClasses: { low: 1, medium: 2, high: 3 },
  policyContext: [],
  focusAreas: ['1', '2'].map((id) => ({ id, title: tx(`område ${id}`), goal: tx(''), wording: 'paraphrase' as const, sources: [] })),
  goals: ['1.1', '1.2', '2.1'].map((id) => ({ id, focusArea: id[0]!, text: tx(`delmål ${id}`), wording: 'paraphrase' as const, verified: true, sources: [] })),
  indicators: [indicator('1.1.a', [3]), indicator('1.1.b', []), indicator('1.2.a', [3, 7]), indicator('2.1.a', [7])],
  resources: [],
  initiatives: [
    { number: 3, verified: true, title: 'Initiativ tre', goals: [], sources: [] },
    { number: 7, verified: false, goals: [], sources: [] },
  ],
};

const lv = (indicator: string, current: 1 | 2 | 3 | 4, target: 1 | 2 | 3 | 4): DigestAnswer => ({ indicator, state: 'answered', current, target });
const st = (indicator: string, state: 'unknown' | 'not-relevant' | 'unanswered'): DigestAnswer => ({ indicator, state });

const A: PlanDigest = {
  file: 'plans/a.yaml',
  organisation: { name: 'Stockholms stad', kind: 'municipality', municipalityCode: '0180' },
  catalogue: { id: 'test', version: '1.0.0' },
  assessmentDate: '2026-10-01',
  answers: [lv('1.1.a', 1, 3), lv('1.1.b', 2, 2), st('1.2.a', 'unknown'), lv('2.1.a', 2, 4)],
  priorities: ['2.1.a', '1.1.a'],
};
const B: PlanDigest = {
  file: 'plans/b.yaml',
  organisation: { name: 'Stockholms stad', kind: 'municipality', municipalityCode: '0180', unit: { name: 'Ekskolan', schoolUnitCode: '11111111' } },
  catalogue: { id: 'test', version: '1.0.0' },
  assessmentDate: '2026-10-02',
  answers: [lv('1.1.a', 3, 3), st('1.1.b', 'not-relevant'), lv('1.2.a', 1, 2)],
  priorities: ['1.2.a'],
};
const C: PlanDigest = {
  file: 'plans/c.yaml',
  organisation: { name: 'Friskolan AB', kind: 'independent', organisationNumber: '556000-0001' },
  catalogue: { id: 'test', version: '1.0.0' },
  assessmentDate: '2026-10-03',
  answers: [lv('1.1.a', 2, 3), lv('1.1.b', 1, 2), lv('1.2.a', 3, 4), lv('2.1.a', 4, 4)],
  priorities: ['1.1.a', '1.1.b', '1.2.a', '2.1.a'],
};
const other: PlanDigest = { ...C, file: 'plans/x.yaml', catalogue: { id: 'egen', version: '1.0.0' } };

// Given in an order other than by file, to show the result does not depend on it.
const r = rollUp([C, other, A, B], catalogue, [{ file: 'plans/trasig.yaml', errors: 2, first: { line: 3, col: 5, message: 'okänd nyckel: foo' } }]);

describe('rollUp, computed by hand', () => {
  it('counts plans, organisers and units; a plan against another catalogue is left out and named', () => {
    expect([r.plans, r.organisers, r.units]).toEqual([3, 2, 1]);
    expect(r.otherCatalogue).toEqual(['plans/x.yaml']);
    expect(r.failed.map((f) => f.file)).toEqual(['plans/trasig.yaml']);
  });

  it.each([
    ['1.1.a', { current: [1, 1, 1, 0], target: [0, 0, 3, 0], answered: 3, unknown: 0, notRelevant: 0, unanswered: 0, withGap: 2 }],
    ['1.1.b', { current: [1, 1, 0, 0], target: [0, 2, 0, 0], answered: 2, unknown: 0, notRelevant: 1, unanswered: 0, withGap: 1 }],
    ['1.2.a', { current: [1, 0, 1, 0], target: [0, 1, 0, 1], answered: 2, unknown: 1, notRelevant: 0, unanswered: 0, withGap: 2 }],
    ['2.1.a', { current: [0, 1, 0, 1], target: [0, 0, 0, 2], answered: 2, unknown: 0, notRelevant: 0, unanswered: 1, withGap: 1 }],
  ])('level distribution of %s', (id, expected) => {
    expect(r.indicators.find((i) => i.indicator === id)).toMatchObject(expected);
  });

  it('pools means over answered (plan, indicator) pairs per goal and focus area', () => {
    const g = Object.fromEntries(r.goals.map((x) => [x.id, x]));
    expect(g['1.1']).toEqual({ id: '1.1', answered: 5, meanCurrent: 9 / 5, meanTarget: 13 / 5, meanGap: 4 / 5 });
    expect(g['1.2']).toEqual({ id: '1.2', answered: 2, meanCurrent: 2, meanTarget: 3, meanGap: 1 });
    expect(g['2.1']).toEqual({ id: '2.1', answered: 2, meanCurrent: 3, meanTarget: 4, meanGap: 1 });
    const f = Object.fromEntries(r.focusAreas.map((x) => [x.id, x]));
    expect(f['1']).toEqual({ id: '1', answered: 7, meanCurrent: 13 / 7, meanTarget: 19 / 7, meanGap: 6 / 7 });
    expect(f['2']).toEqual({ id: '2', answered: 2, meanCurrent: 3, meanTarget: 4, meanGap: 1 });
  });

  it('counts each plan’s first three priorities, most common first, ties by id', () => {
    expect(r.priorities).toEqual([
      { indicator: '1.1.a', plans: 2 },
      { indicator: '1.2.a', plans: 2 },
      { indicator: '1.1.b', plans: 1 },
      { indicator: '2.1.a', plans: 1 },
    ]);
  });

  it('counts the gaps each national initiative bears on', () => {
    expect(r.initiatives).toEqual([
      { number: 3, gaps: 4, plans: 3 },
      { number: 7, gaps: 3, plans: 3 },
    ]);
  });

  it('rolls school units up under their organiser: the whole first, then the organiser’s own plan and each unit', () => {
    expect(r.goalIds).toEqual(['1.1', '1.2', '2.1']);
    expect(r.groups.map((g) => [g.key, g.name, g.units, g.rows.map((x) => x.file)])).toEqual([
      ['k:0180', 'Stockholms stad', 1, ['plans/a.yaml', 'plans/b.yaml']],
      ['o:556000-0001', 'Friskolan AB', 0, ['plans/c.yaml']],
    ]);
    const [stockholm, friskolan] = r.groups;
    expect(stockholm!.whole).toEqual([2, 1, 2]);
    expect(stockholm!.rows.map((x) => x.goals)).toEqual([
      [1.5, undefined, 2],
      [3, 1, undefined],
    ]);
    expect(friskolan!.rows[0]!.goals).toEqual([1.5, 3, 4]);
  });

  it('gives per-plan figures for the CSV', () => {
    const fig = planFigures(A, catalogue);
    expect(fig.goals).toEqual([
      { id: '1.1', answered: 2, meanCurrent: 1.5, meanTarget: 2.5, meanGap: 1 },
      { id: '1.2', answered: 0 },
      { id: '2.1', answered: 1, meanCurrent: 2, meanTarget: 4, meanGap: 2 },
    ]);
  });

  it('is empty but well-formed for no plans', () => {
    const empty = rollUp([], catalogue);
    expect([empty.plans, empty.organisers, empty.priorities.length, empty.groups.length]).toEqual([0, 0, 0, 0]);
    expect(empty.goals[0]).toEqual({ id: '1.1', answered: 0 });
  });
});

describe('two plans of one organisation', () => {
  // Stockholm's own plan of the following year, and a second copy of Ekskolan's plan under another file name.
  const A2: PlanDigest = { ...A, file: 'plans/2027/a.yaml', assessmentDate: '2027-10-01', answers: [lv('1.1.a', 3, 4)], priorities: ['1.1.a'] };
  const Bsame: PlanDigest = { ...B, file: 'plans/b-kopia.yaml' };

  it('keeps the one with the latest assessment date, whichever file comes first', () => {
    const { kept, superseded } = latestPerOrganisation([C, A, A2, B]);
    expect(kept.map((d) => d.file)).toEqual(['plans/2027/a.yaml', 'plans/b.yaml', 'plans/c.yaml']);
    expect(superseded.map((s) => [s.plan.file, s.by.file])).toEqual([['plans/a.yaml', 'plans/2027/a.yaml']]);
  });

  it('keeps the later file in path order when the dates are the same', () => {
    const { kept, superseded } = latestPerOrganisation([B, Bsame]);
    expect(kept.map((d) => d.file)).toEqual(['plans/b.yaml']);
    expect(superseded.map((s) => [s.plan.file, s.by.file])).toEqual([['plans/b-kopia.yaml', 'plans/b.yaml']]);
  });

  it('tells an organiser from its school units, and independent organisers by organisationsnummer', () => {
    const otherUnit: PlanDigest = {
      ...B,
      file: 'plans/d.yaml',
      organisation: { ...B.organisation, unit: { name: 'Björkskolan', schoolUnitCode: '22222222' } },
    };
    const otherOrganiser: PlanDigest = { ...C, file: 'plans/e.yaml', organisation: { ...C.organisation, organisationNumber: '556000-0019' } };
    expect(latestPerOrganisation([A, B, C, otherUnit, otherOrganiser]).superseded).toEqual([]);
  });

  it('leaves the roll-up counting the organisation once, with the later plan’s levels', () => {
    const twice = rollUp([A, A2, C], catalogue);
    expect([twice.plans, twice.organisers]).toEqual([3, 2]);
    const once = rollUp(latestPerOrganisation([A, A2, C]).kept, catalogue);
    expect([once.plans, once.organisers, once.units]).toEqual([2, 2, 0]);
    // Goal 1.1 from A2 (3→4) and C (2→3, 1→2) only: A's own levels are no longer in the mean.
    expect(once.goals.find((g) => g.id === '1.1')).toEqual({ id: '1.1', answered: 3, meanCurrent: 2, meanTarget: 3, meanGap: 1 });
    expect(once.groups.flatMap((g) => g.rows.map((r) => r.file))).toEqual(['plans/2027/a.yaml', 'plans/c.yaml']);
  });
});

describe('digests keep organisation data only', () => {
  it('drops the contact person', () => {
    const org = {
      name: 'X kommun',
      kind: 'municipality' as const,
      municipalityCode: '0180',
      schoolForms: [],
      contact: { name: 'Anna', email: 'anna@x.se', role: 'skolchef' },
    };
    expect(organisationIdentity(org)).toEqual({ name: 'X kommun', kind: 'municipality', municipalityCode: '0180' });
  });

  it('takes states, levels and the first priorities from a report', () => {
    const report = {
      catalogue: { id: 'test', version: '1.0.0' },
      plan: {
        catalogue: { id: 'test', version: '1.0.0' },
        organisation: { name: 'X', kind: 'independent', organisationNumber: '556000-0001', schoolForms: [], contact: { email: 'a@b.se' } },
        assessment: { date: '2026-01-01', answers: {} },
      },
      gaps: [
        { indicator: '1.1.a', goal: '1.1', focusArea: '1', state: 'answered', current: 1, target: 3, gap: 2, importance: 'high' },
        { indicator: '1.1.b', goal: '1.1', focusArea: '1', state: 'unknown', importance: 'low' },
      ],
      priorities: [
        { indicator: 'b', rank: 2, score: 1, reasons: [] },
        { indicator: 'a', rank: 1, score: 2, reasons: [] },
        { indicator: 'd', rank: 4, score: 0, reasons: [] },
        { indicator: 'c', rank: 3, score: 0, reasons: [] },
      ],
      schedule: { terms: ['2026-HT'], scheduled: [], notScheduled: [], warnings: [], load: [], spend: [] },
      late: [],
      referenceDate: '2026-01-01',
    } as unknown as PlanReport;
    const d = digestReport(report, 'p.yaml');
    expect(d.answers).toEqual([
      { indicator: '1.1.a', state: 'answered', current: 1, target: 3 },
      { indicator: '1.1.b', state: 'unknown' },
    ]);
    expect(d.priorities).toEqual(['a', 'b', 'c']);
    expect(d.catalogue).toEqual({ id: 'test', version: '1.0.0' });
    expect(JSON.stringify(d)).not.toContain('a@b.se');
  });
});

describe('rollUpChanges', () => {
  it('pools last year’s and this year’s levels per goal over indicators with a level in both', () => {
    const c = rollUpChanges(
      [
        {
          goals: [
            { goal: '1.1', direction: 'raised' },
            { goal: '1.2', direction: 'not-comparable' },
          ],
          indicators: [
            { goal: '1.1', older: { current: 1 }, newer: { current: 2 } },
            { goal: '1.1', older: { current: 2 }, newer: { current: 2 } },
            { goal: '1.2', older: {}, newer: { current: 3 } },
          ],
          summary: { actions: { done: 2, late: 1 } },
        },
        {
          goals: [{ goal: '1.1', direction: 'lowered' }],
          indicators: [{ goal: '1.1', older: { current: 3 }, newer: { current: 2 } }],
          summary: { actions: { done: 0, late: 1 } },
        },
      ],
      ['1.1', '1.2', '2.1'],
      5,
      1,
    );
    expect(c).toMatchObject({ plans: 5, matched: 2, unmatchedOlder: 1, actionsDone: 2, actionsLate: 2 });
    expect(c.goals[0]).toEqual({ goal: '1.1', compared: 3, olderMean: 2, newerMean: 2, change: 0, raised: 1, lowered: 1, unchanged: 0 });
    expect(c.goals[1]).toEqual({ goal: '1.2', compared: 0, raised: 0, lowered: 0, unchanged: 0 });
  });

  it.each([
    [{ name: 'X', kind: 'municipality' as const, municipalityCode: '0180' }, 'k:0180'],
    [{ name: 'X', kind: 'municipality' as const, municipalityCode: '0180', organisationNumber: '212000-0142' }, 'k:0180'],
    [{ name: 'X', kind: 'independent' as const, organisationNumber: '556000-0001' }, 'o:556000-0001'],
    [{ name: 'X', kind: 'municipality' as const, municipalityCode: '0180', unit: { name: 'Ek', schoolUnitCode: '12345678' } }, 'k:0180|u:12345678'],
    [{ name: 'X', kind: 'municipality' as const, municipalityCode: '0180', unit: { name: ' Ek ' } }, 'k:0180|u:name:ek'],
  ])('matchKey(%j) = %s', (org, key) => {
    expect(matchKey(org)).toBe(key);
  });
});

describe('overview views of the hand-computed case', () => {
  const md = renderOverviewMarkdown(r, catalogue, { lang: 'sv', referenceDate: '2026-11-28' });

  it('shows the figures in Markdown with decimal commas', () => {
    expect(md).toContain('3 planer från 2 huvudmän, varav 1 plan för en skolenhet.');
    expect(md).toContain('| Delmål 1.1 delmål 1.1 | 5 | 1,8 | 2,6 | 0,8 |');
    expect(md).toContain('| **Fokusområde 1** område 1 | 7 | 1,9 | 2,7 | 0,9 |');
    expect(md).toContain('| 1.1.a titel 1.1.a | 1 | 1 | 1 | 0 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 2 |');
    expect(md).toContain('| 3. Initiativ tre | 4 | 3 |');
    expect(md).toContain('| Initiativ 7 (titeln ej bekräftad) | 3 | 3 |');
    expect(md).toContain('| **Stockholms stad** – hela huvudmannen (2 planer) | 0180 | ▒ 2,0 | ░ 1,0 | ▒ 2,0 |');
    expect(md).toContain('| ↳ Ekskolan | 11111111 | ▓ 3,0 | ░ 1,0 | – |');
    expect(md).toContain('| Friskolan AB | 556000-0001 | ▒ 1,5 | ▓ 3,0 | █ 4,0 |');
    expect(md).toContain('| `plans/trasig.yaml` | 2 | 3:5: okänd nyckel: foo |');
  });

  it('writes one CSV row per plan with two decimals, and the failed plans last', () => {
    const csv = renderOverviewCsv([C, A, B], r, catalogue, 'sv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv).records.map((x) => x.cells);
    const head = rows[0]!;
    expect(head.slice(0, 11)).toEqual([
      'fil',
      'status',
      'kommunkod',
      'organisationsnummer',
      'huvudman',
      'skolenhetskod',
      'skolenhet',
      'datum',
      'delmål 1.1 nuläge',
      'delmål 1.1 mål',
      'delmål 1.1 glapp',
    ]);
    expect(rows.map((x) => x[0])).toEqual(['fil', 'plans/a.yaml', 'plans/b.yaml', 'plans/c.yaml', 'plans/trasig.yaml']);
    const a = Object.fromEntries(head.map((h, i) => [h, rows[1]![i]]));
    expect(a).toMatchObject({
      'delmål 1.1 nuläge': '1,50',
      'delmål 1.1 mål': '2,50',
      'delmål 1.2 nuläge': '',
      'fokusområde 1 glapp': '1,00',
      '1.2.a nuläge': 'vet ej',
      '2.1.a mål': '4',
      prioriteringar: '2.1.a, 1.1.a',
    });
    expect(rows[4]!.slice(0, 2)).toEqual(['plans/trasig.yaml', 'fel']);
  });

  it('uses a comma separator and decimal points in English', () => {
    const csv = renderOverviewCsv([A], { failed: [], paths: [] }, catalogue, 'en');
    const rows = parseCsv(csv).records;
    expect(parseCsv(csv).separator).toBe(',');
    expect(rows[1]!.cells[8]).toBe('1.50');
  });

  it.each([
    [undefined, '–', '–'],
    [1.44, '1,4', '░'],
    [1.45, '1,5', '▒'],
    [2.449, '2,4', '▒'],
    [2.45, '2,5', '▓'],
    [3.5, '3,5', '█'],
  ])('mean %s is shown as %s with shade %s', (n, text, sh) => {
    expect(formatMean(n, 'sv')).toBe(text);
    expect(shade(n)).toBe(sh);
  });

  it.each([
    [0.26, '+0,3'],
    [-0.2, '−0,2'],
    [0.01, '±0,0'],
    [-0.04, '±0,0'],
    // Halves round away from zero either way, as Intl does.
    [-0.15, '−0,2'],
  ])('change %d is shown as %s', (n, text) => {
    expect(formatChange(n, 'sv')).toBe(text);
  });

  it('writes means and changes in English with a decimal point', () => {
    expect(formatMean(2.45, 'en')).toBe('2.5');
    expect(formatChange(-0.2, 'en')).toBe('−0.2');
  });
});

describe('overview.pdf with more school units than a readable table', () => {
  const pdfOptions = { lang: 'sv' as const, referenceDate: '2026-11-28', creationDate: new Date(0) };
  const heat = batchText.sv.overview.heatmap;

  it('shows every organiser as a whole only, and says so and where every unit is', async () => {
    const units: PlanDigest[] = Array.from({ length: PDF_HEAT_ROWS }, (_, i) => ({
      ...B,
      file: `plans/u${String(i).padStart(3, '0')}.yaml`,
      organisation: { ...B.organisation, unit: { name: `Enhet nummer ${i}`, schoolUnitCode: String(20000000 + i) } },
    }));
    const pdf = await readPdf(await renderOverviewPdf(rollUp([A, C, ...units], catalogue), catalogue, pdfOptions));
    const text = squash(pdf.text);
    expect(text).toContain(squash(heat.wholeOnly(PDF_HEAT_ROWS)));
    expect(text).toContain(squash(`Stockholms stad – ${heat.whole(PDF_HEAT_ROWS + 1)}`));
    expect(text).toContain('FriskolanAB');
    expect(text).not.toContain('Enhetnummer');
  });

  it('shows each unit under its organiser when they fit, without that note', async () => {
    const pdf = await readPdf(await renderOverviewPdf(r, catalogue, pdfOptions));
    expect(pdf.text).toContain('Ekskolan');
    // The note's words before its number, so a changed count cannot hide it.
    expect(squash(pdf.text)).not.toContain(squash(heat.wholeOnly(0).split('0')[0]!));
  });
});
