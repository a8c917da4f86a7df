// Checks a schema-valid catalogue for consistency: unique ids, references that resolve, no prerequisite cycles, and a
// `checked` date on every source and resource.
import type { Catalogue } from './model.ts';
import { datedEntries } from './checked.ts';

export type CatalogueIssue =
  | { code: 'duplicate-id'; path: (string | number)[]; id: string }
  | { code: 'dangling-reference'; path: (string | number)[]; id: string; kind: 'goal' | 'focus-area' | 'indicator' | 'resource' | 'initiative' }
  | { code: 'prerequisite-cycle'; path: (string | number)[]; cycle: string[] }
  | { code: 'action-step'; path: (string | number)[]; id: string }
  | { code: 'initiative-numbers'; path: (string | number)[]; missing: number[] }
  | { code: 'unchecked'; path: (string | number)[]; kind: 'source' | 'resource'; url: string }
  | { code: 'reassess-unknown'; path: (string | number)[]; id: string; from: string };

/**
 * Issues that make an organisation's own catalogue a warning, not an error: a source or resource without `checked`. In the
 * built-in catalogue every issue is an error.
 */
export const OWN_CATALOGUE_WARNINGS: ReadonlySet<CatalogueIssue['code']> = new Set(['unchecked']);

export function checkCatalogue(c: Catalogue): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const dup = <T>(list: T[], key: (x: T) => string, name: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      const k = key(x);
      if (seen.has(k)) issues.push({ code: 'duplicate-id', path: [name, i], id: k });
      seen.add(k);
    });
    return seen;
  };
  const areas = dup(c.focusAreas, (f) => f.id, 'focusAreas');
  const goals = dup(c.goals, (g) => g.id, 'goals');
  const indicators = dup(c.indicators, (i) => i.id, 'indicators');
  const resources = dup(c.resources, (r) => r.id, 'resources');
  const initiatives = dup(c.initiatives, (i) => String(i.number), 'initiatives');
  dup(
    c.indicators.flatMap((i) => i.actions),
    (a) => a.id,
    'actions',
  );

  c.goals.forEach((g, i) => {
    if (!areas.has(g.focusArea)) issues.push({ code: 'dangling-reference', path: ['goals', i, 'focusArea'], id: g.focusArea, kind: 'focus-area' });
  });
  c.indicators.forEach((ind, i) => {
    if (!goals.has(ind.goal)) issues.push({ code: 'dangling-reference', path: ['indicators', i, 'goal'], id: ind.goal, kind: 'goal' });
    ind.prerequisites.forEach((p, j) => {
      if (!indicators.has(p)) issues.push({ code: 'dangling-reference', path: ['indicators', i, 'prerequisites', j], id: p, kind: 'indicator' });
    });
    ind.resources.forEach((r, j) => {
      if (!resources.has(r)) issues.push({ code: 'dangling-reference', path: ['indicators', i, 'resources', j], id: r, kind: 'resource' });
    });
    ind.initiatives.forEach((n, j) => {
      if (!initiatives.has(String(n)))
        issues.push({ code: 'dangling-reference', path: ['indicators', i, 'initiatives', j], id: String(n), kind: 'initiative' });
    });
    ind.actions.forEach((a, j) => {
      if (a.id !== `${ind.id}-${a.from}`) issues.push({ code: 'action-step', path: ['indicators', i, 'actions', j, 'id'], id: a.id });
    });
  });
  c.initiatives.forEach((n, i) => {
    n.goals.forEach((g, j) => {
      if (!goals.has(g)) issues.push({ code: 'dangling-reference', path: ['initiatives', i, 'goals', j], id: g, kind: 'goal' });
    });
  });
  c.policyContext.forEach((p, i) => {
    (p.indicators ?? []).forEach((id, j) => {
      if (!indicators.has(id)) issues.push({ code: 'dangling-reference', path: ['policyContext', i, 'indicators', j], id, kind: 'indicator' });
    });
  });
  (c.migrations ?? []).forEach((m, i) => {
    // An old id to assess again must lead somewhere in this version: through the mapping, or by keeping its id.
    (m.reassess ?? []).forEach((id, j) => {
      const to = Object.hasOwn(m.indicators, id) ? m.indicators[id]! : [id];
      if (to.length === 0 || to.some((x) => !indicators.has(x)))
        issues.push({ code: 'reassess-unknown', path: ['migrations', i, 'reassess', j], id, from: m.from });
    });
  });
  for (const e of datedEntries(c)) if (!e.checked) issues.push({ code: 'unchecked', path: e.path, kind: e.kind, url: e.url });
  for (const cycle of prerequisiteCycles(c)) {
    const i = c.indicators.findIndex((x) => x.id === cycle[0]);
    issues.push({ code: 'prerequisite-cycle', path: ['indicators', i, 'prerequisites'], cycle });
  }
  return issues;
}

/** Every cycle in the prerequisite graph, each reported once from its smallest id. */
export function prerequisiteCycles(c: Pick<Catalogue, 'indicators'>): string[][] {
  const edges = new Map(c.indicators.map((i) => [i.id, i.prerequisites]));
  const cycles: string[][] = [];
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'active');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (!edges.has(next)) continue;
      if (state.get(next) === 'active') {
        const cycle = stack.slice(stack.indexOf(next));
        // biome-ignore lint/complexity/useMathMinMax: the ids are strings, which Math.min would turn into NaN.
        const min = cycle.reduce((a, b) => (a < b ? a : b));
        const k = cycle.indexOf(min);
        cycles.push([...cycle.slice(k), ...cycle.slice(0, k), min]);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...edges.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}
