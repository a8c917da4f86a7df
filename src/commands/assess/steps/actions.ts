// The plan's limits confirmed (and which limit binds), then the engine's proposals: kept or dropped in one list,
// changed one at a time with a warning as soon as a term or a year is overfilled, and offered again until every
// proposal that fits has been shown: the plan written holds exactly the actions the user saw and kept.
import type { PlanAction, ScheduleWarning } from '../../../core/model.ts';
import { compareTerms, nextTermAfter, readTerm } from '../../../core/terms.ts';
import type { AnswerValue, Question } from '../../../io/prompts.ts';
import { formatMoney } from '../../../i18n/number-format.ts';
import { parseAmount } from '../../../core/amount.ts';
import { groupDigits } from '../format.ts';
import { actionFromProposal, nextActionId, suggestionOf, type ProposalSet } from '../proposals.ts';
import { DEFAULT_ACTIONS_PER_TERM, DEFAULT_TERMS, planFromState, type AssessState, type PlanningDraft } from '../state.ts';
import { stepId, textOf, type FlowEnv, type Next, type Step, type Transition } from '../step.ts';

const EDIT = ['action.owner', 'action.start', 'action.end', 'action.cost'];
const NAMES = ['proposals', 'proposals.again', 'actions.pick', 'actions.edit', ...EDIT];

export function handles(name: string): boolean {
  return NAMES.includes(name);
}

/**
 * `<index>/<session>/<round>`: the action being changed (for the action.* steps), where this session's new actions
 * begin in the list (those before came from an earlier plan), and where the latest round of proposals begins.
 */
export interface ActionPos {
  index: number;
  session: number;
  round: number;
}

export function parseActionArg(arg: string): ActionPos {
  const parts = arg.split('/').map((x) => Number.parseInt(x, 10));
  const [i, s, r] = parts.length === 2 ? [Number.NaN, ...parts] : parts;
  return { index: i ?? Number.NaN, session: Number.isInteger(s) ? s! : 0, round: Number.isInteger(r) ? r! : 0 };
}

const listArg = (p: ActionPos) => `${p.session}/${p.round}`;
const actionArg = (p: ActionPos) => `${p.index}/${p.session}/${p.round}`;

/** The planning settings in force: what was given, else the defaults the questions offer. */
export function planningWithDefaults(state: AssessState, env: FlowEnv): PlanningDraft {
  const p = state.planning;
  return {
    ...p,
    start: p.start ?? nextTermAfter(state.date ?? env.today),
    terms: p.terms ?? DEFAULT_TERMS,
    actionsPerTerm: p.actionsPerTerm ?? DEFAULT_ACTIONS_PER_TERM,
  };
}

function proposeFor(state: AssessState, env: FlowEnv, planning: PlanningDraft = planningWithDefaults(state, env)): ProposalSet {
  return env.propose(planFromState({ ...state, planning }, env.catalogue));
}

/** Which limit binds, and how many more proposals one step more of each limit would make room for. */
function bindingLines(state: AssessState, env: FlowEnv, set: ProposalSet): string[] {
  const t = textOf(env).planning;
  const p = planningWithDefaults(state, env);
  const lines = [t.reasons(set.notScheduled, set.reasons, p.actionsPerTerm!, p.terms!, p.budgetPerYear)];
  const gain = (changed: PlanningDraft) => set.notScheduled - proposeFor(state, env, changed).notScheduled;
  const whatIf: string[] = [];
  const perTerm = p.actionsPerTerm! + 1;
  if (perTerm <= 50) whatIf.push(t.morePerTerm(perTerm, gain({ ...p, actionsPerTerm: perTerm })));
  const terms = Math.min(20, p.terms! + 2);
  if (terms > p.terms!) whatIf.push(t.moreTerms(terms, gain({ ...p, terms })));
  if (p.budgetPerYear !== undefined) {
    const budget = Math.ceil((p.budgetPerYear * 1.5) / 1000) * 1000;
    whatIf.push(t.moreBudget(formatMoney(budget, env.lang), gain({ ...p, budgetPerYear: budget })));
  }
  lines.push(t.whatIf(whatIf));
  return lines;
}

