// Sequencing: turns gaps into actions and places them on terms, after their prerequisites and within capacity and budget.
import type {
  ActionStatus,
  Catalogue,
  Indicator,
  IndicatorGap,
  NotScheduledReason,
  PlanAction,
  Priority,
  Schedule,
  ScheduledAction,
  ScheduleWarning,
  UnscheduledAction,
} from './model.ts';
import { byCodeUnits } from './code-units.ts';
import { compareIds, unique } from './ids.ts';
import { prerequisiteClosure } from './prerequisites.ts';
import { actionSupport } from './resources.ts';
import { isTerm, termEndedBefore, termFromIndex, termIndex } from './terms.ts';

/** The planning values in force for one run: the plan's own, or the command line's what-if values. */
export interface PlanningWindow {
  start: string;
  terms: number;
  actionsPerTerm?: number;
  budgetPerYear?: number;
  /** Suggestion ids the plan declines: that step and the later steps of its indicator are not suggested. */
  declined?: readonly string[];
}

type ActionBase = Omit<ScheduledAction, 'start' | 'end'>;

interface Edge {
  item: Item;
  /** 'step': the previous step of the same indicator; 'prerequisite': an action on an indicator this one builds on. */
  kind: 'step' | 'prerequisite';
}

interface Item {
  base: ActionBase;
  open: boolean;
  fixedAt?: { start: number; end: number };
  duration: number;
  /** Cost per term of the action's span, summing to its cost. */
  shares: number[];
  /**
   * Indicators this action's indicators build on (its own excluded), each with the level the action needs
   * there before it can start: Infinity when that level is unknown.
   */
  needs: Map<string, number>;
  step: number;
  rank: number;
  preds: Edge[];
  succs: Item[];
  /** Position in the fixed order of all items (see compareItems). */
  order?: number;
  /** The best position among this item and every item that waits for it: a prerequisite moves up with what needs it. */
  urgency?: number;
  start?: number;
  end?: number;
  reason?: NotScheduledReason;
}

/**
 * Done and cancelled actions are history: what they used in terms that have begun stays used (the money was
 * spent), but they take nothing in terms still to come, hold nothing back and cover no gap.
 */
const CLOSED: ReadonlySet<ActionStatus> = new Set(['done', 'cancelled']);
const NO_RANK = Number.MAX_SAFE_INTEGER;
/** Headroom for cost shares that are not whole kronor; whole-krona costs are split exactly. */
const EPSILON = 1e-6;

