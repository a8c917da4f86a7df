// Draws the term-by-term timeline (Gantt) as vectors inside tagged Figures, one per page it spans.
import { parseTerm } from '../../../core/terms.ts';
import type { Flow, Struct } from '../flow.ts';
import { layoutTimeline, type TimelineLayout, type TimelineRow } from '../layout/timeline.ts';
import { COLOUR, STYLE } from '../theme.ts';

export type BarKind = 'planned' | 'in-progress' | 'done' | 'suggestion' | 'paused';

export interface TimelineItem {
  label: string;
  start: string;
  end: string;
  kind: BarKind;
  late: boolean;
}

export interface TimelineText {
  termHeads: (term: string) => readonly string[];
  load: string;
  /** The plan's actions per term; a term with more is marked over capacity. */
  limit?: number;
  legend: { kind: BarKind | 'late' | 'over'; label: string }[];
  alt: (items: readonly TimelineItem[]) => string;
}

const YEAR_H = 13;
const TERM_H = 13;
const LOAD_H = 18;
const LEGEND_LINE = 11;
const BAR_H = 11;

export function drawTimeline(
  flow: Flow,
  parent: Struct,
  terms: readonly string[],
  items: readonly TimelineItem[],
  load: readonly (number | undefined)[],
  t: TimelineText,
): void {
  const doc = flow.doc;
  const labelWidth = Math.round(flow.width * 0.4);
  const lay = layoutTimeline(items, {
    width: flow.width,
    labelWidth,
    terms,
    lineHeight: STYLE.chart.leading,
    maxLabelLines: 2,
    barHeight: BAR_H,
    rowPadding: 4,
    measureLabel: flow.measure(STYLE.chart),
    measureHead: flow.measure(STYLE.chartSmall),
    termHeads: t.termHeads,
  });
  const head = YEAR_H + TERM_H;
  const tail = LOAD_H + 10 + legendLines(flow, t.legend) * LEGEND_LINE;
  const withItems = lay.rows.map((r, i) => ({ ...r, item: items[i]! }));
  flow.rowsOverPages(withItems, head + tail, (part, last) => {
    const shift = part[0]!.y;
    const rowsH = part.reduce((s, r) => s + r.height, 0);
    const height = head + rowsH + (last ? tail : 4);
    flow.figure(parent, t.alt(part.map((r) => r.item)), height, (y0) => {
      const x0 = flow.left;
      drawGrid(flow, lay, x0, y0, head + rowsH + (last ? LOAD_H : 0));
      const ry = y0 + head - shift;
      part.forEach((r, i) => {
        drawRow(flow, r, r.item, x0, ry, i % 2 === 1);
      });
      if (last) {
        const ly = y0 + head + rowsH;
        doc
          .moveTo(x0, ly)
          .lineTo(x0 + flow.width, ly)
          .lineWidth(0.6)
          .strokeColor(COLOUR.muted)
          .stroke();
        flow.textAt(t.load, x0, ly + 4, STYLE.chartSmall);
        lay.columns.forEach((c, i) => {
          const v = load[i];
          if (v === undefined) return;
          const s = String(v);
          if (t.limit !== undefined && v > t.limit) {
            // Over capacity: the figure in bold beside a warning mark, not only in another colour.
            const style = { ...STYLE.chartBold, colour: COLOUR.late };
            const w = flow.measure(style)(s) + 11;
            const sx = x0 + c.x + (c.w - w) / 2;
            flow.textAt(s, sx, ly + 4, style);
            lateMark(flow, sx + w - 4, ly + 4 + STYLE.chart.size / 2 + 0.5);
          } else flow.textAt(s, x0 + c.x + (c.w - flow.measure(STYLE.chart)(s)) / 2, ly + 4, STYLE.chart);
        });
        drawLegend(flow, t.legend, x0, ly + LOAD_H + 6);
      }
    });
  });
  flow.space(10);
}

