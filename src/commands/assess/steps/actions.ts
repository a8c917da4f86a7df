// The engine's proposals, one at a time: keep, change (owner, terms, cost) or drop; kept ones become plan actions.
import type { PlanAction } from '../../../core/model.ts';
import { compareTerms, readTerm } from '../../../core/terms.ts';
import type { AnswerValue, Question } from '../../../io/prompts.ts';
import { formatMoney } from '../../../i18n/number-format.ts';
import { parseAmount } from '../../../core/amount.ts';
import { groupDigits } from '../format.ts';
import { actionFromProposal, nextActionId, suggestionOf } from '../proposals.ts';
import { planFromState, type AssessState } from '../state.ts';
import { stepId, textOf, type FlowEnv, type Next, type Step, type Transition } from '../step.ts';

const EDIT = ['action.owner', 'action.start', 'action.end', 'action.cost'];

export function handles(name: string): boolean {
  return name === 'proposals' || name === 'action' || EDIT.includes(name);
}

/**
 * `action:<index>/<first>/<dropped>`: the action being decided, where this session's proposals begin in the
 * list, and how many were dropped so far (so "proposal 3 of 7" keeps counting after a drop).
 */
export interface ActionPos {
  index: number;
  first: number;
  dropped: number;
}

export function actionStep(name: string, pos: ActionPos): string {
  return stepId(name, `${pos.index}/${pos.first}/${pos.dropped}`);
}

export function parseActionArg(arg: string): ActionPos {
  const [i, f, d] = arg.split('/').map((x) => Number.parseInt(x, 10));
  return { index: i ?? Number.NaN, first: Number.isInteger(f) ? f! : 0, dropped: Number.isInteger(d) ? d! : 0 };
}

function afterDecision(state: AssessState, pos: ActionPos): string {
  return pos.index < state.actions.length ? actionStep('action', pos) : 'save';
}

/** Adds the engine's proposals for the plan as it stands, each kept unless the user says otherwise. */
export function propose(state: AssessState, env: FlowEnv): Transition {
  const t = textOf(env);
  const carried = state.actions;
  const set = env.propose(planFromState(state, env.catalogue));
  const used = new Set(carried.map((a) => a.id));
  const added: PlanAction[] = [];
  for (const p of set.proposals) {
    const id = nextActionId(used);
    used.add(id);
    added.push(actionFromProposal(p, id, env.catalogue, env.lang));
  }
  const notes: string[] = [t.section.actions];
  for (const a of carried) if (a.status !== 'done' && a.status !== 'cancelled') notes.push(t.actions.carried(a.id, a.title));
  notes.push(added.length > 0 ? t.actions.intro(added.length) : t.actions.none);
  const actions = [...carried, ...added];
  const next = added.length > 0 ? actionStep('action', { index: carried.length, first: carried.length, dropped: 0 }) : 'save';
  return { state: { ...state, actions, step: next }, notes };
}

/** Before the proposals: when some do not fit within the limits, the user may widen them first. */
function proposalsQuestion(state: AssessState, env: FlowEnv): Next {
  const t = textOf(env);
  const set = env.propose(planFromState(state, env.catalogue));
  if (set.notScheduled === 0) return { kind: 'auto' };
  return {
    kind: 'ask',
    header: [t.section.actions, t.actions.notScheduled(set.notScheduled, set.proposals.length)],
    question: {
      type: 'select',
      message: t.actions.fit,
      choices: [
        { value: 'proceed', name: t.actions.proceed(set.proposals.length) },
        { value: 'limits', name: t.actions.limits },
      ],
      default: 'proceed',
    },
  };
}

function gapText(state: AssessState, id: string): string {
  const a = state.answers[id];
  return a && 'current' in a ? `${id} (${a.current} → ${a.target})` : id;
}

