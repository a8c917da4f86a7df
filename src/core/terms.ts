// School terms: `2027-VT` (January–June) comes before `2027-HT` (August–December).

export interface Term {
  year: number;
  half: 'VT' | 'HT';
}

const TERM = /^(\d{4})-(VT|HT)$/;

export function parseTerm(s: string): Term | undefined {
  const m = TERM.exec(s);
  return m ? { year: Number(m[1]), half: m[2] as Term['half'] } : undefined;
}

export function isTerm(s: string): boolean {
  return TERM.test(s);
}

/**
 * A term as people type it: `2027-VT`, `2027 vt`, `VT 2027`, `vt27`, `HT-27` and `ht2027` all give the written form
 * (`2027-VT`). A two-digit year is 20xx. Anything else, or a year outside 1900–2099, gives undefined.
 */
export function readTerm(input: string): string | undefined {
  const s = input.trim().toUpperCase();
  const m = /^(\d{4}|\d{2})\s*-?\s*(VT|HT)$/.exec(s) ?? /^(VT|HT)\s*-?\s*(\d{4}|\d{2})$/.exec(s);
  if (!m) return undefined;
  const [year, half] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  const full = year.length === 2 ? `20${year}` : year;
  return /^(19|20)\d{2}$/.test(full) ? `${full}-${half}` : undefined;
}

/** A number that orders terms: consecutive terms differ by one. */
export function termIndex(s: string): number {
  const t = parseTerm(s);
  if (!t) throw new Error(`not a term: ${s}`);
  return t.year * 2 + (t.half === 'HT' ? 1 : 0);
}

export function termFromIndex(i: number): string {
  return `${Math.floor(i / 2)}-${i % 2 === 0 ? 'VT' : 'HT'}`;
}

export function addTerms(s: string, n: number): string {
  return termFromIndex(termIndex(s) + n);
}

export function compareTerms(a: string, b: string): number {
  return termIndex(a) - termIndex(b);
}

/** Terms from `start` to `end`, both included. */
export function termsBetween(start: string, end: string): string[] {
  const out: string[] = [];
  for (let i = termIndex(start); i <= termIndex(end); i++) out.push(termFromIndex(i));
  return out;
}

/** `count` consecutive terms starting at `start`. */
export function termSequence(start: string, count: number): string[] {
  const first = termIndex(start);
  return Array.from({ length: count }, (_, k) => termFromIndex(first + k));
}

export function termYear(s: string): number {
  return Math.floor(termIndex(s) / 2);
}

/**
 * The term a date falls in. July belongs to the spring term's summer break, so it counts as VT;
 * a term has ended once the date is past its last month (June for VT, December for HT).
 */
export function termOfDate(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${y}-${m <= 7 ? 'VT' : 'HT'}`;
}

/** True when the whole term lies before the date. */
export function termEndedBefore(term: string, date: string): boolean {
  const t = parseTerm(term);
  if (!t) return false;
  const [y, m] = date.split('-').map(Number) as [number, number];
  if (y !== t.year) return y > t.year;
  return t.half === 'VT' ? m > 6 : false;
}

/** The next term that has not started on the given date (used as a default start): HT starts in August. */
export function nextTermAfter(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  if (m <= 7) return `${y}-HT`;
  return `${y + 1}-VT`;
}
