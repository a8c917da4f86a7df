// Gap analysis: where each indicator stands against its target, and summaries per goal and focus area.
import type { Catalogue, GroupSummary, IndicatorGap, Plan } from './model.ts';
import { isLevelAnswer } from './model.ts';
import { compareIds, unique } from './ids.ts';

/**
 * One entry per catalogue indicator, in id order. Unknown, not relevant and unanswered are states of
 * their own and carry no levels, so they can never be mistaken for level 1 or 0 further on.
 */
export function analyseGaps(plan: Pick<Plan, 'assessment'>, catalogue: Pick<Catalogue, 'indicators' | 'goals'>): IndicatorGap[] {
  const answers = plan.assessment?.answers ?? {};
  const areaOfGoal = new Map(catalogue.goals.map((g) => [g.id, g.focusArea]));
  const indicators = [...catalogue.indicators].sort((a, b) => compareIds(a.id, b.id));
  // Object literals rather than spreads: this runs for every indicator of every report, and spreads are slow in V8.
  return indicators.map((ind): IndicatorGap => {
    const focusArea = areaOfGoal.get(ind.goal) ?? ind.goal.split('.')[0] ?? ind.goal;
    // Own properties only: an indicator id must never pick up something from Object.prototype.
    const answer = Object.hasOwn(answers, ind.id) ? answers[ind.id] : undefined;
    if (isLevelAnswer(answer)) {
      // A target below the current level is a validation issue; here it simply means nothing to close.
      const gap = Math.max(0, answer.target - answer.current);
      const importance = answer.importance ?? ind.importance;
      const entry: IndicatorGap = {
        indicator: ind.id,
        goal: ind.goal,
        focusArea,
        state: 'answered',
        current: answer.current,
        target: answer.target,
        gap,
        importance,
      };
      if (gap > 0) {
        entry.resources = unique(ind.resources);
        entry.initiatives = unique(ind.initiatives).sort((a, b) => a - b);
      }
      return entry;
    }
    const state = answer?.status === 'unknown' || answer?.status === 'not-relevant' ? answer.status : 'unanswered';
    return { indicator: ind.id, goal: ind.goal, focusArea, state, importance: ind.importance };
  });
}

/** Summaries per goal and per focus area, in id order; means are over answered indicators only. */
export function summariseGroups(
  gaps: readonly IndicatorGap[],
  catalogue: Pick<Catalogue, 'goals' | 'focusAreas'>,
): { goals: GroupSummary[]; focusAreas: GroupSummary[] } {
  const goals = catalogue.goals.map((g) => g.id).sort(compareIds);
  const areas = catalogue.focusAreas.map((f) => f.id).sort(compareIds);
  return {
    goals: goals.map((id) =>
      summarise(
        id,
        gaps.filter((g) => g.goal === id),
      ),
    ),
    focusAreas: areas.map((id) =>
      summarise(
        id,
        gaps.filter((g) => g.focusArea === id),
      ),
    ),
  };
}

function summarise(id: string, gaps: readonly IndicatorGap[]): GroupSummary {
  const answered = gaps.filter((g) => g.state === 'answered' && g.current !== undefined && g.target !== undefined);
  const out: GroupSummary = {
    id,
    answered: answered.length,
    unknown: gaps.filter((g) => g.state === 'unknown').length,
    notRelevant: gaps.filter((g) => g.state === 'not-relevant').length,
    unanswered: gaps.filter((g) => g.state === 'unanswered').length,
  };
  if (answered.length > 0) {
    const mean = (f: (g: IndicatorGap) => number) => answered.reduce((s, g) => s + f(g), 0) / answered.length;
    out.meanCurrent = mean((g) => g.current!);
    out.meanTarget = mean((g) => g.target!);
    out.meanGap = mean((g) => g.gap ?? 0);
  }
  return out;
}
