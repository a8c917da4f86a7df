// What an assessment in progress holds, and how it becomes a plan file or a draft and back again.
import type { Answer, Catalogue, Importance, Indicator, Lang, Organisation, Plan, PlanAction, SchoolForm } from '../../core/model.ts';
import { indexCatalogue } from '../../core/catalogue.ts';
import { compareTerms, isTerm, nextTermAfter } from '../../core/terms.ts';

export const DEFAULT_TERMS = 6;
export const DEFAULT_ACTIONS_PER_TERM = 3;

export const SCHOOL_FORMS: readonly SchoolForm[] = [
  'forskola',
  'forskoleklass',
  'grundskola',
  'anpassad-grundskola',
  'gymnasieskola',
  'anpassad-gymnasieskola',
  'fritidshem',
  'komvux',
  'sameskola',
  'specialskola',
];

export interface PlanningDraft {
  start?: string;
  terms?: number;
  actionsPerTerm?: number;
  budgetPerYear?: number;
  /** Catalogue suggestions the user dropped at the proposals step. */
  declined?: string[];
}

/**
 * An assessment in progress. Everything before `step` has been answered; values after it are
 * suggestions (from an earlier plan, or provisional ones such as a target one level up) shown as defaults.
 */
export interface AssessState {
  catalogue: { id: string; version: string };
  organisation: Partial<Organisation>;
  date?: string;
  answers: Record<string, Answer>;
  planning: PlanningDraft;
  actions: PlanAction[];
  step: string;
}

export function emptyState(catalogue: Catalogue): AssessState {
  return { catalogue: { id: catalogue.id, version: catalogue.version }, organisation: {}, answers: {}, planning: {}, actions: [], step: 'org.kind' };
}

/** Indicators in the order they are asked: focus area, goal, then catalogue order; strays last. */
export function orderedIndicators(catalogue: Catalogue): Indicator[] {
  const out: Indicator[] = [];
  const seen = new Set<string>();
  const goalsInOrder = [
    ...catalogue.focusAreas.flatMap((fa) => catalogue.goals.filter((g) => g.focusArea === fa.id)),
    ...catalogue.goals.filter((g) => !catalogue.focusAreas.some((fa) => fa.id === g.focusArea)),
  ];
  for (const g of goalsInOrder) {
    for (const i of catalogue.indicators) {
      if (i.goal === g.id && !seen.has(i.id)) {
        out.push(i);
        seen.add(i.id);
      }
    }
  }
  for (const i of catalogue.indicators) if (!seen.has(i.id)) out.push(i);
  return out;
}

/** True when the organisation has everything the plan file requires. */
export function isOrganisationComplete(o: Partial<Organisation>): o is Organisation {
  if (typeof o.name !== 'string' || o.name === '' || !Array.isArray(o.schoolForms)) return false;
  if (o.kind === 'municipality') return typeof o.municipalityCode === 'string';
  if (o.kind === 'independent') return typeof o.organisationNumber === 'string';
  return false;
}

function clean(s: string | undefined): string | undefined {
  const v = s?.trim();
  return v ? v : undefined;
}

/** Keys in a fixed order and empty values left out, so the same answers always give the same bytes. */
function compact<T extends object>(entries: [string, unknown][]): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out as T;
}

export function canonicalOrganisation(o: Organisation): Organisation {
  const unitName = clean(o.unit?.name);
  const contact = o.contact
    ? compact<NonNullable<Organisation['contact']>>([
        ['name', clean(o.contact.name)],
        ['role', clean(o.contact.role)],
        ['email', clean(o.contact.email)],
      ])
    : undefined;
  return compact<Organisation>([
    ['name', o.name.trim()],
    ['kind', o.kind],
    ['municipalityCode', o.kind === 'municipality' ? o.municipalityCode : undefined],
    ['organisationNumber', o.kind === 'independent' ? o.organisationNumber : undefined],
    [
      'unit',
      unitName
        ? compact<NonNullable<Organisation['unit']>>([
            ['name', unitName],
            ['schoolUnitCode', clean(o.unit?.schoolUnitCode)],
          ])
        : undefined,
    ],
    ['schoolForms', SCHOOL_FORMS.filter((f) => o.schoolForms.includes(f))],
    ['contact', contact && Object.keys(contact).length > 0 ? contact : undefined],
  ]);
}

