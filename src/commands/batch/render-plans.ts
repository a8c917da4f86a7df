// Phase 2 of a batch: plan and render every valid plan, each plan's files written by the thread that rendered it.
import type { Diagnostic } from '../../errors.ts';
import type { BatchText } from '../../i18n/batch.ts';
import { planEvent } from './events.ts';
import { planRecord, type PlanRecord } from './manifest.ts';
import { catalogueMtime, skipRecorded, type CheckResult, type PlanResult, type ProcessOptions } from './process-plan.ts';
import { runLimited, type Runner } from './runner.ts';
import type { Tally } from './tally.ts';

/** What every plan's task shares. */
type RenderCommon = Omit<ProcessOptions, 'file' | 'name' | 'plan'>;

/**
 * `mayBeUpToDate(name)` says whether the outputs of that name were made with this run's settings (manifest.ts): only
 * then may --changed skip the plan on its time stamps. A plan taken from the manifest's record (not read) whose outputs
 * are up to date is skipped here; the runner is started (`runner(n)`) only for the `n` plans left, if any. Returns the
 * records of the plans that were rendered or skipped without warnings, by plan file (see PlanRecord).
 */
export async function renderPlans(
  t: BatchText,
  runner: (plans: number) => Promise<Runner>,
  valid: readonly CheckResult[],
  names: ReadonlyMap<string, string>,
  common: RenderCommon,
  tally: Tally,
  stop: () => boolean,
  mayBeUpToDate: (name: string) => boolean,
): Promise<Map<string, PlanRecord>> {
  tally.progress.phase('rendering', tally.done);
  const records = new Map<string, PlanRecord>();
  const taskOf = (r: CheckResult): ProcessOptions => {
    const name = names.get(r.display)!;
    return {
      ...common,
      file: r.file,
      name,
      plan: r.plan,
      digest: r.digest,
      // Only a plan without warnings gets a record: a recalled plan is never checked, so it could not repeat them.
      sha256: r.diagnostics.length ? undefined : r.sha256,
      changed: common.changed && mayBeUpToDate(name),
    };
  };
  const skipped = new Map<CheckResult, PlanResult>();
  for (const r of valid) {
    if (!r.digest) continue;
    const done = skipRecorded(taskOf(r), catalogueMtime(r.catalogueId ?? '', common));
    if (done) skipped.set(r, done);
  }
  const left = valid.length - skipped.size;
  const run = left > 0 && !stop() ? await runner(left) : undefined;
  await runLimited(
    valid,
    run?.lanes ?? 1,
    async (r): Promise<PlanResult | undefined> => {
      const done = skipped.get(r);
      if (done || !run) return done;
      const task = taskOf(r);
      // The plan is in the task now; letting go of it here keeps memory flat over thousands of plans.
      r.plan = undefined;
      try {
        return await run.process(task);
      } catch (e) {
        // Ctrl-C ends the workers, failing the plans they had in hand: those are not done, not broken.
        if (run.closing) return undefined;
        const err = e as Error;
        return {
          file: r.file,
          display: r.display,
          status: 'failed',
          organisation: r.organisation,
          outputs: [],
          diagnostics: [{ file: r.display, severity: 'error', code: 'internal', message: `${err.name}: ${err.message}` }],
          internal: true,
          durationMs: 0,
        };
      }
    },
    (res, r) => {
      if (!res) return;
      if (res.status === 'failed') {
        if (res.internal) tally.internal = true;
        tally.fail(
          res.display,
          res.diagnostics.map((d) => localise(d, t)),
          res.organisation,
          res.durationMs,
        );
      } else {
        if (res.digest) tally.digests.push(res.digest);
        if (res.digest && res.sha256 && res.diagnostics.length === 0 && r.catalogueId) {
          records.set(res.file, planRecord(res.sha256, r.catalogueId, res.digest));
        }
        tally.written.push({ display: res.display, outputs: res.outputs, skipped: res.status === 'skipped' });
        const diagnostics = [...(tally.warnings.get(res.display) ?? []), ...res.diagnostics];
        tally.emit(
          planEvent({
            display: res.display,
            status: res.status,
            organisation: res.organisation,
            outputs: res.outputs,
            diagnostics,
            durationMs: res.durationMs,
          }),
        );
      }
      tally.progress.update(tally.done, tally.failures);
    },
    stop,
  );
  return records;
}

/** An internal error comes from the worker as the exception's text; it is framed for people here. */
function localise(d: Diagnostic, t: BatchText): Diagnostic {
  if (d.code === 'internal') return { ...d, message: t.plan.internal(d.message), hint: t.plan.internalHint };
  return d;
}
