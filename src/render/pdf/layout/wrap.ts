// Line breaking for the PDF: fits text to a width with Swedish-friendly rules; pure, the caller passes the measuring function.
import { withoutInvisible } from '../../../core/control-chars.ts';

/**
 * Width of a string in points, at the size the caller has in mind. `additive` says that a line is
 * as wide as its words and spaces added up (no kerning across a space), so lines filled by adding
 * widths need no measuring again.
 */
export type Measure = ((s: string) => number) & { additive?: boolean };

export interface WrapOptions {
  width: number;
  measure: Measure;
  /** At most this many lines; when text is cut, the last line ends in an ellipsis. */
  maxLines?: number;
}

const ELLIPSIS = '…';
const DASHES = new Set(['–', '—', '-']);
// A spaced dash, a unit or a closing sign belongs to the word before it: "2027 – 2029", "120 000 kr", "45 %".
const GLUE_BEFORE = /^(?:[–—]|kr\.?|%|st\.?|SEK)[.,;:)]*$/;
// "§ 5", "nr 3": the sign holds on to the number after it.
const GLUE_AFTER = /^(?:§|nr|Nr|kap\.)$/;

/**
 * Splits text into lines no wider than `width`. Paragraph breaks (`\n`) are kept; an empty
 * paragraph gives an empty line. Words break at spaces; a word too long for a line breaks after a
 * hyphen inside it, or after `/`, `.`, `?`, `&`, `=` (addresses), or else between characters,
 * with a hyphen when letters stand on both sides.
 */
export function wrapText(text: string, opts: WrapOptions): string[] {
  const width = Math.max(opts.width, 1);
  const out: string[] = [];
  for (const para of normalise(text).split('\n')) {
    if (opts.maxLines !== undefined && out.length > opts.maxLines) break;
    wrapParagraph(para, width, opts.measure, out);
  }
  if (opts.maxLines !== undefined && out.length > opts.maxLines) return clampLines(out, opts.maxLines, width, opts.measure);
  return out;
}

/** Keeps the first `maxLines` lines and ends the last with an ellipsis that fits. */
export function clampLines(lines: string[], maxLines: number, width: number, measure: Measure): string[] {
  if (lines.length <= maxLines) return lines;
  if (maxLines <= 0) return [];
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', width, measure);
  return kept;
}

/** The longest start of `line` that fits together with an ellipsis, cut at a space when one is near. */
export function withEllipsis(line: string, width: number, measure: Measure): string {
  let s = line.trimEnd();
  if (measure(s + ELLIPSIS) <= width) return s + ELLIPSIS;
  const chars = Array.from(s);
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS) > width) chars.pop();
  s = chars.join('');
  const space = s.lastIndexOf(' ');
  if (space > s.length * 0.7) s = s.slice(0, space);
  return s.trimEnd().replace(/[\s,;:–—-]+$/, '') + ELLIPSIS;
}

/** Control characters become spaces (they have no glyph), CRLF becomes LF, tabs become spaces. */
function normalise(text: string): string {
  return (
    withoutInvisible(text)
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters have no glyph, so they are found and replaced.
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F\u00AD]/g, (c) => (c === '\u00AD' ? '' : ' '))
  );
}

/** Words of a paragraph, with the glue rules applied; each unit holds together unless it is too long for a line. */
export function units(para: string): string[] {
  const words = para.split(/ +/).filter((w) => w.length > 0);
  const out: string[] = [];
  let glueNext = false;
  for (const w of words) {
    const prev = out.length - 1;
    if (prev >= 0 && (glueNext || GLUE_BEFORE.test(w) || (/\d$/.test(out[prev]!) && /^\d{3}(?:[.,;:)]|$)/.test(w)))) out[prev] += ` ${w}`;
    else out.push(w);
    glueNext = GLUE_AFTER.test(w);
  }
  return out;
}

