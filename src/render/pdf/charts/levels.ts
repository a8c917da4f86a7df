// Draws the current-versus-target chart as vectors inside a tagged Figure whose alt text states every number.
import type { Flow, Struct } from '../flow.ts';
import { layoutLevelChart, type LevelRowInput, type LevelRowLayout } from '../layout/levels.ts';
import { COLOUR, STYLE } from '../theme.ts';

export interface LevelChartText {
  legendCurrent: string;
  legendTarget: string;
  axis: string;
  /** Alt text of one figure, from the rows it shows. */
  alt: (rows: readonly LevelRowInput[]) => string;
}

const LEGEND_H = 18;
const AXIS_H = 16;

export function drawLevelChart(flow: Flow, parent: Struct, rows: readonly LevelRowInput[], t: LevelChartText): void {
  const doc = flow.doc;
  const lay = layoutLevelChart(rows, {
    width: flow.width,
    labelWidth: Math.round(flow.width * 0.42),
    valueWidth: 62,
    maxLevel: 4,
    lineHeight: STYLE.chart.leading,
    indent: 10,
    measure: { area: flow.measure(STYLE.chartBold), goal: flow.measure(STYLE.chart) },
    maxLabelLines: { area: 3, goal: 6 },
    barHeight: { target: 12, current: 6 },
    rowPadding: 4,
    axisHeight: AXIS_H,
  });
  const head = LEGEND_H + AXIS_H;
  const withRows = lay.rows.map((r, i) => ({ ...r, input: rows[i]! }));
  flow.rowsOverPages(withRows, head + 6, (part) => {
    const shift = part[0]!.y;
    const height = head + part.reduce((s, r) => s + r.height, 0) + 4;
    flow.figure(parent, t.alt(part.map((r) => r.input)), height, (y0) => {
      const x0 = flow.left;
      // Legend: the two bar styles, then the level ticks along the top.
      const ly = y0 + 2;
      let lx = x0 + lay.plotX0;
      targetBar(doc, lx, ly + 1, 14, 8);
      lx += 18;
      lx += flow.textAt(t.legendTarget, lx, ly, STYLE.chart) + 14;
      doc.rect(lx, ly + 2, 14, 6).fill(COLOUR.accentDark);
      lx += 18;
      flow.textAt(t.legendCurrent, lx, ly, STYLE.chart);
      const ay = y0 + LEGEND_H;
      flow.textAt(t.axis, x0 + lay.plotX0 - 4 - flow.measure(STYLE.chartSmall)(t.axis), ay + 2, STYLE.chartSmall);
      const top = ay + AXIS_H - 3;
      const bottom = y0 + height - 4;
      for (const tick of lay.ticks) {
        const tx = x0 + tick.x;
        const label = String(tick.value);
        flow.textAt(label, tx - flow.measure(STYLE.chartSmall)(label) / 2, ay + 2, STYLE.chartSmall);
        doc.moveTo(tx, top).lineTo(tx, bottom).lineWidth(0.5).strokeColor(COLOUR.grid).stroke();
      }
      doc
        .moveTo(x0 + lay.plotX0, top)
        .lineTo(x0 + lay.plotX0, bottom)
        .lineWidth(0.8)
        .strokeColor(COLOUR.muted)
        .stroke();
      const ry = ay + AXIS_H - shift;
      for (const r of part) drawRow(flow, r, x0, ry, lay.valueX, lay.plotX0);
    });
  });
  flow.space(8);
}

function drawRow(flow: Flow, r: LevelRowLayout, x0: number, ry: number, valueX: number, plotX0: number): void {
  const doc = flow.doc;
  const style = r.kind === 'area' ? STYLE.chartBold : STYLE.chart;
  if (r.kind === 'area' && r.y > 0) {
    doc
      .moveTo(x0, ry + r.y)
      .lineTo(x0 + flow.width, ry + r.y)
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke();
  }
  r.labelLines.forEach((line, i) => {
    flow.textAt(line, x0 + r.labelX, ry + r.labelY + i * style.leading, style);
  });
  if (r.target && r.current) {
    const tg = r.target;
    const cu = r.current;
    if (tg.w > 0) targetBar(doc, x0 + tg.x, ry + tg.y, tg.w, tg.h);
    if (cu.w > 0) doc.rect(x0 + cu.x, ry + cu.y, cu.w, cu.h).fill(COLOUR.accentDark);
  }
  if (r.valueText) {
    flow.textAt(r.valueText, x0 + valueX, ry + r.y + (r.height - style.leading) / 2, style);
  } else if (r.emptyText) {
    // In the plot, where there is room for the words, not in the narrow value column.
    flow.textAt(r.emptyText, x0 + plotX0 + 6, ry + r.y + (r.height - STYLE.chartSmall.leading) / 2, STYLE.chartSmall);
  }
}

/** The target bar, in the chart and in its legend. */
function targetBar(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number): void {
  doc.rect(x, y, w, h).fill(COLOUR.accentLight);
  doc.rect(x, y, w, h).lineWidth(0.6).strokeColor(COLOUR.accent).stroke();
}
