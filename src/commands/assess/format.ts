// Reading and showing the values people type during an assessment: amounts, dates, terms, numbers and codes.

/** Digits grouped in threes with a space, as Swedish amounts are written. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function parseWhole(s: string, min: number, max: number): number | undefined {
  if (!/^\d{1,3}$/.test(s.trim())) return undefined;
  const n = Number(s.trim());
  return n >= min && n <= max ? n : undefined;
}

export function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Cuts a text to a width for one table row, ending in an ellipsis when it was longer. */
export function fit(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s + ' '.repeat(width - chars.length);
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}