/** The limits, what fits within them and, when something does not, which limit binds: go on, or change them first. */
function proposalsQuestion(state: AssessState, env: FlowEnv): Next {
  const t = textOf(env);
  const p = planningWithDefaults(state, env);
  const set = proposeFor(state, env);
  const header = [
    t.section.planning,
    t.planning.limits(p.start!, p.terms!, p.actionsPerTerm!, p.budgetPerYear !== undefined ? formatMoney(p.budgetPerYear, env.lang) : undefined),
  ];
  if (set.notScheduled > 0) header.push(t.actions.notScheduled(set.notScheduled, set.proposals.length), ...bindingLines(state, env, set));
  else header.push(t.actions.allFit(set.proposals.length));
  return {
    kind: 'ask',
    header,
    question: {
      type: 'select',
      message: t.actions.fit,
      done: t.actions.fitDone,
      choices: [
        { value: 'proceed', name: t.actions.proceed(set.proposals.length), short: t.actions.proceedShort },
        { value: 'limits', name: t.actions.limits, short: t.actions.limitsShort },
      ],
      default: 'proceed',
    },
  };
}

/** Adds the engine's proposals for the plan as it stands; the user keeps or drops them in the next step. */
export function propose(state: AssessState, env: FlowEnv, step: Step): Transition {
  const t = textOf(env);
  const again = step.name === 'proposals.again';
  const carried = state.actions;
  const planning = planningWithDefaults(state, env);
  const withLimits = { ...state, planning };
  const set = proposeFor(withLimits, env);
  const used = new Set(carried.map((a) => a.id));
  const added: PlanAction[] = [];
  for (const p of set.proposals) {
    const id = nextActionId(used);
    used.add(id);
    added.push(actionFromProposal(p, id, env.catalogue, env.lang));
  }
  const session = again ? parseActionArg(step.arg).session : carried.length;
  const notes: string[] = [];
  if (!again) {
    notes.push(t.section.actions);
    for (const a of carried) if (a.status !== 'done' && a.status !== 'cancelled') notes.push(t.actions.carried(a.id, a.title));
  }
  if (added.length > 0) {
    notes.push(again ? t.actions.roomNow(added.length) : t.actions.intro(added.length));
    const pos = { index: 0, session, round: carried.length };
    return { state: { ...withLimits, actions: [...carried, ...added], step: stepId('actions.pick', listArg(pos)) }, notes };
  }
  if (!again) notes.push(t.actions.none);
  // Nothing more to show: the plan is what the user kept, and the counts are the rendered plan's.
  notes.push(t.actions.final(set.scheduled, set.unscheduled));
  return { state: { ...withLimits, step: 'save' }, notes };
}

function actionLine(a: PlanAction, env: FlowEnv): string {
  const t = textOf(env);
  const when = a.start === (a.end ?? a.start) ? (a.start ?? '') : `${a.start}–${a.end}`;
  return t.actions.row(a.id, a.title, when, formatMoney(a.cost ?? 0, env.lang), a.indicators.join(', '));
}

/** Terms and years over their limit, as lines. */
function overLines(over: readonly ScheduleWarning[], env: FlowEnv): string[] {
  const t = textOf(env).actions;
  return over.map((w) =>
    w.kind === 'capacity-exceeded'
      ? t.overTerm(w.term, w.used, w.limit)
      : w.kind === 'budget-exceeded'
        ? t.overYear(w.year, formatMoney(w.used, env.lang), formatMoney(w.limit, env.lang))
        : '',
  );
}

export function question(state: AssessState, env: FlowEnv, step: Step): Next {
  if (step.name === 'proposals') return proposalsQuestion(state, env);
  if (step.name === 'proposals.again') return { kind: 'auto' };
  const t = textOf(env);
  const pos = parseActionArg(step.arg);
  if (step.name === 'actions.pick') {
    const fresh = state.actions.slice(pos.round);
    return {
      kind: 'ask',
      header: [t.actions.pickHeader],
      question: {
        type: 'checkbox',
        message: t.actions.pick,
        done: t.actions.pickDone,
        choices: fresh.map((a) => ({ value: a.id, name: actionLine(a, env), short: a.id, checked: true })),
        summary: t.actions.pickSummary,
        pageSize: 20,
      },
    };
  }
  if (step.name === 'actions.edit') {
    const editable = state.actions.map((a, i) => ({ a, i })).slice(pos.session);
    return {
      kind: 'ask',
      header: [t.actions.editHeader],
      question: {
        type: 'select',
        message: t.actions.edit,
        done: t.actions.editDone,
        choices: [
          { value: 'done', name: t.actions.editNone, short: t.actions.editNoneShort },
          ...editable.map(({ a, i }) => ({ value: String(i), name: actionLine(a, env), short: a.id })),
        ],
        default: 'done',
        pageSize: 20,
      },
    };
  }
  const a = state.actions[pos.index]!;
  const header = [
    t.actions.header(a.id, a.title),
    t.actions.details(a.indicators.join(', '), a.start ?? '', a.end ?? a.start ?? '', formatMoney(a.cost ?? 0, env.lang), a.owner ?? '–'),
  ];
  const description = suggestionOf(a, env.catalogue, env.lang)?.description[env.lang];
  if (description) header.push(description);
  let q: Question;
  switch (step.name) {
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
      q = {
        type: 'input',
        message: t.actions.cost,
        default: a.cost !== undefined ? groupDigits(a.cost) : undefined,
        validate: (v) => (parseAmount(v) !== undefined ? true : t.actions.costFormat),
      };
  }
  return { kind: 'ask', header, question: q };
}