export function question(state: AssessState, env: FlowEnv, step: Step): Next {
  if (step.name === 'proposals') return proposalsQuestion(state, env);
  const t = textOf(env);
  const { index, first, dropped } = parseActionArg(step.arg);
  const a = state.actions[index]!;
  const header = [
    t.actions.header(index - first + dropped + 1, state.actions.length - first + dropped, a.id, a.title),
    t.actions.details(a.indicators.map((id) => gapText(state, id)).join(', '), a.start ?? '', a.end ?? a.start ?? '', formatMoney(a.cost ?? 0, env.lang), a.owner ?? '–'),
  ];
  const description = suggestionOf(a, env.catalogue, env.lang)?.description[env.lang];
  if (description) header.push(description);
  let q: Question;
  switch (step.name) {
    case 'action':
      q = {
        type: 'select',
        message: t.actions.decide,
        done: t.actions.decided(a.id),
        choices: [
          { value: 'accept', name: t.actions.accept },
          { value: 'edit', name: t.actions.edit, short: t.actions.accept },
          { value: 'drop', name: t.actions.drop },
        ],
        default: 'accept',
      };
      break;
    case 'action.owner':
      q = { type: 'input', message: t.actions.owner, default: a.owner };
      break;
    case 'action.start':
      q = { type: 'input', message: t.actions.start, default: a.start, validate: (v) => (readTerm(v) ? true : t.planning.startFormat) };
      break;
    case 'action.end': {
      const start = a.start;
      q = {
        type: 'input',
        message: t.actions.end,
        default: a.end && start && compareTerms(a.end, start) >= 0 ? a.end : start,
        validate: (v) => {
          const term = readTerm(v);
          if (!term) return t.planning.startFormat;
          return start && compareTerms(term, start) < 0 ? t.actions.endBeforeStart(start) : true;
        },
      };
      break;
    }
    default:
      q = { type: 'input', message: t.actions.cost, default: a.cost !== undefined ? groupDigits(a.cost) : undefined, validate: (v) => (parseAmount(v) !== undefined ? true : t.actions.costFormat) };
  }
  return { kind: 'ask', header, question: q };
}

export function apply(state: AssessState, env: FlowEnv, step: Step, value: AnswerValue): Transition {
  if (step.name === 'proposals') return String(value) === 'limits' ? { state: { ...state, step: 'plan.start' } } : propose(state, env);
  const pos = parseActionArg(step.arg);
  const { index } = pos;
  const s = String(value).trim();
  const actions = state.actions.map((a) => ({ ...a }));
  const a = actions[index]!;
  const nextOne = { ...pos, index: index + 1 };
  switch (step.name) {
    case 'action':
      if (s === 'edit') return { state: { ...state, step: actionStep('action.owner', pos) } };
      if (s === 'drop') {
        // A dropped catalogue suggestion is recorded as declined, so the rendered plan does not propose it again.
        const dropped = suggestionOf(a, env.catalogue, env.lang);
        const declined = dropped ? [...new Set([...(state.planning.declined ?? []), dropped.id])] : state.planning.declined;
        const planning = declined ? { ...state.planning, declined } : state.planning;
        actions.splice(index, 1);
        // Proposals not yet decided move up into the freed numbers, so the kept ones are numbered without gaps.
        const used = new Set(actions.slice(0, index).map((x) => x.id));
        for (const later of actions.slice(index)) {
          later.id = nextActionId(used);
          used.add(later.id);
        }
        return { state: { ...state, planning, actions, step: afterDecision({ ...state, planning, actions }, { ...pos, dropped: pos.dropped + 1 }) } };
      }
      return { state: { ...state, step: afterDecision(state, nextOne) } };
    case 'action.owner':
      if (s) a.owner = s;
      else delete a.owner;
      return { state: { ...state, actions, step: actionStep('action.start', pos) } };
    case 'action.start': {
      a.start = readTerm(s) ?? s;
      if (a.end && compareTerms(a.end, a.start) < 0) a.end = a.start;
      return { state: { ...state, actions, step: actionStep('action.end', pos) } };
    }
    case 'action.end':
      a.end = readTerm(s) ?? s;
      return { state: { ...state, actions, step: actionStep('action.cost', pos) } };
    default:
      a.cost = parseAmount(s) ?? a.cost;
      return { state: { ...state, actions, step: afterDecision(state, nextOne) } };
  }
}
