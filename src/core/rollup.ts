// The roll-up over many plans: level distributions, mean gaps, common priorities, a heatmap and initiatives.
import { indexCatalogue, type CatalogueIndex } from './catalogue.ts';
import { byCodeUnits } from './code-units.ts';
import { summariseCost } from './cost-summary.ts';
import { compareIds } from './ids.ts';
import { countRespondents, type RespondentCounts } from './merge-rollup.ts';
import type { AnswerState, Catalogue, Level, Organisation, PlanReport, Respondents } from './model.ts';

/** An organisation as the roll-up shows it: identity only, never the contact person. */
export interface DigestOrganisation {
  name: string;
  kind: Organisation['kind'];
  municipalityCode?: string;
  organisationNumber?: string;
  unit?: { name: string; schoolUnitCode?: string };
}

export interface DigestAnswer {
  indicator: string;
  state: AnswerState;
  current?: Level;
  target?: Level;
}

/** What the roll-up keeps of one plan: small enough to hold thousands in memory. */
export interface PlanDigest {
  /** The input path as shown to the user; orders plans deterministically. */
  file: string;
  organisation: DigestOrganisation;
  catalogue: { id: string; version: string };
  assessmentDate: string;
  answers: DigestAnswer[];
  /** Indicator ids of the plan's first priorities, best first. */
  priorities: string[];
  /** How many answered the questionnaire, when answers were merged into the plan. */
  respondents?: Respondents;
  /** The plan's actions in its period, as its summary counts them (see cost-summary.ts). */
  actions?: DigestActions;
}

export interface DigestActions {
  /** The organisation's own actions in the period. */
  own: number;
  /** The catalogue's suggestions scheduled in the period. */
  suggestions: number;
  /** Actions that do not fit the plan's limits. */
  notScheduled: number;
  /** Cost over the period's years, in kronor (estimates rounded to thousands). */
  cost: number;
  /** Some of the cost is an estimate. */
  estimated: boolean;
  /** Actions of the plan that are late on the reference date. */
  late: number;
}

/** How many of each plan's first priorities count as "a priority" in the roll-up. */
export const TOP_PRIORITIES = 3;

export function organisationIdentity(org: Organisation): DigestOrganisation {
  const out: DigestOrganisation = { name: org.name, kind: org.kind };
  if (org.municipalityCode !== undefined) out.municipalityCode = org.municipalityCode;
  if (org.organisationNumber !== undefined) out.organisationNumber = org.organisationNumber;
  if (org.unit) out.unit = org.unit.schoolUnitCode !== undefined ? { name: org.unit.name, schoolUnitCode: org.unit.schoolUnitCode } : { name: org.unit.name };
  return out;
}

/** The digest of a computed report. */
export function digestReport(report: PlanReport, file: string): PlanDigest {
  const answers: DigestAnswer[] = report.gaps.map((g) => {
    const a: DigestAnswer = { indicator: g.indicator, state: g.state };
    if (g.state === 'answered' && g.current !== undefined && g.target !== undefined) {
      a.current = g.current;
      a.target = g.target;
    }
    return a;
  });
  const priorities = [...report.priorities]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, TOP_PRIORITIES)
    .map((p) => p.indicator);
  const cost = summariseCost(report);
  return {
    file,
    organisation: organisationIdentity(report.plan.organisation),
    // The catalogue the report was made with (an own --catalogue included), not only the one the plan names.
    catalogue: { id: report.catalogue.id, version: report.catalogue.version },
    assessmentDate: report.plan.assessment.date,
    answers,
    priorities,
    ...(report.plan.assessment.respondents ? { respondents: report.plan.assessment.respondents } : {}),
    actions: {
      own: cost.own.count,
      suggestions: cost.suggestions.count,
      notScheduled: report.schedule.notScheduled.length,
      cost: cost.total,
      estimated: cost.own.estimated || cost.suggestions.estimated,
      late: report.late.length,
    },
  };
}

