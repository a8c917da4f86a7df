// The plan's Markdown sections on the respondents' spread: answers per indicator, where views differ, the roles' view.
import { indexCatalogue, text } from '../core/catalogue.ts';
import { spreadView } from '../core/merge-view.ts';
import type { Lang, PlanReport } from '../core/model.ts';
import { mergeText } from '../i18n/merge.ts';
import { formatDecimal, reportText } from '../i18n/report.ts';
import { escapeCell, escapeInline } from './markdown-escape.ts';
import { indicatorName } from './indicator-name.ts';
import { markdownTable, numbersAfter } from './markdown-table.ts';
import { answersLine, noteLine, planAnswer, roleCounts } from './spread-text.ts';

/** The lines of the sections, or none for a plan that no answers have been merged into. */
export function spreadMarkdown(report: PlanReport, lang: Lang): string[] {
  const view = spreadView(report.plan, report.catalogue);
  if (!view) return [];
  const t = mergeText[lang];
  const s = t.spread;
  const idx = indexCatalogue(report.catalogue);
  const name = (id: string) => indicatorName(idx, id, lang);
  const out: string[] = [];

  out.push(`## ${s.heading}`, '', s.intro(view.respondents.count, roleCounts(view.respondents.roles, lang)), '');
  const rows = view.indicators.map((i) => [escapeCell(name(i.id)), answersLine(i.responses, lang), planAnswer(i.plan, i.own, lang)]);
  out.push(...markdownTable([s.indicator, s.answers, s.plan], rows), '');

  out.push(`## ${s.discussHeading}`, '');
  if (view.discuss.length === 0) out.push(s.discussNone, '');
  else {
    out.push(s.discussIntro, '');
    for (const i of view.discuss) {
      const roles = i.byRole.map((r) => `${t.rolesPlural[r.role]}: ${answersLine(r.group, lang)}`).join('; ');
      out.push(`- **${escapeInline(name(i.id))}** – ${answersLine(i.responses, lang)}${i.byRole.length > 1 ? ` (${roles})` : ''}`);
    }
    out.push('');
  }

  if (view.roles.length > 0) {
    out.push(`### ${s.rolesHeading}`, '', s.rolesIntro, '');
    const areas = report.catalogue.focusAreas;
    const head = [s.role, s.respondents, ...areas.map((fa) => escapeCell(reportText[lang].levels.focusArea(fa.id, text(fa.title, lang))))];
    const rows = view.roles.map((r) => [
      capitalise(t.rolesPlural[r.role]),
      String(r.respondents),
      ...r.areas.map((a) => (a.mean === undefined ? '–' : `${formatDecimal(a.mean, lang)} (${a.answers})`)),
    ]);
    out.push(...markdownTable(head, rows, { align: numbersAfter(head.length) }), '');
  }

  const notes = view.indicators
    .map((i) => ({ id: i.id, lines: [...i.comments.map((n) => noteLine(n, lang)), ...i.evidence.map((n) => `${s.evidence}: ${noteLine(n, lang)}`)] }))
    .filter((n) => n.lines.length > 0);
  if (notes.length > 0) {
    out.push(`### ${s.commentsHeading}`, '', s.commentsIntro, '');
    for (const n of notes) {
      out.push(`- **${escapeInline(name(n.id))}**`);
      for (const l of n.lines) out.push(`  - ${escapeInline(l.replace(/\s+/g, ' '))}`);
    }
    out.push('');
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
