// Compares two assessments of the same organisation over time: levels, targets and actions, as plain data.
import type { ActionStatus, Answer, AnswerState, Catalogue, Level, Organisation, Plan, PlanAction } from './model.ts';
import { isLevelAnswer } from './model.ts';
import { reassessIds, type MigrationInfo } from './migrate.ts';
import { termEndedBefore } from './terms.ts';

export type Direction = 'raised' | 'lowered' | 'unchanged' | 'not-comparable';

/** What the caller knows about one plan: the plan as loaded (migrated when needed) and the catalogue it was checked against. */
export interface CompareInput {
  plan: Plan;
  catalogue: Catalogue;
  /** The path shown to the user. */
  file?: string;
  /** Set when the plan was carried over from an older catalogue version on loading. */
  migration?: MigrationInfo;
}

export interface PlanInfo {
  file?: string;
  organisation: {
    name: string;
    kind: Organisation['kind'];
    municipalityCode?: string;
    organisationNumber?: string;
    unit?: string;
    schoolUnitCode?: string;
  };
  assessmentDate: string;
  /** The catalogue the plan says it was made with. */
  catalogue: { id: string; version: string };
  migration?: MigrationInfo;
}

export interface OrganisationDifference {
  field: 'kind' | 'municipalityCode' | 'organisationNumber' | 'schoolUnitCode';
  older?: string;
  newer?: string;
}

export interface AnswerSnapshot {
  state: AnswerState;
  current?: Level;
  target?: Level;
  /** The catalogue version the answer was given against, when it was carried over and is to be assessed again. */
  reassess?: string;
}

export interface IndicatorComparison {
  indicator: string;
  goal: string;
  older: AnswerSnapshot;
  newer: AnswerSnapshot;
  /** newer − older current level; only when both are levels. */
  change?: number;
  direction: Direction;
}

export interface GroupCounts {
  answered: number;
  unknown: number;
  notRelevant: number;
  unanswered: number;
}

export interface GoalComparison {
  goal: string;
  focusArea: string;
  older: GroupCounts;
  newer: GroupCounts;
  /** Indicators with a known level in both plans: the goal's means are taken over these alone. */
  compared: number;
  olderMean?: number;
  newerMean?: number;
  change?: number;
  direction: Direction;
}

export interface TargetMove {
  indicator: string;
  goal: string;
  older: Level;
  newer: Level;
}

export interface ActionSnapshot {
  id: string;
  title: string;
  indicators: string[];
  owner?: string;
  end?: string;
  status: ActionStatus;
  /** Absent for an action that is new in the newer plan. */
  olderStatus?: ActionStatus;
  /** Set when the end term moved between the plans. */
  olderEnd?: string;
  isNew: boolean;
  /** The note of the latest log entry, when it records the current status. */
  note?: string;
}

export interface DroppedAction {
  id: string;
  title: string;
  indicators: string[];
  olderStatus: ActionStatus;
  /** `removed`: no longer in the newer plan; `cancelled`: still there, with status cancelled. */
  reason: 'removed' | 'cancelled';
  note?: string;
}

export interface CompareSummary {
  goals: { total: number; raised: number; lowered: number; unchanged: number; notComparable: number };
  indicators: { total: number; raised: number; lowered: number; unchanged: number; notComparable: number };
  unknown: { older: number; newer: number };
  notRelevant: { older: number; newer: number };
  targets: { raised: number; lowered: number };
  actions: { done: number; doneEarlier: number; ongoing: number; late: number; dropped: number; new: number };
}

