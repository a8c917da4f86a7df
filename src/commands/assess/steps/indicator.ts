// Steps for one indicator: the current level (or unknown / not relevant) and the target on one screen; comment,
// evidence and importance only when asked for (the `k` key), importance otherwise the catalogue's.
import type { Answer, Importance, Indicator, Level, LevelAnswer } from '../../../core/model.ts';
import { indexCatalogue } from '../../../core/catalogue.ts';
import { MORE, type AnswerValue, type Question } from '../../../io/prompts.ts';
import { orderedIndicators, type AssessState } from '../state.ts';
import { stepId, textOf, type FlowEnv, type Next, type Step, type Transition } from '../step.ts';

const NAMES = new Set(['current', 'target', 'importance', 'comment', 'evidence']);
const IMPORTANCE: Importance[] = ['high', 'medium', 'low'];

export function handles(name: string): boolean {
  return NAMES.has(name);
}

/** `target:1.1.a+`: the target, and comment, evidence and importance after it (asked for with the `k` key). */
export function indicatorArg(arg: string): { id: string; more: boolean } {
  return arg.endsWith(MORE) ? { id: arg.slice(0, -MORE.length), more: true } : { id: arg, more: false };
}

export function indicatorStart(id: string, review = false): string {
  return stepId('current', id, review);
}