export function buildSchedule(
  actions: readonly PlanAction[],
  catalogue: Pick<Catalogue, 'indicators' | 'costClasses'>,
  gaps: readonly IndicatorGap[],
  priorities: readonly Priority[],
  window: PlanningWindow,
  referenceDate: string,
): Schedule {
  if (!isTerm(window.start)) throw new Error(`planning start is not a term: ${window.start}`);
  const first = termIndex(window.start);
  const count = Math.max(0, Math.floor(window.terms));
  const last = first + count - 1;
  const horizon = Array.from({ length: count }, (_, k) => termFromIndex(first + k));
  const years = unique(horizon.map((t) => Math.floor(termIndex(t) / 2)));
  // New work is never proposed for a term that is already over: it starts at the first term still running.
  let opensAt = first;
  while (opensAt <= last && termEndedBefore(termFromIndex(opensAt), referenceDate)) opensAt++;
  const slotLimit = window.actionsPerTerm;
  const budgetLimit = window.budgetPerYear;

  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const closure = prerequisiteClosure(catalogue);
  const rankOf = new Map(priorities.map((p) => [p.indicator, p.rank]));
  const bestRank = (ids: readonly string[]) => ids.reduce((r, id) => Math.min(r, rankOf.get(id) ?? NO_RANK), NO_RANK);
  // The level an indicator stands at today; unknown and unanswered have none, so nothing is assumed about them.
  const currentOf = new Map<string, number>();
  for (const g of gaps) if (g.state === 'answered' && g.current !== undefined) currentOf.set(g.indicator, g.current);
  /** For each indicator built on, the highest level any of `start` (indicator → first level it works towards) needs. */
  const needsOf = (start: ReadonlyMap<string, number>) => {
    const out = new Map<string, number>();
    for (const [id, level] of start) {
      for (const p of closure.get(id) ?? []) if (!start.has(p)) out.set(p, Math.max(out.get(p) ?? 0, level));
    }
    return out;
  };

  // ── The plan's own actions, then suggestions for every gap that no open action of the plan covers.
  const items: Item[] = [];
  const ownActions = [...actions].sort((a, b) => compareIds(a.id, b.id) || byCodeUnits(a.title, b.title));
  for (const a of ownActions) {
    const status: ActionStatus = a.status ?? 'planned';
    const start = a.start !== undefined && isTerm(a.start) ? termIndex(a.start) : undefined;
    const end = a.end !== undefined && isTerm(a.end) ? termIndex(a.end) : undefined;
    // A single date pins a one-term action; an end before the start is a validation issue, read as one term.
    const fixedAt = start !== undefined || end !== undefined ? { start: (start ?? end)!, end: Math.max((end ?? start)!, (start ?? end)!) } : undefined;
    const duration = fixedAt ? fixedAt.end - fixedAt.start + 1 : 1;
    const cost = a.cost ?? catalogue.costClasses.medium;
    const support = actionSupport(a.indicators, a.resources ?? [], byId);
    const base: ActionBase = {
      id: a.id,
      origin: 'plan',
      title: a.title,
      ...(a.description !== undefined ? { description: a.description } : {}),
      indicators: [...a.indicators],
      ...(a.owner !== undefined ? { owner: a.owner } : {}),
      terms: duration,
      cost,
      costEstimated: a.cost === undefined,
      status,
      resources: support.resources,
      initiatives: support.initiatives,
      ...(a.successCriteria !== undefined ? { successCriteria: a.successCriteria } : {}),
      fixed: fixedAt !== undefined,
    };
    // An own action starts from today's level, so its first step up is what it needs the foundation for.
    const firstLevels = new Map(a.indicators.filter((id) => byId.has(id)).map((id) => [id, (currentOf.get(id) ?? Infinity) + 1]));
    items.push(makeItem(base, !CLOSED.has(status), fixedAt, duration, needsOf(firstLevels), 0, bestRank(a.indicators)));
  }

  const covered = new Set(items.filter((i) => i.open).flatMap((i) => i.base.indicators));
  const declined = new Set(window.declined ?? []);
  const declinedOut: string[] = [];
  const sortedGaps = [...gaps].sort((a, b) => compareIds(a.indicator, b.indicator));
  for (const g of sortedGaps) {
    const ind = byId.get(g.indicator);
    if (!ind || covered.has(g.indicator) || g.state !== 'answered' || g.current === undefined || g.target === undefined) continue;
    const support = actionSupport([ind.id], [], byId);
    for (let from = g.current; from < g.target; from++) {
      // A declined step cannot be built on, so the steps after it are left out too.
      if (declined.has(`${ind.id}-${from}`)) {
        for (let k = from; k < g.target; k++) declinedOut.push(`${ind.id}-${k}`);
        break;
      }
      const base = suggestion(ind, from as 1 | 2 | 3, catalogue.costClasses, support);
      items.push(makeItem(base, true, undefined, base.terms, needsOf(new Map([[ind.id, from + 1]])), from, rankOf.get(ind.id) ?? NO_RANK));
    }
  }

  // ── Who waits for whom. Only open actions constrain: finished or cancelled work holds nothing back.
  // Level rule: work that brings X to level N waits for the work that brings the indicators X builds on up to N,
  // not for their later steps, and not at all where they already stand at N. A suggestion is one step, so its
  // levels are known; an own action starts from today's level and its end level is unknown, so it waits for
  // (and is waited for) as a whole. Where a level is unknown, everything waits.
  const open = items.filter((i) => i.open);
  const ownOn = new Map<string, Item[]>();
  const stepsOn = new Map<string, Item[]>();
  for (const it of open) {
    const into = it.base.origin === 'plan' ? ownOn : stepsOn;
    for (const id of it.base.indicators) {
      const list = into.get(id);
      if (list) list.push(it);
      else into.set(id, [it]);
    }
  }
  const link = (it: Item, other: Item | undefined, kind: Edge['kind']) => {
    if (!other || other === it || it.preds.some((p) => p.item === other)) return;
    it.preds.push({ item: other, kind });
    other.succs.push(it);
  };
  for (const it of open) {
    for (const [id, need] of it.needs) {
      if ((currentOf.get(id) ?? -Infinity) < need) for (const other of ownOn.get(id) ?? []) link(it, other, 'prerequisite');
      // Steps of one indicator follow each other, so the last step that must come first stands for those before it.
      link(
        it,
        (stepsOn.get(id) ?? []).findLast((o) => o.step < need),
        'prerequisite',
      );
    }
    if (it.base.origin === 'suggestion') {
      link(
        it,
        (stepsOn.get(it.base.indicators[0]!) ?? []).find((o) => o.step === it.step - 1),
        'step',
      );
    }
  }

  // ── Slots and money. The user's dated actions are placed first, as written.
  const load = new Map<number, number>();
  const spend = new Map<number, number>();
  const occupy = (it: Item, start: number) => {
    it.start = start;
    it.end = start + it.duration - 1;
    for (let k = 0; k < it.duration; k++) {
      const t = start + k;
      if (!it.open && !termStartedBy(t, referenceDate)) continue;
      load.set(t, (load.get(t) ?? 0) + 1);
      const y = Math.floor(t / 2);
      spend.set(y, (spend.get(y) ?? 0) + it.shares[k]!);
    }
  };
  for (const it of items) if (it.fixedAt) occupy(it, it.fixedAt.start);

  const slotsFree = (start: number, d: number) => {
    if (slotLimit === undefined) return true;
    for (let k = 0; k < d; k++) if ((load.get(start + k) ?? 0) + 1 > slotLimit) return false;
    return true;
  };
  const moneyFree = (start: number, it: Item) => {
    if (budgetLimit === undefined) return true;
    const add = new Map<number, number>();
    for (let k = 0; k < it.duration; k++) {
      const y = Math.floor((start + k) / 2);
      add.set(y, (add.get(y) ?? 0) + it.shares[k]!);
    }
    for (const [y, extra] of add) if ((spend.get(y) ?? 0) + extra > budgetLimit + EPSILON) return false;
    return true;
  };

  // ── The rest, most urgent first; a prerequisite inherits the urgency of what waits for it.
  // Items are ranked once so that every later choice compares plain numbers.
  const ranked = [...items].sort(compareItems);
  ranked.forEach((it, k) => {
    it.order = k;
  });
  const urgencyOf = (it: Item, onPath: Set<Item>): number => {
    if (it.urgency !== undefined) return it.urgency;
    onPath.add(it);
    let u = it.order!;
    for (const s of it.succs) if (!onPath.has(s)) u = Math.min(u, urgencyOf(s, onPath));
    onPath.delete(it);
    it.urgency = u;
    return u;
  };
  for (const it of ranked) urgencyOf(it, new Set());

  const place = (it: Item) => {
    const failed = it.preds.filter((p) => p.item.reason !== undefined);
    if (failed.length > 0) {
      const blockers = failed.filter((p) => p.kind === 'prerequisite');
      // A later step fails for the same reason as the step before it; a prerequisite names the indicators.
      it.reason = blockers.length
        ? { kind: 'prerequisite', indicators: unique(blockers.flatMap((p) => p.item.base.indicators.filter((id) => it.needs.has(id)))).sort(compareIds) }
        : { ...failed[0]!.item.reason! };
      return;
    }
    let earliest = opensAt;
    for (const p of it.preds) if (p.item.end !== undefined) earliest = Math.max(earliest, p.item.end + 1);
    const latest = last - it.duration + 1;
    if (earliest > latest) {
      it.reason = { kind: 'horizon' };
      return;
    }
    for (let t = earliest; t <= latest; t++) {
      if (slotsFree(t, it.duration) && moneyFree(t, it)) {
        occupy(it, t);
        return;
      }
    }
    let slotsAlone = false;
    for (let t = earliest; t <= latest && !slotsAlone; t++) slotsAlone = slotsFree(t, it.duration);
    it.reason = { kind: slotsAlone ? 'budget' : 'capacity' };
  };

  const pending = new Set(ranked.filter((i) => i.open && !i.fixedAt));
  const waiting = new Map<Item, number>();
  for (const it of pending) waiting.set(it, it.preds.filter((p) => pending.has(p.item)).length);
  const ready = [...pending].filter((it) => waiting.get(it) === 0);
  const before = (a: Item, b: Item) => a.urgency! - b.urgency! || a.order! - b.order!;
  while (pending.size > 0) {
    // Only actions of the plan that name each other's prerequisites can wait on each other in a circle;
    // then the most urgent goes first and the clash is reported as a warning below.
    const pool = ready.length > 0 ? ready : [...pending];
    let pick = pool[0]!;
    for (const it of pool) if (before(it, pick) < 0) pick = it;
    const at = ready.indexOf(pick);
    if (at >= 0) ready.splice(at, 1);
    pending.delete(pick);
    place(pick);
    for (const s of pick.succs) {
      if (!pending.has(s)) continue;
      const left = waiting.get(s)! - 1;
      waiting.set(s, left);
      if (left === 0) ready.push(s);
    }
  }

  // ── Warnings: limits broken by the user's own dates, and prerequisites that end too late.
  const warnings: ScheduleWarning[] = [];
  for (const t of horizon) {
    const used = load.get(termIndex(t)) ?? 0;
    if (slotLimit !== undefined && used > slotLimit) warnings.push({ kind: 'capacity-exceeded', term: t, used, limit: slotLimit });
  }
  for (const y of years) {
    const used = spend.get(y) ?? 0;
    if (budgetLimit !== undefined && used > budgetLimit + EPSILON) warnings.push({ kind: 'budget-exceeded', year: y, used, limit: budgetLimit });
  }
  const placed = items.filter((i) => i.start !== undefined).sort(compareOutput);
  for (const it of placed) {
    if (!it.open) continue;
    const clashes = it.preds.map((p) => latestPlaced(p.item)).filter((p): p is Item => p !== undefined && it.start! <= p.end!);
    for (const p of unique(clashes).sort(compareItems)) warnings.push({ kind: 'before-prerequisite', action: it.base.id, prerequisite: p.base.id });
  }
  for (const it of placed) {
    if (it.open && it.fixedAt && (it.end! < first || it.start! > last)) warnings.push({ kind: 'outside-horizon', action: it.base.id });
  }

  return {
    terms: horizon,
    scheduled: placed.map((it) => scheduled(it.base, termFromIndex(it.start!), termFromIndex(it.end!))),
    notScheduled: items
      .filter((i) => i.reason !== undefined)
      .sort(compareItems)
      .map((it) => unscheduled(it.base, it.reason!)),
    warnings,
    load: horizon.map((t) => ({ term: t, actions: load.get(termIndex(t)) ?? 0 })),
    spend: years.map((y) => ({ year: y, cost: spend.get(y) ?? 0 })),
    ...(declinedOut.length ? { declined: declinedOut } : {}),
  };
}