export interface CompareResult {
  schemaVersion: 1;
  /** YYYY-MM-DD: actions whose end term lies before it and that are not done are late. */
  referenceDate: string;
  older: PlanInfo;
  newer: PlanInfo;
  /** Empty unless the caller chose to compare plans of different organisations. */
  organisationDifferences: OrganisationDifference[];
  catalogue: { shared: number; onlyInOlder: string[]; onlyInNewer: string[] };
  summary: CompareSummary;
  goals: GoalComparison[];
  indicators: IndicatorComparison[];
  targets: TargetMove[];
  actions: {
    done: ActionSnapshot[];
    late: ActionSnapshot[];
    ongoing: ActionSnapshot[];
    dropped: DroppedAction[];
    new: ActionSnapshot[];
    doneEarlier: ActionSnapshot[];
  };
}

export interface CompareOptions {
  referenceDate: string;
}

/** Where two plans disagree about whose plan they are. A name may change; codes may not. */
export function organisationDifferences(older: Organisation, newer: Organisation): OrganisationDifference[] {
  const out: OrganisationDifference[] = [];
  if (older.kind !== newer.kind) out.push({ field: 'kind', older: older.kind, newer: newer.kind });
  if (older.municipalityCode && newer.municipalityCode && older.municipalityCode !== newer.municipalityCode) {
    out.push({ field: 'municipalityCode', older: older.municipalityCode, newer: newer.municipalityCode });
  }
  if (older.organisationNumber && newer.organisationNumber && older.organisationNumber !== newer.organisationNumber) {
    out.push({ field: 'organisationNumber', older: older.organisationNumber, newer: newer.organisationNumber });
  }
  // A plan for one school unit and a plan for the whole organiser cover different things, so a code on one side only differs too.
  const a = older.unit?.schoolUnitCode;
  const b = newer.unit?.schoolUnitCode;
  if (a !== b) out.push({ field: 'schoolUnitCode', ...(a ? { older: a } : {}), ...(b ? { newer: b } : {}) });
  return out;
}

function snapshot(answer: Answer | undefined): AnswerSnapshot {
  if (answer === undefined) return { state: 'unanswered' };
  if (isLevelAnswer(answer)) return { state: 'answered', current: answer.current, target: answer.target };
  return { state: answer.status === 'unknown' ? 'unknown' : 'not-relevant' };
}

function directionOf(diff: number): Direction {
  return diff > 0 ? 'raised' : diff < 0 ? 'lowered' : 'unchanged';
}

/** Two decimals: enough for a mean of levels 1–4, and the same bytes on every machine. */
function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function count(list: AnswerSnapshot[]): GroupCounts {
  const c: GroupCounts = { answered: 0, unknown: 0, notRelevant: 0, unanswered: 0 };
  for (const s of list) {
    if (s.state === 'answered') c.answered++;
    else if (s.state === 'unknown') c.unknown++;
    else if (s.state === 'not-relevant') c.notRelevant++;
    else c.unanswered++;
  }
  return c;
}

function planInfo(side: CompareInput): PlanInfo {
  const o = side.plan.organisation;
  return {
    ...(side.file !== undefined ? { file: side.file } : {}),
    organisation: {
      name: o.name,
      kind: o.kind,
      ...(o.municipalityCode ? { municipalityCode: o.municipalityCode } : {}),
      ...(o.organisationNumber ? { organisationNumber: o.organisationNumber } : {}),
      ...(o.unit ? { unit: o.unit.name } : {}),
      ...(o.unit?.schoolUnitCode ? { schoolUnitCode: o.unit.schoolUnitCode } : {}),
    },
    assessmentDate: side.plan.assessment.date,
    catalogue: { id: side.plan.catalogue.id, version: side.plan.catalogue.version },
    ...(side.migration ? { migration: side.migration } : {}),
  };
}

/** The note of the newest log entry, when that entry records the status the action has now. */
function latestNote(a: PlanAction): string | undefined {
  const last = a.log?.[a.log.length - 1];
  return last && last.status === a.status && last.note ? last.note : undefined;
}

const OPEN: ReadonlySet<ActionStatus> = new Set(['planned', 'in-progress', 'postponed']);

