// Sequencing: prerequisites, successive steps, capacity, budget, horizon, the user's dated actions and statuses.
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/core/model.ts';
import { buildReport } from '../../src/core/report.ts';
import { shares, termStartedBy } from '../../src/core/schedule.ts';
import { termIndex } from '../../src/core/terms.ts';
import { act, catalogue, COSTS, lv, plan, unknown, type IndicatorSpec, type PlanSpec } from './fixtures.ts';

const schedule = (specs: Record<string, IndicatorSpec>, spec: PlanSpec, referenceDate = '2026-12-01'): Schedule =>
  buildReport(plan(spec), catalogue(specs), { referenceDate }).schedule;

/** `id start` or `id start..end` per scheduled action, and `id reason` per action left out. */
const placed = (s: Schedule) => s.scheduled.map((a) => `${a.id} ${a.start}${a.end !== a.start ? `..${a.end}` : ''}`);
const left = (s: Schedule) =>
  s.notScheduled.map((a) => `${a.id} ${a.reason.kind}${a.reason.kind === 'prerequisite' ? ` ${a.reason.indicators.join(',')}` : ''}`);

const one = { '1.1.a': {} };
const twoSteps = { '1.1.a': { terms: [2, 1, 1] } };
// 1.1.b builds on 1.1.a.
const pair = { '1.1.a': {}, '1.1.b': { pre: ['1.1.a'] } };
const siblings = { '1.1.a': { importance: 'high' }, '1.1.b': {} } satisfies Record<string, IndicatorSpec>;

describe('buildSchedule: placement', () => {
  it.each<[string, Record<string, IndicatorSpec>, PlanSpec, string[], string[]]>([
    ['steps follow each other', one, { answers: { '1.1.a': lv(1, 3) } }, ['1.1.a-1 2027-VT', '1.1.a-2 2027-HT'], []],
    ['a two-term step spans two terms', twoSteps, { answers: { '1.1.a': lv(1, 3) } }, ['1.1.a-1 2027-VT..2027-HT', '1.1.a-2 2028-VT'], []],
    [
      'a prerequisite ends before its dependent starts',
      pair,
      { answers: { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) } },
      ['1.1.a-1 2027-VT', '1.1.b-1 2027-HT'],
      [],
    ],
    [
      'a step to level N waits only for the prerequisite to reach N',
      pair,
      { answers: { '1.1.a': lv(1, 4), '1.1.b': lv(1, 3) } },
      ['1.1.a-1 2027-VT', '1.1.a-2 2027-HT', '1.1.b-1 2027-HT', '1.1.a-3 2028-VT', '1.1.b-2 2028-VT'],
      [],
    ],
    [
      'a step waits for the prerequisite even when the prerequisite starts higher',
      pair,
      { answers: { '1.1.a': lv(2, 4), '1.1.b': lv(1, 3) } },
      ['1.1.a-2 2027-VT', '1.1.b-1 2027-VT', '1.1.a-3 2027-HT', '1.1.b-2 2027-HT'],
      [],
    ],
    ['a prerequisite at target holds nothing back', pair, { answers: { '1.1.a': lv(2, 2), '1.1.b': lv(1, 2) } }, ['1.1.b-1 2027-VT'], []],
    [
      'higher priority takes the first slot',
      siblings,
      { answers: { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) }, actionsPerTerm: 1 },
      ['1.1.a-1 2027-VT', '1.1.b-1 2027-HT'],
      [],
    ],
    [
      'no slots left in the horizon',
      siblings,
      { answers: { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) }, actionsPerTerm: 1, terms: 1 },
      ['1.1.a-1 2027-VT'],
      ['1.1.b-1 capacity'],
    ],
    [
      'capacity 0 leaves everything out, later steps for the same reason',
      one,
      { answers: { '1.1.a': lv(1, 3) }, actionsPerTerm: 0 },
      [],
      ['1.1.a-1 capacity', '1.1.a-2 capacity'],
    ],
    ['steps beyond the horizon', one, { answers: { '1.1.a': lv(1, 4) }, terms: 2 }, ['1.1.a-1 2027-VT', '1.1.a-2 2027-HT'], ['1.1.a-3 horizon']],
    ['an action longer than the horizon', { '1.1.a': { terms: [3] } }, { answers: { '1.1.a': lv(1, 2) }, terms: 2 }, [], ['1.1.a-1 horizon']],
    [
      'a dependent of an unscheduled prerequisite',
      { '1.1.a': { terms: [3] }, '1.1.b': { pre: ['1.1.a'] } },
      { answers: { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) }, terms: 2 },
      [],
      ['1.1.a-1 horizon', '1.1.b-1 prerequisite 1.1.a'],
    ],
    [
      'budget: one low action a year',
      one,
      { answers: { '1.1.a': lv(1, 4) }, budgetPerYear: COSTS.low },
      ['1.1.a-1 2027-VT', '1.1.a-2 2028-VT', '1.1.a-3 2029-VT'],
      [],
    ],
    [
      'budget: an action dearer than a year',
      { '1.1.a': { cost: 'high' } },
      { answers: { '1.1.a': lv(1, 2) }, budgetPerYear: COSTS.medium },
      [],
      ['1.1.a-1 budget'],
    ],
    [
      'budget: cost spread over terms straddles the new year',
      { '1.1.a': { terms: [2], cost: 'medium' } },
      { answers: { '1.1.a': lv(1, 2) }, budgetPerYear: 60_000 },
      ['1.1.a-1 2027-HT..2028-VT'],
      [],
    ],
    [
      'budget and capacity together',
      siblings,
      { answers: { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) }, budgetPerYear: COSTS.low, actionsPerTerm: 5, terms: 2 },
      ['1.1.a-1 2027-VT'],
      ['1.1.b-1 budget'],
    ],
    ['a start in an autumn term', one, { answers: { '1.1.a': lv(1, 3) }, start: '2026-HT' }, ['1.1.a-1 2026-HT', '1.1.a-2 2027-VT'], []],
  ])('%s', (_, specs, spec, expectedPlaced, expectedLeft) => {
    const s = schedule(specs, spec);
    expect(placed(s)).toEqual(expectedPlaced);
    expect(left(s)).toEqual(expectedLeft);
  });

  it('moves a prerequisite up with the urgent action that waits for it', () => {
    // 1.1.x (rank 1) builds on 1.1.p (rank 3); 1.1.q (rank 2) is independent. One slot per term.
    const specs: Record<string, IndicatorSpec> = { '1.1.p': { importance: 'low' }, '1.1.q': { res: ['r'] }, '1.1.x': { importance: 'high', pre: ['1.1.p'] } };
    const s = schedule(specs, { answers: { '1.1.p': lv(1, 2), '1.1.q': lv(1, 2), '1.1.x': lv(1, 3) }, actionsPerTerm: 1, terms: 4 });
    expect(placed(s)).toEqual(['1.1.p-1 2027-VT', '1.1.x-1 2027-HT', '1.1.x-2 2028-VT', '1.1.q-1 2028-HT']);
  });
});

