// Tables drawn directly with text and rectangles, tagged Table/TR/TH/TD; rows split across pages under a repeated header.
import type { Flow, Line, Struct } from './flow.ts';
import { columnWidths, moveRowWhole, rowHeight, splitRow, TAIL_ROWS, type ColumnSpec } from './layout/table.ts';
import { COLOUR, STYLE, type TextStyle } from './theme.ts';

export interface TableColumn extends ColumnSpec {
  head: string;
  align?: 'left' | 'right';
}

export interface TableOptions {
  /** The first cell of each row is a row header (TH with Row scope). */
  rowHeaders?: boolean;
  /** Draw the column header row (off for key–value tables). */
  header?: boolean;
  zebra?: boolean;
  /** Highlight for a row (e.g. a late action), drawn behind it. */
  rowFill?: (row: number) => string | undefined;
  /** Background of one body cell (e.g. a heatmap's tint), drawn over the row's. */
  cellFill?: (row: number, col: number) => string | undefined;
}

export interface GeometryOptions {
  /** Less padding around the text, for tables of many short rows and narrow figure columns. */
  compact?: boolean;
  /** The body's text and its style: a right-aligned fixed column (figures) widens to hold its widest cell on one line. */
  figures?: { cells: readonly (readonly string[])[]; style: TextStyle };
}

const PAD = { x: 5, y: 4 };
const COMPACT_PAD = { x: 2, y: 1.5 };

export interface TableGeometry {
  widths: number[];
  /** Text width inside each column. */
  inner: number[];
  /** Space between a cell's edges and its text. */
  padX: number;
  padY: number;
}

/**
 * Column widths and padding. A fixed column is widened to hold the longest word of its header, so a header wraps
 * between words but never inside one ("Unk-nown"), and with `figures` a number is never broken ("1 20" over "0");
 * the flexible columns give up the room.
 */
export function tableGeometry(flow: Flow, cols: readonly TableColumn[], o: GeometryOptions = {}): TableGeometry {
  const pad = o.compact ? COMPACT_PAD : PAD;
  const head = flow.measure(STYLE.cellHead);
  const body = o.figures && flow.measure(o.figures.style);
  const fitted = cols.map((c, i) => {
    if (c.width === undefined) return c;
    let need = Math.max(0, ...c.head.split(/\s+/).map(head));
    if (body && c.align === 'right') for (const row of o.figures!.cells) need = Math.max(need, body(row[i] ?? ''));
    return { ...c, width: Math.max(c.width, Math.ceil(need + 2 * pad.x)) };
  });
  const widths = columnWidths(fitted, flow.width);
  return { widths, inner: widths.map((w) => Math.max(1, w - 2 * pad.x)), padX: pad.x, padY: pad.y };
}

/** Right-aligns the lines of a column that asks for it. */
export function alignCell(lines: Line[], col: TableColumn, inner: number): Line[] {
  return col.align === 'right' ? lines.map((l) => ({ ...l, alignWidth: inner })) : lines;
}

/**
 * The height a table needs to start on a page: its header and its first row, or the first
 * three lines of a first row too tall to keep whole. Headings use it so they never stand alone.
 */
export function tableLead(flow: Flow, cols: readonly TableColumn[], geo: TableGeometry, rows: readonly (readonly Line[][])[], o: TableOptions = {}): number {
  const headH = o.header === false ? 0 : cellsHeight(headLinesOf(flow, cols, geo), geo.padY);
  const first = rows[0];
  if (!first) return headH;
  const full = cellsHeight(first, geo.padY);
  const pageBody = flow.bottom - flow.top;
  return (
    headH +
    (full <= pageBody * 0.35
      ? full
      : cellsHeight(
          first.map((c) => c.slice(0, 3)),
          geo.padY,
        ))
  );
}

function headLinesOf(flow: Flow, cols: readonly TableColumn[], geo: TableGeometry): Line[][] {
  return cols.map((c, i) => alignCell(flow.lines(c.head, STYLE.cellHead, geo.inner[i]!), c, geo.inner[i]!));
}

/** The height of a row whose cells hold these lines, padding included. */
function cellsHeight(cells: readonly (readonly Line[])[], padY: number): number {
  return rowHeight(
    cells.map((c) => c.map((l) => l.style.leading)),
    padY,
  );
}