/** Warnings for terms and years the changed action now overfills (said at once, not at the end). */
function overNotes(state: AssessState, env: FlowEnv, before: readonly ScheduleWarning[]): string[] | undefined {
  const key = (w: ScheduleWarning) => JSON.stringify(w);
  const known = new Set(before.map(key));
  const fresh = proposeFor(state, env).over.filter((w) => !known.has(key(w)));
  return fresh.length > 0 ? overLines(fresh, env) : undefined;
}

export function apply(state: AssessState, env: FlowEnv, step: Step, value: AnswerValue): Transition {
  if (step.name === 'proposals') return String(value) === 'limits' ? { state: { ...state, step: 'plan.start' } } : propose(state, env, step);
  if (step.name === 'proposals.again') return propose(state, env, step);
  const pos = parseActionArg(step.arg);
  if (step.name === 'actions.pick') {
    const kept = new Set(Array.isArray(value) ? value : []);
    const actions = state.actions.slice(0, pos.round).map((a) => ({ ...a }));
    let declined = state.planning.declined;
    // The round's actions were made from these proposals, in this order (the engine gives the same answer again).
    const made = proposeFor({ ...state, actions: state.actions.slice(0, pos.round) }, env).proposals;
    state.actions.slice(pos.round).forEach((a, k) => {
      if (kept.has(a.id)) {
        actions.push({ ...a });
        return;
      }
      // A dropped suggestion is recorded as declined, so neither assess nor the rendered plan proposes it again.
      const id = made[k]?.indicators.join() === a.indicators.join() ? made[k]!.id : suggestionOf(a, env.catalogue, env.lang)?.id;
      if (id) declined = [...new Set([...(declined ?? []), id])];
    });
    // Kept proposals are numbered without gaps.
    const used = new Set(actions.slice(0, pos.round).map((x) => x.id));
    for (const later of actions.slice(pos.round)) {
      later.id = nextActionId(used);
      used.add(later.id);
    }
    const planning = declined ? { ...state.planning, declined } : state.planning;
    const next = actions.length > pos.session ? stepId('actions.edit', listArg(pos)) : stepId('proposals.again', listArg(pos));
    return { state: { ...state, planning, actions, step: next } };
  }
  if (step.name === 'actions.edit') {
    const v = String(value);
    if (v === 'done') return { state: { ...state, step: stepId('proposals.again', listArg(pos)) } };
    return { state: { ...state, step: stepId('action.owner', actionArg({ ...pos, index: Number(v) })) } };
  }
  const s = String(value).trim();
  const actions = state.actions.map((a) => ({ ...a }));
  const a = actions[pos.index]!;
  const before = step.name === 'action.owner' ? [] : proposeFor(state, env).over;
  let next: string;
  switch (step.name) {
    case 'action.owner':
      if (s) a.owner = s;
      else delete a.owner;
      return { state: { ...state, actions, step: stepId('action.start', actionArg(pos)) } };
    case 'action.start':
      a.start = readTerm(s) ?? s;
      if (a.end && compareTerms(a.end, a.start) < 0) a.end = a.start;
      next = stepId('action.end', actionArg(pos));
      break;
    case 'action.end':
      a.end = readTerm(s) ?? s;
      next = stepId('action.cost', actionArg(pos));
      break;
    default:
      a.cost = parseAmount(s) ?? a.cost;
      next = stepId('actions.edit', listArg(pos));
  }
  const changed = { ...state, actions, step: next };
  return { state: changed, notes: overNotes(changed, env, before) };
}
