// Many respondents' answers into one plan: the spread per indicator, and the plan's answer by the median rule. Pure.
import type { Answer, Level, LevelCounts, RespondentNote, RespondentRole, Respondents, ResponseGroup, Responses } from './model.ts';
import { isLevelAnswer, RESPONDENT_ROLES } from './model.ts';

/** One respondent's answer to one indicator, as an answers file holds it. */
export interface SheetAnswer {
  current?: Level;
  target?: Level;
  status?: 'unknown' | 'not-relevant';
  comment?: string;
  evidence?: string;
}

/** One respondent's answers file, read and checked. */
export interface AnswerSheet {
  role: RespondentRole;
  unit?: { name: string; schoolUnitCode?: string };
  answers: Record<string, SheetAnswer>;
}

/** A free-text note is tied to a role (and unit) only when at least this many respondents share it. */
export const SMALL_GROUP = 3;

/** The spread of answers per indicator (only indicators someone answered), and who answered. */
export function tallyResponses(
  sheets: readonly AnswerSheet[],
  indicatorIds: readonly string[],
): { responses: Map<string, Responses>; respondents: Respondents } {
  const roleCount = new Map<string, number>();
  const unitCount = new Map<string, number>();
  const unitKey = (s: AnswerSheet) => `${s.role}\u0000${s.unit?.name ?? ''}`;
  for (const s of sheets) {
    roleCount.set(s.role, (roleCount.get(s.role) ?? 0) + 1);
    if (s.unit) unitCount.set(unitKey(s), (unitCount.get(unitKey(s)) ?? 0) + 1);
  }
  const note = (s: AnswerSheet, text: string): RespondentNote => {
    if ((roleCount.get(s.role) ?? 0) < SMALL_GROUP) return { text };
    if (s.unit && (unitCount.get(unitKey(s)) ?? 0) >= SMALL_GROUP) return { text, role: s.role, unit: s.unit.name };
    return { text, role: s.role };
  };

  const responses = new Map<string, Responses>();
  for (const id of indicatorIds) {
    const all = emptyGroup();
    const roles = new Map<RespondentRole, Required<ResponseGroup>>();
    const comments: RespondentNote[] = [];
    const evidence: RespondentNote[] = [];
    for (const s of sheets) {
      const a = s.answers[id];
      if (!a) continue;
      let byRole = roles.get(s.role);
      if (!byRole) {
        byRole = emptyGroup();
        roles.set(s.role, byRole);
      }
      for (const g of [all, byRole]) addAnswer(g, a);
      if (a.comment?.trim()) comments.push(note(s, a.comment.trim()));
      if (a.evidence?.trim()) evidence.push(note(s, a.evidence.trim()));
    }
    if (all.count === 0) continue;
    const r: Responses = compactGroup(all);
    r.roles = {};
    for (const role of RESPONDENT_ROLES) {
      const g = roles.get(role);
      if (g) r.roles[role] = compactGroup(g);
    }
    r.rule = 'median';
    r.proposed = medianRule(all);
    if (comments.length) r.comments = comments;
    if (evidence.length) r.evidence = evidence;
    responses.set(id, r);
  }

  const respondents: Respondents = { count: sheets.length };
  const roles: Respondents['roles'] = {};
  for (const role of RESPONDENT_ROLES) if (roleCount.has(role)) roles[role] = roleCount.get(role)!;
  respondents.roles = roles;
  const units = new Map<string, { name: string; schoolUnitCode?: string; count: number }>();
  for (const s of sheets) {
    if (!s.unit) continue;
    const key = s.unit.schoolUnitCode ?? `name:${s.unit.name.trim().toLowerCase()}`;
    const u = units.get(key) ?? { name: s.unit.name, ...(s.unit.schoolUnitCode ? { schoolUnitCode: s.unit.schoolUnitCode } : {}), count: 0 };
    u.count++;
    units.set(key, u);
  }
  if (units.size)
    respondents.units = [...units.values()].sort(
      (a, b) => a.name.localeCompare(b.name, 'sv') || (a.schoolUnitCode ?? '').localeCompare(b.schoolUnitCode ?? ''),
    );
  return { responses, respondents };
}

function emptyGroup(): Required<ResponseGroup> {
  return { count: 0, current: [0, 0, 0, 0], target: [0, 0, 0, 0], unknown: 0, notRelevant: 0 };
}