function drawGrid(flow: Flow, lay: TimelineLayout, x0: number, y0: number, height: number): void {
  const doc = flow.doc;
  for (const yb of lay.years) {
    const s = String(yb.year);
    const w = flow.measure(STYLE.chartBold)(s);
    doc.rect(x0 + yb.x + 0.5, y0, yb.w - 1, YEAR_H - 1).fill(COLOUR.headerFill);
    if (w <= yb.w - 2) flow.textAt(s, x0 + yb.x + (yb.w - w) / 2, y0 + 1.5, STYLE.chartBold);
  }
  lay.columns.forEach((c, i) => {
    if (c.head) flow.textAt(c.head, x0 + c.x + (c.w - flow.measure(STYLE.chartSmall)(c.head)) / 2, y0 + YEAR_H + 2, STYLE.chartSmall);
    const term = parseTerm(c.term);
    const strong = i === 0 || term?.half === 'VT';
    doc
      .moveTo(x0 + c.x, y0 + (strong ? 0 : YEAR_H))
      .lineTo(x0 + c.x, y0 + height)
      .lineWidth(strong ? 0.7 : 0.4)
      .strokeColor(strong ? COLOUR.rule : COLOUR.grid)
      .stroke();
  });
  const right = x0 + flow.width;
  doc
    .moveTo(right, y0)
    .lineTo(right, y0 + height)
    .lineWidth(0.7)
    .strokeColor(COLOUR.rule)
    .stroke();
  doc
    .moveTo(x0, y0 + YEAR_H + TERM_H)
    .lineTo(right, y0 + YEAR_H + TERM_H)
    .lineWidth(0.8)
    .strokeColor(COLOUR.accent)
    .stroke();
}

/** Each kind of bar's colours: the fill of a filled bar, and the edge (and marks) drawn on it. */
const PAINT: Record<BarKind, { fill: string; edge: string }> = {
  planned: { fill: COLOUR.accent, edge: COLOUR.accent },
  'in-progress': { fill: COLOUR.accentDark, edge: COLOUR.accentDark },
  done: { fill: COLOUR.done, edge: COLOUR.done },
  suggestion: { fill: COLOUR.suggestionFill, edge: COLOUR.suggestion },
  paused: { fill: COLOUR.greyFill, edge: COLOUR.grey },
};

function drawRow(flow: Flow, r: TimelineRow, item: TimelineItem, x0: number, ry: number, zebra: boolean): void {
  const doc = flow.doc;
  if (zebra)
    doc
      .rect(x0, ry + r.y, flow.width, r.height)
      .fillOpacity(1)
      .fill(COLOUR.zebra);
  r.labelLines.forEach((line, i) => {
    flow.textAt(line, x0, ry + r.labelY + i * STYLE.chart.leading, STYLE.chart);
  });
  const b = r.bar;
  if (!b) return;
  const x = x0 + b.x;
  const y = ry + r.barY;
  const h = BAR_H;
  drawBar(flow, item.kind, x, y, b.w, h);
  if (b.cutStart) arrow(flow, x + 3, y + h / 2, -1, item.kind);
  if (b.cutEnd) arrow(flow, x + b.w - 3, y + h / 2, 1, item.kind);
  if (item.late) {
    doc
      .rect(x - 1, y - 1, b.w + 2, h + 2)
      .lineWidth(1.4)
      .strokeColor(COLOUR.late)
      .stroke();
    lateMark(flow, Math.min(x + b.w + 5, x0 + flow.width - 5), y + h / 2);
  }
}

/**
 * How each kind of bar looks apart from its colour, so that no status is told by colour alone: its body (an outline
 * or a filled bar), its edge and a mark inside it. A late action adds a red frame and a warning mark (drawRow).
 */
export const BAR_LOOK: Record<BarKind, { body: 'outline' | 'filled'; edge: 'none' | 'solid' | 'dashed'; mark: 'none' | 'dots' | 'tick' | 'hatch' }> = {
  planned: { body: 'outline', edge: 'solid', mark: 'none' },
  'in-progress': { body: 'filled', edge: 'none', mark: 'dots' },
  done: { body: 'filled', edge: 'none', mark: 'tick' },
  suggestion: { body: 'filled', edge: 'dashed', mark: 'none' },
  paused: { body: 'filled', edge: 'solid', mark: 'hatch' },
};

