// The one-page summary: key figures, the highest priorities, the period and cost, and what needs attention.
import { joinList } from '../../../i18n/report.ts';
import { formatReasons } from '../../reasons.ts';
import type { Line } from '../flow.ts';
import { COLOUR, STYLE } from '../theme.ts';
import { actionTitle, indicatorName, listWidth, money, termLabel, type Ctx } from './context.ts';

const TOP = 5;

export function renderSummary(ctx: Ctx): void {
  const { flow, t, r, report } = ctx;
  const sect = flow.el(flow.root, 'Sect');
  flow.heading(sect, 1, t.summary.heading, 120);

  const answered = report.gaps.filter((g) => g.state === 'answered').length;
  const gapped = report.gaps.filter((g) => (g.gap ?? 0) > 0).length;
  const scheduled = report.schedule.scheduled;
  const cost = scheduled.reduce((s, a) => s + a.cost, 0);
  const estimated = scheduled.some((a) => a.costEstimated && a.cost > 0);
  cards(ctx, sect, [
    { value: t.summary.assessedValue(answered, report.gaps.length), label: t.summary.assessedLabel },
    { value: String(gapped), label: t.summary.gapsLabel },
    { value: String(scheduled.length), label: t.summary.actionsLabel, note: t.summary.actionsNote(report.schedule.notScheduled.length) },
    { value: money(ctx, cost), label: t.summary.costLabel, ...(estimated ? { note: t.summary.costNote } : {}) },
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
          ...flow.lines(indicatorName(ctx, p.indicator), STYLE.h3, w),
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
    const spend = report.schedule.spend.filter((s) => s.cost > 0);
    if (spend.length) flow.paragraph(sect, t.summary.costByYear(joinList(spend.map((s) => t.summary.perYear(s.year, money(ctx, s.cost))), ctx.lang)));
  }

  flow.heading(sect, 2, t.summary.attentionHeading);
  const notes: Line[][] = [];
  const w = listWidth(ctx);
  if (report.late.length) {
    const names = report.late.map((id) => {
      const a = scheduled.find((x) => x.id === id);
      return a ? `${id} ${actionTitle(ctx, a)}` : id;
    });
    notes.push([...flow.lines(r.summary.late(report.late.length), STYLE.bodyLate, w), ...names.flatMap((n) => flow.lines(n, STYLE.bodyMuted, w, {}, 2))]);
  }
  if (report.schedule.notScheduled.length) notes.push(flow.lines(t.summary.notScheduled(report.schedule.notScheduled.length), STYLE.body, w));
  if (report.schedule.warnings.length) notes.push(flow.lines(t.summary.warnings(report.schedule.warnings.length), STYLE.body, w));
  const unknown = report.gaps.filter((g) => g.state === 'unknown').length;
  if (unknown) notes.push(flow.lines(t.summary.unknown(unknown), STYLE.body, w));
  if (notes.length) flow.list(sect, notes.map((body) => ({ label: '•', body })));
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