function addAnswer(g: Required<ResponseGroup>, a: SheetAnswer): void {
  g.count++;
  if (a.status === 'unknown') g.unknown++;
  else if (a.status === 'not-relevant') g.notRelevant++;
  else if (a.current !== undefined) {
    g.current[a.current - 1]!++;
    // A respondent who gave no target wants the level kept: their target is their current level.
    g.target[Math.max(a.current, a.target ?? a.current) - 1]!++;
  }
}

/** Only what is not zero, so a plan file stays short. */
function compactGroup(g: Required<ResponseGroup>): ResponseGroup {
  const out: ResponseGroup = { count: g.count };
  if (g.current.some((n) => n > 0)) {
    out.current = [...g.current] as LevelCounts;
    out.target = [...g.target] as LevelCounts;
  }
  if (g.unknown) out.unknown = g.unknown;
  if (g.notRelevant) out.notRelevant = g.notRelevant;
  return out;
}

/** The lower median of level counts: with an even number of answers, the lower of the two middle levels. */
export function lowerMedian(counts: LevelCounts): Level | undefined {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return undefined;
  let k = Math.floor((n - 1) / 2);
  for (let level = 0; level < 4; level++) {
    if (k < counts[level]!) return (level + 1) as Level;
    k -= counts[level]!;
  }
  return undefined;
}

/**
 * The median rule. More than half of the answers "not relevant": not relevant. Otherwise, with at least one level
 * given: current is the lower median of the current levels, target the lower median of the targets and never below
 * current. Otherwise (only "don't know"): unknown. "Don't know" and "not relevant" are never counted as levels.
 */
export function medianRule(g: ResponseGroup): NonNullable<Responses['proposed']> {
  if ((g.notRelevant ?? 0) * 2 > g.count) return { status: 'not-relevant' };
  const current = g.current ? lowerMedian(g.current) : undefined;
  if (current === undefined) return { status: 'unknown' };
  const target = lowerMedian(g.target!) ?? current;
  return { current, target: Math.max(current, target) as Level };
}

/** How far the current levels lie apart: the highest level given minus the lowest (0 with one level or none). */
export function levelSpread(g: ResponseGroup): number {
  if (!g.current) return 0;
  const given = g.current.map((n, i) => (n > 0 ? i + 1 : 0)).filter((l) => l > 0);
  return given.length ? Math.max(...given) - Math.min(...given) : 0;
}

/** Answers spanning this many levels or more are a point to discuss. */
export const DISCUSSION_SPREAD = 2;

/** Whether the plan's answer is the organiser's own decision: set by hand, not by the rule of an earlier merge. */
export function isOwnDecision(a: Answer | undefined): boolean {
  if (!a) return false;
  const p = a.responses?.proposed;
  if (!a.responses || !p) return true;
  if (isLevelAnswer(a)) return a.current !== p.current || a.target !== p.target;
  return a.status !== p.status;
}

export interface MergeOutcome {
  answers: Record<string, Answer>;
  /** Indicators whose answer the rule set. */
  set: string[];
  /** Indicators where the organiser's own answer was kept. */
  kept: string[];
}

/**
 * The plan's answers with the new spread: the organiser's own decisions kept (with the spread beside them), the
 * rule's answer elsewhere. An answer the respondents did not touch keeps what it had, without a spread.
 */
export function applyResponses(existing: Record<string, Answer>, responses: Map<string, Responses>, indicatorIds: readonly string[]): MergeOutcome {
  const answers: Record<string, Answer> = {};
  const set: string[] = [];
  const kept: string[] = [];
  const ids = [...indicatorIds, ...Object.keys(existing).filter((id) => !indicatorIds.includes(id))];
  for (const id of ids) {
    const old = existing[id];
    const r = responses.get(id);
    if (!r) {
      if (old) {
        const { responses: _dropped, ...rest } = old;
        answers[id] = rest as Answer;
      }
      continue;
    }
    if (old && isOwnDecision(old)) {
      answers[id] = { ...old, responses: r } as Answer;
      kept.push(id);
      continue;
    }
    const p = r.proposed!;
    const notes = { ...(old?.comment ? { comment: old.comment } : {}) };
    if (p.status) answers[id] = { status: p.status, ...notes, responses: r };
    else {
      const extra = isLevelAnswer(old)
        ? { ...(old.importance ? { importance: old.importance } : {}), ...(old.evidence ? { evidence: old.evidence } : {}) }
        : {};
      answers[id] = { current: p.current!, target: p.target!, ...extra, ...notes, responses: r };
    }
    set.push(id);
  }
  return { answers, set, kept };
}
