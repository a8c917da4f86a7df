// The respondents' spread: each indicator's answers, the indicators where views differ, and the roles' view.
import { text } from '../../../core/catalogue.ts';
import type { SpreadView } from '../../../core/merge-view.ts';
import { mergeText } from '../../../i18n/merge.ts';
import { formatDecimal } from '../../../i18n/report.ts';
import { answersLine, planAnswer, roleCounts } from '../../spread-text.ts';
import { drawTable, tableGeometry, tableLead, type TableColumn } from '../table.ts';
import { STYLE } from '../theme.ts';
import { indicatorTitle, type Ctx } from './context.ts';

/** The section, and the appendix on the roles, when the plan holds merged answers; `view` is the plan's spreadView. */
export function renderSpread(ctx: Ctx, view: SpreadView | undefined): void {
  const { flow, report, lang } = ctx;
  if (!view) return;
  const t = mergeText[lang];
  const s = t.spread;
  const sect = flow.el(flow.root, 'Sect');

  const cols: TableColumn[] = [
    { head: s.indicator, weight: 2.6 },
    { head: s.answers, weight: 2 },
    { head: s.plan, width: 96 },
  ];
  const geo = tableGeometry(flow, cols);
  const w = geo.inner;
  const rows = view.indicators.map((i) => [
    [...flow.lines(i.id, STYLE.cellBold, w[0]!), ...flow.lines(indicatorTitle(ctx, i.id), STYLE.cell, w[0]!)],
    flow.lines(answersLine(i.responses, lang), STYLE.cell, w[1]!),
    flow.lines(planAnswer(i.plan, i.own, lang), STYLE.cell, w[2]!),
  ]);
  const intro = s.intro(view.respondents.count, roleCounts(view.respondents.roles, lang));
  flow.heading(sect, 1, s.heading, flow.paragraphHeight(intro, STYLE.bodyMuted, 8) + tableLead(flow, cols, geo, rows));
  flow.paragraph(sect, intro, STYLE.bodyMuted, { after: 8 });
  drawTable(flow, sect, cols, geo, rows);
  sect.end();

  const discuss = flow.el(flow.root, 'Sect');
  flow.heading(discuss, 1, s.discussHeading);
  if (view.discuss.length === 0) flow.paragraph(discuss, s.discussNone);
  else {
    flow.paragraph(discuss, s.discussIntro, STYLE.bodyMuted, { after: 8 });
    for (const i of view.discuss) {
      const roles = i.byRole.length > 1 ? ` (${i.byRole.map((r) => `${t.rolesPlural[r.role]}: ${answersLine(r.group, lang)}`).join('; ')})` : '';
      flow.paragraph(discuss, `${i.id} ${indicatorTitle(ctx, i.id)} – ${answersLine(i.responses, lang)}${roles}`);
    }
  }
  if (view.roles.length > 0) {
    const areas = report.catalogue.focusAreas;
    const roleCols: TableColumn[] = [
      { head: s.role, weight: 1.4 },
      { head: s.respondents, width: 58, align: 'right' },
      ...areas.map((fa): TableColumn => ({ head: `${fa.id}. ${text(fa.title, lang)}`, weight: 1, align: 'right' })),
    ];
    const rg = tableGeometry(flow, roleCols);
    const roleRows = view.roles.map((r) => [
      flow.lines(t.rolesPlural[r.role].charAt(0).toUpperCase() + t.rolesPlural[r.role].slice(1), STYLE.cellBold, rg.inner[0]!),
      flow.lines(String(r.respondents), STYLE.cell, rg.inner[1]!, { alignWidth: rg.inner[1]! }),
      ...r.areas.map((a, n) =>
        flow.lines(a.mean === undefined ? '–' : `${formatDecimal(a.mean, lang)} (${a.answers})`, STYLE.cell, rg.inner[n + 2]!, {
          alignWidth: rg.inner[n + 2]!,
        }),
      ),
    ]);
    flow.heading(discuss, 2, s.rolesHeading, flow.paragraphHeight(s.rolesIntro, STYLE.bodyMuted, 8) + tableLead(flow, roleCols, rg, roleRows));
    flow.paragraph(discuss, s.rolesIntro, STYLE.bodyMuted, { after: 8 });
    drawTable(flow, discuss, roleCols, rg, roleRows);
  }
  discuss.end();
}
