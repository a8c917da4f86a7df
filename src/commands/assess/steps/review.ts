// The review: every answer in one compact table, from which any answer can be reopened before planning.
import type { Answer, Importance } from '../../../core/model.ts';
import type { AnswerValue, Choice } from '../../../io/prompts.ts';
import { fit } from '../format.ts';
import { orderedIndicators, type AssessState } from '../state.ts';
import { stepId, textOf, type FlowEnv, type Next, type Step, type Transition } from '../step.ts';
import { indicatorStart } from './indicator.ts';
import { describeOrganisation } from './organisation.ts';

export function handles(name: string): boolean {
  return name === 'review';
}

function answerCell(a: Answer | undefined, env: FlowEnv): string {
  const t = textOf(env);
  if (!a) return t.review.unanswered;
  if ('status' in a) return a.status === 'unknown' ? t.q.unknown : t.q.notRelevant;
  return t.review.answered(a.current, a.target);
}

const width = (s: string) => [...s].length;
/** Below this many columns for the title, each indicator takes two lines: id and answer, then the title. */
const MIN_TITLE = 16;

/** The table's rows, as choices laid out for the width there is: the organisation, the date, then one row per indicator. */
export function reviewRows(state: AssessState, env: FlowEnv): Choice[] {
  const t = textOf(env);
  const indicators = orderedIndicators(env.catalogue);
  const idWidth = Math.max(...indicators.map((i) => width(i.id)));
  const answerWidth = Math.max(width(t.review.unanswered), width(t.q.unknown), width(t.q.notRelevant), width(t.review.answered(4, 4)));
  const importanceWidth = Math.max(...Object.values(t.importance).map(width));
  const line = (label: string, value: string) => (w: number) => fit(`${label}: ${value}`, w).trimEnd();
  const rows: Choice[] = [
    { value: 'org', name: `${t.review.organisation}: ${describeOrganisation(state.organisation, 200).trimEnd()}`, short: t.review.organisation },
    { value: 'date', name: `${t.review.date}: ${state.date ?? ''}`, short: t.review.date },
  ];
  rows[0]!.row = (w) => `${t.review.organisation}: ${describeOrganisation(state.organisation, Math.max(10, w - width(t.review.organisation) - 2)).trimEnd()}`;
  rows[1]!.row = line(t.review.date, state.date ?? '');
  for (const ind of indicators) {
    const a = state.answers[ind.id];
    const importance: Importance | undefined = a && 'current' in a ? (a.importance ?? ind.importance) : undefined;
    const mark = a?.comment ? t.review.commentMark : ' ';
    const title = ind.title[env.lang];
    const tail = `${fit(answerCell(a, env), answerWidth)} ${fit(importance ? t.importance[importance] : '', importanceWidth)} ${mark}`;
    const row = (w: number) => {
      const titleWidth = w - idWidth - 1 - width(tail) - 1;
      if (titleWidth >= MIN_TITLE) return `${fit(ind.id, idWidth)} ${fit(title, titleWidth)} ${tail}`.trimEnd();
      return `${`${fit(ind.id, idWidth)} ${tail}`.trimEnd()}\n  ${fit(title, Math.max(10, w - 2)).trimEnd()}`;
    };
    rows.push({ value: `ind:${ind.id}`, name: `${ind.id} ${title} ${answerCell(a, env)}`, row, short: ind.id });
  }
  return rows;
}

export function question(state: AssessState, env: FlowEnv): Next {
  const t = textOf(env);
  return {
    kind: 'ask',
    header: [t.section.review, t.review.intro(t.review.commentMark)],
    question: {
      type: 'select',
      message: t.review.message,
      done: t.review.done,
      choices: [{ value: 'proceed', name: t.review.proceed, short: t.review.proceedShort }, ...reviewRows(state, env)],
      default: 'proceed',
      pageSize: 20,
    },
  };
}

export function apply(state: AssessState, _env: FlowEnv, _step: Step, value: AnswerValue): Transition {
  const v = String(value);
  let step: string;
  if (v === 'org') step = stepId('org.kind', '', true);
  else if (v === 'date') step = stepId('date', '', true);
  else if (v.startsWith('ind:')) step = indicatorStart(v.slice(4), true);
  else step = 'proposals';
  return { state: { ...state, step } };
}
