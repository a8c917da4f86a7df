// What a rendered plan shows of the respondents' spread: one line per indicator, the points to discuss, and how each
// role sees each focus area. Pure; Markdown and PDF print the same view.
import { DISCUSSION_SPREAD, isOwnDecision, levelSpread } from './merge.ts';
import {
  isLevelAnswer,
  RESPONDENT_ROLES,
  type Catalogue,
  type Plan,
  type RespondentNote,
  type RespondentRole,
  type Respondents,
  type ResponseGroup,
  type Responses,
} from './model.ts';

export interface SpreadIndicator {
  id: string;
  responses: Responses;
  /** The plan's answer: levels, or unknown / not-relevant. */
  plan: { current?: number; target?: number; status?: string };
  /** Whether the plan's answer is the organiser's own decision rather than the rule's. */
  own: boolean;
  spread: number;
  byRole: { role: RespondentRole; group: ResponseGroup }[];
  comments: RespondentNote[];
  evidence: RespondentNote[];
}

export interface RoleView {
  role: RespondentRole;
  respondents: number;
  /** Per focus area: the mean current level over the role's level answers, and how many answers it rests on. */
  areas: { focusArea: string; mean?: number; answers: number }[];
}

export interface SpreadView {
  respondents: Respondents;
  indicators: SpreadIndicator[];
  /** Indicators whose answers span DISCUSSION_SPREAD levels or more. */
  discuss: SpreadIndicator[];
  roles: RoleView[];
}

/** The view, or undefined for a plan without any spread (no answers merged into it). */
export function spreadView(plan: Plan, catalogue: Catalogue): SpreadView | undefined {
  const indicators: SpreadIndicator[] = [];
  for (const ind of catalogue.indicators) {
    const a = plan.assessment.answers[ind.id];
    const r = a?.responses;
    if (!a || !r) continue;
    indicators.push({
      id: ind.id,
      responses: r,
      plan: isLevelAnswer(a) ? { current: a.current, target: a.target } : { status: a.status },
      own: isOwnDecision(a),
      spread: levelSpread(r),
      byRole: RESPONDENT_ROLES.filter((role) => r.roles?.[role]).map((role) => ({ role, group: r.roles![role]! })),
      comments: [...(r.comments ?? [])],
      evidence: [...(r.evidence ?? [])],
    });
  }
  if (indicators.length === 0) return undefined;
  const respondents = plan.assessment.respondents ?? { count: Math.max(...indicators.map((i) => i.responses.count)) };
  const goalArea = new Map(catalogue.goals.map((g) => [g.id, g.focusArea]));
  const areaOf = new Map(catalogue.indicators.map((i) => [i.id, goalArea.get(i.goal) ?? '']));
  const roles: RoleView[] = [];
  for (const role of RESPONDENT_ROLES) {
    const seen = indicators.some((i) => i.responses.roles?.[role]);
    if (!seen) continue;
    const areas = catalogue.focusAreas.map((fa) => {
      let sum = 0;
      let n = 0;
      for (const i of indicators) {
        if (areaOf.get(i.id) !== fa.id) continue;
        const counts = i.responses.roles?.[role]?.current;
        if (!counts) continue;
        counts.forEach((c, level) => {
          sum += c * (level + 1);
          n += c;
        });
      }
      return { focusArea: fa.id, ...(n > 0 ? { mean: sum / n } : {}), answers: n };
    });
    roles.push({ role, respondents: respondents.roles?.[role] ?? Math.max(...indicators.map((i) => i.responses.roles?.[role]?.count ?? 0)), areas });
  }
  return { respondents, indicators, discuss: indicators.filter((i) => i.spread >= DISCUSSION_SPREAD), roles };
}
