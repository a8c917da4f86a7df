// Gap analysis: states kept apart, gaps clamped, importance fallback, summaries over answered indicators only.
import { describe, expect, it } from 'vitest';
import { analyseGaps, summariseGroups } from '../../src/core/gaps.ts';
import type { Answer, IndicatorGap } from '../../src/core/model.ts';
import { catalogue, lv, notRelevant, plan, unknown } from './fixtures.ts';

const cat = catalogue({ '1.1.a': { importance: 'low', res: ['r1'], ini: [7, 3] }, '1.1.b': {}, '2.1.a': { importance: 'high' } });
const only = (answer: Answer | undefined): IndicatorGap => analyseGaps(plan({ answers: answer ? { '1.1.a': answer } : {} }), cat)[0]!;

describe('analyseGaps', () => {
  it.each([
    ['gap from 1 to 3', lv(1, 3), { state: 'answered', current: 1, target: 3, gap: 2, importance: 'low', resources: ['r1'], initiatives: [3, 7] }],
    ['target reached', lv(2, 2), { state: 'answered', current: 2, target: 2, gap: 0, importance: 'low' }],
    ['target below current counts as reached', lv(3, 2), { state: 'answered', current: 3, target: 2, gap: 0, importance: 'low' }],
    [
      "the answer's own importance wins",
      lv(1, 4, 'high'),
      { state: 'answered', current: 1, target: 4, gap: 3, importance: 'high', resources: ['r1'], initiatives: [3, 7] },
    ],
    ['unknown carries no level', unknown, { state: 'unknown', importance: 'low' }],
    ['not relevant carries no level', notRelevant, { state: 'not-relevant', importance: 'low' }],
    ['no answer is unanswered', undefined, { state: 'unanswered', importance: 'low' }],
  ] as const)('%s', (_, answer, expected) => {
    expect(only(answer)).toEqual({ indicator: '1.1.a', goal: '1.1', focusArea: '1', ...expected });
  });

  it('lists every catalogue indicator once, in reading order, and ignores answers the catalogue does not know', () => {
    const c = catalogue({ '1.10.a': {}, '1.2.b': {}, '1.2.a': {} });
    const gaps = analyseGaps(plan({ answers: { '9.9.z': lv(1, 2), '1.2.a': lv(1, 2) } }), c);
    expect(gaps.map((g) => g.indicator)).toEqual(['1.2.a', '1.2.b', '1.10.a']);
  });
});

describe('summariseGroups', () => {
  const c = catalogue({ '1.1.a': {}, '1.1.b': {}, '1.1.c': {}, '1.1.d': {}, '1.1.e': {}, '1.2.a': {}, '2.1.a': {} });
  const answers = { '1.1.a': lv(1, 3), '1.1.b': lv(2, 2), '1.1.c': unknown, '1.1.d': notRelevant, '1.2.a': unknown };
  const { goals, focusAreas } = summariseGroups(analyseGaps(plan({ answers }), c), c);

  it.each([
    ['goal with answers', goals, '1.1', { answered: 2, unknown: 1, notRelevant: 1, unanswered: 1, meanCurrent: 1.5, meanTarget: 2.5, meanGap: 1 }],
    ['goal with only unknown has no means', goals, '1.2', { answered: 0, unknown: 1, notRelevant: 0, unanswered: 0 }],
    ['goal with nothing answered', goals, '2.1', { answered: 0, unknown: 0, notRelevant: 0, unanswered: 1 }],
    ['focus area over its goals', focusAreas, '1', { answered: 2, unknown: 2, notRelevant: 1, unanswered: 1, meanCurrent: 1.5, meanTarget: 2.5, meanGap: 1 }],
    ['focus area with nothing answered', focusAreas, '2', { answered: 0, unknown: 0, notRelevant: 0, unanswered: 1 }],
  ] as const)('%s', (_, list, id, expected) => {
    expect(list.find((s) => s.id === id)).toEqual({ id, ...expected });
  });

  it('keeps goals and focus areas in id order', () => {
    expect(goals.map((g) => g.id)).toEqual(['1.1', '1.2', '2.1']);
    expect(focusAreas.map((f) => f.id)).toEqual(['1', '2']);
  });
});