/** The item itself if placed, else its latest earlier step that is: an edge names only the last step needed. */
function latestPlaced(it: Item): Item | undefined {
  let at: Item | undefined = it;
  while (at && at.start === undefined) at = at.preds.find((p) => p.kind === 'step')?.item;
  return at;
}

/** True once the term has begun on the date: VT on 1 January, HT on 1 August. */
export function termStartedBy(term: number, date: string): boolean {
  const year = Math.floor(term / 2);
  const [y, m] = date.split('-').map(Number) as [number, number];
  if (y !== year) return y > year;
  return term % 2 === 0 || m >= 8;
}

function makeItem(base: ActionBase, open: boolean, fixedAt: Item['fixedAt'], duration: number, needs: Map<string, number>, step: number, rank: number): Item {
  return { base, open, fixedAt, duration, shares: shares(base.cost, duration), needs, step, rank, preds: [], succs: [] };
}

/** The catalogue's suggested action for one step up; a generic step naming the next level when the catalogue has none. */
function suggestion(
  ind: Indicator,
  from: 1 | 2 | 3,
  costClasses: Catalogue['costClasses'],
  support: { resources: string[]; initiatives: number[] },
): ActionBase {
  const s = ind.actions.find((a) => a.from === from);
  if (s) {
    return {
      id: s.id,
      origin: 'suggestion',
      suggestion: s.id,
      title: s.title.sv,
      titleText: s.title,
      descriptionText: s.description,
      indicators: [ind.id],
      ownerText: s.owner,
      terms: Math.max(1, Math.floor(s.terms)),
      cost: costClasses[s.cost] ?? 0,
      costEstimated: true,
      status: 'planned',
      resources: [...support.resources],
      initiatives: [...support.initiatives],
      fixed: false,
    };
  }
  return {
    id: `${ind.id}-${from}`,
    origin: 'suggestion',
    title: ind.title.sv,
    titleText: ind.title,
    descriptionText: ind.levels[from]!,
    indicators: [ind.id],
    terms: 1,
    cost: costClasses.medium ?? 0,
    costEstimated: true,
    status: 'planned',
    resources: [...support.resources],
    initiatives: [...support.initiatives],
    fixed: false,
  };
}