/** An answer as it is written: importance only when it differs from the catalogue's, no empty texts. */
export function canonicalAnswer(a: Answer, defaultImportance: Importance | undefined): Answer {
  if ('status' in a)
    return compact<Answer>([
      ['status', a.status],
      ['comment', clean(a.comment)],
    ]);
  return compact<Answer>([
    ['current', a.current],
    ['target', a.target],
    ['importance', a.importance !== undefined && a.importance !== defaultImportance ? a.importance : undefined],
    ['comment', clean(a.comment)],
    ['evidence', clean(a.evidence)],
  ]);
}

/** Answers in the order the questions are asked; answers for unknown ids are kept last (a check reports them). */
export function canonicalAnswers(answers: Record<string, Answer>, catalogue: Catalogue): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const i of orderedIndicators(catalogue)) {
    const a = answers[i.id];
    if (a) out[i.id] = canonicalAnswer(a, i.importance);
  }
  for (const [id, a] of Object.entries(answers)) if (!(id in out)) out[id] = canonicalAnswer(a, undefined);
  return out;
}

export function canonicalAction(a: PlanAction): PlanAction {
  return compact<PlanAction>([
    ['id', a.id],
    ['title', a.title.trim()],
    ['description', clean(a.description)],
    ['indicators', [...a.indicators]],
    ['owner', clean(a.owner)],
    ['start', a.start],
    ['end', a.end],
    ['cost', a.cost],
    ['status', a.status ?? 'planned'],
    ['resources', a.resources && a.resources.length > 0 ? [...a.resources] : undefined],
    ['successCriteria', clean(a.successCriteria)],
    [
      'log',
      a.log && a.log.length > 0
        ? a.log.map((l) =>
            compact<typeof l>([
              ['date', l.date],
              ['status', l.status],
              ['note', clean(l.note)],
            ]),
          )
        : undefined,
    ],
  ]);
}

export function canonicalPlanning(p: PlanningDraft): Plan['planning'] {
  const capacity = compact<NonNullable<Plan['planning']['capacity']>>([
    ['actionsPerTerm', p.actionsPerTerm ?? DEFAULT_ACTIONS_PER_TERM],
    ['budgetPerYear', p.budgetPerYear],
  ]);
  const declined = p.declined?.length ? { declined: [...p.declined].sort() } : {};
  return { start: p.start!, terms: p.terms ?? DEFAULT_TERMS, capacity, ...declined };
}

/** The finished plan. Throws when a required part is missing: callers only ask once the flow has reached the end. */
export function planFromState(state: AssessState, catalogue: Catalogue): Plan {
  if (!isOrganisationComplete(state.organisation)) throw new Error('assess: the organisation is incomplete');
  if (!state.date || !state.planning.start) throw new Error('assess: date or planning start missing');
  return {
    schemaVersion: 1,
    catalogue: { id: catalogue.id, version: catalogue.version },
    organisation: canonicalOrganisation(state.organisation),
    assessment: { date: state.date, answers: canonicalAnswers(state.answers, catalogue) },
    planning: canonicalPlanning(state.planning),
    actions: state.actions.map(canonicalAction),
  };
}

// ───────────────────────── Drafts ─────────────────────────

export interface ResumeInfo {
  step: string;
  /** The plan file to write at the end, relative to the draft's folder. */
  output: string;
  lang: Lang;
  /** An organisation's own catalogue, relative to the draft's folder. */
  catalogue?: string;
  /** Organisation details given so far, until they are complete enough for `organisation`. */
  organisation?: Partial<Organisation>;
}

export type DraftPlan = Partial<Plan> & { schemaVersion: 1; draft: true; resume: ResumeInfo; catalogue: Plan['catalogue'] };

/**
 * The draft file's content: the plan format with `draft: true`. Only complete parts go where the plan
 * keeps them, so a draft always passes the plan schema; a half-given organisation waits under `resume`.
 */
