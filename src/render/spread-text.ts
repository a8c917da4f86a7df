// The spread in words, as both the Markdown and the PDF plan print it: "7 svar: 1 ×2, 2 ×4, 3 ×1; vet ej 1".
import { RESPONDENT_ROLES, type Lang, type RespondentNote, type RespondentRole, type ResponseGroup } from '../core/model.ts';
import { mergeText } from '../i18n/merge.ts';
import { plural } from '../i18n/plural.ts';

export function answersLine(g: ResponseGroup, lang: Lang): string {
  const t = mergeText[lang];
  const levels = (g.current ?? [0, 0, 0, 0]).flatMap((n, i) => (n > 0 ? [`${i + 1} ×${n}`] : []));
  const apart = [...(g.unknown ? [`${t.unknown} ${g.unknown}`] : []), ...(g.notRelevant ? [`${t.notRelevant} ${g.notRelevant}`] : [])];
  const parts = [levels.join(', '), ...apart].filter(Boolean);
  return `${t.answersCount(g.count)}: ${parts.join('; ')}`;
}

/** The plan's answer beside the spread: "2 → 3", or "vet ej"; with who decided it. */
export function planAnswer(plan: { current?: number; target?: number; status?: string }, own: boolean, lang: Lang): string {
  const t = mergeText[lang];
  const value = plan.current !== undefined ? `${plan.current} → ${plan.target}` : plan.status === 'not-relevant' ? t.notRelevant : t.unknown;
  return `${value} (${own ? t.spread.own : t.spread.rule})`;
}

/** "3 rektorer, 2 lärare": how many answered in each role. */
export function roleCounts(roles: Partial<Record<RespondentRole, number>> | undefined, lang: Lang): string {
  const t = mergeText[lang];
  return RESPONDENT_ROLES.filter((r) => roles?.[r])
    .map((r) => `${roles![r]} ${plural(lang, roles![r]!, t.roles[r], t.rolesPlural[r])}`)
    .join(', ');
}

/** A respondent's comment with its role and unit, where the group is large enough to carry them. */
export function noteLine(n: RespondentNote, lang: Lang): string {
  const t = mergeText[lang];
  const who = [n.role ? t.roles[n.role] : '', n.unit ?? ''].filter(Boolean).join(', ');
  return who ? `${n.text} (${who})` : n.text;
}
