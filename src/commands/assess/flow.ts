// The guided assessment as pure data: which question comes now, and what an answer does to the state.
import type { AnswerValue, Question } from '../../io/prompts.ts';
import type { AssessState } from './state.ts';
import { parseStep, type FlowEnv, type Next, type StepModule, type Transition } from './step.ts';
import * as organisation from './steps/organisation.ts';
import * as indicator from './steps/indicator.ts';
import * as review from './steps/review.ts';
import * as planning from './steps/planning.ts';
import * as actions from './steps/actions.ts';

export { parseStep, stepId, textOf, type FlowEnv, type Next, type Step, type Transition } from './step.ts';

const modules: StepModule[] = [organisation, indicator, review, planning, actions];

function moduleFor(name: string): StepModule | undefined {
  return modules.find((m) => m.handles(name));
}

/** True when the id names a step this flow knows and, for per-indicator or per-action steps, one that still exists. */
export function isKnownStep(id: string, state: AssessState, env: FlowEnv): boolean {
  const step = parseStep(id);
  if (step.name === 'save') return true;
  const mod = moduleFor(step.name);
  if (!mod) return false;
  if (indicator.handles(step.name)) {
    const { id } = indicator.indicatorArg(step.arg);
    if (!env.catalogue.indicators.some((i) => i.id === id)) return false;
    // A hand-edited draft may point at a part of an answer that the answer no longer has.
    const a = state.answers[id];
    if (step.name === 'current') return true;
    if (step.name === 'comment') return a !== undefined;
    return a !== undefined && 'current' in a;
  }
  if (step.name.startsWith('action.')) {
    const { index, session } = actions.parseActionArg(step.arg);
    return Number.isInteger(index) && index >= session && index < state.actions.length;
  }
  if (step.name.startsWith('actions.') || step.name === 'proposals.again') {
    const { session, round } = actions.parseActionArg(step.arg);
    return session <= round && round <= state.actions.length;
  }
  return true;
}

export function next(state: AssessState, env: FlowEnv): Next {
  const step = parseStep(state.step);
  if (step.name === 'save') return { kind: 'save' };
  const mod = moduleFor(step.name);
  if (!mod) throw new Error(`assess: unknown step ${state.step}`);
  return mod.question(state, env, step);
}

export function answer(state: AssessState, env: FlowEnv, value: AnswerValue): Transition {
  const step = parseStep(state.step);
  const mod = moduleFor(step.name);
  if (!mod) throw new Error(`assess: unknown step ${state.step}`);
  return mod.apply(state, env, step, value);
}

/** Takes an automatic step (see Next['auto']): the engine's proposals for the plan as it stands. */
export function advance(state: AssessState, env: FlowEnv): Transition {
  return actions.propose(state, env, parseStep(state.step));
}

/** Runs the flow with a function that answers each question; used for `--answers` and in tests. */
export function runToEnd(state: AssessState, env: FlowEnv, respond: (q: Question, state: AssessState) => AnswerValue, limit = 10_000): AssessState {
  let s = state;
  for (let i = 0; i < limit; i++) {
    const n = next(s, env);
    if (n.kind === 'save') return s;
    s = n.kind === 'auto' ? advance(s, env).state : answer(s, env, respond(n.question, s)).state;
  }
  throw new Error('assess: the flow did not finish');
}

/** The answer a person gives by pressing Enter: the question's default, or its first choice. */
export function enterAnswer(q: Question): AnswerValue {
  switch (q.type) {
    case 'select':
      return q.default ?? q.choices[0]?.value ?? '';
    case 'search':
      return q.default ?? q.source('')[0]?.value ?? '';
    case 'input':
      return q.default ?? '';
    case 'checkbox':
      return q.choices.filter((c) => c.checked).map((c) => c.value);
    case 'confirm':
      return q.default;
  }
}
