// Charts as inline SVG: the plan's timeline (a Gantt chart whose statuses differ in pattern and text as well as colour)
// and the levels per focus area. Each is an image with a title and a description; the same data stands in a table.
import type { ActionStatus } from '../../core/model.ts';
import { esc } from './escape.ts';

/** Fill and pattern per status: the pattern and the status text tell them apart without colour. */
const STATUS_STYLE: Record<ActionStatus | 'late', { fill: string; pattern?: string }> = {
  planned: { fill: '#ffffff' },
  'in-progress': { fill: 'url(#p-progress)', pattern: 'progress' },
  done: { fill: '#2f6b34' },
  postponed: { fill: 'url(#p-postponed)', pattern: 'postponed' },
  cancelled: { fill: 'url(#p-cancelled)', pattern: 'cancelled' },
  late: { fill: 'url(#p-late)', pattern: 'late' },
};

const STROKE = '#1b1b1b';

/** The patterns, once per document (ids are document-wide). */
export function chartPatterns(): string {
  return (
    `<svg width="0" height="0" aria-hidden="true" focusable="false" style="position:absolute"><defs>` +
    `<pattern id="p-progress" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#0b4f8a"/><rect width="3" height="8" fill="#ffffff"/></pattern>` +
    `<pattern id="p-postponed" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1.4" fill="#595959"/></pattern>` +
    `<pattern id="p-cancelled" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#ffffff"/><path d="M0 0L8 8M8 0L0 8" stroke="#595959" stroke-width="1.2"/></pattern>` +
    `<pattern id="p-late" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#a01616"/><path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" stroke-width="1.5"/></pattern>` +
    `<pattern id="p-target" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="2" height="6" fill="#0b4f8a"/></pattern>` +
    `</defs></svg>`
  );
}

/** A small swatch for a legend: the same fill as the bars. */
export function swatch(kind: ActionStatus | 'late' | 'current' | 'target'): string {
  const fill = kind === 'current' ? '#0b4f8a' : kind === 'target' ? 'url(#p-target)' : STATUS_STYLE[kind].fill;
  return `<svg width="28" height="14" aria-hidden="true" focusable="false"><rect x="1" y="1" width="26" height="12" fill="${fill}" stroke="${STROKE}" stroke-width="1.5"/></svg>`;
}

export interface GanttRow {
  /** Short label (the action's id). */
  id: string;
  /** Status text shown beside the label, plain text. */
  status: string;
  style: ActionStatus | 'late';
  /** Index of the first and last term (0-based into `terms`); the bar is cut at the chart's edges, and left out when it lies wholly outside. */
  from: number;
  to: number;
}

export interface GanttSpec {
  terms: string[];
  rows: GanttRow[];
  /** Terms whose load is over the capacity, marked in the head. */
  overCapacity: Set<string>;
  overLabel: string;
  /** Plain texts of the image's title and description. */
  title: string;
  desc: string;
}

export function ganttSvg(g: GanttSpec): string {
  const idW = 64;
  const statusW = 132;
  const termW = 72;
  const rowH = 24;
  const headH = 40;
  const left = idW + statusW;
  const width = left + g.terms.length * termW + 4;
  const height = headH + g.rows.length * rowH + 4;
  const out: string[] = [];
  out.push(
    `<svg class="gantt" role="img" aria-labelledby="gantt-title gantt-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="13">`,
  );
  out.push(`<title id="gantt-title">${esc(g.title)}</title><desc id="gantt-desc">${esc(g.desc)}</desc>`);
  g.terms.forEach((term, i) => {
    const x = left + i * termW;
    const over = g.overCapacity.has(term);
    if (i % 2 === 0 || over) out.push(`<rect x="${x}" y="0" width="${termW}" height="${height}" fill="${over ? '#fbe3d6' : '#f2f4f7'}"/>`);
    out.push(`<text x="${x + termW / 2}" y="16" text-anchor="middle" fill="#1b1b1b">${esc(term)}</text>`);
    if (over) out.push(`<text x="${x + termW / 2}" y="32" text-anchor="middle" fill="#a01616" font-weight="700">${esc(g.overLabel)}</text>`);
  });
  g.rows.forEach((r, i) => {
    const y = headH + i * rowH;
    out.push(`<text x="4" y="${y + 16}" fill="#1b1b1b" font-weight="700">${esc(r.id)}</text>`);
    out.push(`<text x="${idW}" y="${y + 16}" fill="${r.style === 'late' ? '#a01616' : '#1b1b1b'}">${esc(r.status)}</text>`);
    const from = Math.max(0, r.from);
    const to = Math.min(g.terms.length - 1, r.to);
    if (to < from) return;
    const x = left + from * termW + 3;
    const w = (to - from + 1) * termW - 6;
    out.push(
      `<rect x="${x}" y="${y + 4}" width="${w}" height="${rowH - 8}" rx="2" fill="${STATUS_STYLE[r.style].fill}" stroke="${STROKE}" stroke-width="1.5"/>`,
    );
  });
  out.push(`<line x1="${left}" y1="${headH - 2}" x2="${width - 4}" y2="${headH - 2}" stroke="#8a8a8a"/>`);
  out.push('</svg>');
  return out.join('');
}

export interface BarGroup {
  /** Plain text label. */
  label: string;
  current?: number;
  target?: number;
}

/** Horizontal bars on the 1–4 scale: the current level solid, the target hatched, each with its value written. */
export function levelBarsSvg(groups: BarGroup[], opts: { title: string; desc: string; format: (n: number) => string }): string {
  const labelW = 130;
  const scaleW = 360;
  const barH = 14;
  const groupH = 2 * barH + 16;
  const top = 24;
  const width = labelW + scaleW + 60;
  const height = top + groups.length * groupH + 8;
  const x = (v: number) => labelW + (v / 4) * scaleW;
  const out: string[] = [];
  out.push(
    `<svg class="chart" role="img" aria-labelledby="levels-title levels-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="13">`,
  );
  out.push(`<title id="levels-title">${esc(opts.title)}</title><desc id="levels-desc">${esc(opts.desc)}</desc>`);
  for (let v = 0; v <= 4; v++) {
    out.push(`<line x1="${x(v)}" y1="${top - 4}" x2="${x(v)}" y2="${height - 8}" stroke="#8a8a8a" stroke-dasharray="${v === 0 ? '' : '2 3'}"/>`);
    out.push(`<text x="${x(v)}" y="14" text-anchor="middle" fill="#1b1b1b">${v}</text>`);
  }
  groups.forEach((g, i) => {
    const y = top + i * groupH;
    const label = g.label.length > 18 ? `${g.label.slice(0, 17)}…` : g.label;
    out.push(`<text x="0" y="${y + barH + 4}" fill="#1b1b1b">${esc(label)}</text>`);
    const bar = (v: number | undefined, dy: number, fill: string) => {
      if (v === undefined) {
        out.push(`<text x="${x(0) + 4}" y="${y + dy + barH - 2}" fill="#1b1b1b">–</text>`);
        return;
      }
      out.push(`<rect x="${x(0)}" y="${y + dy}" width="${Math.max(1, x(v) - x(0))}" height="${barH}" fill="${fill}" stroke="${STROKE}" stroke-width="1"/>`);
      out.push(`<text x="${x(v) + 4}" y="${y + dy + barH - 2}" fill="#1b1b1b">${esc(opts.format(v))}</text>`);
    };
    bar(g.current, 0, '#0b4f8a');
    bar(g.target, barH + 2, 'url(#p-target)');
  });
  out.push('</svg>');
  return out.join('');
}
