// The planning engine's proposed actions for an assessment, and how an accepted one becomes a plan action.
import type { Catalogue, Lang, Plan, PlanAction, ScheduledAction, ScheduleWarning } from '../../core/model.ts';
import { indexCatalogue } from '../../core/catalogue.ts';
import { buildReport } from '../../core/report.ts';
import { compareTerms } from '../../core/terms.ts';
import { reasonCounts, type ReasonCounts } from '../../core/schedule.ts';

export interface ProposalSet {
  /** Scheduled suggestions in priority order. */
  proposals: ScheduledAction[];
  /** Suggestions that did not fit within the plan's capacity, budget or horizon. */
  notScheduled: number;
  /** Why they did not fit: the limit that binds. */
  reasons: ReasonCounts;
  /** The plan with the proposals added: its actions scheduled and not scheduled, as the rendered plan counts them. */
  scheduled: number;
  unscheduled: number;
  /** Terms and years over their limit because of the plan's own dated actions. */
  over: ScheduleWarning[];
}

/**
 * The engine's suggestions for the plan's gaps: those it could schedule, most important first.
 * Measured against the assessment date, so the same answers give the same proposals on any day.
 */
export function proposeWithEngine(catalogue: Catalogue): (plan: Plan) => ProposalSet {
  return (plan) => {
    const report = buildReport(plan, catalogue, { referenceDate: plan.assessment.date });
    const rank = new Map(report.priorities.map((p) => [p.indicator, p.rank]));
    const rankOf = (a: ScheduledAction) => Math.min(...a.indicators.map((id) => rank.get(id) ?? Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
    const proposals = report.schedule.scheduled
      .filter((a) => a.origin === 'suggestion')
      .map((a, i) => ({ a, i }))
      .sort((x, y) => rankOf(x.a) - rankOf(y.a) || compareTerms(x.a.start, y.a.start) || x.i - y.i)
      .map((x) => x.a);
    const notScheduled = report.schedule.notScheduled.filter((a) => a.origin === 'suggestion');
    return {
      proposals,
      notScheduled: notScheduled.length,
      reasons: reasonCounts(notScheduled),
      scheduled: report.schedule.scheduled.length,
      unscheduled: report.schedule.notScheduled.length,
      over: report.schedule.warnings.filter((w) => w.kind === 'capacity-exceeded' || w.kind === 'budget-exceeded'),
    };
  };
}

/** `A01`, `A02`, …: the first that no action in `used` has (compared without case, as file systems do). */
export function nextActionId(used: ReadonlySet<string>): string {
  const lower = new Set([...used].map((u) => u.toLowerCase()));
  for (let n = 1; ; n++) {
    const id = `A${String(n).padStart(2, '0')}`;
    if (!lower.has(id.toLowerCase())) return id;
  }
}

/** An accepted proposal as the plan keeps it: the catalogue's title and owner in the plan's language. */
export function actionFromProposal(p: ScheduledAction, id: string, catalogue: Catalogue, lang: Lang): PlanAction {
  const suggestion = p.suggestion ? indexCatalogue(catalogue).suggestion.get(p.suggestion) : undefined;
  const action: PlanAction = {
    id,
    title: suggestion?.title[lang] ?? p.titleText?.[lang] ?? p.title,
    indicators: [...p.indicators],
    owner: p.owner ?? suggestion?.owner[lang],
    start: p.start,
    end: p.end,
    cost: p.cost,
    status: 'planned',
  };
  if (p.resources.length > 0) action.resources = [...p.resources];
  if (action.owner === undefined) delete action.owner;
  return action;
}

/** The catalogue's suggestion an action was made from, found by indicator and title; for showing its description. */
export function suggestionOf(action: PlanAction, catalogue: Catalogue, lang: Lang) {
  const idx = indexCatalogue(catalogue);
  for (const id of action.indicators) {
    const found = idx.indicator.get(id)?.actions.find((s) => s.title[lang] === action.title);
    if (found) return found;
  }
  return undefined;
}
