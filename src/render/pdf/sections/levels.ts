// Current versus target per focus area and goal (the bar chart), and the indicators not assessed with a level.
import { indicatorName } from '../../indicator-name.ts';
import { text } from '../../../core/catalogue.ts';
import { formatDecimal } from '../../../i18n/report.ts';
import { drawLevelChart } from '../charts/levels.ts';
import type { LevelRowInput } from '../layout/levels.ts';
import { STYLE } from '../theme.ts';
import { listWidth, type Ctx } from './context.ts';

export function renderLevels(ctx: Ctx): void {
  const { flow, t, r, report, lang } = ctx;
  const sect = flow.el(flow.root, 'Sect');
  flow.heading(sect, 1, r.levels.heading, 200);
  flow.paragraph(sect, t.levels.intro, STYLE.bodyMuted, { after: 10 });

  const dec = (n: number) => formatDecimal(n, lang);
  const rows: LevelRowInput[] = [];
  for (const fa of report.catalogue.focusAreas) {
    const s = report.focusAreas.find((x) => x.id === fa.id);
    rows.push(row('area', r.levels.focusArea(fa.id, text(fa.title, lang)), s?.meanCurrent, s?.meanTarget));
    for (const g of report.catalogue.goals.filter((x) => x.focusArea === fa.id)) {
      const gs = report.goals.find((x) => x.id === g.id);
      // A goal in our own words says so, as in the Markdown plan.
      rows.push(row('goal', `${g.id} ${text(g.text, lang)}${g.wording === 'paraphrase' ? ` (${r.levels.paraphrase})` : ''}`, gs?.meanCurrent, gs?.meanTarget));
    }
  }
  function row(kind: 'area' | 'goal', label: string, current: number | undefined, target: number | undefined): LevelRowInput {
    if (current === undefined || target === undefined) return { kind, label, emptyText: t.levels.none };
    return { kind, label, current, target, valueText: t.levels.values(dec(current), dec(target)) };
  }
  drawLevelChart(flow, sect, rows, {
    legendCurrent: t.levels.legendCurrent,
    legendTarget: t.levels.legendTarget,
    axis: t.levels.axis,
    alt: (part) =>
      t.levels.alt(
        part
          .map((x) => (x.current !== undefined && x.target !== undefined ? t.levels.altRow(x.label, dec(x.current), dec(x.target)) : t.levels.altNone(x.label)))
          .join(' '),
      ),
  });

  const reassess = new Set(report.reassess ?? []);
  if (reassess.size) {
    // Answers given against an older catalogue version, as the Markdown lists them.
    const from = report.plan.catalogue.version;
    flow.heading(sect, 2, r.reassess.heading);
    flow.paragraph(sect, r.reassess.intro(from, report.catalogue.version), STYLE.bodyMuted, { after: 6 });
    const w = listWidth(ctx);
    flow.list(
      sect,
      report.gaps
        .filter((g) => reassess.has(g.indicator))
        .map((g) => {
          const answer = g.state === 'answered' ? `${g.current} → ${g.target}` : g.state === 'unknown' ? r.notAssessed.unknown : r.notAssessed.notRelevant;
          return { label: '•', body: flow.lines(`${indicatorName(ctx.idx, g.indicator, ctx.lang)}: ${answer} (${r.reassess.mark(from)})`, STYLE.body, w) };
        }),
    );
  }

  const byState = (state: string) => report.gaps.filter((g) => g.state === state).map((g) => indicatorName(ctx.idx, g.indicator, ctx.lang));
  const groups: [string, string[]][] = [
    [r.notAssessed.unknown, byState('unknown')],
    [r.notAssessed.notRelevant, byState('not-relevant')],
    [r.notAssessed.unanswered, byState('unanswered')],
  ];
  if (groups.some(([, ids]) => ids.length)) {
    flow.heading(sect, 2, r.notAssessed.heading);
    const w = listWidth(ctx);
    flow.list(
      sect,
      groups
        .filter(([, ids]) => ids.length)
        .map(([label, ids]) => ({ label: '•', body: [...flow.lines(label, STYLE.h3, w), ...ids.flatMap((id) => flow.lines(id, STYLE.body, w))] })),
    );
    if (groups[0]![1].length) flow.paragraph(sect, r.notAssessed.hint, STYLE.bodyMuted);
  }
  sect.end();
}