describe('buildSchedule: the plan’s own actions', () => {
  it.each<[string, Record<string, IndicatorSpec>, PlanSpec, string[], string[]]>([
    ['an undated action covers its gap and takes one term', one, { answers: { '1.1.a': lv(1, 3) }, actions: [act('A01', ['1.1.a'])] }, ['A01 2027-VT'], []],
    [
      'own actions are placed before suggestions',
      siblings,
      { answers: { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) }, actionsPerTerm: 1, actions: [act('A01', ['1.1.b'])] },
      ['A01 2027-VT', '1.1.a-1 2027-HT'],
      [],
    ],
    [
      'a dated action stays where it is written',
      one,
      { answers: { '1.1.a': lv(1, 3) }, actions: [act('A01', ['1.1.a'], { start: '2028-HT', end: '2029-VT' })] },
      ['A01 2028-HT..2029-VT'],
      [],
    ],
    [
      'a dependent waits for a dated prerequisite',
      pair,
      { answers: { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) }, actions: [act('A01', ['1.1.a'], { start: '2027-VT', end: '2027-HT' })] },
      ['A01 2027-VT..2027-HT', '1.1.b-1 2028-VT'],
      [],
    ],
    [
      'a single date pins a one-term action',
      one,
      { answers: { '1.1.a': lv(1, 2) }, actions: [act('A01', ['1.1.a'], { end: '2027-HT' })] },
      ['A01 2027-HT'],
      [],
    ],
    [
      'dated actions take their slots first',
      siblings,
      { answers: { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) }, actionsPerTerm: 1, actions: [act('A01', ['1.1.b'], { start: '2027-VT', end: '2027-VT' })] },
      ['A01 2027-VT', '1.1.a-1 2027-HT'],
      [],
    ],
    [
      'a done action takes no slot',
      siblings,
      { answers: { '1.1.a': lv(1, 2) }, actionsPerTerm: 1, actions: [act('A01', ['1.1.b'], { start: '2027-VT', status: 'done' })] },
      ['A01 2027-VT', '1.1.a-1 2027-VT'],
      [],
    ],
    [
      'a cancelled action covers nothing',
      one,
      { answers: { '1.1.a': lv(1, 2) }, actions: [act('A01', ['1.1.a'], { start: '2027-VT', status: 'cancelled' })] },
      ['A01 2027-VT', '1.1.a-1 2027-VT'],
      [],
    ],
    [
      'a done action does not cover a remaining gap',
      one,
      { answers: { '1.1.a': lv(2, 3) }, actions: [act('A01', ['1.1.a'], { start: '2027-VT', status: 'done' })] },
      ['A01 2027-VT', '1.1.a-2 2027-VT'],
      [],
    ],
    ['an undated done action has nothing to schedule', one, { answers: {}, actions: [act('A01', ['1.1.a'], { status: 'done' })] }, [], []],
    [
      'a done prerequisite holds nothing back',
      pair,
      { answers: { '1.1.b': lv(1, 2) }, actions: [act('A01', ['1.1.a'], { start: '2027-VT', end: '2028-HT', status: 'done' })] },
      ['A01 2027-VT..2028-HT', '1.1.b-1 2027-VT'],
      [],
    ],
    [
      'an own action waits for the prerequisite to reach its first level up',
      pair,
      { answers: { '1.1.a': lv(1, 3), '1.1.b': lv(1, 2) }, actions: [act('A01', ['1.1.b'])] },
      ['1.1.a-1 2027-VT', 'A01 2027-HT', '1.1.a-2 2027-HT'],
      [],
    ],
    [
      'an own action on an unassessed indicator waits for every step of its prerequisite',
      pair,
      { answers: { '1.1.a': lv(1, 3) }, actions: [act('A01', ['1.1.b'])] },
      ['1.1.a-1 2027-VT', '1.1.a-2 2027-HT', 'A01 2028-VT'],
      [],
    ],
    [
      'a step waits for an own action on a prerequisite below the level it needs',
      pair,
      { answers: { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) }, actions: [act('A01', ['1.1.a'])] },
      ['A01 2027-VT', '1.1.b-1 2027-HT'],
      [],
    ],
    [
      'an own action on a prerequisite already at the level needed holds nothing back',
      pair,
      { answers: { '1.1.a': lv(2, 3), '1.1.b': lv(1, 2) }, actions: [act('A01', ['1.1.a'])] },
      ['A01 2027-VT', '1.1.b-1 2027-VT'],
      [],
    ],
    [
      'an own action on an unknown prerequisite holds back what builds on it',
      pair,
      { answers: { '1.1.a': unknown, '1.1.b': lv(1, 2) }, actions: [act('A01', ['1.1.a'])] },
      ['A01 2027-VT', '1.1.b-1 2027-HT'],
      [],
    ],
    [
      'a postponed action is still open',
      one,
      { answers: { '1.1.a': lv(1, 2) }, actions: [act('A01', ['1.1.a'], { status: 'postponed' })] },
      ['A01 2027-VT'],
      [],
    ],
    [
      'an undated own action can be left out too',
      one,
      { answers: { '1.1.a': lv(1, 2) }, actionsPerTerm: 0, actions: [act('A01', ['1.1.a'])] },
      [],
      ['A01 capacity'],
    ],
  ])('%s', (_, specs, spec, expectedPlaced, expectedLeft) => {
    const s = schedule(specs, spec);
    expect(placed(s)).toEqual(expectedPlaced);
    expect(left(s)).toEqual(expectedLeft);
  });
});

