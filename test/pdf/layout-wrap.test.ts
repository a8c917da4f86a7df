// Line breaking and text fitting for the PDF, with a simple measure: every character is 1 point wide.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampLines, fitLabel, fitText, units, withEllipsis, wrapText } from '../../src/render/pdf/layout/wrap.ts';

const mono = (s: string) => Array.from(s).length;

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'Åtgärd för skolan', 20, ['Åtgärd för skolan']],
    ['breaks at spaces', 'nationell digitaliseringsstrategi för skolväsendet', 26, ['nationell', 'digitaliseringsstrategi', 'för skolväsendet']],
    ['keeps paragraphs and empty lines', 'ett\n\ntvå', 10, ['ett', '', 'två']],
    ['treats CRLF as a line break', 'ett\r\ntvå', 10, ['ett', 'två']],
    ['turns tabs and control characters into spaces', 'ett\ttvå\u0007tre', 20, ['ett två tre']],
    ['keeps a spaced dash with the word before it', 'Planen gäller 2027 – 2029', 20, ['Planen gäller 2027 –', '2029']],
    ['keeps an amount and its unit together', 'Kostnaden blir 120 000 kr totalt', 20, ['Kostnaden blir', '120 000 kr totalt']],
    ['keeps § with its number', 'enligt skollagen § 5 gäller', 18, ['enligt skollagen', '§ 5 gäller']],
    ['breaks a compound after its hyphen', 'Skolans it-samordnare', 12, ['Skolans it-', 'samordnare']],
    ['does not break a term like 2027-VT', 'start 2027-VT', 8, ['start', '2027-VT']],
    ['breaks an address after a slash', 'https://skr.se/skola/digitalisering', 16, ['https://skr.se/', 'skola/', 'digitalisering']],
    ['hyphenates a long Swedish compound at the joining s', 'Informationssäkerhetssamordnare', 20, ['Informations-', 'säkerhetssamordnare']],
    ['hyphenates before a consonant that starts a syllable', 'samordnare', 7, ['samord-', 'nare']],
    ['keeps letter pairs such as ng whole', 'utvecklingen', 10, ['utveck-', 'lingen']],
    ['hyphenates a word with no better place between letters', 'bcdfghjklmnpqrstvwxz', 10, ['bcdfghjkl-', 'mnpqrstvw-', 'xz']],
    ['cuts digits without a hyphen', '12345678901234567890', 8, ['12345678', '90123456', '7890']],
    ['drops soft hyphens and zero-width spaces', 'skol\u00ADväsendet\u200B', 20, ['skolväsendet']],
    ['gives one empty line for empty text', '', 10, ['']],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, { width, measure: mono })).toEqual(expected);
  });

  it('never gives a line wider than the width, and loses no text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'å', 'ö', ' ', '-', '/', '.', '–', '1', '\n'), maxLength: 300 }),
        fc.integer({ min: 3, max: 40 }),
        (text, width) => {
          const lines = wrapText(text, { width, measure: mono });
          for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(width);
          const letters = (s: string) => s.replace(/[\s-]/g, '');
          expect(letters(lines.join(''))).toBe(letters(text));
        },
      ),
    );
  });

  it('cuts to maxLines with an ellipsis that fits', () => {
    const lines = wrapText('ett två tre fyra fem sex sju åtta nio tio', { width: 10, measure: mono, maxLines: 2 });
    expect(lines).toEqual(['ett två', 'tre fyra…']);
  });

  it('wraps 5,000 characters of one word into lines of the width', () => {
    const lines = wrapText('ä'.repeat(5000), { width: 100, measure: mono });
    expect(lines.length).toBe(51);
    expect(lines.every((l) => mono(l) <= 100)).toBe(true);
  });
});

describe('units', () => {
  it.each([
    ['a – b', ['a –', 'b']],
    ['5 000 kr per år', ['5 000 kr', 'per', 'år']],
    ['45 % av eleverna', ['45 %', 'av', 'eleverna']],
    ['nr 3 och kap. 2', ['nr 3', 'och', 'kap. 2']],
    ['år 2027 och 300 elever', ['år', '2027', 'och', '300', 'elever']],
  ])('%s', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe('fitting', () => {
  it.each([
    ['the largest size when it fits', 'Exempelby kommun', [20, 16, 12], 2, 20, 20],
    ['a smaller size to stay within the lines', 'Exempelby kommun', [20, 16, 12], 1, 20, 12],
    ['a smaller size for a longer name', 'Exempelby kommun barn- och utbildningsförvaltningen', [20, 16, 12], 2, 40, 12],
  ])('fitText: %s', (_name, text, sizes, maxLines, width, size) => {
    // Characters are size/10 points wide.
    const fit = fitText(text, { width, sizes, maxLines, measureAt: (s) => (t: string) => (mono(t) * s) / 10 });
    expect(fit.size).toBe(size);
    expect(fit.lines.length).toBeLessThanOrEqual(maxLines);
  });

  it('fitText cuts at the smallest size when nothing fits', () => {
    const fit = fitText('a b c d e f g h', { width: 3, sizes: [10], maxLines: 2, measureAt: () => mono });
    expect(fit.lines).toEqual(['a b', 'c…']);
  });

  it.each([
    [['VT 2027', 'VT', 'V'], 8, 'VT 2027'],
    [['VT 2027', 'VT', 'V'], 4, 'VT'],
    [['VT 2027', 'VT', 'V'], 1, 'V'],
    [['VT 2027', 'VT', 'V'], 0, undefined],
  ])('fitLabel(%j, %d) = %s', (candidates, width, expected) => {
    expect(fitLabel(candidates, width, mono)).toBe(expected);
  });

  it.each([
    ['kort rad', 10, 'kort rad…'],
    ['en ganska lång rad med ord', 12, 'en ganska…'],
    ['abcdefghijkl', 6, 'abcde…'],
  ])('withEllipsis(%s, %d)', (line, width, expected) => {
    expect(withEllipsis(line, width, mono)).toBe(expected);
  });

  it('clampLines keeps short lists as they are', () => {
    expect(clampLines(['a', 'b'], 3, 5, mono)).toEqual(['a', 'b']);
  });
});
