// Count-dependent words follow the CLDR plural rules: in Swedish and English a whole count takes the singular for 1
// only ("1 åtgärd", "0 åtgärder", "21 åtgärder"; "1 action", "0 actions", "101 actions").
import { describe, expect, it } from 'vitest';
import { plural } from '../../src/i18n/plural.ts';

describe('plural', () => {
  it.each(['sv', 'en'] as const)('in %s takes the singular for a count of 1 and the plural for every other count from 0 to 1000', (lang) => {
    const wrong: number[] = [];
    for (let n = 0; n <= 1000; n++) if (plural(lang, n, 'one', 'other') !== (n === 1 ? 'one' : 'other')) wrong.push(n);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['sv', 1, '1 åtgärd'],
    ['sv', 0, '0 åtgärder'],
    ['sv', 21, '21 åtgärder'],
    ['en', 1, '1 action'],
    ['en', 0, '0 actions'],
    ['en', 101, '101 actions'],
  ] as const)('in %s writes %i as "%s"', (lang, n, text) => {
    expect(`${n} ${lang === 'sv' ? plural(lang, n, 'åtgärd', 'åtgärder') : plural(lang, n, 'action', 'actions')}`).toBe(text);
  });
});