describe('buildSchedule: the reference date', () => {
  const done = act('A01', ['1.1.b'], { start: '2027-VT', end: '2027-HT', cost: 100_000, status: 'done' });
  it.each<[string, Record<string, IndicatorSpec>, PlanSpec, string, string[], number[]]>([
    [
      'new work starts in the first term still running',
      one,
      { answers: { '1.1.a': lv(1, 3) } },
      '2027-09-01',
      ['1.1.a-1 2027-HT', '1.1.a-2 2028-VT'],
      [0, 1, 1, 0, 0, 0],
    ],
    ['July belongs to the spring term, which is over', one, { answers: { '1.1.a': lv(1, 2) } }, '2027-07-15', ['1.1.a-1 2027-HT'], [0, 1, 0, 0, 0, 0]],
    ['a plan entirely in the past has no room for new work', one, { answers: { '1.1.a': lv(1, 2) }, terms: 2 }, '2028-01-10', [], [0, 0]],
    [
      'a done action keeps what it used in terms that have begun',
      siblings,
      { answers: { '1.1.a': lv(1, 2) }, budgetPerYear: 100_000, actions: [done] },
      '2027-09-01',
      ['A01 2027-VT..2027-HT', '1.1.a-1 2028-VT'],
      [1, 1, 1, 0, 0, 0],
    ],
    [
      'but frees the terms still to come',
      siblings,
      { answers: { '1.1.a': lv(1, 2) }, budgetPerYear: 100_000, actions: [done] },
      '2027-03-01',
      ['A01 2027-VT..2027-HT', '1.1.a-1 2027-VT'],
      [2, 0, 0, 0, 0, 0],
    ],
  ])('%s', (_, specs, spec, referenceDate, expectedPlaced, load) => {
    const s = schedule(specs, spec, referenceDate);
    expect(placed(s)).toEqual(expectedPlaced);
    expect(s.load.map((l) => l.actions)).toEqual(load);
  });

  it.each([
    ['2027-VT', '2027-01-01', true],
    ['2027-HT', '2027-07-31', false],
    ['2027-HT', '2027-08-01', true],
    ['2028-VT', '2027-12-31', false],
    ['2026-HT', '2027-01-01', true],
  ] as const)('%s has begun on %s: %s', (term, date, begun) => {
    expect(termStartedBy(termIndex(term), date)).toBe(begun);
  });
});