function drawBar(flow: Flow, kind: BarKind, x: number, y: number, w: number, h: number): void {
  const doc = flow.doc;
  const look = BAR_LOOK[kind];
  if (look.body === 'outline')
    doc
      .roundedRect(x + 0.6, y + 0.6, w - 1.2, h - 1.2, 2)
      .lineWidth(1.2)
      .fillAndStroke(COLOUR.white, PAINT[kind].edge);
  else {
    doc.roundedRect(x, y, w, h, 2).fill(PAINT[kind].fill);
    if (look.edge === 'dashed') {
      doc.roundedRect(x, y, w, h, 2).lineWidth(0.8).dash(2.5, { space: 1.5 }).strokeColor(PAINT[kind].edge).stroke();
      doc.undash();
    } else if (look.edge === 'solid') doc.roundedRect(x, y, w, h, 2).lineWidth(0.6).strokeColor(PAINT[kind].edge).stroke();
  }
  if (look.mark === 'dots') {
    for (let dx = x + 4; dx < x + w - 3; dx += 6) doc.circle(dx, y + h / 2, 1).fill(COLOUR.white);
  } else if (look.mark === 'hatch') {
    doc.save();
    doc.roundedRect(x, y, w, h, 2).clip();
    for (let hx = x - h; hx < x + w; hx += 5)
      doc
        .moveTo(hx, y + h)
        .lineTo(hx + h, y)
        .lineWidth(0.5)
        .strokeColor(PAINT[kind].edge)
        .stroke();
    doc.restore();
  } else if (look.mark === 'tick' && w > 12) {
    doc
      .moveTo(x + w - 10, y + h / 2)
      .lineTo(x + w - 7, y + h - 3)
      .lineTo(x + w - 3, y + 3)
      .lineWidth(1.2)
      .strokeColor(COLOUR.white)
      .stroke();
  }
}

function arrow(flow: Flow, x: number, y: number, dir: 1 | -1, kind: BarKind): void {
  const colour = kind === 'suggestion' || kind === 'paused' ? COLOUR.ink : kind === 'planned' ? COLOUR.accent : COLOUR.white;
  flow.doc
    .moveTo(x - dir * 2, y - 3)
    .lineTo(x + dir * 1.5, y)
    .lineTo(x - dir * 2, y + 3)
    .lineWidth(1)
    .strokeColor(colour)
    .stroke();
}

function lateMark(flow: Flow, cx: number, cy: number): void {
  const doc = flow.doc;
  doc.circle(cx, cy, 4).fill(COLOUR.late);
  doc
    .moveTo(cx, cy - 2.4)
    .lineTo(cx, cy + 0.6)
    .lineWidth(1.1)
    .strokeColor(COLOUR.white)
    .stroke();
  doc.circle(cx, cy + 2.1, 0.6).fill(COLOUR.white);
}

/** The legend's entries, each with its place: entries run left to right and wrap at the text width. */
function legendPlaces(flow: Flow, legend: TimelineText['legend']): { dx: number; line: number }[] {
  let dx = 0;
  let line = 0;
  return legend.map((item) => {
    const w = 16 + 4 + flow.measure(STYLE.chartSmall)(item.label) + 12;
    if (dx > 0 && dx + w > flow.width) {
      dx = 0;
      line++;
    }
    const place = { dx, line };
    dx += w;
    return place;
  });
}

function legendLines(flow: Flow, legend: TimelineText['legend']): number {
  return (legendPlaces(flow, legend).at(-1)?.line ?? -1) + 1;
}

function drawLegend(flow: Flow, legend: TimelineText['legend'], x0: number, y: number): void {
  const places = legendPlaces(flow, legend);
  for (const [i, item] of legend.entries()) {
    const x = x0 + places[i]!.dx;
    const yy = y + places[i]!.line * LEGEND_LINE;
    if (item.kind === 'late') {
      flow.doc
        .rect(x, yy + 1, 16, 7)
        .lineWidth(1.2)
        .strokeColor(COLOUR.late)
        .stroke();
      lateMark(flow, x + 8, yy + 4.5);
    } else if (item.kind === 'over') lateMark(flow, x + 8, yy + 4.5);
    else drawBar(flow, item.kind, x, yy + 1, 16, 7);
    flow.textAt(item.label, x + 20, yy, STYLE.chartSmall);
  }
}