/** The organiser a plan belongs to: kommunkod for municipalities, organisationsnummer for the others. */
export function organiserKey(org: DigestOrganisation): string {
  if (org.kind === 'municipality' && org.municipalityCode) return `k:${org.municipalityCode}`;
  if (org.organisationNumber) return `o:${org.organisationNumber}`;
  if (org.municipalityCode) return `k:${org.municipalityCode}`;
  return `n:${org.name}`;
}

export interface FailedPlan {
  file: string;
  errors: number;
  /** The first problem, as `line:col` and message, when known. */
  first?: { line?: number; col?: number; message: string };
}

export interface IndicatorDistribution {
  indicator: string;
  goal: string;
  /** Plans at current level 1, 2, 3, 4. */
  current: [number, number, number, number];
  /** Plans with target level 1, 2, 3, 4. */
  target: [number, number, number, number];
  unknown: number;
  notRelevant: number;
  unanswered: number;
  answered: number;
  /** Answered plans whose target lies above the current level. */
  withGap: number;
  meanCurrent?: number;
  meanTarget?: number;
  meanGap?: number;
}

export interface GroupMeans {
  id: string;
  /** Answered (plan, indicator) pairs the means are taken over. */
  answered: number;
  meanCurrent?: number;
  meanTarget?: number;
  meanGap?: number;
}

export interface PriorityCount {
  indicator: string;
  /** Plans that have the indicator among their first TOP_PRIORITIES priorities. */
  plans: number;
}

export interface InitiativeCount {
  number: number;
  /** (plan, indicator) pairs with a gap that the initiative bears on. */
  gaps: number;
  /** Plans with at least one such gap. */
  plans: number;
}

export interface HeatRow {
  file: string;
  organisation: DigestOrganisation;
  /** Mean current level per goal, in the order of `Rollup.goalIds`; undefined when nothing is answered. */
  goals: (number | undefined)[];
}

export interface OrganiserGroup {
  key: string;
  name: string;
  municipalityCode?: string;
  organisationNumber?: string;
  /** The organiser's own plans first, then its school units by skolenhetskod and name. */
  rows: HeatRow[];
  /** Mean current level per goal over every plan of the group, pooled. */
  whole: (number | undefined)[];
  units: number;
}

export interface Rollup {
  catalogue: { id: string; version: string };
  plans: number;
  organisers: number;
  units: number;
  /** Plan files with errors, in file order. */
  failed: FailedPlan[];
  /** Paths that gave no plan file (missing, unreadable, a link to nothing), in order. */
  paths: FailedPlan[];
  /** Plans left out because they use another catalogue than the roll-up's. */
  otherCatalogue: string[];
  goalIds: string[];
  indicators: IndicatorDistribution[];
  goals: GroupMeans[];
  focusAreas: GroupMeans[];
  priorities: PriorityCount[];
  initiatives: InitiativeCount[];
  groups: OrganiserGroup[];
  respondents: RespondentCounts;
}

interface Acc {
  n: number;
  current: number;
  target: number;
  gap: number;
}

const acc = (): Acc => ({ n: 0, current: 0, target: 0, gap: 0 });

function add(a: Acc, current: number, target: number): void {
  a.n++;
  a.current += current;
  a.target += target;
  // As in the engine: a target at or below the current level is reached, a gap of 0.
  a.gap += Math.max(0, target - current);
}

function means(id: string, a: Acc): GroupMeans {
  if (a.n === 0) return { id, answered: 0 };
  return { id, answered: a.n, meanCurrent: a.current / a.n, meanTarget: a.target / a.n, meanGap: a.gap / a.n };
}

function byFile(a: { file: string }, b: { file: string }): number {
  return byCodeUnits(a.file, b.file);
}

/**
 * Rolls up plans that use `catalogue`. Means are pooled over answered (plan, indicator) pairs:
 * "unknown" and "not relevant" never count as a level. Deterministic: plans are taken in file order.
 */
