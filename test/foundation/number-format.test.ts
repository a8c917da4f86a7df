// Numbers are written exactly as Intl.NumberFormat writes them for sv-SE and en-GB, without loading Intl.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFormat } from '../../src/i18n/number-format.ts';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;
const intl = (lang: 'sv' | 'en', decimals: number) =>
  new Intl.NumberFormat(LOCALES[lang], decimals === 0 ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

describe('numberFormat', () => {
  it.each([
    ['sv', 0, 1234567, '1\u00a0234\u00a0567'],
    ['en', 0, 1234567, '1,234,567'],
    ['sv', 1, 0.35, '0,4'],
    ['sv', 1, 2.25, '2,3'],
    ['sv', 0, -1234, '\u22121\u00a0234'],
    ['en', 0, 1.0005, '1.001'],
    ['sv', 1, 9.96, '10,0'],
    ['en', 0, 999.9996, '1,000'],
  ] as const)('%s with %i decimals writes %d as %s', (lang, decimals, n, text) => {
    expect(numberFormat(lang, decimals).format(n)).toBe(text);
  });

  it('agrees with Intl for any number, in both languages, with 0, 1 and 2 decimals', () => {
    const numbers = fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -100000, max: 100000 }).map((i) => i / 1000),
      fc.integer({ min: -1000, max: 1000 }).map((i) => i / 20),
      fc.double(),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom('sv' as const, 'en' as const), fc.constantFrom(0, 1, 2), (n, lang, decimals) => {
        expect(numberFormat(lang, decimals).format(n)).toBe(intl(lang, decimals).format(n));
      }),
      { numRuns: 5000 },
    );
  });
});
