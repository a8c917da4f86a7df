// `batch --compare-with <dir>`: pairs this year's plans with last year's and sums up the change per goal.
import type { Context } from '../../context.ts';
import { byCodeUnits } from '../../core/code-units.ts';
import { comparePlans } from '../../core/compare.ts';
import type { Plan } from '../../core/model.ts';
import { matchKey, rollUpChanges, type ComparisonLike, type RollupChanges } from '../../core/rollup.ts';
import type { Diagnostic } from '../../errors.ts';
import { catalogueFor } from '../../io/load-catalogue.ts';
import { expandInputs } from './inputs.ts';
import type { CheckResult } from './process-plan.ts';
import { checkFiles } from './check-plans.ts';
import type { Runner } from './runner.ts';

export interface CompareWithOptions {
  dir: string;
  outDir: string;
  catalogueFile?: string;
  referenceDate: string;
  goalIds: readonly string[];
  /** Prints a diagnostic above the progress bar. */
  print: (d: Diagnostic) => void;
}

/**
 * Last year's plans are matched on kommunkod or organisationsnummer plus skolenhetskod; the first by path wins when
 * two match the same organisation. A broken plan from last year is a warning: it cannot be compared, but this
 * year's run is not at fault.
 */
export async function compareWithEarlier(ctx: Context, runner: Runner, current: readonly CheckResult[], opts: CompareWithOptions): Promise<RollupChanges> {
  const older = expandInputs([opts.dir], { cwd: ctx.cwd, exclude: [opts.outDir] }).files;
  const checked: CheckResult[] = [];
  await checkFiles(
    runner,
    older.map((f) => ({ file: f.file, cwd: ctx.cwd, lang: ctx.lang, catalogueFile: opts.catalogueFile })),
    (results) => checked.push(...results),
  );
  checked.sort((a, b) => byCodeUnits(a.display, b.display));
  const byKey = new Map<string, Plan>();
  for (const r of checked) {
    if (!r.ok || !r.plan || !r.organisation) {
      for (const d of r.diagnostics) if (d.severity === 'error') opts.print({ ...d, severity: 'warning' });
      continue;
    }
    const key = matchKey(r.organisation);
    if (!byKey.has(key)) byKey.set(key, r.plan);
  }
  const catalogueOf = (plan: Plan) => catalogueFor(plan.catalogue.id, { catalogueFile: opts.catalogueFile, cwd: ctx.cwd, lang: ctx.lang });
  const comparisons: ComparisonLike[] = [];
  const used = new Set<string>();
  for (const r of current) {
    // This year's plans must have been checked with keepPlan: without them nothing could be paired.
    if (!r.plan) throw new Error(`${r.display}: checked without its plan, so it cannot be compared`);
    if (!r.organisation) continue;
    const key = matchKey(r.organisation);
    const before = byKey.get(key);
    const olderCatalogue = before ? catalogueOf(before) : undefined;
    const newerCatalogue = catalogueOf(r.plan);
    if (!before || !olderCatalogue || !newerCatalogue) continue;
    used.add(key);
    const c = comparePlans({ plan: before, catalogue: olderCatalogue }, { plan: r.plan, catalogue: newerCatalogue }, { referenceDate: opts.referenceDate });
    // Only the few numbers the roll-up sums are kept, not the whole comparison.
    comparisons.push({
      goals: c.goals.map((g) => ({ goal: g.goal, direction: g.direction })),
      indicators: c.indicators.map((i) => ({ goal: i.goal, older: { current: i.older.current }, newer: { current: i.newer.current } })),
      summary: { actions: { done: c.summary.actions.done, late: c.summary.actions.late } },
    });
  }
  const unmatched = [...byKey.keys()].filter((k) => !used.has(k)).length;
  return rollUpChanges(comparisons, opts.goalIds, current.length, unmatched);
}