export function rollUp(digests: readonly PlanDigest[], catalogue: Catalogue, failed: readonly FailedPlan[] = [], paths: readonly FailedPlan[] = []): Rollup {
  const sorted = [...digests].sort(byFile);
  const included = sorted.filter((d) => d.catalogue.id === catalogue.id);
  const otherCatalogue = sorted.filter((d) => d.catalogue.id !== catalogue.id).map((d) => d.file);
  const goalIds = catalogue.goals.map((g) => g.id);
  const index = indexCatalogue(catalogue);

  const dist = new Map<string, IndicatorDistribution & { acc: Acc }>();
  for (const ind of catalogue.indicators) {
    dist.set(ind.id, {
      indicator: ind.id,
      goal: ind.goal,
      current: [0, 0, 0, 0],
      target: [0, 0, 0, 0],
      unknown: 0,
      notRelevant: 0,
      unanswered: 0,
      answered: 0,
      withGap: 0,
      acc: acc(),
    });
  }
  const goalAcc = new Map(goalIds.map((g) => [g, acc()]));
  const areaAcc = new Map(catalogue.focusAreas.map((f) => [f.id, acc()]));
  const priorityCount = new Map<string, number>();
  const initiativeGaps = new Map<number, { gaps: number; plans: Set<string> }>();

  for (const d of included) {
    const seen = new Set<string>();
    for (const a of d.answers) {
      const row = dist.get(a.indicator);
      if (!row || seen.has(a.indicator)) continue;
      seen.add(a.indicator);
      if (a.state === 'answered' && a.current !== undefined && a.target !== undefined) {
        row.answered++;
        row.current[a.current - 1]!++;
        row.target[a.target - 1]!++;
        add(row.acc, a.current, a.target);
        const indicator = index.indicator.get(a.indicator)!;
        add(goalAcc.get(indicator.goal)!, a.current, a.target);
        const area = index.goal.get(indicator.goal)?.focusArea;
        if (area !== undefined && areaAcc.has(area)) add(areaAcc.get(area)!, a.current, a.target);
        if (a.target > a.current) {
          row.withGap++;
          for (const n of indicator.initiatives) {
            const c = initiativeGaps.get(n) ?? { gaps: 0, plans: new Set<string>() };
            c.gaps++;
            c.plans.add(d.file);
            initiativeGaps.set(n, c);
          }
        }
      } else if (a.state === 'unknown') row.unknown++;
      else if (a.state === 'not-relevant') row.notRelevant++;
      else row.unanswered++;
    }
    // Indicators the plan does not mention at all are unanswered.
    for (const row of dist.values()) if (!seen.has(row.indicator)) row.unanswered++;
    for (const p of new Set(d.priorities.slice(0, TOP_PRIORITIES))) priorityCount.set(p, (priorityCount.get(p) ?? 0) + 1);
  }

  const indicators = [...dist.values()].map(({ acc: a, ...row }) => {
    const m = means(row.indicator, a);
    const out: IndicatorDistribution = { ...row };
    if (m.meanCurrent !== undefined) {
      out.meanCurrent = m.meanCurrent;
      out.meanTarget = m.meanTarget;
      out.meanGap = m.meanGap;
    }
    return out;
  });

  const priorities = [...priorityCount]
    .map(([indicator, plans]) => ({ indicator, plans }))
    .sort((a, b) => b.plans - a.plans || compareIds(a.indicator, b.indicator));
  const initiatives = [...initiativeGaps]
    .map(([number, c]) => ({ number, gaps: c.gaps, plans: c.plans.size }))
    .sort((a, b) => b.gaps - a.gaps || a.number - b.number);

  return {
    catalogue: { id: catalogue.id, version: catalogue.version },
    plans: included.length,
    organisers: new Set(included.map((d) => organiserKey(d.organisation))).size,
    units: included.filter((d) => d.organisation.unit).length,
    failed: [...failed].sort(byFile),
    paths: [...paths].sort(byFile),
    otherCatalogue,
    goalIds,
    indicators,
    goals: goalIds.map((g) => means(g, goalAcc.get(g)!)),
    focusAreas: catalogue.focusAreas.map((f) => means(f.id, areaAcc.get(f.id)!)),
    priorities,
    initiatives,
    groups: heatmap(included, goalIds, index),
    respondents: countRespondents(included),
  };
}

