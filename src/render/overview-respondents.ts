// The roll-up's section on questionnaire respondents: how many answered, per organisation and school unit, in every
// format of the overview; and a plan's respondents as cells of overview.csv and overview.xlsx.
import type { RespondentCounts } from '../core/merge-rollup.ts';
import type { Lang, Respondents } from '../core/model.ts';
import { mergeText } from '../i18n/merge.ts';
import { escapeCell } from './markdown-escape.ts';
import { markdownTable } from './markdown-table.ts';
import { roleCounts } from './spread-text.ts';

/** A row of the section: the plan's organisation (and unit), how many answered, how many per role and per unit. */
export interface RespondentLine {
  name: string;
  count: number;
  /** `3 rektorer, 1 lärare`; empty when no role was given. */
  roles: string;
  /** `Norrskolan 3, Söderskolan 1`; empty when no unit was given. */
  units: string;
}

export interface RespondentsSection {
  heading: string;
  intro: string;
  head: [organisation: string, respondents: string, roles: string, units: string];
  rows: RespondentLine[];
}

/**
 * The section as every format of the overview shows it (Markdown, HTML, PDF), after the counts; undefined when no plan
 * in the roll-up has merged answers. Counts only: no respondent's comment is ever part of it.
 */
export function respondentsSection(c: RespondentCounts, lang: Lang): RespondentsSection | undefined {
  if (c.rows.length === 0) return undefined;
  const t = mergeText[lang].rollup;
  const rows = c.rows.map((r) => {
    const o = r.organisation;
    const [, roles, units] = respondentCells(r.respondents, lang);
    return { name: `${o.name}${o.unit ? `, ${o.unit.name}` : ''}`, count: r.respondents.count, roles, units };
  });
  return { heading: t.heading, intro: t.intro(c.total, c.rows.length), head: [t.organisation, t.respondents, t.roles, t.units], rows };
}

/** The section's lines; none when no plan in the roll-up has merged answers. */
export function respondentsMarkdown(c: RespondentCounts, lang: Lang): string[] {
  const s = respondentsSection(c, lang);
  if (!s) return [];
  const rows = s.rows.map((r) => [escapeCell(r.name), String(r.count), r.roles || '–', escapeCell(r.units)]);
  return [`## ${s.heading}`, '', s.intro, '', ...markdownTable(s.head, rows, { align: ['left', 'right'] }), ''];
}

/** A plan's respondents as three table cells: how many, per role, per unit; empty when no answers were merged. */
export function respondentCells(r: Respondents | undefined, lang: Lang): [number | '', string, string] {
  if (!r) return ['', '', ''];
  return [r.count, roleCounts(r.roles, lang), (r.units ?? []).map((u) => `${u.name} ${u.count}`).join(', ')];
}
