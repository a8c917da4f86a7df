// Several CSV rows for one organisation, as a survey export gives them: each row a respondent, merged into one plan
// with the spread of their answers, as `merge` merges answers files.
import { applyResponses, tallyResponses, type AnswerSheet, type SheetAnswer } from '../../core/merge.ts';
import { isLevelAnswer, type Catalogue, type Plan, type RespondentRole } from '../../core/model.ts';

export interface RespondentRow {
  row: number;
  plan: Plan;
  role: RespondentRole;
}

/**
 * One plan for the rows: the first row's organisation and planning, the latest assessment date, and the answers by
 * the median rule with the spread beside them.
 */
export function mergeRows(rows: readonly RespondentRow[], catalogue: Catalogue): Plan {
  const first = rows[0]!.plan;
  const sheets: AnswerSheet[] = rows.map((r) => {
    const answers: Record<string, SheetAnswer> = {};
    for (const [id, a] of Object.entries(r.plan.assessment.answers)) {
      answers[id] = isLevelAnswer(a)
        ? { current: a.current, target: a.target, ...(a.comment ? { comment: a.comment } : {}), ...(a.evidence ? { evidence: a.evidence } : {}) }
        : { status: a.status, ...(a.comment ? { comment: a.comment } : {}) };
    }
    const unit = r.plan.organisation.unit;
    return { role: r.role, ...(unit ? { unit } : {}), answers };
  });
  const ids = catalogue.indicators.map((i) => i.id);
  const { responses, respondents } = tallyResponses(sheets, ids);
  const date = rows
    .map((r) => r.plan.assessment.date)
    .sort()
    .at(-1)!;
  return { ...first, assessment: { date, answers: applyResponses({}, responses, ids).answers, respondents } };
}