/** Mean current level per goal for a set of plans, pooled over their answered indicators. */
export function meanCurrentByGoal(plans: readonly PlanDigest[], goalIds: readonly string[], index: CatalogueIndex): (number | undefined)[] {
  const sums = new Map(goalIds.map((g) => [g, acc()]));
  for (const d of plans) {
    for (const a of d.answers) {
      if (a.state !== 'answered' || a.current === undefined || a.target === undefined) continue;
      const g = index.indicator.get(a.indicator)?.goal;
      const s = g === undefined ? undefined : sums.get(g);
      if (s) add(s, a.current, a.target);
    }
  }
  return goalIds.map((g) => {
    const s = sums.get(g)!;
    return s.n === 0 ? undefined : s.current / s.n;
  });
}

function heatmap(plans: readonly PlanDigest[], goalIds: readonly string[], index: CatalogueIndex): OrganiserGroup[] {
  const groups = new Map<string, PlanDigest[]>();
  for (const d of plans) {
    const key = organiserKey(d.organisation);
    const list = groups.get(key) ?? [];
    list.push(d);
    groups.set(key, list);
  }
  const out: OrganiserGroup[] = [];
  for (const [key, list] of groups) {
    const rows = [...list].sort((a, b) => {
      const ua = a.organisation.unit;
      const ub = b.organisation.unit;
      if (!ua !== !ub) return ua ? 1 : -1;
      const ka = `${ua?.schoolUnitCode ?? ''}\u0000${ua?.name ?? ''}\u0000${a.file}`;
      const kb = `${ub?.schoolUnitCode ?? ''}\u0000${ub?.name ?? ''}\u0000${b.file}`;
      return byCodeUnits(ka, kb);
    });
    const first = rows[0]!.organisation;
    const own = rows.find((r) => !r.organisation.unit);
    const group: OrganiserGroup = {
      key,
      name: (own ?? rows[0]!).organisation.name,
      rows: rows.map((r) => ({ file: r.file, organisation: r.organisation, goals: meanCurrentByGoal([r], goalIds, index) })),
      whole: meanCurrentByGoal(rows, goalIds, index),
      units: rows.filter((r) => r.organisation.unit).length,
    };
    if (key.startsWith('k:') && first.municipalityCode) group.municipalityCode = first.municipalityCode;
    if (key.startsWith('o:') && first.organisationNumber) group.organisationNumber = first.organisationNumber;
    out.push(group);
  }
  return out.sort((a, b) => byCodeUnits(a.key, b.key));
}

/** Per-plan means for the CSV: current, target and gap per goal and per focus area, over answered indicators. */
export function planFigures(d: PlanDigest, catalogue: Catalogue): { goals: GroupMeans[]; focusAreas: GroupMeans[] } {
  const index = indexCatalogue(catalogue);
  const goals = new Map(catalogue.goals.map((g) => [g.id, acc()]));
  const areas = new Map(catalogue.focusAreas.map((f) => [f.id, acc()]));
  for (const a of d.answers) {
    if (a.state !== 'answered' || a.current === undefined || a.target === undefined) continue;
    const g = index.indicator.get(a.indicator)?.goal;
    if (g === undefined) continue;
    const ga = goals.get(g);
    if (ga) add(ga, a.current, a.target);
    const fa = areas.get(index.goal.get(g)?.focusArea ?? '');
    if (fa) add(fa, a.current, a.target);
  }
  return {
    goals: catalogue.goals.map((g) => means(g.id, goals.get(g.id)!)),
    focusAreas: catalogue.focusAreas.map((f) => means(f.id, areas.get(f.id)!)),
  };
}

/** The parts of a comparison of two plans (`comparePlans` in compare.ts) that the roll-up sums up. */
export interface ComparisonLike {
  goals: readonly { goal: string; direction: string }[];
  indicators: readonly { goal: string; older: { current?: number }; newer: { current?: number } }[];
  summary: { actions: { done: number; late: number } };
}

export interface GoalChange {
  goal: string;
  /** (plan, indicator) pairs with a level in both years. */
  compared: number;
  olderMean?: number;
  newerMean?: number;
  change?: number;
  /** Plans whose mean current level for the goal rose, fell or stayed. */
  raised: number;
  lowered: number;
  unchanged: number;
}

