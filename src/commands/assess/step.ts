// Words shared by the flow and its steps: the environment, step ids, and what a step returns.
import type { Catalogue, Lang, Plan } from '../../core/model.ts';
import type { AssessText } from '../../i18n/assess.ts';
import type { Municipality } from '../../io/municipalities.ts';
import type { AnswerValue, Question } from '../../io/prompts.ts';
import { assessText } from '../../i18n/assess.ts';
import type { AssessState } from './state.ts';
import type { ProposalSet } from './proposals.ts';

export interface FlowEnv {
  catalogue: Catalogue;
  lang: Lang;
  /** The date "today" stands for: --date, SOURCE_DATE_EPOCH or the clock. */
  today: string;
  municipalities: readonly Municipality[];
  /** The planning engine's proposals for a plan, in priority order. */
  propose: (plan: Plan) => ProposalSet;
}

export function textOf(env: FlowEnv): AssessText {
  return assessText[env.lang];
}

/** A step id: an optional `review>` (the step was reopened from the review), a name, and an argument. */
export interface Step {
  review: boolean;
  name: string;
  arg: string;
}

export function parseStep(id: string): Step {
  const review = id.startsWith('review>');
  const rest = review ? id.slice('review>'.length) : id;
  const colon = rest.indexOf(':');
  return colon < 0 ? { review, name: rest, arg: '' } : { review, name: rest.slice(0, colon), arg: rest.slice(colon + 1) };
}

export function stepId(name: string, arg = '', review = false): string {
  return `${review ? 'review>' : ''}${name}${arg ? `:${arg}` : ''}`;
}

/** What the flow wants next. */
export type Next =
  | { kind: 'ask'; header: string[]; question: Question }
  /** A step the flow takes by itself (the engine's proposals), without a question. */
  | { kind: 'auto' }
  | { kind: 'save' };

export interface Transition {
  state: AssessState;
  /** Lines to show before the next question (help text, what happened). */
  notes?: string[];
  /** False when nothing worth saving changed (e.g. help was shown). */
  changed?: boolean;
}

export interface StepModule {
  handles(name: string): boolean;
  question(state: AssessState, env: FlowEnv, step: Step): Next;
  apply(state: AssessState, env: FlowEnv, step: Step, value: AnswerValue): Transition;
}
