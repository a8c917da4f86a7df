// What the plan costs, as the summary of every format tells it: the organisation's own actions and the catalogue's
// suggestions apart, per calendar year of the period, with a total that is the sum of the years shown.
import type { PlanReport, ScheduledAction } from './model.ts';
import { shares, termStartedBy } from './schedule.ts';
import { termIndex } from './terms.ts';

export type Origin = ScheduledAction['origin'];

export interface CostPart {
  /** Actions with at least one term in the period (postponed and cancelled ones are listed apart). */
  count: number;
  /** Their cost within the period's years; rounded to whole thousands when `estimated`. */
  cost: number;
  /** Some of the cost is the catalogue's cost-class estimate. */
  estimated: boolean;
}

export interface CostYear {
  year: number;
  own: number;
  suggestions: number;
  /** own + suggestions. */
  total: number;
}

export interface CostApart {
  id: string;
  origin: Origin;
  /** Cost not counted in the years shown (rounded like its part). */
  cost: number;
  reason: 'outside' | 'postponed' | 'cancelled';
}

export interface CostSummary {
  own: CostPart;
  suggestions: CostPart;
  /** Every calendar year the period touches, in order. */
  years: CostYear[];
  /** The sum of `years`: own.cost + suggestions.cost. */
  total: number;
  /** Actions whose cost (or part of it) the years do not count: outside the period, postponed or cancelled. */
  apart: CostApart[];
}

/** Estimates are given to the nearest thousand kronor: their precision is no finer. */
export function roundEstimate(amount: number): number {
  return Math.round(amount / 1000) * 1000;
}

/**
 * Splits each scheduled action's cost evenly over its terms (as the schedule does), counts the shares that fall in
 * the period's years, and lists apart what falls outside, or belongs to a postponed or cancelled action. Finished
 * actions count only the terms that have begun by the reference date, as in the schedule.
 */
export function summariseCost(report: Pick<PlanReport, 'schedule' | 'referenceDate'>): CostSummary {
  const horizon = new Set(report.schedule.terms.map(termIndex));
  const yearList = [...new Set(report.schedule.terms.map((t) => Math.floor(termIndex(t) / 2)))].sort((a, b) => a - b);
  const raw = { plan: new Map<number, number>(), suggestion: new Map<number, number>() };
  const parts = { plan: { count: 0, cost: 0, estimated: false }, suggestion: { count: 0, cost: 0, estimated: false } };
  const outside: { a: ScheduledAction; cost: number }[] = [];
  const apartRaw: { a: ScheduledAction; cost: number; reason: CostApart['reason'] }[] = [];
  for (const a of report.schedule.scheduled) {
    if (a.status === 'postponed' || a.status === 'cancelled') {
      apartRaw.push({ a, cost: a.cost, reason: a.status });
      continue;
    }
    const start = termIndex(a.start);
    const end = termIndex(a.end);
    const split = shares(a.cost, end - start + 1);
    let inside = false;
    let out = 0;
    for (let t = start; t <= end; t++) {
      if (a.status === 'done' && !termStartedBy(t, report.referenceDate)) continue;
      const share = split[t - start]!;
      if (horizon.has(t)) {
        inside = true;
        const y = Math.floor(t / 2);
        raw[a.origin].set(y, (raw[a.origin].get(y) ?? 0) + share);
      } else out += share;
    }
    if (inside) {
      const p = parts[a.origin];
      p.count++;
      if (a.costEstimated && a.cost > 0) p.estimated = true;
    }
    if (out > 0 || !inside) outside.push({ a, cost: out });
  }
  const round = (origin: Origin, n: number) => (parts[origin].estimated ? roundEstimate(n) : n);
  const years = yearList.map((year) => {
    const own = round('plan', raw.plan.get(year) ?? 0);
    const suggestions = round('suggestion', raw.suggestion.get(year) ?? 0);
    return { year, own, suggestions, total: own + suggestions };
  });
  parts.plan.cost = years.reduce((s, y) => s + y.own, 0);
  parts.suggestion.cost = years.reduce((s, y) => s + y.suggestions, 0);
  const roundApart = (a: ScheduledAction, n: number) => (a.costEstimated ? roundEstimate(n) : n);
  const apart: CostApart[] = [
    ...outside.map(({ a, cost }) => ({ id: a.id, origin: a.origin, cost: roundApart(a, cost), reason: 'outside' as const })),
    ...apartRaw.map(({ a, cost, reason }) => ({ id: a.id, origin: a.origin, cost: roundApart(a, cost), reason })),
  ];
  return {
    own: parts.plan,
    suggestions: parts.suggestion,
    years,
    total: parts.plan.cost + parts.suggestion.cost,
    apart,
  };
}
