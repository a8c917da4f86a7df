// The one-page summary: key figures, the highest priorities, the period and cost, and what needs attention.
import { indicatorName } from '../../indicator-name.ts';
import { summariseCost, type CostSummary } from '../../../core/cost-summary.ts';
import { formatReasons } from '../../reasons.ts';
import type { Line, Struct } from '../flow.ts';
import { drawTable, tableGeometry, type TableColumn } from '../table.ts';
import { COLOUR, STYLE } from '../theme.ts';
import { actionTitle, listWidth, money, termLabel, titleLang, type Ctx } from './context.ts';

const TOP = 5;

export function renderSummary(ctx: Ctx): void {
  const { flow, t, r, report } = ctx;
  const sect = flow.el(flow.root, 'Sect');
  flow.heading(sect, 1, t.summary.heading, 120);

  const answered = report.gaps.filter((g) => g.state === 'answered').length;
  const gapped = report.gaps.filter((g) => (g.gap ?? 0) > 0).length;
  const scheduled = report.schedule.scheduled;
  const costs = summariseCost(report);
  const estimated = costs.own.estimated || costs.suggestions.estimated;
  cards(ctx, sect, [
    { value: t.summary.assessedValue(answered, report.gaps.length), label: t.summary.assessedLabel },
    { value: String(gapped), label: t.summary.gapsLabel },
    {
      value: String(scheduled.length),
      label: t.summary.actionsLabel,
      note: t.summary.actionsSplit(costs.own.count, costs.suggestions.count, report.schedule.notScheduled.length),
    },
    { value: money(ctx, costs.total), label: t.summary.costLabel, ...(estimated ? { note: t.summary.costNote } : {}) },
  ]);

  flow.heading(sect, 2, t.summary.topHeading);
  if (report.priorities.length === 0) flow.paragraph(sect, r.priorities.none);
  else {
    const w = listWidth(ctx, 16);
    flow.list(
      sect,
      report.priorities.slice(0, TOP).map((p) => ({
        label: `${p.rank}.`,
        body: [
          ...flow.lines(indicatorName(ctx.idx, p.indicator, ctx.lang), STYLE.h3, w),
          ...flow.lines(formatReasons(p.reasons, ctx.lang, report.catalogue), STYLE.bodyMuted, w),
        ],
      })),
      { indent: 16, gap: 5, labelStyle: STYLE.h3 },
    );
  }

  const terms = report.schedule.terms;
  if (terms.length) {
    flow.heading(sect, 2, t.summary.periodHeading);
    flow.paragraph(sect, t.summary.period(termLabel(ctx, terms[0]!), termLabel(ctx, terms[terms.length - 1]!), terms.length), STYLE.body, { after: 2 });
    costTable(ctx, sect, costs);
  }

  flow.heading(sect, 2, t.summary.attentionHeading);
  const notes: Line[][] = [];
  const w = listWidth(ctx);
  if (report.late.length) {
    const names = report.late.map((id) => {
      const a = scheduled.find((x) => x.id === id);
      return a ? flow.lines(`${id} ${actionTitle(ctx, a)}`, STYLE.bodyMuted, w, titleLang(ctx, a), 2) : flow.lines(id, STYLE.bodyMuted, w);
    });
    notes.push([...flow.lines(r.summary.late(report.late.length), STYLE.bodyLate, w), ...names.flat()]);
  }
  if (report.schedule.notScheduled.length) notes.push(flow.lines(t.summary.notScheduled(report.schedule.notScheduled.length), STYLE.body, w));
  if (report.schedule.warnings.length) notes.push(flow.lines(t.summary.warnings(report.schedule.warnings.length), STYLE.body, w));
  const unknown = report.gaps.filter((g) => g.state === 'unknown').length;
  if (unknown) notes.push(flow.lines(t.summary.unknown(unknown), STYLE.body, w));
  if (notes.length)
    flow.list(
      sect,
      notes.map((body) => ({ label: '•', body })),
    );
  else flow.paragraph(sect, t.summary.nothing);

  flow.space(6);
  flow.paragraph(sect, r.summary.noOverall, STYLE.small);
  sect.end();
}

