// The sources a plan draws on: the catalogue's own, then those of the goals, indicators and initiatives the plan touches.
import type { Lang, PlanReport, Source } from './model.ts';

/**
 * `Title (remark; checked 2026-01-12)`: the title as the source gives it, then the catalogue's remark and, when `checked`
 * is given, the date the source was last checked. A plan shows the catalogue's check dates once, not for each source.
 */
export function sourceLabel(s: Source, lang: Lang, checked?: (date: string) => string): string {
  const extra = [s.note?.[lang], s.checked && checked ? checked(s.checked) : undefined].filter(Boolean);
  return extra.length ? `${s.title} (${extra.join('; ')})` : s.title;
}

/** Each address once, in that order. */
export function collectSources(report: Pick<PlanReport, 'catalogue' | 'gaps' | 'initiatives'>): Source[] {
  const { catalogue } = report;
  const seen = new Set<string>();
  const out: Source[] = [];
  const add = (items: readonly Source[] | undefined) => {
    for (const s of items ?? []) {
      if (seen.has(s.url)) continue;
      seen.add(s.url);
      out.push(s);
    }
  };
  add(catalogue.sources);
  const touched = new Set(report.gaps.filter((g) => g.state === 'answered').map((g) => g.indicator));
  for (const g of catalogue.goals) if (report.gaps.some((x) => x.goal === g.id && touched.has(x.indicator))) add(g.sources);
  for (const i of catalogue.indicators) if (touched.has(i.id)) add(i.sources);
  for (const n of report.initiatives) add(catalogue.initiatives.find((x) => x.number === n)?.sources);
  return out;
}