export function draftFromState(state: AssessState, catalogue: Catalogue, where: Omit<ResumeInfo, 'step' | 'organisation'>): DraftPlan {
  const orgComplete = isOrganisationComplete(state.organisation);
  const resume: ResumeInfo = compact<ResumeInfo>([
    ['step', state.step],
    ['output', where.output],
    ['lang', where.lang],
    ['catalogue', where.catalogue],
    ['organisation', !orgComplete && Object.keys(state.organisation).length > 0 ? pendingOrganisation(state.organisation) : undefined],
  ]);
  const draft: DraftPlan = { schemaVersion: 1, draft: true, resume, catalogue: { ...state.catalogue } };
  if (orgComplete) draft.organisation = canonicalOrganisation(state.organisation as Organisation);
  if (state.date) draft.assessment = { date: state.date, answers: canonicalAnswers(state.answers, catalogue) };
  if (state.planning.start && isTerm(state.planning.start)) {
    draft.planning = compact<Plan['planning']>([
      ['start', state.planning.start],
      ['terms', state.planning.terms ?? DEFAULT_TERMS],
      [
        'capacity',
        state.planning.actionsPerTerm !== undefined || state.planning.budgetPerYear !== undefined ? canonicalPlanning(state.planning).capacity : undefined,
      ],
      ['declined', state.planning.declined?.length ? canonicalPlanning(state.planning).declined : undefined],
    ]);
  }
  if (state.actions.length > 0) draft.actions = state.actions.map(canonicalAction);
  return draft;
}

function pendingOrganisation(o: Partial<Organisation>): Partial<Organisation> {
  const entries: [string, unknown][] = [
    ['name', o.name],
    ['kind', o.kind],
    ['municipalityCode', o.municipalityCode],
    ['organisationNumber', o.organisationNumber],
    ['unit', o.unit],
    ['schoolForms', o.schoolForms],
    ['contact', o.contact],
  ];
  return compact<Partial<Organisation>>(entries);
}

/** The planning settings of a plan or a draft, as the flow keeps them while it asks. */
export function planningDraft(p: Partial<Plan['planning']> | undefined): PlanningDraft {
  return {
    start: p?.start,
    terms: p?.terms,
    actionsPerTerm: p?.capacity?.actionsPerTerm,
    budgetPerYear: p?.capacity?.budgetPerYear,
    ...(p?.declined ? { declined: [...p.declined] } : {}),
  };
}

/** The state a draft describes. Answers are kept even when the draft's answers were given without a date yet. */
export function stateFromDraft(draft: DraftPlan): AssessState {
  return {
    catalogue: { ...draft.catalogue },
    organisation: { ...(draft.resume.organisation ?? {}), ...(draft.organisation ?? {}) },
    date: draft.assessment?.date,
    answers: { ...(draft.assessment?.answers ?? {}) },
    planning: planningDraft(draft.planning),
    actions: (draft.actions ?? []).map((a) => ({ ...a, status: a.status ?? 'planned' })),
    step: draft.resume.step,
  };
}

/**
 * The state for `--from`: every answer and setting of the earlier plan as a suggestion, today's date,
 * and a start term that has not already begun. Every action follows with its id and status, done ones
 * included, so `skoldigiplan compare` can follow each action from one year to the next.
 */
export function stateFromPlan(plan: Plan, catalogue: Catalogue, today: string): AssessState {
  const idx = indexCatalogue(catalogue);
  const answers: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(plan.assessment.answers)) if (idx.indicator.has(id)) answers[id] = { ...a };
  const next = nextTermAfter(today);
  const start = plan.planning.start && isTerm(plan.planning.start) && compareTerms(plan.planning.start, next) >= 0 ? plan.planning.start : next;
  return {
    catalogue: { id: catalogue.id, version: catalogue.version },
    organisation: structuredClone(plan.organisation),
    date: today,
    answers,
    // Declined suggestions stay with last year's plan: this year's assessment offers every proposal again.
    planning: planningDraft({ start, terms: plan.planning.terms, capacity: plan.planning.capacity }),
    actions: (plan.actions ?? []).map((a) => ({ ...structuredClone(a), indicators: a.indicators.filter((id) => idx.indicator.has(id)) })),
    step: 'org.kind',
  };
}
