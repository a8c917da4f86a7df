// Geometry of the term-by-term timeline (a Gantt chart): term columns, year bands, one bar per action.
import { termIndex } from '../../../core/terms.ts';
import { fitLabel, wrapText, type Measure } from './wrap.ts';

export interface TimelineRowInput {
  label: string;
  start: string;
  end: string;
}

export interface TimelineOptions {
  width: number;
  labelWidth: number;
  /** Terms of the plan period, consecutive, in order. */
  terms: readonly string[];
  lineHeight: number;
  maxLabelLines: number;
  barHeight: number;
  rowPadding: number;
  measureLabel: Measure;
  measureHead: Measure;
  /** Column head candidates for a term, longest first ("VT 2027", "VT", "V"). */
  termHeads: (term: string) => readonly string[];
}

export interface TimelineColumn {
  term: string;
  x: number;
  w: number;
  head: string;
}

export interface TimelineBar {
  x: number;
  w: number;
  /** The action starts before or ends after the plan period: the bar is cut at the edge. */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface TimelineRow {
  y: number;
  height: number;
  labelY: number;
  labelLines: string[];
  barY: number;
  bar?: TimelineBar;
}

export interface TimelineLayout {
  columns: TimelineColumn[];
  years: { year: number; x: number; w: number }[];
  rows: TimelineRow[];
  rowsHeight: number;
}

export function layoutTimeline(rows: readonly TimelineRowInput[], o: TimelineOptions): TimelineLayout {
  const n = Math.max(o.terms.length, 1);
  const colW = (o.width - o.labelWidth) / n;
  const columns = o.terms.map((term, i) => {
    const x = o.labelWidth + i * colW;
    const heads = o.termHeads(term);
    return { term, x, w: colW, head: fitLabel(heads, colW - 4, o.measureHead) ?? '' };
  });
  const years: TimelineLayout['years'] = [];
  for (const c of columns) {
    const year = Math.floor(termIndex(c.term) / 2);
    const last = years[years.length - 1];
    if (last && last.year === year) last.w += c.w;
    else years.push({ year, x: c.x, w: c.w });
  }
  const first = o.terms.length ? termIndex(o.terms[0]!) : 0;
  const lastIdx = o.terms.length ? termIndex(o.terms[o.terms.length - 1]!) : -1;
  const out: TimelineRow[] = [];
  let y = 0;
  for (const r of rows) {
    const labelLines = wrapText(r.label, { width: o.labelWidth - 8, measure: o.measureLabel, maxLines: o.maxLabelLines });
    const height = Math.max(labelLines.length * o.lineHeight, o.barHeight) + 2 * o.rowPadding;
    const row: TimelineRow = {
      y,
      height,
      labelY: y + (height - labelLines.length * o.lineHeight) / 2,
      labelLines,
      barY: y + (height - o.barHeight) / 2,
    };
    const bar = barFor(r.start, r.end, first, lastIdx, o.labelWidth, colW);
    if (bar) row.bar = bar;
    out.push(row);
    y += height;
  }
  return { columns, years, rows: out, rowsHeight: y };
}

/** The bar of an action from its start term to its end term, cut to the plan period; none when wholly outside. */
export function barFor(start: string, end: string, first: number, last: number, x0: number, colW: number): TimelineBar | undefined {
  let s = termIndex(start);
  let e = termIndex(end);
  if (e < s) [s, e] = [e, s];
  if (e < first || s > last) return undefined;
  const cs = Math.max(s, first);
  const ce = Math.min(e, last);
  const inset = Math.min(2, colW * 0.1);
  return {
    x: x0 + (cs - first) * colW + inset,
    w: (ce - cs + 1) * colW - 2 * inset,
    cutStart: s < first,
    cutEnd: e > last,
  };
}
