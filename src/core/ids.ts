// Orders ids the way people read them (1.2.a before 1.10.a, A2 before A10), independent of locale.

const CHUNK = /\d+|\D+/g;

export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.match(CHUNK) ?? [];
  const pb = b.match(CHUNK) ?? [];
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const dx = isDigits(x);
    const dy = isDigits(y);
    if (dx && dy) {
      // Compare as numbers without overflow: strip leading zeros, then length, then digits.
      const sx = x.replace(/^0+(?=\d)/, '');
      const sy = y.replace(/^0+(?=\d)/, '');
      if (sx.length !== sy.length) return sx.length - sy.length;
      if (sx !== sy) return sx < sy ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  // Equal as read ("01" and "1"): fall back to code units so the order stays total.
  return a < b ? -1 : 1;
}

function isDigits(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Unique values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
