// Priority score: gap × importance weight + dependents + national support, with its reasons and stable ranks.
import { describe, expect, it } from 'vitest';
import { analyseGaps } from '../../src/core/gaps.ts';
import type { Answer, Priority } from '../../src/core/model.ts';
import { prioritise } from '../../src/core/priority.ts';
import { catalogue, lv, plan, unknown, type IndicatorSpec } from './fixtures.ts';

const run = (specs: Record<string, IndicatorSpec>, answers: Record<string, Answer>): Priority[] => {
  const c = catalogue(specs);
  return prioritise(analyseGaps(plan({ answers }), c), c);
};
const of = (ps: Priority[], id: string) => ps.find((p) => p.indicator === id);

describe('prioritise: score and reasons of indicator 1.1.a', () => {
  it.each([
    [
      'gap 2, medium',
      {},
      {},
      4,
      [
        { kind: 'gap', from: 1, to: 3 },
        { kind: 'importance', importance: 'medium' },
      ],
    ],
    [
      'gap 2, high by default',
      { importance: 'high' },
      {},
      6,
      [
        { kind: 'gap', from: 1, to: 3 },
        { kind: 'importance', importance: 'high' },
      ],
    ],
    [
      'gap 2, low from the answer',
      { importance: 'high' },
      { imp: 'low' },
      2,
      [
        { kind: 'gap', from: 1, to: 3 },
        { kind: 'importance', importance: 'low' },
      ],
    ],
    [
      'national support adds 0.5',
      { ini: [13, 4] },
      {},
      4.5,
      [
        { kind: 'gap', from: 1, to: 3 },
        { kind: 'importance', importance: 'medium' },
        { kind: 'national-support', initiatives: [4, 13] },
      ],
    ],
    [
      'resources add 0.5 whatever their number',
      { res: ['r1', 'r2'] },
      {},
      4.5,
      [
        { kind: 'gap', from: 1, to: 3 },
        { kind: 'importance', importance: 'medium' },
        { kind: 'resources', count: 2 },
      ],
    ],
    [
      'both kinds of support',
      { ini: [1], res: ['r1'] },
      {},
      5,
      [
        { kind: 'gap', from: 1, to: 3 },
        { kind: 'importance', importance: 'medium' },
        { kind: 'national-support', initiatives: [1] },
        { kind: 'resources', count: 1 },
      ],
    ],
  ] as const)('%s', (_, spec, answer, score, reasons) => {
    const a = 'imp' in answer ? lv(1, 3, answer.imp) : lv(1, 3);
    expect(of(run({ '1.1.a': spec as IndicatorSpec }, { '1.1.a': a }), '1.1.a')).toEqual({ indicator: '1.1.a', rank: 1, score, reasons });
  });
});

describe('prioritise: dependents', () => {
  // 1.1.c builds on 1.1.b, which builds on 1.1.a.
  const chain = { '1.1.a': {}, '1.1.b': { pre: ['1.1.a'] }, '1.1.c': { pre: ['1.1.b'] } };
  it.each([
    ['every open gap that builds on it, transitively', { '1.1.a': lv(1, 2), '1.1.b': lv(1, 2), '1.1.c': lv(1, 2) }, 4, ['1.1.b', '1.1.c']],
    ['through a middle indicator already at target', { '1.1.a': lv(1, 2), '1.1.b': lv(3, 3), '1.1.c': lv(1, 2) }, 3, ['1.1.c']],
    ['unknown dependents are no gaps', { '1.1.a': lv(1, 2), '1.1.b': unknown, '1.1.c': lv(2, 2) }, 2, undefined],
    ['dependents that today’s level already carries do not wait', { '1.1.a': lv(3, 4), '1.1.b': lv(1, 3), '1.1.c': lv(2, 4) }, 3, ['1.1.c']],
  ] as const)('%s', (_, answers, score, dependents) => {
    const p = of(run(chain, answers), '1.1.a')!;
    expect(p.score).toBe(score);
    expect(p.reasons.find((r) => r.kind === 'prerequisite-for')).toEqual(dependents ? { kind: 'prerequisite-for', indicators: dependents } : undefined);
  });
});

describe('prioritise: who gets a priority, and in which order', () => {
  it.each([
    ['only gaps above 0', { '1.1.a': lv(2, 2), '1.1.b': unknown, '1.1.c': lv(1, 2) }, ['1.1.c']],
    ['higher score first', { '1.1.a': lv(1, 2), '1.1.b': lv(1, 4), '1.1.c': lv(1, 3) }, ['1.1.b', '1.1.c', '1.1.a']],
    ['ties broken on the id as read', { '1.1.c': lv(1, 2), '1.1.a': lv(1, 2), '1.1.b': lv(1, 2) }, ['1.1.a', '1.1.b', '1.1.c']],
  ] as const)('%s', (_, answers, order) => {
    const ps = run({ '1.1.a': {}, '1.1.b': {}, '1.1.c': {} }, answers);
    expect(ps.map((p) => p.indicator)).toEqual(order);
    expect(ps.map((p) => p.rank)).toEqual(order.map((_, i) => i + 1));
  });

  it('orders 1.10.a after 1.2.a on a tie', () => {
    expect(run({ '1.10.a': {}, '1.2.a': {} }, { '1.10.a': lv(1, 2), '1.2.a': lv(1, 2) }).map((p) => p.indicator)).toEqual(['1.2.a', '1.10.a']);
  });
});
