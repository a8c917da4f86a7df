// Unit tests of the comparison: goals raised, lowered and unchanged, unknown answers counted apart, and actions by state.
import { describe, expect, it } from 'vitest';
import { comparePlans, organisationDifferences, progressCounts } from '../../src/core/compare.ts';
import type { Organisation, PlanAction } from '../../src/core/model.ts';
import { catalogue, plan, type AnswerSpec } from './helpers.ts';

const cat = catalogue(['1.1.a', '1.1.b', '2.1.a']);
const run = (older: Record<string, AnswerSpec>, newer: Record<string, AnswerSpec>, referenceDate = '2027-11-30') =>
  comparePlans({ plan: plan(older), catalogue: cat }, { plan: plan(newer), catalogue: cat }, { referenceDate });

describe('goals', () => {
  const cases: {
    name: string;
    older: Record<string, AnswerSpec>;
    newer: Record<string, AnswerSpec>;
    direction: string;
    olderMean?: number;
    newerMean?: number;
    compared: number;
  }[] = [
    {
      name: 'raised when the mean rises',
      older: { '1.1.a': 2, '1.1.b': 2 },
      newer: { '1.1.a': 3, '1.1.b': 2 },
      direction: 'raised',
      olderMean: 2,
      newerMean: 2.5,
      compared: 2,
    },
    { name: 'lowered when the mean falls', older: { '1.1.a': 3 }, newer: { '1.1.a': 2 }, direction: 'lowered', olderMean: 3, newerMean: 2, compared: 1 },
    {
      name: 'unchanged when ups and downs cancel out',
      older: { '1.1.a': 2, '1.1.b': 3 },
      newer: { '1.1.a': 3, '1.1.b': 2 },
      direction: 'unchanged',
      olderMean: 2.5,
      newerMean: 2.5,
      compared: 2,
    },
    {
      name: 'unknown then a level is not a rise',
      older: { '1.1.a': 2, '1.1.b': 'unknown' },
      newer: { '1.1.a': 2, '1.1.b': 4 },
      direction: 'unchanged',
      olderMean: 2,
      newerMean: 2,
      compared: 1,
    },
    {
      name: 'a level then unknown is not a fall',
      older: { '1.1.a': 2, '1.1.b': 1 },
      newer: { '1.1.a': 2, '1.1.b': 'unknown' },
      direction: 'unchanged',
      olderMean: 2,
      newerMean: 2,
      compared: 1,
    },
    {
      name: 'a newly answered indicator does not pull the mean',
      older: { '1.1.a': 3 },
      newer: { '1.1.a': 3, '1.1.b': 1 },
      direction: 'unchanged',
      olderMean: 3,
      newerMean: 3,
      compared: 1,
    },
    {
      name: 'not comparable without a level on both sides',
      older: { '1.1.a': 'unknown', '1.1.b': 2 },
      newer: { '1.1.a': 'not-relevant' },
      direction: 'not-comparable',
      compared: 0,
    },
    { name: 'not comparable when nothing is answered', older: {}, newer: {}, direction: 'not-comparable', compared: 0 },
    {
      name: 'half a level when one of two indicators rises one level',
      older: { '1.1.a': 1, '1.1.b': 2 },
      newer: { '1.1.a': 2, '1.1.b': 2 },
      direction: 'raised',
      olderMean: 1.5,
      newerMean: 2,
      compared: 2,
    },
  ];
  it.each(cases)('$name', ({ older, newer, direction, olderMean, newerMean, compared }) => {
    const g = run(older, newer).goals.find((x) => x.goal === '1.1')!;
    expect(g.direction).toBe(direction);
    expect(g.compared).toBe(compared);
    expect(g.olderMean).toBe(olderMean);
    expect(g.newerMean).toBe(newerMean);
  });

  it('counts goals for "n of m goals raised" over every goal in both catalogues', () => {
    const r = run({ '1.1.a': 2, '2.1.a': 3 }, { '1.1.a': 3, '2.1.a': 3 });
    expect(r.summary.goals).toEqual({ total: 2, raised: 1, lowered: 0, unchanged: 1, notComparable: 0 });
  });

  it('rounds a mean change of a third to two decimals', () => {
    const c3 = catalogue(['1.1.a', '1.1.b', '1.1.c']);
    const r = comparePlans(
      { plan: plan({ '1.1.a': 1, '1.1.b': 2, '1.1.c': 2 }), catalogue: c3 },
      { plan: plan({ '1.1.a': 2, '1.1.b': 2, '1.1.c': 2 }), catalogue: c3 },
      { referenceDate: '2027-11-30' },
    );
    expect(r.goals[0]).toMatchObject({ olderMean: 1.67, newerMean: 2, change: 0.33, direction: 'raised' });
  });
});

