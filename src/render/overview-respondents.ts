// The roll-up's section on questionnaire respondents: how many answered, per organisation and school unit.
import type { RespondentCounts } from '../core/merge-rollup.ts';
import type { Lang, Respondents } from '../core/model.ts';
import { mergeText } from '../i18n/merge.ts';
import { escapeCell } from './markdown-escape.ts';
import { markdownTable } from './markdown-table.ts';
import { roleCounts } from './spread-text.ts';

/** The section's lines; none when no plan in the roll-up has merged answers. */
export function respondentsMarkdown(c: RespondentCounts, lang: Lang): string[] {
  if (c.rows.length === 0) return [];
  const t = mergeText[lang].rollup;
  const rows = c.rows.map((r) => {
    const o = r.organisation;
    const name = `${o.name}${o.unit ? `, ${o.unit.name}` : ''}`;
    const units = (r.respondents.units ?? []).map((u) => `${u.name} ${u.count}`).join(', ') || '–';
    return [escapeCell(name), String(r.respondents.count), roleCounts(r.respondents.roles, lang) || '–', escapeCell(units)];
  });
  const head = [t.organisation, t.respondents, t.roles, t.units];
  return [`## ${t.heading}`, '', t.intro(c.total, c.rows.length), '', ...markdownTable(head, rows, { align: ['left', 'right'] }), ''];
}

/** A plan's respondents as three table cells: how many, per role, per unit; empty when no answers were merged. */
export function respondentCells(r: Respondents | undefined, lang: Lang): [number | '', string, string] {
  if (!r) return ['', '', ''];
  return [r.count, roleCounts(r.roles, lang), (r.units ?? []).map((u) => `${u.name} ${u.count}`).join(', ')];
}
