// The worked example in docs/prioritisation.md, computed by the engine: if this fails, update the document too.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.ts';
import { catalogue, lv, plan } from './fixtures.ts';

// 1.3.a and 2.4.b build on 1.2.a; 2.4.c builds on 2.4.b (and so on 1.2.a too).
const cat = {
  ...catalogue({
    '1.2.a': { importance: 'high', res: ['skr-skoldigiguide'], terms: [1, 1, 2] },
    '1.3.a': { pre: ['1.2.a'], cost: ['low', 'medium', 'low'] },
    '2.4.b': { pre: ['1.2.a'], ini: [13] },
    '2.4.c': { importance: 'high', pre: ['2.4.b'], ini: [13], res: ['dataskydd'], terms: [1, 2, 1], cost: ['low', 'medium', 'low'] },
  }),
  costClasses: { low: 50_000, medium: 200_000, high: 600_000 },
};
const report = buildReport(
  plan({
    answers: { '1.2.a': lv(1, 3), '1.3.a': lv(2, 3), '2.4.b': lv(1, 2), '2.4.c': lv(1, 3) },
    start: '2027-VT',
    terms: 6,
    actionsPerTerm: 2,
    budgetPerYear: 300_000,
  }),
  cat,
  { referenceDate: '2027-01-10' },
);

describe('worked example of docs/prioritisation.md', () => {
  it('scores and ranks', () => {
    expect(report.priorities.map((p) => [p.rank, p.indicator, p.score])).toEqual([
      [1, '1.2.a', 9.5],
      [2, '2.4.c', 7],
      [3, '2.4.b', 3.5],
      [4, '1.3.a', 2],
    ]);
    expect(report.priorities[0]!.reasons).toEqual([
      { kind: 'gap', from: 1, to: 3 },
      { kind: 'importance', importance: 'high' },
      { kind: 'prerequisite-for', indicators: ['1.3.a', '2.4.b', '2.4.c'] },
      { kind: 'resources', count: 1 },
    ]);
  });

  it('schedules', () => {
    const s = report.schedule;
    expect(s.scheduled.map((a) => `${a.id} ${a.start}${a.end !== a.start ? `–${a.end}` : ''} ${a.cost}`)).toEqual([
      '1.2.a-1 2027-VT 50000',
      '1.2.a-2 2027-HT 50000',
      '2.4.b-1 2027-HT 50000',
      '2.4.c-1 2028-VT 50000',
      '2.4.c-2 2028-HT–2029-VT 200000',
      '1.3.a-2 2029-VT 200000',
    ]);
    expect(s.notScheduled).toEqual([]);
    expect(s.spend).toEqual([
      { year: 2027, cost: 150_000 },
      { year: 2028, cost: 150_000 },
      { year: 2029, cost: 300_000 },
    ]);
    expect(s.load.map((l) => l.actions)).toEqual([1, 2, 1, 1, 2, 0]);
  });
});
