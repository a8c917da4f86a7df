// The HTML plan's chapter on the respondents' spread, as Markdown and PDF show it: answers per indicator, where views
// differ, how each role sees each focus area, and the respondents' comments (a role or unit only for groups of three).
import { indexCatalogue, text } from '../../core/catalogue.ts';
import { indicatorName } from '../indicator-name.ts';
import { spreadView } from '../../core/merge-view.ts';
import type { Lang, PlanReport } from '../../core/model.ts';
import { mergeText } from '../../i18n/merge.ts';
import { formatDecimal, reportText } from '../../i18n/report.ts';
import type { RespondentNote } from '../../core/model.ts';
import { answersLine, planAnswer, roleCounts } from '../spread-text.ts';
import { esc } from './escape.ts';
import { renderTable } from './table.ts';

export interface SpreadChapter {
  title: string;
  body: string;
}

/**
 * The chapter, or undefined for a plan that no answers have been merged into. `id` makes unique anchors; `own`
 * escapes the respondents' own words (Swedish, marked as such in an English plan).
 */
export function spreadHtml(report: PlanReport, lang: Lang, id: (s: string) => string, own: (s: string) => string): SpreadChapter | undefined {
  const view = spreadView(report.plan, report.catalogue);
  if (!view) return undefined;
  const t = mergeText[lang];
  const s = t.spread;
  const idx = indexCatalogue(report.catalogue);
  const name = (iid: string) => indicatorName(idx, iid, lang, esc);
  const out: string[] = [`<p>${esc(s.intro(view.respondents.count, roleCounts(view.respondents.roles, lang)))}</p>`];
  out.push(
    renderTable({
      id: id('spread-table'),
      caption: s.heading,
      head: [s.indicator, s.answers, s.plan],
      rows: view.indicators.map((i) => [name(i.id), esc(answersLine(i.responses, lang)), esc(planAnswer(i.plan, i.own, lang))]),
    }),
  );

  const discussId = id('spread-discuss');
  out.push(`<h3 id="${discussId}">${esc(s.discussHeading)}</h3>`);
  if (view.discuss.length === 0) out.push(`<p>${esc(s.discussNone)}</p>`);
  else {
    out.push(`<p>${esc(s.discussIntro)}</p>`, '<ul>');
    for (const i of view.discuss) {
      const roles = i.byRole.map((r) => `${t.rolesPlural[r.role]}: ${answersLine(r.group, lang)}`).join('; ');
      out.push(`<li><strong>${name(i.id)}</strong> – ${esc(answersLine(i.responses, lang))}${i.byRole.length > 1 ? ` (${esc(roles)})` : ''}</li>`);
    }
    out.push('</ul>');
  }

  if (view.roles.length > 0) {
    const areas = report.catalogue.focusAreas;
    out.push(`<h3 id="${id('spread-roles')}">${esc(s.rolesHeading)}</h3>`, `<p>${esc(s.rolesIntro)}</p>`);
    out.push(
      renderTable({
        id: id('spread-roles-table'),
        caption: s.rolesHeading,
        head: [s.role, s.respondents, ...areas.map((fa) => reportText[lang].levels.focusArea(fa.id, text(fa.title, lang)))],
        numeric: areas.map((_, i) => i + 1).concat(areas.length + 1),
        rows: view.roles.map((r) => [
          esc(capitalise(t.rolesPlural[r.role])),
          String(r.respondents),
          ...r.areas.map((a) => (a.mean === undefined ? '–' : esc(`${formatDecimal(a.mean, lang)} (${a.answers})`))),
        ]),
      }),
    );
  }

  // The respondent's words, then their role and unit where the group is large enough to carry them.
  const note = (n: RespondentNote) => {
    const who = [n.role ? esc(t.roles[n.role]) : '', n.unit ? own(n.unit) : ''].filter(Boolean);
    return `${own(n.text.replace(/\s+/g, ' '))}${who.length ? ` (${who.join(', ')})` : ''}`;
  };
  const notes = view.indicators
    .map((i) => ({ id: i.id, lines: [...i.comments.map(note), ...i.evidence.map((n) => `${esc(s.evidence)}: ${note(n)}`)] }))
    .filter((n) => n.lines.length > 0);
  if (notes.length > 0) {
    out.push(`<h3 id="${id('spread-comments')}">${esc(s.commentsHeading)}</h3>`, `<p>${esc(s.commentsIntro)}</p>`, '<ul>');
    for (const n of notes) out.push(`<li><strong>${name(n.id)}</strong><ul>${n.lines.map((l) => `<li>${l}</li>`).join('')}</ul></li>`);
    out.push('</ul>');
  }
  return { title: s.heading, body: out.join('\n') };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
