// Look-ups in a catalogue by id, built once per catalogue object.
import type { Catalogue, FocusArea, Goal, Indicator, Initiative, Lang, Resource, SuggestedAction, Text } from './model.ts';

export interface CatalogueIndex {
  focusArea: Map<string, FocusArea>;
  goal: Map<string, Goal>;
  indicator: Map<string, Indicator>;
  resource: Map<string, Resource>;
  initiative: Map<number, Initiative>;
  suggestion: Map<string, SuggestedAction>;
}

const cache = new WeakMap<Catalogue, CatalogueIndex>();

export function indexCatalogue(c: Catalogue): CatalogueIndex {
  let idx = cache.get(c);
  if (!idx) {
    idx = {
      focusArea: new Map(c.focusAreas.map((x) => [x.id, x])),
      goal: new Map(c.goals.map((x) => [x.id, x])),
      indicator: new Map(c.indicators.map((x) => [x.id, x])),
      resource: new Map(c.resources.map((x) => [x.id, x])),
      initiative: new Map(c.initiatives.map((x) => [x.number, x])),
      suggestion: new Map(c.indicators.flatMap((i) => i.actions.map((a) => [a.id, a] as const))),
    };
    cache.set(c, idx);
  }
  return idx;
}

export function text(t: Text | undefined, lang: Lang): string {
  return t ? t[lang] : '';
}

/** Goals of a focus area and indicators of a goal, in catalogue order. */
export function goalsOf(c: Catalogue, focusArea: string): Goal[] {
  return c.goals.filter((g) => g.focusArea === focusArea);
}

export function indicatorsOf(c: Catalogue, goal: string): Indicator[] {
  return c.indicators.filter((i) => i.goal === goal);
}
