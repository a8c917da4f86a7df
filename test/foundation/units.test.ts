// Table-driven tests of small pure pieces: terms, organisationsnummer, Markdown escaping, text wrapping.
import { countCodePoints } from '../../src/core/graphemes.ts';
import { describe, expect, it } from 'vitest';
import { addTerms, compareTerms, isTerm, nextTermAfter, readTerm, termEndedBefore, termOfDate, termsBetween, termSequence } from '../../src/core/terms.ts';
import { isValidOrganisationNumber, normaliseOrganisationNumber, organisationNumberProblem } from '../../src/core/organisation-number.ts';
import { escapeCell, escapeInline, mermaidLabel } from '../../src/render/markdown-escape.ts';
import { wrap } from '../../src/core/text-wrap.ts';

describe('terms', () => {
  it.each([
    ['2027-VT', '2027-HT', -1],
    ['2027-HT', '2028-VT', -1],
    ['2028-VT', '2027-HT', 1],
    ['2027-VT', '2027-VT', 0],
  ])('compareTerms(%s, %s) has sign %i', (a, b, sign) => expect(Math.sign(compareTerms(a, b))).toBe(sign));
  it.each([
    ['2027-VT', 1, '2027-HT'],
    ['2027-HT', 1, '2028-VT'],
    ['2027-VT', 4, '2029-VT'],
    ['2027-HT', -1, '2027-VT'],
  ])('addTerms(%s, %i) = %s', (t, n, out) => expect(addTerms(t, n)).toBe(out));
  it.each([
    ['2027-VT', true],
    ['2027-HT', true],
    ['2027-vt', false],
    ['27-VT', false],
    ['2027-SOMMAR', false],
  ])('isTerm(%s) = %s', (t, ok) => expect(isTerm(t)).toBe(ok));
  it.each([
    ['2027-VT', '2027-07-01', true],
    ['2027-VT', '2027-06-30', false],
    ['2027-HT', '2027-12-31', false],
    ['2027-HT', '2028-01-01', true],
    ['2028-VT', '2027-12-31', false],
  ])('termEndedBefore(%s, %s) = %s', (t, d, out) => expect(termEndedBefore(t, d)).toBe(out));
  it.each([
    ['2026-11-28', '2027-VT'],
    ['2026-03-01', '2026-HT'],
    ['2026-06-30', '2026-HT'],
    ['2026-07-15', '2026-HT'],
    ['2026-08-01', '2027-VT'],
  ])('nextTermAfter(%s) = %s', (d, out) => expect(nextTermAfter(d)).toBe(out));
  it.each([
    ['2027-VT', '2027-VT'],
    ['2027 vt', '2027-VT'],
    ['2027VT', '2027-VT'],
    ['VT 2027', '2027-VT'],
    ['vt27', '2027-VT'],
    ['HT-27', '2027-HT'],
    [' ht 2027 ', '2027-HT'],
    ['2027-SOMMAR', undefined],
    ['VT', undefined],
    ['2027', undefined],
    ['3027-VT', undefined],
    ['VT 2027 HT', undefined],
  ])('readTerm(%j) = %j', (s, out) => expect(readTerm(s)).toBe(out));
  it('sequences and ranges', () => {
    expect(termSequence('2027-HT', 3)).toEqual(['2027-HT', '2028-VT', '2028-HT']);
    expect(termsBetween('2027-VT', '2028-VT')).toEqual(['2027-VT', '2027-HT', '2028-VT']);
    expect(termOfDate('2027-09-01')).toBe('2027-HT');
  });
});

describe('organisationsnummer', () => {
  it.each([
    ['212000-0142', true],
    ['559900-0121', true],
    ['559900-0122', false],
    ['5599000121', false],
    ['212000-014', false],
  ])('%s valid: %s', (n, ok) => expect(isValidOrganisationNumber(n)).toBe(ok));
  it.each([
    ['556000-0001', '556000-0001'],
    ['5560000001', '556000-0001'],
    ['16556000-0001', '556000-0001'],
    ['556000 0001', '556000-0001'],
    ['55600-0001', undefined],
    ['abc', undefined],
  ])('normaliseOrganisationNumber(%j) = %j', (v, e) => expect(normaliseOrganisationNumber(v)).toBe(e));
  it.each([
    ['212000-0142', undefined],
    ['2120000142', undefined],
    ['16212000-0142', undefined],
    ['212000-0143', 'check'],
    ['212000-014', 'format'],
    ['abc', 'format'],
  ])('organisationNumberProblem(%j) = %j', (v, e) => expect(organisationNumberProblem(v)).toBe(e));
});

describe('Markdown escaping', () => {
  it.each([
    ['Vanlig text', 'Vanlig text'],
    ['a | b', 'a \\| b'],
    ['rad ett\nrad två', 'rad ett rad två'],
    ['<b>fet</b>', '&lt;b&gt;fet&lt;/b&gt;'],
    ['*viktigt*', '\\*viktigt\\*'],
    ['[länk](x)', '\\[länk\\](x)'],
    ['# rubrik', '\\# rubrik'],
    ['- punkt', '\\- punkt'],
  ])('escapeInline(%j) = %j', (input, out) => expect(escapeInline(input)).toBe(out));
  it('an empty cell shows a dash', () => expect(escapeCell('  ')).toBe('–'));
  it.each([
    ['A01 Plan: del 1', 'A01 Plan del 1'],
    ['a;b#c', 'a b c'],
  ])('mermaidLabel(%j) = %j', (input, out) => expect(mermaidLabel(input)).toBe(out));
});

describe('wrap', () => {
  it.each([
    ['Vill du fortsätta med bedömningen av nästa indikator?', 20, ['Vill du fortsätta', 'med bedömningen av', 'nästa indikator?']],
    ['åäö åäö åäö åäö åäö åäö', 20, ['åäö åäö åäö åäö åäö', 'åäö']],
    // Only a word longer than the line is cut.
    ['abcdefghijklmnopqrstuvwxyzåäö', 20, ['abcdefghijklmnopqrst', 'uvwxyzåäö']],
    // Narrower than 20 columns the terminal's own cut does less harm than wrapping.
    ['ett två tre', 7, ['ett två tre']],
  ])('wrap(%j, %i)', (s, w, out) => expect(wrap(s, w)).toEqual(out));
});

describe('countCodePoints', () => {
  it.each([
    ['', 0],
    ['åäö', 3],
    ['a😀b', 3],
    ['\uD83D', 1],
    ['x'.repeat(100_000), 100_000],
  ])('countCodePoints(%j) = %i', (s, n) => expect(countCodePoints(s)).toBe(n));
});