describe('indicators', () => {
  it.each([
    { older: 2 as AnswerSpec, newer: 3 as AnswerSpec, direction: 'raised', change: 1 },
    { older: 3, newer: 1, direction: 'lowered', change: -2 },
    { older: 2, newer: 2, direction: 'unchanged', change: 0 },
    { older: 'unknown', newer: 2, direction: 'not-comparable', change: undefined },
    { older: 2, newer: 'not-relevant', direction: 'not-comparable', change: undefined },
  ])('$older → $newer is $direction', ({ older, newer, direction, change }) => {
    const row = run({ '1.1.a': older }, { '1.1.a': newer }).indicators.find((r) => r.indicator === '1.1.a')!;
    expect(row.direction).toBe(direction);
    expect(row.change).toBe(change);
  });

  it('counts unknown and not-relevant answers apart, never as levels', () => {
    const r = run({ '1.1.a': 'unknown', '1.1.b': 'not-relevant', '2.1.a': 2 }, { '1.1.a': 'unknown', '1.1.b': 3, '2.1.a': 'unknown' });
    expect(r.summary.unknown).toEqual({ older: 1, newer: 2 });
    expect(r.summary.notRelevant).toEqual({ older: 1, newer: 0 });
    expect(r.summary.indicators).toMatchObject({ raised: 0, lowered: 0, unchanged: 0, notComparable: 3 });
    expect(r.goals.every((g) => g.olderMean === undefined || g.compared > 0)).toBe(true);
  });

  it('leaves out indicators unanswered in both plans and lists moved targets', () => {
    const r = run({ '1.1.a': '2>3', '2.1.a': '1>2' }, { '1.1.a': '2>4', '2.1.a': '1>1' });
    expect(r.indicators.map((i) => i.indicator)).toEqual(['1.1.a', '2.1.a']);
    expect(r.targets).toEqual([
      { indicator: '1.1.a', goal: '1.1', older: 3, newer: 4 },
      { indicator: '2.1.a', goal: '2.1', older: 2, newer: 1 },
    ]);
    expect(r.summary.targets).toEqual({ raised: 1, lowered: 1 });
  });

  it('compares plans of different catalogues on the indicators they share and lists the rest', () => {
    const older = catalogue(['1.1.a', '1.1.c']);
    const newer = catalogue(['1.1.a', '1.1.d'], { version: '2.0.0' });
    const r = comparePlans(
      { plan: plan({ '1.1.a': 2, '1.1.c': 3 }), catalogue: older },
      { plan: plan({ '1.1.a': 3, '1.1.d': 1 }, [], { catalogue: { id: 'test', version: '2.0.0' } }), catalogue: newer },
      { referenceDate: '2027-11-30' },
    );
    expect(r.catalogue).toEqual({ shared: 1, onlyInOlder: ['1.1.c'], onlyInNewer: ['1.1.d'] });
    expect(r.indicators.map((i) => i.indicator)).toEqual(['1.1.a']);
    expect(r.goals[0]).toMatchObject({ goal: '1.1', direction: 'raised', compared: 1 });
    expect(r.newer.catalogue.version).toBe('2.0.0');
  });
});