function wrapParagraph(para: string, width: number, measure: Measure, out: string[]): void {
  // Most texts of a plan are short: when the whole paragraph fits, one measure says so.
  if (para.length > 0 && para.charCodeAt(0) !== 32 && para.charCodeAt(para.length - 1) !== 32 && !para.includes('  ') && measure(para) <= width) {
    out.push(para);
    return;
  }
  // Widths are added up word by word, which is exact for measures that add up over spaces (as
  // pdfkit's does, word by word); a final check falls back to measuring whole lines if not.
  const start = out.length;
  fill(para, width, measure, out, true);
  if (measure.additive) return;
  for (let i = start; i < out.length; i++) {
    if (measure(out[i]!) > width) {
      out.length = start;
      fill(para, width, measure, out, false);
      return;
    }
  }
}

function fill(para: string, width: number, measure: Measure, out: string[], additive: boolean): void {
  const space = measure(' ');
  let line = '';
  let lineW = 0;
  const widthOf = (candidate: string, unitW: number) => (additive ? lineW + space + unitW : measure(candidate));
  for (const unit of units(para)) {
    const unitW = measure(unit);
    const candidate = line ? `${line} ${unit}` : unit;
    const candidateW = line ? widthOf(candidate, unitW) : unitW;
    if (candidateW <= width) {
      line = candidate;
      lineW = candidateW;
      continue;
    }
    // A hyphenated compound may leave its first part on this line ("it-" / "stöd").
    if (line) {
      const split = splitAtHyphen(unit, width - lineW - space, measure);
      if (split) {
        out.push(`${line} ${split[0]}`);
        const rest = split[1];
        line = measure(rest) <= width ? rest : breakLong(rest, width, measure, out);
        lineW = measure(line);
        continue;
      }
      out.push(line);
    }
    line = unitW <= width ? unit : breakLong(unit, width, measure, out);
    lineW = line === unit ? unitW : measure(line);
  }
  out.push(line);
}

/** Splits after an inner hyphen between letters ("it-stöd"), if the first part fits in `room`. */
function splitAtHyphen(unit: string, room: number, measure: Measure): [string, string] | undefined {
  if (room <= 0) return undefined;
  let best: [string, string] | undefined;
  const re = /(?<=\p{L}{2})-(?=\p{L}{2})/gu;
  for (let m = re.exec(unit); m; m = re.exec(unit)) {
    const head = unit.slice(0, m.index + 1);
    if (measure(head) > room) break;
    best = [head, unit.slice(m.index + 1)];
  }
  return best;
}

/**
 * Breaks a unit wider than a line; pushes the full lines and returns what is left for the next.
 * Widths of the pieces are added up character by character (cheap, and the same cache entries
 * for every word); each line that is kept is then measured whole, so kerning can never push it over.
 */
function breakLong(unit: string, width: number, measure: Measure, out: string[]): string {
  const chars = Array.from(unit);
  const address = /[/@:_=&?]|\.\p{L}/u.test(unit) || !LETTER.test(unit);
  const hyphenW = measure('-');
  let start = 0;
  for (;;) {
    const sums = [0];
    let n = 0;
    while (start + n < chars.length) {
      const w = sums[n]! + measure(chars[start + n]!);
      if (w > width) break;
      sums.push(w);
      n++;
    }
    if (start + n >= chars.length) {
      const rest = chars.slice(start).join('');
      if (measure(rest) <= width) return rest;
      n = Math.max(1, n - 1);
    }
    let { end, hyphen } = cutPoint(chars, start, Math.max(n, 1), sums, width, hyphenW, address);
    let line = chars.slice(start, end).join('').trimEnd() + hyphen;
    while (end > start + 1 && measure(line) > width) {
      end--;
      hyphen = hyphen && LETTER.test(chars[end - 1]!) && LETTER.test(chars[end]!) ? '-' : '';
      line = chars.slice(start, end).join('').trimEnd() + hyphen;
    }
    out.push(line);
    start = end;
    while (start < chars.length && chars[start] === ' ') start++;
    if (start >= chars.length) return '';
  }
}