export function drawTable(
  flow: Flow,
  parent: Struct,
  cols: readonly TableColumn[],
  geo: TableGeometry,
  rows: readonly (readonly Line[][])[],
  o: TableOptions = {},
): void {
  const doc = flow.doc;
  const { widths, padX, padY } = geo;
  const xs: number[] = [];
  let acc = flow.left;
  for (const w of widths) {
    xs.push(acc);
    acc += w;
  }
  const total = widths.reduce((a, b) => a + b, 0);
  const showHeader = o.header !== false;
  const headLines = headLinesOf(flow, cols, geo);
  const headH = showHeader ? cellsHeight(headLines, padY) : 0;
  const pageBody = flow.bottom - flow.top;
  const table = flow.el(parent, 'Table');

  const drawHeaderBackground = (y: number) => {
    doc.rect(flow.left, y, total, headH).fill(COLOUR.headerFill);
    doc
      .moveTo(flow.left, y + headH)
      .lineTo(flow.left + total, y + headH)
      .lineWidth(0.8)
      .strokeColor(COLOUR.accent)
      .stroke();
  };
  // The header as content once; on later pages a repeat that assistive technology skips.
  const repeatHeader = () => {
    if (!showHeader) return;
    const y = flow.y;
    flow.artifact(() => {
      drawHeaderBackground(y);
      cols.forEach((_, i) => {
        flow.drawLines(headLines[i]!, xs[i]! + padX, y + padY);
      });
    }, 'Pagination');
    flow.y += headH;
  };
  flow.ensure(tableLead(flow, cols, geo, rows, o));
  if (showHeader) {
    const y = flow.y;
    flow.artifact(() => drawHeaderBackground(y));
    const tr = flow.el(table, 'TR');
    cols.forEach((c, i) => {
      const th = flow.el(tr, 'TH', { scope: 'Column' });
      if (c.head) th.add(() => flow.drawLines(headLines[i]!, xs[i]! + padX, y + padY, th));
      th.end();
    });
    tr.end();
    flow.y += headH;
  }

  const heights = rows.map((row) => cellsHeight(row, padY));
  // The row before which the page breaks early, so that the table's last page holds at least TAIL_ROWS rows.
  let breakAt = -1;
  let plannedOn = -1;
  rows.forEach((row, r) => {
    const h = heights[r]!;
    if (r === breakAt) {
      flow.newPage();
      repeatHeader();
    } else if (plannedOn !== flow.pageCount) {
      plannedOn = flow.pageCount;
      breakAt = earlyBreak(heights, r, flow.room());
    }
    const lineH = Math.max(...row.flatMap((c) => c.map((l) => l.style.leading)), STYLE.cell.leading);
    if (flow.y + h > flow.bottom && moveRowWhole(h, flow.room(), pageBody - headH, 2, lineH)) {
      flow.newPage();
      repeatHeader();
    }
    const tr = flow.el(table, 'TR');
    const cells = row.map((_, i) => flow.el(tr, o.rowHeaders && i === 0 ? 'TH' : 'TD', o.rowHeaders && i === 0 ? { scope: 'Row' } : undefined));
    let rest = row.map((c) => c.slice());
    for (;;) {
      const split = splitRow(
        rest.map((c) => c.map((l) => l.style.leading)),
        flow.room(),
        padY,
      );
      if (!split) {
        flow.newPage();
        repeatHeader();
        continue;
      }
      const y = flow.y;
      const fill = o.rowFill?.(r) ?? (o.zebra !== false && r % 2 === 1 ? COLOUR.zebra : undefined);
      flow.artifact(() => {
        if (fill) doc.rect(flow.left, y, total, split.height).fill(fill);
        row.forEach((_, i) => {
          const cellFill = o.cellFill?.(r, i);
          if (cellFill) doc.rect(xs[i]!, y, widths[i]!, split.height).fill(cellFill);
        });
        doc
          .moveTo(flow.left, y + split.height)
          .lineTo(flow.left + total, y + split.height)
          .lineWidth(0.4)
          .strokeColor(COLOUR.rule)
          .stroke();
      });
      rest.forEach((c, i) => {
        const n = split.take[i]!;
        if (n > 0) {
          const part = c.slice(0, n);
          const cell = cells[i]!;
          cell.add(() => flow.drawLines(part, xs[i]! + padX, y + padY, cell));
        }
      });
      flow.y += split.height;
      rest = rest.map((c, i) => c.slice(split.take[i]));
      if (rest.every((c) => c.length === 0)) break;
      flow.newPage();
      repeatHeader();
    }
    for (const c of cells) c.end();
    tr.end();
  });
  table.end();
  flow.space(8);
}

/**
 * Where to break early, from row `from` on a page with `room` points left: when the rows that fit leave only one or two
 * for the next page, which then ends the table, the break moves up so that TAIL_ROWS rows go over; -1 when no early
 * break is needed (the table ends on this page, or more than two rows follow, or too few rows stand on this page).
 */
export function earlyBreak(heights: readonly number[], from: number, room: number): number {
  let used = 0;
  let fit = 0;
  while (from + fit < heights.length && used + heights[from + fit]! <= room + 0.01) used += heights[from + fit++]!;
  const left = heights.length - from - fit;
  if (left === 0 || left >= TAIL_ROWS) return -1;
  const move = TAIL_ROWS - left;
  // Keep at least TAIL_ROWS rows on this page too, unless the table started on it.
  if (fit - move < Math.min(TAIL_ROWS, from === 0 ? 1 : TAIL_ROWS)) return -1;
  return from + fit - move;
}