export interface RollupChanges {
  /** Plans this year. */
  plans: number;
  /** Plans with an earlier plan for the same organisation. */
  matched: number;
  /** Earlier plans without a counterpart this year. */
  unmatchedOlder: number;
  goals: GoalChange[];
  actionsDone: number;
  actionsLate: number;
}

/**
 * Sums comparisons of this year's plans with last year's, goal by goal. Means are pooled over the indicator pairs
 * that have a level in both years, so an organisation that assessed more indicators weighs more.
 */
export function rollUpChanges(comparisons: readonly ComparisonLike[], goalIds: readonly string[], plans: number, unmatchedOlder: number): RollupChanges {
  const sums = new Map(goalIds.map((g) => [g, { n: 0, older: 0, newer: 0, raised: 0, lowered: 0, unchanged: 0 }]));
  let actionsDone = 0;
  let actionsLate = 0;
  for (const c of comparisons) {
    for (const i of c.indicators) {
      const s = sums.get(i.goal);
      if (!s || i.older.current === undefined || i.newer.current === undefined) continue;
      s.n++;
      s.older += i.older.current;
      s.newer += i.newer.current;
    }
    for (const g of c.goals) {
      const s = sums.get(g.goal);
      if (!s) continue;
      if (g.direction === 'raised') s.raised++;
      else if (g.direction === 'lowered') s.lowered++;
      else if (g.direction === 'unchanged') s.unchanged++;
    }
    actionsDone += c.summary.actions.done;
    actionsLate += c.summary.actions.late;
  }
  return {
    plans,
    matched: comparisons.length,
    unmatchedOlder,
    goals: goalIds.map((goal) => {
      const s = sums.get(goal)!;
      const row: GoalChange = { goal, compared: s.n, raised: s.raised, lowered: s.lowered, unchanged: s.unchanged };
      if (s.n > 0) {
        row.olderMean = s.older / s.n;
        row.newerMean = s.newer / s.n;
        row.change = (s.newer - s.older) / s.n;
      }
      return row;
    }),
    actionsDone,
    actionsLate,
  };
}

/** The key that pairs a plan with last year's: organiser (kommunkod or organisationsnummer) and skolenhetskod. */
export function matchKey(org: DigestOrganisation): string {
  const unit = org.unit ? `|u:${org.unit.schoolUnitCode ?? `name:${org.unit.name.trim().toLowerCase()}`}` : '';
  return `${organiserKey(org)}${unit}`;
}

/** What `latestPerOrganisation` needs of a plan. */
export interface DatedPlan {
  /** The input path as shown to the user. */
  file: string;
  organisation: DigestOrganisation;
  /** YYYY-MM-DD. */
  assessmentDate: string;
}

/** A plan the roll-up leaves out, and the plan of the same organisation it counts instead. */
export interface SupersededPlan<T extends DatedPlan> {
  plan: T;
  by: T;
}

/**
 * One plan per organisation (the same `matchKey`: organiser and school unit), so that two years' plans of one
 * organisation in a run are not counted twice: the one with the latest assessment date, ties to the later file in
 * path order. `kept` is in path order; `superseded` is in path order of the plans left out.
 */
export function latestPerOrganisation<T extends DatedPlan>(plans: readonly T[]): { kept: T[]; superseded: SupersededPlan<T>[] } {
  const sorted = [...plans].sort(byFile);
  const latest = new Map<string, T>();
  for (const p of sorted) {
    const key = matchKey(p.organisation);
    const held = latest.get(key);
    // Later in path order, so an equal date goes to this one.
    if (!held || p.assessmentDate >= held.assessmentDate) latest.set(key, p);
  }
  const kept: T[] = [];
  const superseded: SupersededPlan<T>[] = [];
  for (const p of sorted) {
    const by = latest.get(matchKey(p.organisation))!;
    if (by === p) kept.push(p);
    else superseded.push({ plan: p, by });
  }
  return { kept, superseded };
}