export function isLevel(n: number): n is Level {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Focus area, goal and "question 7 of 25": shown above the indicator's questions. */
export function indicatorHeader(env: FlowEnv, id: string): string[] {
  const t = textOf(env);
  const idx = indexCatalogue(env.catalogue);
  const ordered = orderedIndicators(env.catalogue);
  const n = ordered.findIndex((i) => i.id === id) + 1;
  const ind = idx.indicator.get(id);
  const goal = ind ? idx.goal.get(ind.goal) : undefined;
  const fa = goal ? idx.focusArea.get(goal.focusArea) : undefined;
  const lines: string[] = [];
  if (fa) lines.push(t.q.focusArea(fa.id, env.catalogue.focusAreas.length, fa.title[env.lang]));
  if (goal) lines.push(t.q.goal(goal.id, goal.text[env.lang]));
  lines.push(t.q.progress(n, ordered.length, id, ind?.title[env.lang] ?? ''));
  return lines;
}

function levelAnswer(a: Answer | undefined): LevelAnswer | undefined {
  return a && 'current' in a ? a : undefined;
}

export function question(state: AssessState, env: FlowEnv, step: Step): Next {
  const t = textOf(env);
  const ind = indexCatalogue(env.catalogue).indicator.get(indicatorArg(step.arg).id)!;
  const header = indicatorHeader(env, ind.id);
  const a = state.answers[ind.id];
  const la = levelAnswer(a);
  const more = { key: 'k', label: t.q.moreKey };
  const levelChoice = (n: number, same = false) => ({
    value: String(n),
    key: String(n),
    name: same ? `${t.q.level(n)} ${t.q.sameAsToday}: ${ind.levels[n - 1]![env.lang]}` : t.q.levelChoice(n, ind.levels[n - 1]![env.lang]),
    short: same ? `${t.q.level(n)} ${t.q.sameAsToday}` : t.q.level(n),
  });
  let q: Question;
  switch (step.name) {
    case 'current':
      q = {
        type: 'select',
        message: t.q.current(ind.question[env.lang]),
        done: t.q.doneCurrent(ind.id),
        choices: [
          ...[1, 2, 3, 4].map((n) => levelChoice(n)),
          { value: 'unknown', name: t.q.unknownLong, short: t.q.unknown },
          { value: 'not-relevant', name: t.q.notRelevantLong, short: t.q.notRelevant },
          { value: 'help', name: t.q.helpLong, short: t.q.help },
        ],
        default: la ? String(la.current) : a && 'status' in a ? a.status : undefined,
        help: `${t.q.helpTitle}: ${ind.help[env.lang]}`,
        more,
        pageSize: 20,
      };
      break;
    case 'target': {
      const current = la?.current ?? 1;
      q = {
        type: 'select',
        message: t.q.target,
        done: t.q.doneTarget(ind.id),
        choices: [1, 2, 3, 4].filter((n) => n >= current).map((n) => levelChoice(n, n === current)),
        default: String(la?.target ?? Math.min(current + 1, 4)),
        more,
        pageSize: 20,
      };
      break;
    }
    case 'importance':
      q = {
        type: 'select',
        message: t.q.importance,
        done: t.q.doneImportance(ind.id),
        choices: IMPORTANCE.map((i) => ({
          value: i,
          name: i === ind.importance ? `${t.importance[i]} ${t.q.importanceDefault}` : t.importance[i],
          short: t.importance[i],
        })),
        default: la?.importance ?? ind.importance,
      };
      break;
    case 'comment':
      q = { type: 'input', message: t.q.comment, default: a?.comment };
      break;
    default:
      q = { type: 'input', message: t.q.evidence, default: la?.evidence };
  }
  return { kind: 'ask', header, question: q };
}

/** The step after this one: the target, comment, evidence and importance when asked for, then the next indicator or the review. */
function after(name: string, ind: Indicator, a: Answer, review: boolean, more: boolean, env: FlowEnv): string {
  const to = (n: string) => stepId(n, ind.id, review);
  const isStatus = 'status' in a;
  switch (name) {
    case 'current':
      if (!isStatus && a.current !== 4) return stepId('target', more ? `${ind.id}${MORE}` : ind.id, review);
      if (more) return to('comment');
      break;
    case 'target':
      if (more) return to('comment');
      break;
    case 'comment':
      if (!isStatus) return to('evidence');
      break;
    case 'evidence':
      return to('importance');
  }
  if (review) return 'review';
  const ordered = orderedIndicators(env.catalogue);
  const following = ordered[ordered.findIndex((i) => i.id === ind.id) + 1];
  return following ? indicatorStart(following.id) : 'review';
}

export function apply(state: AssessState, env: FlowEnv, step: Step, value: AnswerValue): Transition {
  const t = textOf(env);
  const ind = indexCatalogue(env.catalogue).indicator.get(indicatorArg(step.arg).id)!;
  const old = state.answers[ind.id];
  const oldLevel = levelAnswer(old);
  const raw = typeof value === 'string' ? value.trim() : '';
  // `k` on a level question: this answer, then comment, evidence and importance.
  const more = indicatorArg(step.arg).more || (step.name !== 'comment' && step.name !== 'evidence' && raw.endsWith(MORE));
  const s = step.name === 'comment' || step.name === 'evidence' ? raw : raw.endsWith(MORE) ? raw.slice(0, -MORE.length) : raw;
  let a: Answer;
  switch (step.name) {
    case 'current': {
      if (s === 'help') return { state, notes: [`${t.q.helpTitle}: ${ind.help[env.lang]}`], changed: false };
      if (s === 'unknown' || s === 'not-relevant') {
        a = { status: s };
        if (old?.comment) a.comment = old.comment;
        break;
      }
      const current = Number(s);
      if (!isLevel(current)) throw new Error(`assess: not a level: ${s}`);
      // The target stays where it was unless it would now lie below the current level; then one level up is suggested.
      const target = oldLevel && oldLevel.target >= current ? oldLevel.target : (Math.min(current + 1, 4) as Level);
      a = { current, target };
      if (oldLevel?.importance) a.importance = oldLevel.importance;
      if (old?.comment) a.comment = old.comment;
      if (oldLevel?.evidence) a.evidence = oldLevel.evidence;
      break;
    }
    case 'target': {
      const target = Number(s);
      if (!oldLevel || !isLevel(target) || target < oldLevel.current) throw new Error(`assess: bad target ${s}`);
      a = { ...oldLevel, target };
      break;
    }
    case 'importance':
      if (!oldLevel || !IMPORTANCE.includes(s as Importance)) throw new Error(`assess: bad importance ${s}`);
      a = { ...oldLevel, importance: s as Importance };
      break;
    case 'comment':
      a = { ...old! };
      if (s) a.comment = s;
      else delete a.comment;
      break;
    default:
      a = { ...oldLevel! };
      if (s) a.evidence = s;
      else delete a.evidence;
  }
  const answers = { ...state.answers, [ind.id]: a };
  const notes = step.name === 'current' && 'current' in a && a.current === 4 ? [t.q.targetReached] : undefined;
  return { state: { ...state, answers, step: after(step.name, ind, a, step.review, more, env) }, notes };
}
