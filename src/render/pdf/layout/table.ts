// Table arithmetic: column widths, row heights, where a row that does not fit is split across pages, and how rows
// are shared out over pages.

export interface ColumnSpec {
  /** A fixed width in points. */
  width?: number;
  /** Share of the width left after fixed columns. */
  weight?: number;
}

/** Widths that add up to `total`: fixed columns first, the rest shared by weight (at least 1 point each). */
export function columnWidths(cols: readonly ColumnSpec[], total: number): number[] {
  const fixed = cols.reduce((s, c) => s + (c.width ?? 0), 0);
  const weights = cols.reduce((s, c) => s + (c.width === undefined ? (c.weight ?? 1) : 0), 0);
  const rest = Math.max(0, total - fixed);
  const widths = cols.map((c) => (c.width !== undefined ? c.width : weights > 0 ? (rest * (c.weight ?? 1)) / weights : 0));
  const sum = widths.reduce((a, b) => a + b, 0);
  // Fixed widths that overrun the total are scaled down so the table never leaves the page.
  return sum > total && sum > 0 ? widths.map((w) => Math.max(1, (w * total) / sum)) : widths;
}

/** Height of a row whose cells hold lines of the given heights. */
export function rowHeight(cells: readonly (readonly number[])[], padY: number): number {
  let h = 0;
  for (const c of cells) h = Math.max(h, sum(c));
  return h + 2 * padY;
}

export interface RowSplit {
  /** Lines of each cell that go on this page. */
  take: number[];
  /** Height of the part on this page. */
  height: number;
}

/**
 * How much of a row fits in `available` points: the first lines of every cell, as many as fit.
 * Returns undefined when not a single line of the tallest-starting cell fits (start on a new page).
 */
export function splitRow(cells: readonly (readonly number[])[], available: number, padY: number): RowSplit | undefined {
  const room = available - 2 * padY;
  const take = cells.map((c) => {
    let used = 0;
    let n = 0;
    while (n < c.length && used + c[n]! <= room + 1e-6) used += c[n++]!;
    return n;
  });
  const progress = take.some((n, i) => n > 0 || (cells[i]?.length ?? 0) === 0) && take.some((n) => n > 0);
  if (!progress) return undefined;
  const height = Math.max(...cells.map((c, i) => sum(c.slice(0, take[i]))), 0) + 2 * padY;
  return { take, height };
}

/**
 * Whether a row that does not fit in the space left should move whole to the next page rather
 * than be split: it fits on a fresh page, and the part that would fit here is small.
 */
export function moveRowWhole(rowH: number, available: number, pageBody: number, minLinesHere: number, lineH: number): boolean {
  if (rowH > pageBody) return false;
  return available < Math.min(rowH, minLinesHere * lineH) || rowH <= pageBody * 0.5;
}

/** A table's or a chart's last page holds at least this many rows (or all of them), never one or two left over. */
export const TAIL_ROWS = 3;

/**
 * Splits rows into page parts: the first part gets `first` points, each later part `next` points.
 * A part always holds at least one row, so an oversized row still makes progress. The last part never holds only one
 * or two rows left over: rows move to it from the part before, when that keeps TAIL_ROWS rows (one if it is the first).
 */
export function splitRows<T extends { height: number }>(rows: readonly T[], first: number, next: number): T[][] {
  const parts: T[][] = [];
  let room = first;
  let part: T[] = [];
  let used = 0;
  for (const r of rows) {
    if (part.length > 0 && used + r.height > room) {
      parts.push(part);
      part = [];
      used = 0;
      room = next;
    } else if (part.length === 0 && parts.length === 0 && r.height > room && first < next) {
      // Not even one row fits where we are: start on the next page.
      parts.push([]);
      room = next;
    }
    part.push(r);
    used += r.height;
  }
  if (part.length > 0) parts.push(part);
  const n = parts.length;
  const last = parts[n - 1];
  const prev = parts[n - 2];
  if (last && prev && last.length < TAIL_ROWS) {
    const move = TAIL_ROWS - last.length;
    const started = parts.slice(0, n - 2).every((p) => p.length === 0);
    const moved = prev.slice(prev.length - move);
    const fits = sum(moved.map((r) => r.height)) + sum(last.map((r) => r.height)) <= next;
    if (prev.length - move >= (started ? 1 : TAIL_ROWS) && fits) {
      parts[n - 2] = prev.slice(0, prev.length - move);
      parts[n - 1] = [...moved, ...last];
    }
  }
  return parts;
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
