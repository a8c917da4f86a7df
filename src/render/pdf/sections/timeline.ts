// The term-by-term timeline (Gantt chart) and the schedule's warnings.
import type { ActionStatus, ScheduledAction } from '../../../core/model.ts';
import { compareTerms, parseTerm } from '../../../core/terms.ts';
import { overLimits } from '../../../core/schedule.ts';
import { drawTimeline, type BarKind, type TimelineItem } from '../charts/timeline.ts';
import { STYLE } from '../theme.ts';
import { actionTitle, listWidth, money, ownInAlt, termLabel, type Ctx } from './context.ts';

function barKind(a: Pick<ScheduledAction, 'origin' | 'status'>): BarKind {
  const byStatus: Record<ActionStatus, BarKind> = { planned: 'planned', 'in-progress': 'in-progress', done: 'done', postponed: 'paused', cancelled: 'paused' };
  if (a.origin === 'suggestion' && a.status === 'planned') return 'suggestion';
  return byStatus[a.status];
}

export function renderTimeline(ctx: Ctx): void {
  const { flow, t, r, report } = ctx;
  const sect = flow.el(flow.root, 'Sect');
  flow.heading(sect, 1, r.timeline.heading, 160);
  flow.paragraph(sect, r.timeline.intro(overLimits(report.schedule)), STYLE.bodyMuted, { after: 10 });
  const terms = report.schedule.terms;
  const scheduled = report.schedule.scheduled;
  /** An action's title in the alt text: the organisation's own is marked as Swedish in an English plan. */
  const altTitle = (a: (typeof scheduled)[number]) => (a.titleText ? actionTitle(ctx, a) : ownInAlt(ctx, a.title));
  if (scheduled.length === 0 || terms.length === 0) flow.paragraph(sect, t.timeline.none);
  else {
    const items: TimelineItem[] = scheduled.map((a) => ({
      label: `${a.id} ${actionTitle(ctx, a)}`,
      start: a.start,
      end: a.end,
      kind: barKind(a),
      late: ctx.late.has(a.id),
    }));
    const limit = report.limits.actionsPerTerm;
    const load = terms.map((term) => report.schedule.load.find((l) => l.term === term)?.actions);
    const statusWord = (a: ScheduledAction) =>
      `${r.status[a.status]}${a.origin === 'suggestion' ? `, ${t.actions.suggestion.toLocaleLowerCase()}` : ''}${ctx.late.has(a.id) ? `, ${t.actions.late.toLocaleLowerCase()}` : ''}`;
    const over = limit === undefined ? [] : terms.filter((_, i) => (load[i] ?? 0) > limit);
    const overText = over.length ? ` ${t.timeline.altOver(over.map((term) => termLabel(ctx, term)).join(', '), limit!)}` : '';
    const first = terms[0]!;
    const last = terms[terms.length - 1]!;
    drawTimeline(flow, sect, terms, items, load, {
      termHeads: (term) => {
        const p = parseTerm(term);
        return p ? [t.termShort(p.half), t.termLetter(p.half)] : [term];
      },
      load: limit !== undefined ? `${t.timeline.load} (${t.timeline.loadLimit(limit)})` : t.timeline.load,
      ...(limit !== undefined ? { limit } : {}),
      legend: [
        { kind: 'planned', label: t.timeline.planned },
        { kind: 'in-progress', label: t.timeline.inProgress },
        { kind: 'done', label: t.timeline.done },
        { kind: 'suggestion', label: t.timeline.suggestion },
        { kind: 'paused', label: t.timeline.paused },
        { kind: 'late', label: t.timeline.late },
        ...(over.length ? [{ kind: 'over' as const, label: t.timeline.over(limit!) }] : []),
      ],
      alt: (part) =>
        t.timeline.alt(
          termLabel(ctx, first),
          termLabel(ctx, last),
          part
            .map((item) => {
              const a = scheduled[items.indexOf(item)]!;
              const outside = compareTerms(a.end, first) < 0 || compareTerms(a.start, last) > 0;
              return outside
                ? t.timeline.altOutside(a.id, altTitle(a))
                : t.timeline.altRow(a.id, altTitle(a), t.actions.termsValue(termLabel(ctx, a.start), termLabel(ctx, a.end)), statusWord(a));
            })
            .join(' '),
        ) + overText,
    });
  }

  const warnings = report.schedule.warnings;
  if (warnings.length) {
    flow.heading(sect, 2, r.warnings.heading);
    const w = listWidth(ctx);
    flow.list(
      sect,
      warnings.map((x) => {
        const s =
          x.kind === 'capacity-exceeded'
            ? r.warnings.capacity(termLabel(ctx, x.term), x.used, x.limit)
            : x.kind === 'budget-exceeded'
              ? r.warnings.budget(x.year, money(ctx, x.used), money(ctx, x.limit))
              : x.kind === 'before-prerequisite'
                ? r.warnings.beforePrerequisite(x.action, x.prerequisite)
                : r.warnings.outsideHorizon(x.action);
        return { label: '•', body: flow.lines(s, STYLE.body, w) };
      }),
    );
  }
  sect.end();
}