describe('buildSchedule: warnings', () => {
  it.each<[string, Record<string, IndicatorSpec>, PlanSpec, Schedule['warnings']]>([
    [
      'dated actions above the slot limit',
      siblings,
      { actionsPerTerm: 1, actions: [act('A01', ['1.1.a'], { start: '2027-VT' }), act('A02', ['1.1.b'], { start: '2027-VT' })] },
      [{ kind: 'capacity-exceeded', term: '2027-VT', used: 2, limit: 1 }],
    ],
    [
      'dated actions above the budget',
      one,
      { budgetPerYear: 100, actions: [act('A01', ['1.1.a'], { start: '2027-VT', end: '2027-HT', cost: 300 })] },
      [{ kind: 'budget-exceeded', year: 2027, used: 300, limit: 100 }],
    ],
    [
      'a dated action before its prerequisite',
      pair,
      { actions: [act('A01', ['1.1.a'], { start: '2027-HT' }), act('A02', ['1.1.b'], { start: '2027-HT' })] },
      [{ kind: 'before-prerequisite', action: 'A02', prerequisite: 'A01' }],
    ],
    [
      'a dated action outside the horizon',
      one,
      { terms: 2, actions: [act('A01', ['1.1.a'], { start: '2030-VT' })] },
      [{ kind: 'outside-horizon', action: 'A01' }],
    ],
    ['an action begun before the horizon is no warning', one, { actions: [act('A01', ['1.1.a'], { start: '2026-HT', end: '2027-VT' })] }, []],
    [
      'done actions never warn',
      one,
      { actionsPerTerm: 0, budgetPerYear: 0, actions: [act('A01', ['1.1.a'], { start: '2030-VT', cost: 5, status: 'done' })] },
      [],
    ],
  ])('%s', (_, specs, spec, warnings) => {
    expect(schedule(specs, spec).warnings).toEqual(warnings);
  });

  it('names the clash when two own actions wait on each other', () => {
    // A01 works on 1.1.b and 1.1.c, A02 on 1.1.a and 1.1.d: each holds a prerequisite of the other.
    const specs = { '1.1.a': {}, '1.1.b': { pre: ['1.1.a'] }, '1.1.c': {}, '1.1.d': { pre: ['1.1.c'] } };
    const s = schedule(specs, { actions: [act('A01', ['1.1.b', '1.1.c']), act('A02', ['1.1.a', '1.1.d'])] });
    // A01 leads on its id and goes first; A02 then follows it, so only A01 starts too early.
    expect(placed(s)).toEqual(['A01 2027-VT', 'A02 2027-HT']);
    expect(s.warnings).toEqual([{ kind: 'before-prerequisite', action: 'A01', prerequisite: 'A02' }]);
  });
});

