// The spread and the median rule: what the plan's answer becomes from many respondents, and what is kept.
import { describe, expect, it } from 'vitest';
import { applyResponses, isOwnDecision, levelSpread, lowerMedian, medianRule, tallyResponses, type AnswerSheet } from '../../src/core/merge.ts';
import type { Answer } from '../../src/core/model.ts';

const sheet = (role: AnswerSheet['role'], answers: AnswerSheet['answers'], unit?: string): AnswerSheet => ({
  role,
  answers,
  ...(unit ? { unit: { name: unit } } : {}),
});

describe('the median rule', () => {
  it('takes the middle level, and with an even count the lower of the two middle ones', () => {
    expect(lowerMedian([1, 1, 1, 0])).toBe(2);
    expect(lowerMedian([0, 2, 2, 0])).toBe(2);
    expect(lowerMedian([1, 0, 0, 1])).toBe(1);
    expect(lowerMedian([0, 0, 0, 0])).toBeUndefined();
  });

  it('never counts "don\'t know" or "not relevant" as a level', () => {
    const { responses } = tallyResponses(
      [
        sheet('rektor', { '1.1.a': { current: 3, target: 4 } }),
        sheet('rektor', { '1.1.a': { status: 'unknown' } }),
        sheet('larare', { '1.1.a': { status: 'unknown' } }),
        sheet('larare', { '1.1.a': { status: 'not-relevant' } }),
      ],
      ['1.1.a'],
    );
    const r = responses.get('1.1.a')!;
    expect(r).toMatchObject({ count: 4, current: [0, 0, 1, 0], unknown: 2, notRelevant: 1 });
    expect(r.proposed).toEqual({ current: 3, target: 4 });
  });

  it('gives "not relevant" only when more than half say so, and "don\'t know" when no level is given', () => {
    expect(medianRule({ count: 3, current: [0, 1, 0, 0], target: [0, 1, 0, 0], notRelevant: 2 })).toEqual({ status: 'not-relevant' });
    expect(medianRule({ count: 2, current: [0, 1, 0, 0], target: [0, 1, 0, 0], notRelevant: 1 })).toEqual({ current: 2, target: 2 });
    expect(medianRule({ count: 2, unknown: 2 })).toEqual({ status: 'unknown' });
  });

  it('keeps the target at or above the current level, and reads a missing target as no change', () => {
    const { responses } = tallyResponses([sheet('rektor', { '1.1.a': { current: 3 } }), sheet('rektor', { '1.1.a': { current: 4, target: 2 } })], ['1.1.a']);
    expect(responses.get('1.1.a')).toMatchObject({ current: [0, 0, 1, 1], target: [0, 0, 1, 1], proposed: { current: 3, target: 3 } });
  });
});

describe('the spread', () => {
  it('counts per role, and how far the levels lie apart', () => {
    const { responses, respondents } = tallyResponses(
      [
        sheet('rektor', { '1.1.a': { current: 1 } }, 'Norrskolan'),
        sheet('rektor', { '1.1.a': { current: 3 } }, 'Norrskolan'),
        sheet('larare', { '1.1.a': { current: 2 } }),
      ],
      ['1.1.a', '1.1.b'],
    );
    const r = responses.get('1.1.a')!;
    expect(r.roles).toEqual({
      rektor: { count: 2, current: [1, 0, 1, 0], target: [1, 0, 1, 0] },
      larare: { count: 1, current: [0, 1, 0, 0], target: [0, 1, 0, 0] },
    });
    expect(levelSpread(r)).toBe(2);
    expect(responses.has('1.1.b')).toBe(false);
    expect(respondents).toEqual({ count: 3, roles: { rektor: 2, larare: 1 }, units: [{ name: 'Norrskolan', count: 2 }] });
  });

  it('ties a comment to a role, and to a unit, only where three or more respondents share it', () => {
    const a = (comment: string) => ({ '1.1.a': { current: 2 as const, comment } });
    const { responses } = tallyResponses(
      [
        sheet('rektor', a('r1'), 'Ö'),
        sheet('rektor', a('r2'), 'Ö'),
        sheet('rektor', a('r3'), 'V'),
        sheet('larare', a('l1'), 'Ö'),
        sheet('larare', a('l2'), 'Ö'),
        sheet('elev', a('e1'), 'Ö'),
        sheet('elev', a('e2'), 'Ö'),
        sheet('elev', a('e3'), 'Ö'),
      ],
      ['1.1.a'],
    );
    expect(responses.get('1.1.a')!.comments).toEqual([
      { text: 'r1', role: 'rektor' },
      { text: 'r2', role: 'rektor' },
      { text: 'r3', role: 'rektor' },
      { text: 'l1' },
      { text: 'l2' },
      { text: 'e1', role: 'elev', unit: 'Ö' },
      { text: 'e2', role: 'elev', unit: 'Ö' },
      { text: 'e3', role: 'elev', unit: 'Ö' },
    ]);
  });
});

describe('applying the spread to a plan', () => {
  const { responses } = tallyResponses(
    [
      sheet('rektor', { '1.1.a': { current: 2, target: 3 }, '1.1.b': { current: 1, target: 2 } }),
      sheet('rektor', { '1.1.a': { current: 2, target: 3 }, '1.1.b': { status: 'unknown' } }),
    ],
    ['1.1.a', '1.1.b', '1.1.c'],
  );

  it("keeps the organiser's own answer and sets the rule's where there is none", () => {
    const existing: Record<string, Answer> = { '1.1.a': { current: 4, target: 4, comment: 'vårt beslut' }, '1.1.c': { status: 'not-relevant' } };
    const out = applyResponses(existing, responses, ['1.1.a', '1.1.b', '1.1.c']);
    expect(out.kept).toEqual(['1.1.a']);
    expect(out.set).toEqual(['1.1.b']);
    expect(out.answers['1.1.a']).toMatchObject({ current: 4, target: 4, comment: 'vårt beslut', responses: { count: 2 } });
    expect(out.answers['1.1.b']).toMatchObject({ current: 1, target: 2 });
    expect(out.answers['1.1.c']).toEqual({ status: 'not-relevant' });
  });

  it('updates an answer the rule set before, but keeps one the organiser has changed since', () => {
    const first = applyResponses({}, responses, ['1.1.a', '1.1.b']).answers;
    expect(isOwnDecision(first['1.1.a'])).toBe(false);
    const changed = { ...first, '1.1.b': { ...first['1.1.b']!, current: 3, target: 3 } as Answer };
    expect(isOwnDecision(changed['1.1.b'])).toBe(true);
    const again = applyResponses(changed, responses, ['1.1.a', '1.1.b']);
    expect(again.set).toEqual(['1.1.a']);
    expect(again.kept).toEqual(['1.1.b']);
  });
});
