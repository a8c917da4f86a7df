// The planning settings read back from a plan or a draft: every setting, and declined suggestions as a copy.
import { describe, expect, it } from 'vitest';
import { planningDraft } from '../../src/commands/assess/state.ts';

describe('planningDraft', () => {
  it('reads start, terms, capacity and declined suggestions', () => {
    const planning = { start: '2027-VT', terms: 4, capacity: { actionsPerTerm: 2, budgetPerYear: 50000 }, declined: ['1.1.a-x'] };
    const p = planningDraft(planning);
    expect(p).toEqual({ start: '2027-VT', terms: 4, actionsPerTerm: 2, budgetPerYear: 50000, declined: ['1.1.a-x'] });
    expect(p.declined).not.toBe(planning.declined);
  });

  it('leaves out what the plan or draft does not have', () => {
    expect(planningDraft(undefined)).toEqual({});
    expect('declined' in planningDraft({ start: '2027-HT' })).toBe(false);
  });
});
