// Properties of the engine over generated catalogues and plans: monotone priority, order, limits, determinism, coverage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionStatus, Answer, Catalogue, Importance, LevelAnswer, Plan, PlanAction, PlanReport, ScheduledAction } from '../../src/core/model.ts';
import { isLevelAnswer } from '../../src/core/model.ts';
import { buildReport } from '../../src/core/report.ts';
import { termStartedBy } from '../../src/core/schedule.ts';
import { termEndedBefore, termIndex } from '../../src/core/terms.ts';
import { catalogue, lv, notRelevant, plan, unknown, type IndicatorSpec } from './fixtures.ts';

const POOL = ['1.1.a', '1.1.b', '1.2.a', '1.10.a', '2.1.a', '2.1.b', '3.1.a', '3.2.b'];
const TERMS = ['2026-HT', '2027-VT', '2027-HT', '2028-VT', '2028-HT', '2029-VT', '2030-HT'];
const STATUSES: ActionStatus[] = ['planned', 'in-progress', 'done', 'postponed', 'cancelled'];
const REFERENCE = { referenceDate: '2027-09-01' };
const RUNS = { numRuns: 300 };

/** Prerequisites only point to indicators earlier in a random order, so the graph has no cycle. */
const arbSpecs = fc.shuffledSubarray(POOL, { minLength: 1 }).chain((order) =>
  fc
    .tuple(
      ...order.map((_, i) =>
        fc.record({
          importance: fc.constantFrom<Importance>('low', 'medium', 'high'),
          pre: fc.subarray(order.slice(0, i)),
          terms: fc.array(fc.option(fc.integer({ min: 1, max: 3 }), { nil: null, freq: 8 }), { minLength: 3, maxLength: 3 }),
          cost: fc.constantFrom('low', 'medium', 'high') as fc.Arbitrary<IndicatorSpec['cost']>,
          res: fc.subarray(['r1', 'r2', 'r3']),
          ini: fc.subarray([1, 5, 13, 18]),
        }),
      ),
    )
    .map((specs) => Object.fromEntries(order.map((id, i) => [id, specs[i]!])) as Record<string, IndicatorSpec>),
);

const arbAnswer: fc.Arbitrary<Answer | undefined> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(undefined, unknown, notRelevant) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.option(fc.constantFrom<Importance>('low', 'medium', 'high'), { nil: undefined }),
      )
      .map(([c, up, imp]) => lv(c, Math.min(4, c + up), imp)),
  },
);

const arbAction = (ids: string[]) =>
  fc.record({
    indicators: fc.subarray(ids, { minLength: 1, maxLength: Math.min(2, ids.length) }),
    start: fc.option(fc.constantFrom(...TERMS), { nil: undefined, freq: 2 }),
    end: fc.option(fc.constantFrom(...TERMS), { nil: undefined, freq: 2 }),
    status: fc.constantFrom(...STATUSES),
    cost: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
  });

interface Case {
  catalogue: Catalogue;
  plan: Plan;
}

const arbCase: fc.Arbitrary<Case> = arbSpecs.chain((specs) => {
  const ids = Object.keys(specs);
  return fc
    .record({
      answers: fc.tuple(...ids.map(() => arbAnswer)),
      actions: fc.array(arbAction(ids), { maxLength: 4 }),
      start: fc.constantFrom('2027-VT', '2027-HT'),
      terms: fc.integer({ min: 1, max: 8 }),
      actionsPerTerm: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      budgetPerYear: fc.option(fc.constantFrom(0, 10_000, 50_000, 150_000, 1_000_000), { nil: undefined }),
    })
    .map((r) => {
      const answers: Record<string, Answer> = {};
      ids.forEach((id, i) => {
        const a = r.answers[i];
        if (a) answers[id] = a;
      });
      const actions = r.actions.map((a, i): PlanAction => {
        const [start, end] = a.start && a.end && termIndex(a.end) < termIndex(a.start) ? [a.end, a.start] : [a.start, a.end];
        return {
          id: `A${i + 1}`,
          title: `action ${i + 1}`,
          indicators: a.indicators,
          status: a.status,
          ...(start ? { start } : {}),
          ...(end ? { end } : {}),
          ...(a.cost !== undefined ? { cost: a.cost } : {}),
        };
      });
      const { actionsPerTerm, budgetPerYear } = r;
      return {
        catalogue: catalogue(specs),
        plan: plan({
          answers,
          actions,
          start: r.start,
          terms: r.terms,
          ...(actionsPerTerm !== undefined ? { actionsPerTerm } : {}),
          ...(budgetPerYear !== undefined ? { budgetPerYear } : {}),
        }),
      };
    });
});

