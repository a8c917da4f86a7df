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

const ID_WIDTH = 9;
const TITLE_WIDTH = 40;
const ANSWER_WIDTH = 13;

function answerCell(a: Answer | undefined, env: FlowEnv): string {
  const t = textOf(env);
  if (!a) return t.review.unanswered;
  if ('status' in a) return a.status === 'unknown' ? t.q.unknown : t.q.notRelevant;
  return t.review.answered(a.current, a.target);
}

/** The table's rows, as choices: the organisation, the date, then one row per indicator. */
export function reviewRows(state: AssessState, env: FlowEnv): Choice[] {
  const t = textOf(env);
  const rows: Choice[] = [
    { value: 'org', name: `${fit(t.review.organisation, ID_WIDTH)} ${describeOrganisation(state.organisation, TITLE_WIDTH + ANSWER_WIDTH + 1).trimEnd()}`, short: t.review.organisation },
    { value: 'date', name: `${fit(t.review.date, ID_WIDTH)} ${state.date ?? ''}`, short: t.review.date },
  ];
  for (const ind of orderedIndicators(env.catalogue)) {
    const a = state.answers[ind.id];
    const importance: Importance | undefined = a && 'current' in a ? (a.importance ?? ind.importance) : undefined;
    const cells = [fit(ind.id, ID_WIDTH), fit(ind.title[env.lang], TITLE_WIDTH), fit(answerCell(a, env), ANSWER_WIDTH), importance ? t.importance[importance] : ''];
    rows.push({ value: `ind:${ind.id}`, name: cells.join(' ').trimEnd(), short: ind.id });
  }
  return rows;
}

export function question(state: AssessState, env: FlowEnv): Next {
  const t = textOf(env);
  return {
    kind: 'ask',
    header: [t.section.review, t.review.intro],
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
  else step = 'plan.start';
  return { state: { ...state, step } };
}
