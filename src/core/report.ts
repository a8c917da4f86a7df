// Builds the report that every renderer draws from: gaps, priorities, schedule, resources.
import type { Catalogue, Plan, PlanReport } from './model.ts';
import { analyseGaps, summariseGroups } from './gaps.ts';
import { compareIds } from './ids.ts';
import { prioritise } from './priority.ts';
import { matchResources } from './resources.ts';
import { buildSchedule, type PlanningWindow } from './schedule.ts';
import { reassessIds } from './migrate.ts';
import { termEndedBefore } from './terms.ts';

export interface ReportOptions {
  /** YYYY-MM-DD; actions whose end term lies before it and that are not done are late. */
  referenceDate: string;
  /** What-if values from the command line; they override planning in the file for this run only. */
  overrides?: { actionsPerTerm?: number; budgetPerYear?: number; terms?: number; start?: string };
}

export function buildReport(plan: Plan, catalogue: Catalogue, opts: ReportOptions): PlanReport {
  const gaps = analyseGaps(plan, catalogue);
  const { goals, focusAreas } = summariseGroups(gaps, catalogue);
  const priorities = prioritise(gaps, catalogue);
  const actions = plan.actions ?? [];
  const window = planningWindow(plan, opts.overrides);
  const schedule = buildSchedule(actions, catalogue, gaps, priorities, window, opts.referenceDate);
  const { resources, initiatives } = matchResources(priorities, actions, catalogue);
  // Only dates the user wrote can be missed: the engine's own placements are proposals, not promises.
  const late = schedule.scheduled
    .filter((a) => a.origin === 'plan' && a.fixed && a.status !== 'done' && a.status !== 'cancelled' && termEndedBefore(a.end, opts.referenceDate))
    .map((a) => a.id)
    .sort(compareIds);
  const limits = {
    ...(window.actionsPerTerm !== undefined ? { actionsPerTerm: window.actionsPerTerm } : {}),
    ...(window.budgetPerYear !== undefined ? { budgetPerYear: window.budgetPerYear } : {}),
  };
  const reassess = reassessIds(plan, catalogue);
  return {
    plan,
    catalogue,
    gaps,
    goals,
    focusAreas,
    priorities,
    schedule,
    resources,
    initiatives,
    referenceDate: opts.referenceDate,
    late,
    limits,
    ...(reassess.length ? { reassess } : {}),
  };
}

/** The plan's planning values with the command line's what-if values laid over them. */
export function planningWindow(plan: Pick<Plan, 'planning'>, overrides: ReportOptions['overrides'] = {}): PlanningWindow {
  const p = plan.planning;
  const cap = p.capacity ?? {};
  const window: PlanningWindow = { start: overrides.start ?? p.start, terms: overrides.terms ?? p.terms };
  const actionsPerTerm = overrides.actionsPerTerm ?? cap.actionsPerTerm;
  const budgetPerYear = overrides.budgetPerYear ?? cap.budgetPerYear;
  if (actionsPerTerm !== undefined) window.actionsPerTerm = actionsPerTerm;
  if (budgetPerYear !== undefined) window.budgetPerYear = budgetPerYear;
  if (p.declined?.length) window.declined = [...p.declined];
  return window;
}