/** An even split over the terms; whole kronor stay whole, the odd kronor going to the first terms. */
export function shares(cost: number, terms: number): number[] {
  if (terms <= 0) return [];
  if (!Number.isInteger(cost)) return Array.from({ length: terms }, () => cost / terms);
  const each = Math.floor(cost / terms);
  const rest = cost - each * terms;
  return Array.from({ length: terms }, (_, k) => each + (k < rest ? 1 : 0));
}

/** The plan's own actions lead (they are decisions; suggestions fill what is left), then priority rank, step and id. */
function compareItems(a: Item, b: Item): number {
  return originOrder(a) - originOrder(b) || a.rank - b.rank || a.step - b.step || compareIds(a.base.id, b.base.id) || byCodeUnits(a.base.title, b.base.title);
}

function compareOutput(a: Item, b: Item): number {
  return a.start! - b.start! || compareItems(a, b);
}

function originOrder(it: Item): number {
  return it.base.origin === 'plan' ? 0 : 1;
}

/**
 * Builds the output in the field order of the type, leaving out absent fields, so serialised reports are
 * identical run to run. Written out field by field: a generic key loop was the engine's slowest part.
 */
function describe(b: ActionBase, start: string | undefined, end: string | undefined, reason: NotScheduledReason | undefined): Record<string, unknown> {
  const o: Record<string, unknown> = { id: b.id, origin: b.origin };
  if (b.suggestion !== undefined) o.suggestion = b.suggestion;
  o.title = b.title;
  if (b.titleText !== undefined) o.titleText = b.titleText;
  if (b.description !== undefined) o.description = b.description;
  if (b.descriptionText !== undefined) o.descriptionText = b.descriptionText;
  o.indicators = b.indicators;
  if (b.owner !== undefined) o.owner = b.owner;
  if (b.ownerText !== undefined) o.ownerText = b.ownerText;
  if (start !== undefined) o.start = start;
  if (end !== undefined) o.end = end;
  o.terms = b.terms;
  o.cost = b.cost;
  o.costEstimated = b.costEstimated;
  o.status = b.status;
  o.resources = b.resources;
  o.initiatives = b.initiatives;
  if (b.successCriteria !== undefined) o.successCriteria = b.successCriteria;
  o.fixed = b.fixed;
  if (reason !== undefined) o.reason = reason;
  return o;
}

function scheduled(b: ActionBase, start: string, end: string): ScheduledAction {
  return describe(b, start, end, undefined) as unknown as ScheduledAction;
}

function unscheduled(b: ActionBase, reason: NotScheduledReason): UnscheduledAction {
  return describe(b, undefined, undefined, reason) as unknown as UnscheduledAction;
}

export type ReasonCounts = Record<NotScheduledReason['kind'], number>;

/** How many actions could not be placed for each reason: which limit binds (slots per term, budget or the horizon). */
export function reasonCounts(notScheduled: readonly UnscheduledAction[]): ReasonCounts {
  const out: ReasonCounts = { capacity: 0, budget: 0, horizon: 0, prerequisite: 0 };
  for (const a of notScheduled) out[a.reason.kind]++;
  return out;
}

/** True when the plan's own dated actions fill a term or a year beyond its limit: the plan is then not "within capacity". */
export function overLimits(schedule: Pick<Schedule, 'warnings'>): boolean {
  return schedule.warnings.some((w) => w.kind === 'capacity-exceeded' || w.kind === 'budget-exceeded');
}
