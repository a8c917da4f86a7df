// Tiny hand-built catalogues and plans for engine tests; independent of the real catalogue's content.
import type { Answer, Catalogue, CostClass, Importance, Indicator, Level, Plan, PlanAction, SuggestedAction } from '../../src/core/model.ts';

export interface IndicatorSpec {
  importance?: Importance;
  pre?: string[];
  /** Terms for the steps from levels 1, 2 and 3; `null` leaves a step out of the catalogue. */
  terms?: (number | null)[];
  cost?: CostClass | CostClass[];
  res?: string[];
  ini?: number[];
}

export const COSTS = { low: 10_000, medium: 100_000, high: 1_000_000 } as const;

const t = (s: string) => ({ sv: s, en: `${s} (en)` });

/** An indicator `1.2.a` lands in goal `1.2` and focus area `1`. */
export function indicator(id: string, spec: IndicatorSpec = {}): Indicator {
  const goal = id.split('.').slice(0, 2).join('.');
  const terms = spec.terms ?? [1, 1, 1];
  const costs = Array.isArray(spec.cost) ? spec.cost : [spec.cost ?? 'low', spec.cost ?? 'low', spec.cost ?? 'low'];
  const actions: SuggestedAction[] = [];
  ([1, 2, 3] as const).forEach((from, k) => {
    const n = terms[k];
    if (n === null || n === undefined) return;
    actions.push({
      id: `${id}-${from}`,
      from,
      title: t(`${id} step ${from}`),
      description: t(`do ${id} ${from}`),
      terms: n,
      cost: costs[k] ?? 'low',
      owner: t('rektor'),
    });
  });
  return {
    id,
    goal,
    title: t(`indicator ${id}`),
    question: t(`question ${id}`),
    help: t('help'),
    levels: [t('l1'), t('l2'), t('l3'), t('l4')],
    importance: spec.importance ?? 'medium',
    prerequisites: spec.pre ?? [],
    actions,
    resources: spec.res ?? [],
    initiatives: spec.ini ?? [],
    sources: [{ title: 'source', url: 'https://example.se' }],
  };
}

/** A catalogue from indicator specs; goals, focus areas, resources and initiatives follow from the ids used. */
export function catalogue(specs: Record<string, IndicatorSpec>): Catalogue {
  const indicators = Object.entries(specs).map(([id, s]) => indicator(id, s));
  const goals = [...new Set(indicators.map((i) => i.goal))];
  const areas = [...new Set(goals.map((g) => g.split('.')[0]!))];
  const resources = [...new Set(indicators.flatMap((i) => i.resources))];
  const initiatives = [...new Set(indicators.flatMap((i) => i.initiatives))];
  return {
    id: 'test',
    version: '1.0.0',
    date: '2026-01-01',
    title: t('test'),
    framework: t('test'),
    sources: [],
    costClasses: { ...COSTS },
    policyContext: [],
    focusAreas: areas.map((id) => ({ id, title: t(`area ${id}`), goal: t('goal'), wording: 'paraphrase', sources: [] })),
    goals: goals.map((id) => ({ id, focusArea: id.split('.')[0]!, text: t(`goal ${id}`), wording: 'paraphrase', verified: true, sources: [] })),
    indicators,
    resources: resources.map((id) => ({ id, title: t(id), publisher: 'x', url: 'https://example.se', kind: 'guidance', description: t(id), verified: true })),
    initiatives: initiatives.map((number) => ({ number, verified: true, goals: [], sources: [] })),
  };
}

/** A level answer: `lv(1, 3)` or `lv(1, 3, 'high')`. */
export function lv(current: number, target: number, importance?: Importance): Answer {
  return { current: current as Level, target: target as Level, ...(importance ? { importance } : {}) };
}

export const unknown: Answer = { status: 'unknown' };
export const notRelevant: Answer = { status: 'not-relevant' };

export interface PlanSpec {
  answers?: Record<string, Answer>;
  start?: string;
  terms?: number;
  actionsPerTerm?: number;
  budgetPerYear?: number;
  actions?: PlanAction[];
}

export function plan(spec: PlanSpec = {}): Plan {
  const capacity = {
    ...(spec.actionsPerTerm !== undefined ? { actionsPerTerm: spec.actionsPerTerm } : {}),
    ...(spec.budgetPerYear !== undefined ? { budgetPerYear: spec.budgetPerYear } : {}),
  };
  return {
    schemaVersion: 1,
    catalogue: { id: 'test', version: '1.0.0' },
    organisation: { name: 'Testby kommun', kind: 'municipality', municipalityCode: '0180', schoolForms: ['grundskola'] },
    assessment: { date: '2026-11-28', answers: spec.answers ?? {} },
    planning: { start: spec.start ?? '2027-VT', terms: spec.terms ?? 6, ...(Object.keys(capacity).length ? { capacity } : {}) },
    actions: spec.actions ?? [],
  };
}

/** A plan action: `act('A01', ['1.1.a'], { start: '2027-VT', end: '2027-HT', cost: 5 })`. */
export function act(id: string, indicators: string[], more: Partial<PlanAction> = {}): PlanAction {
  return { id, title: `action ${id}`, indicators, status: 'planned', ...more };
}
