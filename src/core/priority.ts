// Priority: a published score per open gap, with the reasons behind it; see docs/prioritisation.md.
import type { Catalogue, Importance, IndicatorGap, Priority, Reason } from './model.ts';
import { compareIds, unique } from './ids.ts';
import { prerequisiteClosure } from './prerequisites.ts';

/** Points per level of gap, by importance. */
export const IMPORTANCE_WEIGHT: Readonly<Record<Importance, number>> = { low: 1, medium: 2, high: 3 };
/** Points for each other open gap that builds on the indicator, directly or through others, and waits for it. */
export const DEPENDENT_POINTS = 1;
/** Points when at least one national initiative bears on the indicator. */
export const INITIATIVE_POINTS = 0.5;
/** Points when the catalogue lists at least one resource for the indicator. */
export const RESOURCE_POINTS = 0.5;

/**
 * score = gap × weight(importance) + 1 × dependents + 0.5 × [initiatives] + 0.5 × [resources].
 * Every term is a multiple of 0.5, so scores are exact in floating point and ties are real ties,
 * broken on the indicator id. Only indicators with a gap above 0 get a priority.
 */
export function prioritise(gaps: readonly IndicatorGap[], catalogue: Pick<Catalogue, 'indicators'>): Priority[] {
  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const closure = prerequisiteClosure(catalogue);
  const open = gaps.filter((g) => g.state === 'answered' && (g.gap ?? 0) > 0 && g.current !== undefined && g.target !== undefined);

  const scored = open.map((g) => {
    const ind = byId.get(g.indicator);
    // Transitive: infrastructure that three uses build on blocks all three, even through a middle step.
    // A dependent counts only when its target lies above this indicator's current level: below that, today's
    // level already carries it (the same level rule the schedule follows).
    const dependents = open
      .filter((other) => other.indicator !== g.indicator && other.target! > g.current! && closure.get(other.indicator)?.has(g.indicator))
      .map((other) => other.indicator)
      .sort(compareIds);
    const initiatives = unique(ind?.initiatives ?? []).sort((a, b) => a - b);
    const resources = unique(ind?.resources ?? []).length;
    const gap = g.gap ?? 0;
    const score =
      gap * IMPORTANCE_WEIGHT[g.importance] +
      DEPENDENT_POINTS * dependents.length +
      (initiatives.length > 0 ? INITIATIVE_POINTS : 0) +
      (resources > 0 ? RESOURCE_POINTS : 0);
    const reasons: Reason[] = [
      { kind: 'gap', from: g.current!, to: g.target! },
      { kind: 'importance', importance: g.importance },
    ];
    if (dependents.length > 0) reasons.push({ kind: 'prerequisite-for', indicators: dependents });
    if (initiatives.length > 0) reasons.push({ kind: 'national-support', initiatives });
    if (resources > 0) reasons.push({ kind: 'resources', count: resources });
    return { indicator: g.indicator, score, reasons };
  });

  scored.sort((a, b) => b.score - a.score || compareIds(a.indicator, b.indicator));
  return scored.map((s, i) => ({ indicator: s.indicator, rank: i + 1, score: s.score, reasons: s.reasons }));
}