describe('buildSchedule: load, spend and the actions themselves', () => {
  it('counts slots per term and money per calendar year, dated actions included', () => {
    const s = schedule(
      { '1.1.a': { terms: [2], cost: 'medium' }, '1.1.b': {} },
      {
        answers: { '1.1.a': lv(1, 2) },
        terms: 3,
        actions: [act('A01', ['1.1.b'], { start: '2027-HT', end: '2028-VT', cost: 1001 })],
      },
    );
    expect(s.terms).toEqual(['2027-VT', '2027-HT', '2028-VT']);
    expect(s.load).toEqual([
      { term: '2027-VT', actions: 1 },
      { term: '2027-HT', actions: 2 },
      { term: '2028-VT', actions: 1 },
    ]);
    expect(s.spend).toEqual([
      { year: 2027, cost: 100_000 + 501 },
      { year: 2028, cost: 500 },
    ]);
  });

  it('describes a suggestion from the catalogue in both languages with an estimated cost', () => {
    const s = schedule({ '1.1.a': { cost: 'medium', res: ['r1'], ini: [9, 2] } }, { answers: { '1.1.a': lv(2, 3) } });
    expect(s.scheduled[0]).toEqual({
      id: '1.1.a-2',
      origin: 'suggestion',
      suggestion: '1.1.a-2',
      title: '1.1.a step 2',
      titleText: { sv: '1.1.a step 2', en: '1.1.a step 2 (en)' },
      descriptionText: { sv: 'do 1.1.a 2', en: 'do 1.1.a 2 (en)' },
      indicators: ['1.1.a'],
      ownerText: { sv: 'rektor', en: 'rektor (en)' },
      start: '2027-VT',
      end: '2027-VT',
      terms: 1,
      cost: COSTS.medium,
      costEstimated: true,
      status: 'planned',
      resources: ['r1'],
      initiatives: [2, 9],
      fixed: false,
    });
  });

  it('falls back on a generic step when the catalogue has no suggestion for it', () => {
    const s = schedule({ '1.1.a': { terms: [1, null, 1] } }, { answers: { '1.1.a': lv(2, 3) } });
    expect(s.scheduled[0]).toMatchObject({
      id: '1.1.a-2',
      origin: 'suggestion',
      titleText: { sv: 'indicator 1.1.a' },
      descriptionText: { sv: 'l3' },
      cost: COSTS.medium,
      terms: 1,
    });
    expect(s.scheduled[0]!.suggestion).toBeUndefined();
  });

  it("keeps an own action's fields, its resources first, and estimates a missing cost", () => {
    const s = schedule(
      { '1.1.a': { res: ['r1', 'r2'], ini: [5] } },
      {
        answers: { '1.1.a': lv(1, 2) },
        actions: [act('A01', ['1.1.a'], { owner: 'Skolchef', description: 'd', successCriteria: 'ok', resources: ['r2', 'own'], status: 'in-progress' })],
      },
    );
    expect(s.scheduled[0]).toEqual({
      id: 'A01',
      origin: 'plan',
      title: 'action A01',
      description: 'd',
      indicators: ['1.1.a'],
      owner: 'Skolchef',
      start: '2027-VT',
      end: '2027-VT',
      terms: 1,
      cost: COSTS.medium,
      costEstimated: true,
      status: 'in-progress',
      resources: ['r2', 'own', 'r1'],
      initiatives: [5],
      successCriteria: 'ok',
      fixed: false,
    });
  });
});

describe('shares', () => {
  it.each([
    [300, 3, [100, 100, 100]],
    [100, 3, [34, 33, 33]],
    [5, 1, [5]],
    [0, 2, [0, 0]],
    [1.5, 2, [0.75, 0.75]],
  ])('%d over %d terms', (cost, terms, expected) => {
    expect(shares(cost, terms)).toEqual(expected);
  });
});
