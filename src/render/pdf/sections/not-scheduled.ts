// Actions that did not fit within the plan's capacity, budget or period, with the reason for each.
import { joinList } from '../../../i18n/report.ts';
import { drawTable, tableGeometry, tableLead, type TableColumn } from '../table.ts';
import type { Line } from '../flow.ts';
import { STYLE } from '../theme.ts';
import { actionTitle, costLines, titleLang, type Ctx } from './context.ts';

export function renderNotScheduled(ctx: Ctx): void {
  const { flow, t, r, report } = ctx;
  const items = report.schedule.notScheduled;
  if (items.length === 0) return;
  const sect = flow.el(flow.root, 'Sect');
  const cols: TableColumn[] = [
    { head: t.notScheduled.action, weight: 2.4 },
    { head: r.actions.indicators, width: 70 },
    { head: r.actions.cost, width: 66, align: 'right' },
    { head: r.notScheduled.reason, weight: 1.6 },
  ];
  const geo = tableGeometry(flow, cols);
  const w = geo.inner;
  const rows = items.map((a) => {
    const main: Line[] = flow.lines(`${a.id} ${actionTitle(ctx, a)}`, STYLE.cellBold, w[0]!, titleLang(ctx, a));
    if (a.origin === 'suggestion') main.push(...flow.lines(t.actions.suggestion, STYLE.cellSuggestion, w[0]!));
    const reason = a.reason.kind === 'prerequisite' ? r.notScheduled.prerequisite(joinList(a.reason.indicators, ctx.lang)) : r.notScheduled[a.reason.kind];
    return [main, flow.lines(a.indicators.join(', ') || '–', STYLE.cell, w[1]!), costLines(ctx, a, w[2]!), flow.lines(reason, STYLE.cell, w[3]!)];
  });
  flow.heading(sect, 1, r.notScheduled.heading, flow.paragraphHeight(r.notScheduled.intro, STYLE.bodyMuted, 8) + tableLead(flow, cols, geo, rows));
  flow.paragraph(sect, r.notScheduled.intro, STYLE.bodyMuted, { after: 8 });
  drawTable(flow, sect, cols, geo, rows);
  sect.end();
}
