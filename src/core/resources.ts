// Matches catalogue resources and national initiatives to actions and gaps, without duplicates.
import type { Catalogue, Indicator, PlanAction, Priority } from './model.ts';
import { compareIds, unique } from './ids.ts';

/**
 * What helps an action: the resources its author named first (their choice leads), then the catalogue's
 * resources for each of its indicators in the order given; initiatives of those indicators, ascending.
 */
export function actionSupport(
  indicators: readonly string[],
  own: readonly string[],
  byId: ReadonlyMap<string, Indicator>,
): { resources: string[]; initiatives: number[] } {
  const found = indicators.map((id) => byId.get(id)).filter((i): i is Indicator => i !== undefined);
  return {
    resources: unique([...own, ...found.flatMap((i) => i.resources)]),
    initiatives: unique(found.flatMap((i) => i.initiatives)).sort((a, b) => a - b),
  };
}

/**
 * The plan's resources in priority order: for each prioritised indicator, the catalogue's resources for it,
 * then those named by the plan's own open actions on it (in action id order). Only ids the catalogue knows
 * are listed, since a renderer needs their title and address. Initiatives: every one bearing on a gap, ascending.
 */
export function matchResources(
  priorities: readonly Priority[],
  actions: readonly PlanAction[],
  catalogue: Pick<Catalogue, 'indicators' | 'resources'>,
): { resources: string[]; initiatives: number[] } {
  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const known = new Set(catalogue.resources.map((r) => r.id));
  const own = actions.filter((a) => a.status !== 'done' && a.status !== 'cancelled').sort((a, b) => compareIds(a.id, b.id));
  const resources: string[] = [];
  const initiatives: number[] = [];
  for (const p of priorities) {
    const ind = byId.get(p.indicator);
    resources.push(...(ind?.resources ?? []));
    for (const a of own) if (a.indicators.includes(p.indicator)) resources.push(...(a.resources ?? []));
    initiatives.push(...(ind?.initiatives ?? []));
  }
  return {
    resources: unique(resources).filter((id) => known.has(id)),
    initiatives: unique(initiatives).sort((a, b) => a - b),
  };
}
