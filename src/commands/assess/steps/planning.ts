// Planning settings: start term, number of terms, actions per term and an optional yearly budget.
import { nextTermAfter, readTerm } from '../../../core/terms.ts';
import type { AnswerValue, Question } from '../../../io/prompts.ts';
import { parseAmount } from '../../../core/amount.ts';
import { groupDigits, parseWhole } from '../format.ts';
import { DEFAULT_ACTIONS_PER_TERM, DEFAULT_TERMS, type AssessState } from '../state.ts';
import { textOf, type FlowEnv, type Next, type Step, type Transition } from '../step.ts';

const ORDER = ['plan.start', 'plan.terms', 'plan.perTerm', 'plan.budget'];

export function handles(name: string): boolean {
  return ORDER.includes(name);
}

export function question(state: AssessState, env: FlowEnv, step: Step): Next {
  const t = textOf(env);
  const p = state.planning;
  let q: Question;
  switch (step.name) {
    case 'plan.start':
      q = {
        type: 'input',
        message: t.planning.start,
        default: p.start ?? nextTermAfter(state.date ?? env.today),
        validate: (v) => (readTerm(v) ? true : t.planning.startFormat),
      };
      break;
    case 'plan.terms':
      q = {
        type: 'input',
        message: t.planning.terms,
        default: String(p.terms ?? DEFAULT_TERMS),
        validate: (v) => (parseWhole(v, 1, 20) !== undefined ? true : t.planning.termsRange),
      };
      break;
    case 'plan.perTerm':
      q = {
        type: 'input',
        message: t.planning.perTerm,
        default: String(p.actionsPerTerm ?? DEFAULT_ACTIONS_PER_TERM),
        validate: (v) => (parseWhole(v, 1, 50) !== undefined ? true : t.planning.perTermRange),
      };
      break;
    default:
      q = {
        type: 'input',
        message: t.planning.budget,
        default: p.budgetPerYear !== undefined ? groupDigits(p.budgetPerYear) : undefined,
        validate: (v) => (v === '' || parseAmount(v) !== undefined ? true : t.planning.budgetFormat),
      };
  }
  return { kind: 'ask', header: [t.section.planning], question: q };
}

export function apply(state: AssessState, _env: FlowEnv, step: Step, value: AnswerValue): Transition {
  const s = String(value).trim();
  const planning = { ...state.planning };
  switch (step.name) {
    case 'plan.start':
      planning.start = readTerm(s) ?? s;
      break;
    case 'plan.terms':
      planning.terms = parseWhole(s, 1, 20) ?? DEFAULT_TERMS;
      break;
    case 'plan.perTerm':
      planning.actionsPerTerm = parseWhole(s, 1, 50) ?? DEFAULT_ACTIONS_PER_TERM;
      break;
    default: {
      const amount = s === '' ? undefined : parseAmount(s);
      if (amount === undefined) delete planning.budgetPerYear;
      else planning.budgetPerYear = amount;
    }
  }
  const i = ORDER.indexOf(step.name);
  return { state: { ...state, planning, step: ORDER[i + 1] ?? 'proposals' } };
}