interface Card {
  value: string;
  label: string;
  note?: string;
}

/** Key figures side by side; each card is one paragraph, read label first. */
function cards(ctx: Ctx, parent: PDFKit.PDFStructureElement, items: readonly Card[]): void {
  const { flow } = ctx;
  const doc = flow.doc;
  const gap = 10;
  const w = (flow.width - gap * (items.length - 1)) / items.length;
  const inner = w - 16;
  const valueStyle = { ...STYLE.figure };
  // The value shrinks until the longest fits its card on one line.
  for (const it of items) while (valueStyle.size > 11 && flow.faces.bold.widthOf(it.value, valueStyle.size) > inner) valueStyle.size -= 1;
  valueStyle.leading = valueStyle.size * 1.25;
  const laid = items.map((it) => ({
    value: flow.lines(it.value, valueStyle, inner),
    label: flow.lines(it.label, STYLE.smallBold, inner),
    note: it.note ? flow.lines(it.note, STYLE.small, inner) : [],
  }));
  const height = Math.max(...laid.map((l) => [...l.value, ...l.label, ...l.note].reduce((s, x) => s + x.style.leading, 0))) + 20;
  flow.ensure(height + 10);
  const y = flow.y;
  flow.artifact(() => {
    items.forEach((_, i) => {
      const x = flow.left + i * (w + gap);
      doc.roundedRect(x, y, w, height, 4).fill(COLOUR.accentPale);
      doc.rect(x, y, 3, height).fill(COLOUR.accent);
    });
  });
  laid.forEach((l, i) => {
    const x = flow.left + i * (w + gap) + 10;
    const p = flow.el(parent, 'P');
    const valueH = l.value.reduce((s, x2) => s + x2.style.leading, 0);
    p.add(() => {
      flow.drawLines(l.label, x, y + 10 + valueH, p);
      flow.drawLines(l.value, x, y + 10, p);
      flow.drawLines(l.note, x, y + 10 + valueH + l.label.reduce((s, x2) => s + x2.style.leading, 0), p);
    });
    p.end();
  });
  flow.y = y + height + 14;
}

/** Cost per year of the period, own actions and suggestions apart, the total as the sum of the years; then what it leaves out. */
function costTable(ctx: Ctx, sect: Struct, costs: CostSummary): void {
  const { flow, r } = ctx;
  const c = r.costs;
  if (costs.years.length === 0) return;
  const cols: TableColumn[] = [
    { head: c.year, weight: 1 },
    { head: c.own, width: 110, align: 'right' },
    { head: c.suggestions, width: 110, align: 'right' },
    { head: c.total, width: 100, align: 'right' },
  ];
  const values = [
    ...costs.years.map((y) => [String(y.year), money(ctx, y.own), money(ctx, y.suggestions), money(ctx, y.total)]),
    [c.total, money(ctx, costs.own.cost), money(ctx, costs.suggestions.cost), money(ctx, costs.total)],
  ];
  const geo = tableGeometry(flow, cols, { figures: { cells: values, style: STYLE.cellBold } });
  const rows = values.map((row, i) => {
    const style = i === values.length - 1 ? STYLE.cellBold : STYLE.cell;
    return row.map((v, k) => flow.lines(v, style, geo.inner[k]!, k > 0 ? { alignWidth: geo.inner[k]! } : {}));
  });
  drawTable(flow, sect, cols, geo, rows, { rowHeaders: true });
  const w = listWidth(ctx);
  if (costs.own.estimated || costs.suggestions.estimated) flow.paragraph(sect, c.estimateNote, STYLE.bodyMuted);
  if (costs.apart.length) {
    flow.block(sect, [
      ...flow.lines(`${c.apartHeading}:`, STYLE.h3, w),
      ...costs.apart.flatMap((a) => flow.lines(c.apart(a.id, a.reason, money(ctx, a.cost)), STYLE.body, w)),
    ]);
  }
}
