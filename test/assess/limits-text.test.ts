// The assessment states the plan's limits, and what keeps proposals out of it, in words that agree with the counts.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/i18n/assess.ts';

const none = { capacity: 0, budget: 0, horizon: 0, prerequisite: 0 };

describe('the limits in the assessment', () => {
  it('says one term and one action in the singular', () => {
    expect(assessText.sv.planning.limits('2027-VT', 1, 1, undefined)).toBe('Ramarna: 1 termin från 2027-VT, högst 1 åtgärd per termin, ingen budgetgräns.');
    expect(assessText.en.planning.limits('2027-VT', 1, 1, undefined)).toBe('Limits: 1 term from 2027-VT, at most 1 action per term, no budget limit.');
  });

  it('says several in the plural', () => {
    expect(assessText.sv.planning.limits('2027-HT', 4, 3, '100 000 kr')).toBe(
      'Ramarna: 4 terminer från 2027-HT, högst 3 åtgärder per termin, budget 100 000 kr per år.',
    );
    expect(assessText.en.planning.limits('2027-HT', 4, 3, 'SEK 100,000')).toBe(
      'Limits: 4 terms from 2027-HT, at most 3 actions per term, a budget of SEK 100,000 per year.',
    );
  });

  it('names what binds a single proposal in the singular', () => {
    const one = { ...none, horizon: 1 };
    expect(assessText.sv.planning.reasons(1, one, 2, 1, undefined)).toBe('Det som binder: 1 ryms inte, 1 för att det inte hinns med på 1 termin.');
    expect(assessText.en.planning.reasons(1, one, 2, 1, undefined)).toBe('What binds: 1 does not fit, 1 because it does not fit into 1 term.');
  });

  it('names what binds several proposals in the plural', () => {
    const some = { ...none, horizon: 2, prerequisite: 3 };
    expect(assessText.sv.planning.reasons(5, some, 2, 6, undefined)).toBe(
      'Det som binder: 5 ryms inte, 2 för att de inte hinns med på 6 terminer, 3 för att de bygger på förslag som inte ryms.',
    );
    expect(assessText.en.planning.reasons(5, some, 2, 6, undefined)).toBe(
      'What binds: 5 do not fit, 2 because they do not fit into 6 terms, 3 because they build on proposals that do not fit.',
    );
  });
});
