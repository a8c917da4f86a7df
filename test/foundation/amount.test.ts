// One reading of amounts for --budget, the assessment's questions and imported spreadsheets.
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/core/amount.ts';

describe('parseAmount', () => {
  it.each([
    ['800000', 800000],
    ['800 000', 800000],
    ['800\u00a0000', 800000],
    ['800\u202f000', 800000],
    ['800_000', 800000],
    ['800 000 kr', 800000],
    ['800 000 kr.', 800000],
    ['800000:-', 800000],
    ['SEK 800000', 800000],
    ['800 000 SEK', 800000],
    ['0', 0],
    ['1 000 000 000 000', 1_000_000_000_000],
    ['1 000 000 000 001', undefined],
    ['', undefined],
    ['800,5', undefined],
    ['-5', undefined],
    ['tusen', undefined],
    ['12345678901234', undefined],
  ])('%j → %j', (text, amount) => expect(parseAmount(text)).toBe(amount));
});
