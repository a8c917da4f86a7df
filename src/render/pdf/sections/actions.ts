// The actions table: owner, terms, cost, status and support for every scheduled action; suggestions and late actions marked.
import { drawTable, tableGeometry, tableLead, type TableColumn } from '../table.ts';
import type { Line } from '../flow.ts';
import { COLOUR, STYLE } from '../theme.ts';
import { actionDescription, actionOwner, actionTitle, costLines, descriptionLang, own, ownerLang, termLabel, titleLang, type Ctx } from './context.ts';

export function renderActions(ctx: Ctx): void {
  const { flow, t, r, report } = ctx;
  const sect = flow.el(flow.root, 'Sect');
  const scheduled = report.schedule.scheduled;
  if (scheduled.length === 0) {
    flow.heading(sect, 1, r.actions.heading);
    flow.paragraph(sect, r.actions.none);
    sect.end();
    return;
  }
  const cols: TableColumn[] = [
    { head: r.actions.action, weight: 1 },
    { head: r.actions.owner, width: 74 },
    { head: r.actions.terms, width: 60 },
    { head: r.actions.cost, width: 62, align: 'right' },
    { head: r.actions.status, width: 56 },
    { head: r.actions.resources, width: 54 },
  ];
  const geo = tableGeometry(flow, cols);
  const w = geo.inner;
  const rows = scheduled.map((a) => {
    const late = ctx.late.has(a.id);
    const main: Line[] = [...flow.lines(`${a.id} ${actionTitle(ctx, a)}`, STYLE.cellBold, w[0]!, titleLang(ctx, a))];
    if (a.origin === 'suggestion') main.push(...flow.lines(t.actions.suggestion, STYLE.cellSuggestion, w[0]!));
    if (late) main.push(...flow.lines(`! ${t.actions.late}`, STYLE.cellLate, w[0]!));
    if (a.indicators.length) main.push(...flow.lines(`${t.actions.indicators}: ${a.indicators.join(', ')}`, STYLE.cellMuted, w[0]!));
    const description = actionDescription(ctx, a);
    if (description) main.push(...flow.lines(description, STYLE.cellMuted, w[0]!, descriptionLang(ctx, a)));
    if (a.successCriteria) {
      // In an English plan the organisation's Swedish words stand apart from the English label, tagged as Swedish.
      if (ctx.lang === 'sv') main.push(...flow.lines(`${t.actions.success}: ${a.successCriteria}`, STYLE.cellItalic, w[0]!));
      else main.push(...flow.lines(`${t.actions.success}:`, STYLE.cellItalic, w[0]!), ...flow.lines(a.successCriteria, STYLE.cellItalic, w[0]!, own(ctx)));
    }
    const owner = actionOwner(ctx, a);
    const cost = costLines(ctx, a, w[3]!);
    const support = [...a.resources.map((id) => `R${ctx.resourceNo.get(id) ?? '?'}`)].join(', ');
    const initiatives = a.initiatives.map((n) => r.reasons.initiative(n));
    const status: Line[] = flow.lines(r.status[a.status], STYLE.cell, w[4]!);
    if (late) status.push(...flow.lines(t.actions.late.toLocaleLowerCase(), STYLE.cellLate, w[4]!));
    return [
      main,
      owner ? flow.lines(owner, STYLE.cell, w[1]!, ownerLang(ctx, a)) : flow.lines(t.actions.noOwner, STYLE.cellMuted, w[1]!),
      flow.lines(t.actions.termsValue(termLabel(ctx, a.start), termLabel(ctx, a.end)), STYLE.cell, w[2]!),
      cost,
      status,
      [...(support ? flow.lines(support, STYLE.cell, w[5]!) : []), ...initiatives.flatMap((s) => flow.lines(s, STYLE.cellMuted, w[5]!))],
    ];
  });
  flow.heading(sect, 1, r.actions.heading, flow.paragraphHeight(r.actions.legend, STYLE.bodyMuted, 8) + tableLead(flow, cols, geo, rows));
  flow.paragraph(sect, r.actions.legend, STYLE.bodyMuted, { after: 8 });
  drawTable(flow, sect, cols, geo, rows, { rowFill: (i) => (ctx.late.has(scheduled[i]!.id) ? COLOUR.lateFill : undefined) });
  sect.end();
}