function compareActions(older: Plan, newer: Plan, referenceDate: string): CompareResult['actions'] {
  const before = new Map(older.actions.map((a) => [a.id, a]));
  const now = new Set(newer.actions.map((a) => a.id));
  const out: CompareResult['actions'] = { done: [], late: [], ongoing: [], dropped: [], new: [], doneEarlier: [] };
  for (const a of newer.actions) {
    const prev = before.get(a.id);
    const row: ActionSnapshot = {
      id: a.id,
      title: a.title,
      indicators: [...a.indicators],
      ...(a.owner !== undefined ? { owner: a.owner } : {}),
      ...(a.end !== undefined ? { end: a.end } : {}),
      status: a.status,
      ...(prev ? { olderStatus: prev.status } : {}),
      ...(prev && prev.end !== a.end && prev.end !== undefined ? { olderEnd: prev.end } : {}),
      isNew: prev === undefined,
    };
    const note = latestNote(a);
    if (note !== undefined) row.note = note;
    if (!prev) out.new.push(row);
    if (a.status === 'done') {
      (prev?.status === 'done' ? out.doneEarlier : out.done).push(row);
    } else if (a.status === 'cancelled') {
      if (prev && prev.status !== 'cancelled') {
        out.dropped.push({
          id: a.id,
          title: a.title,
          indicators: [...a.indicators],
          olderStatus: prev.status,
          reason: 'cancelled',
          ...(note !== undefined ? { note } : {}),
        });
      }
    } else if (OPEN.has(a.status)) {
      (a.end !== undefined && termEndedBefore(a.end, referenceDate) ? out.late : out.ongoing).push(row);
    }
  }
  for (const a of older.actions) {
    if (now.has(a.id) || a.status === 'cancelled') continue;
    out.dropped.push({ id: a.id, title: a.title, indicators: [...a.indicators], olderStatus: a.status, reason: 'removed' });
  }
  return out;
}

/**
 * Compares two loaded plans. Indicators are compared when both catalogues know them; a goal is raised when the mean current
 * level of its indicators known in both plans rose. Unknown and not-relevant answers are counted apart and never as levels.
 */