const VOWEL = /[aeiouyåäöéüæøAEIOUYÅÄÖÉÜÆØ]/;
const LETTER = /\p{L}/u;
// The first part of a Swedish compound often ends in a joining s after one of these endings:
// "informations|säkerhet", "upphandlings|chef", "kvalitets|arbete".
const JOINING_S = /(?:ings|ions|hets|skaps|doms|tets|ands|nads|lings|ents|ars)$/i;
// Letter pairs that stand for one sound and are not split: "sk", "ng", "ck" …
const DIGRAPHS = new Set(['ch', 'ck', 'dj', 'gj', 'kj', 'lj', 'ng', 'ph', 'rs', 'sh', 'sj', 'sk', 'st', 'th', 'tj']);

/**
 * Where to end a line that starts at `start` and holds at most `n` characters (`sums[k]` is the
 * width of the first k). Returns the end index and the hyphen to add.
 */
function cutPoint(
  chars: readonly string[],
  start: number,
  n: number,
  sums: readonly number[],
  width: number,
  hyphenW: number,
  address: boolean,
): { end: number; hyphen: string } {
  const at = (k: number) => chars[start + k] ?? '';
  const remaining = chars.length - start;
  // Addresses and codes break after a separator and never get a hyphen that is not theirs.
  if (address) {
    for (let k = n; k >= 1; k--) {
      const c = at(k - 1);
      if ((c === ' ' || DASHES.has(c) || '/?&=_'.includes(c) || (c === '.' && LETTER.test(at(k)))) && k < remaining) return { end: start + k, hyphen: '' };
    }
    return { end: start + n, hyphen: '' };
  }
  for (let k = n; k > Math.max(1, Math.floor(n * 0.6)); k--) {
    const c = at(k - 1);
    if (c === ' ' || DASHES.has(c)) return { end: start + k, hyphen: '' };
  }
  const fitsHyphen = (k: number) => (sums[k] ?? Infinity) + hyphenW <= width;
  const letterAt = (k: number) => LETTER.test(at(k));
  const lowest = Math.max(2, Math.floor(n * 0.45));
  // 1. After the joining s of a compound.
  for (let k = n; k >= lowest; k--) {
    if (at(k - 1) === 's' && letterAt(k) && !VOWEL.test(at(k)) && remaining - k >= 3 && fitsHyphen(k) && JOINING_S.test(chars.slice(start, start + k).join('')))
      return { end: start + k, hyphen: '-' };
  }
  // 2. Before a consonant that starts a syllable ("ord-nare"), keeping letter pairs whole.
  for (let k = n; k >= lowest; k--) {
    const prev = at(k - 1);
    const c = at(k);
    if (
      LETTER.test(prev) &&
      LETTER.test(c) &&
      !VOWEL.test(c) &&
      VOWEL.test(at(k + 1)) &&
      remaining - k >= 2 &&
      !DIGRAPHS.has((prev + c).toLowerCase()) &&
      fitsHyphen(k)
    )
      return { end: start + k, hyphen: '-' };
  }
  // 3. Anywhere between two letters.
  for (let k = n; k >= 2; k--) if (letterAt(k - 1) && letterAt(k) && fitsHyphen(k)) return { end: start + k, hyphen: '-' };
  return { end: start + n, hyphen: '' };
}

/** The largest size from `sizes` (largest first) at which the text needs at most `maxLines` lines. */
export function fitText(
  text: string,
  opts: { width: number; sizes: readonly number[]; maxLines: number; measureAt: (size: number) => Measure },
): { size: number; lines: string[] } {
  const sizes = opts.sizes.length ? opts.sizes : [10];
  for (const size of sizes) {
    const lines = wrapText(text, { width: opts.width, measure: opts.measureAt(size) });
    if (lines.length <= opts.maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1]!;
  return { size, lines: wrapText(text, { width: opts.width, measure: opts.measureAt(size), maxLines: opts.maxLines }) };
}

/** The first label that fits the width, for places where a shorter form says the same (column heads). */
export function fitLabel(candidates: readonly string[], width: number, measure: Measure): string | undefined {
  for (const c of candidates) if (measure(c) <= width) return c;
  return undefined;
}
