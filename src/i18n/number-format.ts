// Numbers as Intl.NumberFormat writes them for sv-SE and en-GB, without Intl: building the first Intl.NumberFormat
// loads ICU's locale data, about 15 ms of a command that starts cold. A test checks the output against Intl.
import type { Lang } from '../core/model.ts';

interface Symbols {
  group: string;
  decimal: string;
  minus: string;
}

// Swedish groups with a no-break space and writes a real minus sign, as Intl does for sv-SE.
const SYMBOLS: Record<Lang, Symbols> = {
  sv: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  en: { group: ',', decimal: '.', minus: '-' },
};

export interface NumberFormat {
  format(n: number): string;
}

const cache = new Map<string, NumberFormat>();

/**
 * A formatter for `lang`: with `decimals` 0 as `new Intl.NumberFormat(locale)` (up to three fraction digits, none
 * written when zero), otherwise with exactly `decimals` fraction digits. Rounds half away from zero, as Intl does.
 */
export function numberFormat(lang: Lang, decimals = 0): NumberFormat {
  const key = `${lang}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    const symbols = SYMBOLS[lang];
    const [min, max] = decimals === 0 ? [0, 3] : [decimals, decimals];
    f = { format: (n: number) => formatNumber(n, symbols, min, max) };
    cache.set(key, f);
  }
  return f;
}

/** `n` rounded to `places` fraction digits the way `numberFormat(lang, places)` shows it: half away from zero, on the decimal digits. */
export function roundDecimal(n: number, places: number): number {
  if (!Number.isFinite(n)) return n;
  const { int, fraction } = roundDigits(plainDigits(Math.abs(n)), places);
  const r = Number(fraction ? `${int}.${fraction}` : int);
  return n < 0 ? -r : r;
}

function formatNumber(n: number, s: Symbols, minFraction: number, maxFraction: number): string {
  if (Number.isNaN(n)) return 'NaN';
  const sign = n < 0 || Object.is(n, -0) ? s.minus : '';
  if (!Number.isFinite(n)) return `${sign}∞`;
  const { int, fraction } = roundDigits(plainDigits(Math.abs(n)), maxFraction);
  let frac = fraction;
  while (frac.length > minFraction && frac.endsWith('0')) frac = frac.slice(0, -1);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, s.group);
  return `${sign}${grouped}${frac ? s.decimal + frac : ''}`;
}

/** The shortest decimal digits of a non-negative number (as String() gives them), without an exponent. */
function plainDigits(x: number): { int: string; fraction: string } {
  const [mantissa, exp] = String(x).split('e') as [string, string | undefined];
  const [i, f = ''] = mantissa.split('.') as [string, string | undefined];
  if (!exp) return { int: i, fraction: f };
  const e = Number(exp);
  const digits = i + f;
  const point = i.length + e;
  if (point <= 0) return { int: '0', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), fraction: '' };
  return { int: digits.slice(0, point), fraction: digits.slice(point) };
}

/** Rounds decimal digits half away from zero to `places` fraction digits (padded with zeros). */
function roundDigits(d: { int: string; fraction: string }, places: number): { int: string; fraction: string } {
  if (d.fraction.length <= places) return { int: d.int, fraction: d.fraction.padEnd(places, '0') };
  const roundUp = d.fraction.charCodeAt(places) >= 53; // '5'
  const kept = d.int + d.fraction.slice(0, places);
  if (!roundUp) return { int: d.int, fraction: kept.slice(d.int.length) };
  // Add one to the last kept digit, carrying leftwards.
  const digits = kept.split('');
  let k = digits.length - 1;
  while (k >= 0 && digits[k] === '9') digits[k--] = '0';
  if (k >= 0) digits[k] = String(Number(digits[k]) + 1);
  else digits.unshift('1');
  const all = digits.join('');
  const intLength = all.length - places;
  return { int: all.slice(0, intLength), fraction: all.slice(intLength) };
}

/** An amount in kronor: "800 000 kr" in Swedish, "SEK 800,000" in English. */
export function formatMoney(amount: number, lang: Lang): string {
  return lang === 'sv' ? `${numberFormat('sv').format(amount)} kr` : `SEK ${numberFormat('en').format(amount)}`;
}
