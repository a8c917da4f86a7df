// Geometry of the current-versus-target chart: one row per focus area and goal, a bullet bar on a level scale.
import { integerTicks, linearScale } from './scale.ts';
import { wrapText, type Measure } from './wrap.ts';

export interface LevelRowInput {
  /** Focus areas stand out; goals are indented under them. */
  kind: 'area' | 'goal';
  label: string;
  current?: number;
  target?: number;
  /** What to write instead of values when nothing is assessed. */
  emptyText?: string;
  valueText?: string;
}

export interface LevelChartOptions {
  width: number;
  labelWidth: number;
  valueWidth: number;
  /** Scale from 0 to this level (4 in the catalogue). */
  maxLevel: number;
  lineHeight: number;
  indent: number;
  measure: { area: Measure; goal: Measure };
  maxLabelLines: { area: number; goal: number };
  barHeight: { target: number; current: number };
  rowPadding: number;
  axisHeight: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LevelRowLayout {
  kind: 'area' | 'goal';
  /** Top of the row, relative to the top of the rows (below the axis). */
  y: number;
  height: number;
  labelX: number;
  /** Top of the first label line. */
  labelY: number;
  labelLines: string[];
  target?: Rect;
  current?: Rect;
  valueText?: string;
  emptyText?: string;
}

export interface LevelChartLayout {
  plotX0: number;
  plotX1: number;
  valueX: number;
  ticks: { value: number; x: number }[];
  axisHeight: number;
  rows: LevelRowLayout[];
  /** Height of all rows (without the axis). */
  rowsHeight: number;
}

export function layoutLevelChart(rows: readonly LevelRowInput[], o: LevelChartOptions): LevelChartLayout {
  const plotX0 = o.labelWidth;
  const plotX1 = Math.max(plotX0 + 10, o.width - o.valueWidth);
  const x = linearScale([0, o.maxLevel], [plotX0, plotX1]);
  const ticks = integerTicks(1, o.maxLevel).map((value) => ({ value, x: x(value) }));
  const out: LevelRowLayout[] = [];
  let y = 0;
  for (const r of rows) {
    const labelX = r.kind === 'goal' ? o.indent : 0;
    const labelLines = wrapText(r.label, {
      width: o.labelWidth - labelX - 8,
      measure: o.measure[r.kind],
      maxLines: o.maxLabelLines[r.kind],
    });
    const barBlock = o.barHeight.target;
    const height = Math.max(labelLines.length * o.lineHeight, barBlock) + 2 * o.rowPadding;
    const mid = y + height / 2;
    const labelY = y + (height - labelLines.length * o.lineHeight) / 2;
    const row: LevelRowLayout = { kind: r.kind, y, height, labelX, labelY, labelLines };
    const hasValues = r.current !== undefined && r.target !== undefined;
    if (hasValues) {
      const tgt = Math.max(r.target!, r.current!);
      row.target = { x: plotX0, y: mid - o.barHeight.target / 2, w: x(tgt) - plotX0, h: o.barHeight.target };
      row.current = { x: plotX0, y: mid - o.barHeight.current / 2, w: x(r.current!) - plotX0, h: o.barHeight.current };
      if (r.valueText !== undefined) row.valueText = r.valueText;
    } else if (r.emptyText !== undefined) {
      row.emptyText = r.emptyText;
    }
    out.push(row);
    y += height;
  }
  return { plotX0, plotX1, valueX: plotX1 + 8, ticks, axisHeight: o.axisHeight, rows: out, rowsHeight: y };
}