const isOpen = (status: ActionStatus) => status !== 'done' && status !== 'cancelled';

/** Transitive prerequisites, computed independently of the engine. */
function builtOn(c: Catalogue, ids: string[]): Set<string> {
  const direct = new Map(c.indicators.map((i) => [i.id, i.prerequisites]));
  const out = new Set<string>();
  const stack = ids.flatMap((id) => direct.get(id) ?? []);
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(direct.get(id) ?? []));
  }
  for (const id of ids) out.delete(id);
  return out;
}

/** The level a suggestion starts from, read from its id (`1.2.a-2`). */
const stepOf = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1));

const priorityOf = (r: PlanReport, id: string) => r.priorities.find((p) => p.indicator === id);

describe('engine properties', () => {
  it('raising a gap never lowers that indicator’s priority', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), (c, pick) => {
        const open = Object.entries(c.plan.assessment.answers).filter((e): e is [string, LevelAnswer] => isLevelAnswer(e[1]) && e[1].target > e[1].current);
        fc.pre(open.length > 0);
        const [id, a] = open[pick % open.length]!;
        fc.pre(a.target < 4 || a.current > 1);
        const raised: LevelAnswer =
          a.target < 4 ? { ...a, target: (a.target + 1) as LevelAnswer['target'] } : { ...a, current: (a.current - 1) as LevelAnswer['current'] };
        const before = priorityOf(buildReport(c.plan, c.catalogue, REFERENCE), id)!;
        const after = priorityOf(buildReport(withAnswer(c.plan, id, raised), c.catalogue, REFERENCE), id)!;
        expect(after.score).toBeGreaterThan(before.score);
        expect(after.rank).toBeLessThanOrEqual(before.rank);
      }),
      RUNS,
    );
  });

  it('raising an importance never lowers that indicator’s priority', () => {
    const up: Record<Importance, Importance | undefined> = { low: 'medium', medium: 'high', high: undefined };
    fc.assert(
      fc.property(arbCase, fc.nat(), (c, pick) => {
        const before = buildReport(c.plan, c.catalogue, REFERENCE);
        fc.pre(before.priorities.length > 0);
        const id = before.priorities[pick % before.priorities.length]!.indicator;
        const importance = up[before.gaps.find((g) => g.indicator === id)!.importance];
        fc.pre(importance !== undefined);
        const a = c.plan.assessment.answers[id] as LevelAnswer;
        const after = priorityOf(buildReport(withAnswer(c.plan, id, { ...a, importance }), c.catalogue, REFERENCE), id)!;
        expect(after.score).toBeGreaterThan(priorityOf(before, id)!.score);
        expect(after.rank).toBeLessThanOrEqual(priorityOf(before, id)!.rank);
      }),
      RUNS,
    );
  });

  it('never schedules an action before its prerequisites or an earlier step, unless a warning says so', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const s = buildReport(c.plan, c.catalogue, REFERENCE).schedule;
        const current = (id: string) => {
          const a = c.plan.assessment.answers[id];
          return isLevelAnswer(a) ? a.current : undefined;
        };
        // Level rule, restated independently: work that brings X to level N waits for work on what X builds on
        // that starts below N. A suggestion works from its step; an own action from today's level (unknown: all).
        const needFor = (a: ScheduledAction, x: string) => (a.origin === 'suggestion' ? stepOf(a.id) + 1 : (current(x) ?? Infinity) + 1);
        const startsAt = (b: ScheduledAction, p: string) => (b.origin === 'suggestion' ? stepOf(b.id) : (current(p) ?? -Infinity));
        const open = s.scheduled.filter((a) => isOpen(a.status));
        for (const a of open) {
          for (const b of open) {
            if (a === b) continue;
            const prerequisite = a.indicators.some((x) => {
              const needs = builtOn(c.catalogue, [x]);
              return b.indicators.some((p) => needs.has(p) && !a.indicators.includes(p) && startsAt(b, p) < needFor(a, x));
            });
            const earlierStep = a.origin === 'suggestion' && b.origin === 'suggestion' && a.indicators[0] === b.indicators[0] && stepOf(b.id) < stepOf(a.id);
            if (!prerequisite && !earlierStep) continue;
            if (termIndex(a.start) > termIndex(b.end)) continue;
            // Only the user's own dates (or own actions that name each other's prerequisites) can break the order.
            expect(a.origin === 'plan' || b.origin === 'plan').toBe(true);
            // The warning names the last step of that indicator's chain that starts too late, which may be b itself.
            const named = s.warnings
              .filter((w) => w.kind === 'before-prerequisite' && w.action === a.id)
              .map((w) => (w.kind === 'before-prerequisite' ? w.prerequisite : ''));
            const sameChain = (id: string) => id === b.id || (b.origin === 'suggestion' && id.startsWith(`${b.indicators[0]}-`) && stepOf(id) >= stepOf(b.id));
            expect(named.some(sameChain)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps every term within capacity and every year within budget, apart from the user’s dated actions', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = buildReport(c.plan, c.catalogue, REFERENCE);
        const s = r.schedule;
        const cap = c.plan.planning.capacity ?? {};
        const open = s.scheduled.filter((a) => isOpen(a.status));
        // Closed actions keep what they used in terms that had begun by the reference date.
        const begun = (term: string) => termStartedBy(termIndex(term), REFERENCE.referenceDate);
        const counted = s.scheduled.filter((a) => isOpen(a.status) || a.fixed);
        for (const { term, actions } of s.load) {
          const spanning = counted.filter(
            (a) => termIndex(a.start) <= termIndex(term) && termIndex(term) <= termIndex(a.end) && (isOpen(a.status) || begun(term)),
          );
          expect(actions).toBe(spanning.length);
          if (cap.actionsPerTerm !== undefined && actions > cap.actionsPerTerm) {
            expect(spanning.every((a) => a.fixed)).toBe(true);
            expect(s.warnings).toContainEqual({ kind: 'capacity-exceeded', term, used: actions, limit: cap.actionsPerTerm });
          }
        }
        for (const { year, cost } of s.spend) {
          const paying = open.filter((a) => Math.floor(termIndex(a.start) / 2) <= year && year <= Math.floor(termIndex(a.end) / 2));
          if (cap.budgetPerYear !== undefined && cost > cap.budgetPerYear) {
            expect(paying.filter((a) => a.cost > 0).every((a) => a.fixed)).toBe(true);
            expect(s.warnings).toContainEqual({ kind: 'budget-exceeded', year, used: cost, limit: cap.budgetPerYear });
          }
        }
        const horizon = new Set(s.terms);
        for (const a of open.filter((x) => !x.fixed)) {
          expect(horizon.has(a.start) && horizon.has(a.end)).toBe(true);
          expect(termEndedBefore(a.start, REFERENCE.referenceDate)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('gives the same report whatever the order of answers, actions and catalogue indicators', () => {
    fc.assert(
      fc.property(
        arbCase.chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.shuffledSubarray(Object.keys(c.plan.assessment.answers), { minLength: Object.keys(c.plan.assessment.answers).length }),
            fc.shuffledSubarray(c.plan.actions, { minLength: c.plan.actions.length }),
            fc.shuffledSubarray(c.catalogue.indicators, { minLength: c.catalogue.indicators.length }),
          ),
        ),
        ([c, answerOrder, actions, indicators]) => {
          const answers = Object.fromEntries(answerOrder.map((id) => [id, c.plan.assessment.answers[id]!]));
          const shuffledPlan: Plan = { ...c.plan, assessment: { ...c.plan.assessment, answers }, actions };
          const shuffledCatalogue: Catalogue = { ...c.catalogue, indicators };
          expect(engineOutput(buildReport(shuffledPlan, shuffledCatalogue, REFERENCE))).toBe(engineOutput(buildReport(c.plan, c.catalogue, REFERENCE)));
        },
      ),
      RUNS,
    );
  });

  it('covers every gap with an action, scheduled or listed as not scheduled', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = buildReport(c.plan, c.catalogue, REFERENCE);
        const listed = [...r.schedule.scheduled, ...r.schedule.notScheduled].filter((a) => isOpen(a.status));
        for (const g of r.gaps.filter((x) => (x.gap ?? 0) > 0)) {
          expect(listed.some((a) => a.indicators.includes(g.indicator))).toBe(true);
        }
        expect(r.priorities.map((p) => p.indicator).sort()).toEqual(
          r.gaps
            .filter((x) => (x.gap ?? 0) > 0)
            .map((g) => g.indicator)
            .sort(),
        );
      }),
      RUNS,
    );
  });
});

function withAnswer(p: Plan, id: string, answer: Answer): Plan {
  return { ...p, assessment: { ...p.assessment, answers: { ...p.assessment.answers, [id]: answer } } };
}

/** The report without its inputs, serialised: what renderers draw from. */
function engineOutput(r: PlanReport): string {
  const { plan: _plan, catalogue: _catalogue, ...rest } = r;
  return JSON.stringify(rest);
}
