// Small in-memory catalogues and plans for the follow-up unit tests: only the fields comparison and migration read.
import type { Answer, Catalogue, Indicator, Plan, PlanAction } from '../../src/core/model.ts';

export function indicator(id: string): Indicator {
  return {
    id,
    goal: id.slice(0, id.lastIndexOf('.')),
    title: { sv: `Indikator ${id}`, en: `Indicator ${id}` },
    question: { sv: '?', en: '?' },
    help: { sv: '', en: '' },
    levels: [1, 2, 3, 4].map((n) => ({ sv: `Nivå ${n}`, en: `Level ${n}` })) as Indicator['levels'],
    importance: 'medium',
    prerequisites: [],
    actions: [],
    resources: [],
    initiatives: [],
    sources: [],
  };
}

/** A catalogue with the given indicator ids; goals and focus areas follow from the ids. */
export function catalogue(ids: string[], extra: Partial<Catalogue> = {}): Catalogue {
  const goals = [...new Set(ids.map((i) => i.slice(0, i.lastIndexOf('.'))))];
  const areas = [...new Set(goals.map((g) => g.split('.')[0]!))];
  return {
    id: 'test',
    version: '1.0.0',
    date: '2026-01-01',
    title: { sv: 'Test', en: 'Test' },
    framework: { sv: '', en: '' },
    sources: [],
    costClasses: { low: 1, medium: 2, high: 3 },
    policyContext: [],
    focusAreas: areas.map((id) => ({ id, title: { sv: id, en: id }, goal: { sv: '', en: '' }, wording: 'paraphrase', sources: [] })),
    goals: goals.map((id) => ({
      id,
      focusArea: id.split('.')[0]!,
      text: { sv: `Delmål ${id}`, en: `Goal ${id}` },
      wording: 'paraphrase',
      verified: false,
      sources: [],
    })),
    indicators: ids.map(indicator),
    resources: [],
    initiatives: [],
    ...extra,
  };
}

/** `3`, `'2>3'` (current>target), `'unknown'` or `'not-relevant'`. */
export type AnswerSpec = number | string;

export function answer(spec: AnswerSpec): Answer {
  if (spec === 'unknown' || spec === 'not-relevant') return { status: spec };
  const [c, t] = String(spec).split('>').map(Number) as [number, number | undefined];
  return { current: c as 1, target: (t ?? Math.max(c, 3)) as 1 };
}

export function plan(answers: Record<string, AnswerSpec>, actions: Partial<PlanAction>[] = [], extra: Partial<Plan> = {}): Plan {
  return {
    schemaVersion: 1,
    catalogue: { id: 'test', version: '1.0.0' },
    organisation: { name: 'Exempelby kommun', kind: 'municipality', municipalityCode: '0180', schoolForms: ['grundskola'] },
    assessment: { date: '2026-11-28', answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, answer(v)])) },
    planning: { start: '2027-VT', terms: 4 },
    actions: actions.map((a, i) => ({ id: `A${i + 1}`, title: `Åtgärd ${i + 1}`, indicators: [], status: 'planned', ...a })),
    ...extra,
  };
}