export function comparePlans(older: CompareInput, newer: CompareInput, opts: CompareOptions): CompareResult {
  const olderIds = new Set(older.catalogue.indicators.map((i) => i.id));
  const newerIds = new Set(newer.catalogue.indicators.map((i) => i.id));
  const shared = newer.catalogue.indicators.filter((i) => olderIds.has(i.id));
  const olderGoals = new Set(older.catalogue.goals.map((g) => g.id));
  const olderAnswers = older.plan.assessment.answers;
  const newerAnswers = newer.plan.assessment.answers;

  const indicators: IndicatorComparison[] = [];
  const targets: TargetMove[] = [];
  const byGoal = new Map<string, { older: AnswerSnapshot[]; newer: AnswerSnapshot[]; pairs: [number, number][] }>();
  const olderReassess = new Set(reassessIds(older.plan, older.catalogue));
  const newerReassess = new Set(reassessIds(newer.plan, newer.catalogue));
  for (const ind of shared) {
    const a = snapshot(Object.hasOwn(olderAnswers, ind.id) ? olderAnswers[ind.id] : undefined);
    const b = snapshot(Object.hasOwn(newerAnswers, ind.id) ? newerAnswers[ind.id] : undefined);
    if (olderReassess.has(ind.id)) a.reassess = older.plan.catalogue.version;
    if (newerReassess.has(ind.id)) b.reassess = newer.plan.catalogue.version;
    const group = byGoal.get(ind.goal) ?? { older: [], newer: [], pairs: [] };
    byGoal.set(ind.goal, group);
    group.older.push(a);
    group.newer.push(b);
    if (a.state === 'unanswered' && b.state === 'unanswered') continue;
    const row: IndicatorComparison = { indicator: ind.id, goal: ind.goal, older: a, newer: b, direction: 'not-comparable' };
    if (a.current !== undefined && b.current !== undefined && a.target !== undefined && b.target !== undefined) {
      row.change = b.current - a.current;
      row.direction = directionOf(row.change);
      group.pairs.push([a.current, b.current]);
      if (a.target !== b.target) targets.push({ indicator: ind.id, goal: ind.goal, older: a.target, newer: b.target });
    }
    indicators.push(row);
  }

  const goals: GoalComparison[] = [];
  for (const g of newer.catalogue.goals) {
    if (!olderGoals.has(g.id)) continue;
    const group = byGoal.get(g.id) ?? { older: [], newer: [], pairs: [] };
    const row: GoalComparison = {
      goal: g.id,
      focusArea: g.focusArea,
      older: count(group.older),
      newer: count(group.newer),
      compared: group.pairs.length,
      direction: 'not-comparable',
    };
    if (group.pairs.length > 0) {
      // The same indicators on both sides, so comparing sums compares means without rounding noise.
      const sumA = group.pairs.reduce((s, [x]) => s + x, 0);
      const sumB = group.pairs.reduce((s, [, y]) => s + y, 0);
      row.olderMean = round(sumA / group.pairs.length);
      row.newerMean = round(sumB / group.pairs.length);
      row.change = round((sumB - sumA) / group.pairs.length);
      row.direction = directionOf(sumB - sumA);
    }
    goals.push(row);
  }

  const actions = compareActions(older.plan, newer.plan, opts.referenceDate);
  const tally = <T extends { direction: Direction }>(rows: T[]) => ({
    total: rows.length,
    raised: rows.filter((r) => r.direction === 'raised').length,
    lowered: rows.filter((r) => r.direction === 'lowered').length,
    unchanged: rows.filter((r) => r.direction === 'unchanged').length,
    notComparable: rows.filter((r) => r.direction === 'not-comparable').length,
  });
  const states = (side: 'older' | 'newer', state: AnswerState) => indicators.filter((r) => r[side].state === state).length;

  return {
    schemaVersion: 1,
    referenceDate: opts.referenceDate,
    older: planInfo(older),
    newer: planInfo(newer),
    organisationDifferences: organisationDifferences(older.plan.organisation, newer.plan.organisation),
    catalogue: {
      shared: shared.length,
      onlyInOlder: older.catalogue.indicators.filter((i) => !newerIds.has(i.id)).map((i) => i.id),
      onlyInNewer: newer.catalogue.indicators.filter((i) => !olderIds.has(i.id)).map((i) => i.id),
    },
    summary: {
      goals: tally(goals),
      indicators: tally(indicators),
      unknown: { older: states('older', 'unknown'), newer: states('newer', 'unknown') },
      notRelevant: { older: states('older', 'not-relevant'), newer: states('newer', 'not-relevant') },
      targets: { raised: targets.filter((t) => t.newer > t.older).length, lowered: targets.filter((t) => t.newer < t.older).length },
      actions: {
        done: actions.done.length,
        doneEarlier: actions.doneEarlier.length,
        ongoing: actions.ongoing.length,
        late: actions.late.length,
        dropped: actions.dropped.length,
        new: actions.new.length,
      },
    },
    goals,
    indicators,
    targets,
    actions,
  };
}

/** The few numbers a roll-up over many organisations needs. */
export interface ProgressCounts {
  goalsRaised: number;
  goalsLowered: number;
  goalsCompared: number;
  indicatorsRaised: number;
  indicatorsLowered: number;
  actionsDone: number;
  actionsLate: number;
  actionsDropped: number;
}

export function progressCounts(result: CompareResult): ProgressCounts {
  const s = result.summary;
  return {
    goalsRaised: s.goals.raised,
    goalsLowered: s.goals.lowered,
    goalsCompared: s.goals.total - s.goals.notComparable,
    indicatorsRaised: s.indicators.raised,
    indicatorsLowered: s.indicators.lowered,
    actionsDone: s.actions.done,
    actionsLate: s.actions.late,
    actionsDropped: s.actions.dropped,
  };
}