describe('actions', () => {
  const a = (id: string, status: PlanAction['status'], more: Partial<PlanAction> = {}): Partial<PlanAction> => ({ id, title: `Åtgärd ${id}`, status, ...more });
  const older = [
    a('D1', 'planned'),
    a('D2', 'done'),
    a('L1', 'in-progress', { end: '2027-VT' }),
    a('O1', 'in-progress', { end: '2027-HT' }),
    a('P1', 'planned', { end: '2026-HT' }),
    a('C1', 'planned'),
    a('C2', 'cancelled'),
    a('R1', 'planned'),
    a('M1', 'planned', { end: '2027-VT' }),
    a('U1', 'planned'),
  ];
  const newer = [
    a('D1', 'done', { log: [{ date: '2027-05-01', status: 'done', note: 'Beslutad i nämnden' }] }),
    a('D2', 'done'),
    a('L1', 'in-progress', { end: '2027-VT' }),
    a('O1', 'in-progress', { end: '2027-HT' }),
    a('P1', 'postponed', { end: '2026-HT' }),
    a('C1', 'cancelled', { log: [{ date: '2027-03-01', status: 'cancelled', note: 'Ersatt' }] }),
    a('C2', 'cancelled'),
    a('M1', 'planned', { end: '2028-VT' }),
    a('U1', 'planned'),
    a('N1', 'planned', { end: '2028-HT' }),
    a('N2', 'done'),
  ];
  const r = comparePlans({ plan: plan({}, older), catalogue: cat }, { plan: plan({}, newer), catalogue: cat }, { referenceDate: '2027-11-30' });
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it.each([
    { list: 'done', expected: ['D1', 'N2'] },
    { list: 'doneEarlier', expected: ['D2'] },
    { list: 'late', expected: ['L1', 'P1'] },
    { list: 'ongoing', expected: ['O1', 'M1', 'U1', 'N1'] },
    { list: 'dropped', expected: ['C1', 'R1'] },
    { list: 'new', expected: ['N1', 'N2'] },
  ] as const)('$list: $expected', ({ list, expected }) => {
    expect(ids(r.actions[list])).toEqual(expected);
  });

  it('says why an action was dropped, with the note of its cancellation', () => {
    expect(r.actions.dropped).toEqual([
      { id: 'C1', title: 'Åtgärd C1', indicators: [], olderStatus: 'planned', reason: 'cancelled', note: 'Ersatt' },
      { id: 'R1', title: 'Åtgärd R1', indicators: [], olderStatus: 'planned', reason: 'removed' },
    ]);
  });

  it('keeps the status then, a moved end term and the latest note', () => {
    expect(r.actions.done[0]).toMatchObject({ id: 'D1', olderStatus: 'planned', note: 'Beslutad i nämnden', isNew: false });
    expect(r.actions.ongoing.find((x) => x.id === 'M1')).toMatchObject({ end: '2028-VT', olderEnd: '2027-VT' });
    expect(r.actions.done[1]).toMatchObject({ id: 'N2', isNew: true });
    expect(r.actions.done[1]!.olderStatus).toBeUndefined();
  });

  it('gives roll-up counts', () => {
    expect(r.summary.actions).toEqual({ done: 2, doneEarlier: 1, ongoing: 4, late: 2, dropped: 2, new: 2 });
    expect(progressCounts(r)).toMatchObject({ actionsDone: 2, actionsLate: 2, actionsDropped: 2 });
  });

  it('uses the reference date: an action is late only after its last term has ended', () => {
    const early = comparePlans({ plan: plan({}, older), catalogue: cat }, { plan: plan({}, newer), catalogue: cat }, { referenceDate: '2027-06-30' });
    expect(ids(early.actions.late)).toEqual(['P1']);
    const july = comparePlans({ plan: plan({}, older), catalogue: cat }, { plan: plan({}, newer), catalogue: cat }, { referenceDate: '2027-07-01' });
    expect(ids(july.actions.late)).toEqual(['L1', 'P1']);
  });
});

describe('organisations', () => {
  const base: Organisation = { name: 'Exempelby kommun', kind: 'municipality', municipalityCode: '0180', schoolForms: ['grundskola'] };
  it.each([
    { name: 'a new name is the same organisation', other: { name: 'Exempelby kommun (ny)' }, fields: [] },
    { name: 'another kommunkod', other: { municipalityCode: '0114' }, fields: ['municipalityCode'] },
    {
      name: 'another organisationsnummer',
      other: { organisationNumber: '212000-0142' },
      self: { organisationNumber: '556016-0680' },
      fields: ['organisationNumber'],
    },
    { name: 'an organisationsnummer added later', other: { organisationNumber: '212000-0142' }, fields: [] },
    { name: 'a school unit against the whole organiser', other: { unit: { name: 'Skolan', schoolUnitCode: '12345678' } }, fields: ['schoolUnitCode'] },
    {
      name: 'another kind of organiser',
      other: { kind: 'independent' as const, municipalityCode: undefined, organisationNumber: '556016-0680' },
      fields: ['kind'],
    },
  ])('$name', ({ other, self, fields }) => {
    const a = { ...base, ...self };
    const b = { ...base, ...self, ...other };
    expect(organisationDifferences(a, b).map((d) => d.field)).toEqual(fields);
  });

  it('reports the differing values', () => {
    expect(organisationDifferences(base, { ...base, municipalityCode: '0114' })).toEqual([{ field: 'municipalityCode', older: '0180', newer: '0114' }]);
  });
});
