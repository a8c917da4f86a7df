// buildReport end to end: every field filled, what-if overrides, late actions.
import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../src/core/model.ts';
import { buildReport, planningWindow } from '../../src/core/report.ts';
import { act, catalogue, lv, notRelevant, plan, unknown } from './fixtures.ts';

const cat = catalogue({ '1.1.a': { importance: 'high', res: ['r1'], ini: [4] }, '1.1.b': { pre: ['1.1.a'] }, '2.1.a': {}, '2.1.b': {} });

describe('buildReport', () => {
  it('fills every field of the report', () => {
    const p = plan({ answers: { '1.1.a': lv(1, 3), '1.1.b': lv(2, 3), '2.1.a': unknown, '2.1.b': notRelevant } });
    const r = buildReport(p, cat, { referenceDate: '2027-01-15' });
    expect(r.plan).toBe(p);
    expect(r.catalogue).toBe(cat);
    expect(r.gaps.map((g) => `${g.indicator} ${g.state} ${g.gap ?? '-'}`)).toEqual([
      '1.1.a answered 2',
      '1.1.b answered 1',
      '2.1.a unknown -',
      '2.1.b not-relevant -',
    ]);
    expect(r.goals.map((g) => g.id)).toEqual(['1.1', '2.1']);
    expect(r.focusAreas.map((g) => g.id)).toEqual(['1', '2']);
    expect(r.priorities.map((x) => [x.indicator, x.rank, x.score])).toEqual([
      ['1.1.a', 1, 8],
      ['1.1.b', 2, 2],
    ]);
    expect(r.schedule.scheduled.map((a) => `${a.id} ${a.start}`)).toEqual(['1.1.a-1 2027-VT', '1.1.a-2 2027-HT', '1.1.b-2 2028-VT']);
    expect(r.resources).toEqual(['r1']);
    expect(r.initiatives).toEqual([4]);
    expect(r.referenceDate).toBe('2027-01-15');
    expect(r.late).toEqual([]);
  });

  it.each<[string, { actionsPerTerm?: number; budgetPerYear?: number; terms?: number; start?: string }, string[], string[]]>([
    ['the plan as written', {}, ['1.1.a-1 2027-VT', '2.1.a-1 2027-HT'], []],
    ['more slots', { actionsPerTerm: 2 }, ['1.1.a-1 2027-VT', '2.1.a-1 2027-VT'], []],
    ['a shorter horizon', { terms: 1 }, ['1.1.a-1 2027-VT'], ['2.1.a-1 capacity']],
    ['a later start', { start: '2028-HT' }, ['1.1.a-1 2028-HT', '2.1.a-1 2029-VT'], []],
    ['a budget for one action a year', { budgetPerYear: 10_000, actionsPerTerm: 9, terms: 4 }, ['1.1.a-1 2027-VT', '2.1.a-1 2028-VT'], []],
  ])('what-if: %s', (_, overrides, placed, left) => {
    const p = plan({ answers: { '1.1.a': lv(1, 2), '2.1.a': lv(1, 2) }, actionsPerTerm: 1, terms: 2 });
    const s = buildReport(p, cat, { referenceDate: '2027-01-15', overrides }).schedule;
    expect(s.scheduled.map((a) => `${a.id} ${a.start}`)).toEqual(placed);
    expect(s.notScheduled.map((a) => `${a.id} ${a.reason.kind}`)).toEqual(left);
  });

  it('leaves the plan untouched by overrides', () => {
    const p = plan({ actionsPerTerm: 1, terms: 2 });
    buildReport(p, cat, { referenceDate: '2027-01-15', overrides: { actionsPerTerm: 5, start: '2030-VT' } });
    expect(p.planning).toEqual({ start: '2027-VT', terms: 2, capacity: { actionsPerTerm: 1 } });
  });

  it.each<[string, Partial<PlanAction>, string, boolean]>([
    ['ended last spring', { start: '2027-VT', end: '2027-VT' }, '2027-08-20', true],
    ['spring term still running in June', { start: '2027-VT', end: '2027-VT' }, '2027-06-30', false],
    ['ends this autumn', { start: '2027-VT', end: '2027-HT' }, '2027-12-31', false],
    ['ended last year', { start: '2027-HT' }, '2028-01-01', true],
    ['done in time or not, done is never late', { start: '2027-VT', status: 'done' }, '2029-01-01', false],
    ['cancelled is never late', { start: '2027-VT', status: 'cancelled' }, '2029-01-01', false],
    ['in progress and past its end', { start: '2027-VT', status: 'in-progress' }, '2029-01-01', true],
    ['undated: the engine placed it, the user promised nothing', {}, '2029-01-01', false],
  ])('late: %s', (_, fields, referenceDate, late) => {
    const p = plan({ actions: [act('A01', ['1.1.a'], fields)] });
    expect(buildReport(p, cat, { referenceDate }).late).toEqual(late ? ['A01'] : []);
  });

  it('lists late actions in id order', () => {
    const p = plan({ actions: [act('A10', ['1.1.a'], { start: '2027-VT' }), act('A9', ['2.1.a'], { start: '2027-VT' })] });
    expect(buildReport(p, cat, { referenceDate: '2028-01-01' }).late).toEqual(['A9', 'A10']);
  });
});

describe('planningWindow', () => {
  it.each([
    [
      'plan only',
      { start: '2027-VT', terms: 6, capacity: { actionsPerTerm: 3, budgetPerYear: 5 } },
      undefined,
      { start: '2027-VT', terms: 6, actionsPerTerm: 3, budgetPerYear: 5 },
    ],
    ['no capacity means no limit', { start: '2027-VT', terms: 6 }, {}, { start: '2027-VT', terms: 6 }],
    [
      'overrides win',
      { start: '2027-VT', terms: 6, capacity: { actionsPerTerm: 3 } },
      { actionsPerTerm: 1, budgetPerYear: 9, terms: 2, start: '2028-HT' },
      { start: '2028-HT', terms: 2, actionsPerTerm: 1, budgetPerYear: 9 },
    ],
  ] as const)('%s', (_, planning, overrides, expected) => {
    expect(planningWindow({ planning }, overrides)).toEqual(expected);
  });
});
