// Builds the report that every renderer draws from: gaps, priorities, schedule, resources.
import type { Catalogue, Plan, PlanReport } from './model.ts';

export interface ReportOptions {
  /** YYYY-MM-DD; actions whose end term lies before it and that are not done are late. */
  referenceDate: string;
  /** What-if values from the command line; they override planning in the file for this run only. */
  overrides?: { actionsPerTerm?: number; budgetPerYear?: number; terms?: number; start?: string };
}

export function buildReport(plan: Plan, catalogue: Catalogue, opts: ReportOptions): PlanReport {
  void plan;
  void catalogue;
  void opts;
  throw new Error('buildReport: the planning engine is being written');
}
