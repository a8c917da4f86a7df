// The prioritised gaps as a table: rank, indicator (with the organisation's comment), levels, importance and reasons.
import { answerNotes } from '../../../core/model.ts';
import { formatReason } from '../../reasons.ts';
import { drawTable, tableGeometry, tableLead, type TableColumn } from '../table.ts';
import type { Line } from '../flow.ts';
import { STYLE } from '../theme.ts';
import { indicatorTitle, own, type Ctx } from './context.ts';

export function renderPriorities(ctx: Ctx): void {
  const { flow, r, report } = ctx;
  const sect = flow.el(flow.root, 'Sect');
  if (report.priorities.length === 0) {
    flow.heading(sect, 1, r.priorities.heading);
    flow.paragraph(sect, r.priorities.none);
    sect.end();
    return;
  }
  const cols: TableColumn[] = [
    { head: r.priorities.rank, width: 26, align: 'right' },
    { head: r.priorities.indicator, weight: 3 },
    { head: r.priorities.levels, width: 62 },
    { head: r.priorities.importance, width: 62 },
    { head: r.priorities.reasons, weight: 2.2 },
  ];
  const geo = tableGeometry(flow, cols);
  const w = geo.inner;
  const rows = report.priorities.map((p) => {
    const gap = report.gaps.find((g) => g.indicator === p.indicator);
    const { comment, evidence } = answerNotes(report.plan.assessment.answers[p.indicator]);
    const ind: Line[] = [...flow.lines(p.indicator, STYLE.cellBold, w[1]!), ...flow.lines(indicatorTitle(ctx, p.indicator), STYLE.cell, w[1]!)];
    if (report.reassess?.includes(p.indicator)) ind.push(...flow.lines(`(${r.reassess.mark(report.plan.catalogue.version)})`, STYLE.cellItalic, w[1]!));
    // In an English plan the organisation's own words stay Swedish: the label apart, the words tagged as Swedish.
    const note = (label: string, words: string) =>
      ctx.lang === 'sv'
        ? flow.lines(`${label}: ${words}`, STYLE.cellItalic, w[1]!)
        : [...flow.lines(`${label}:`, STYLE.cellItalic, w[1]!), ...flow.lines(words, STYLE.cellItalic, w[1]!, own(ctx))];
    if (comment) ind.push(...note(r.priorities.comment, comment));
    if (evidence) ind.push(...note(r.priorities.evidence, evidence));
    const levels = gap?.current !== undefined && gap.target !== undefined ? `${gap.current} → ${gap.target}` : '–';
    return [
      flow.lines(String(p.rank), STYLE.cellBold, w[0]!, { alignWidth: w[0]! }),
      ind,
      flow.lines(levels, STYLE.cell, w[2]!),
      flow.lines(gap ? r.importance[gap.importance] : '–', STYLE.cell, w[3]!),
      p.reasons.flatMap((reason) => flow.lines(formatReason(reason, ctx.lang, report.catalogue), STYLE.cell, w[4]!)),
    ];
  });
  flow.heading(sect, 1, r.priorities.heading, flow.paragraphHeight(r.priorities.intro, STYLE.bodyMuted, 8) + tableLead(flow, cols, geo, rows));
  flow.paragraph(sect, r.priorities.intro, STYLE.bodyMuted, { after: 8 });
  drawTable(flow, sect, cols, geo, rows);
  sect.end();
}
