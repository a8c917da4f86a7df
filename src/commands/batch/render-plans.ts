// Phase 2 of a batch: plan and render every valid plan, each plan's files written by the thread that rendered it.
import type { Diagnostic } from '../../errors.ts';
import type { BatchText } from '../../i18n/batch.ts';
import { planEvent } from './events.ts';
import type { CheckResult, PlanResult, ProcessOptions } from './process-plan.ts';
import { runLimited, type Runner } from './runner.ts';
import type { Tally } from './tally.ts';

/** What every plan's task shares. */
type RenderCommon = Omit<ProcessOptions, 'file' | 'name' | 'plan'>;

/**
 * `mayBeUpToDate(name)` says whether the outputs of that name were made with this run's settings (manifest.ts): only
 * then may --changed skip the plan on its time stamps.
 */
export async function renderPlans(
  t: BatchText,
  runner: Runner,
  valid: readonly CheckResult[],
  names: ReadonlyMap<string, string>,
  common: RenderCommon,
  tally: Tally,
  stop: () => boolean,
  mayBeUpToDate: (name: string) => boolean,
): Promise<void> {
  tally.progress.phase('rendering', tally.done);
  await runLimited(
    valid,
    runner.lanes,
    async (r): Promise<PlanResult | undefined> => {
      const name = names.get(r.display)!;
      const task: ProcessOptions = { ...common, file: r.file, name, plan: r.plan, changed: common.changed && mayBeUpToDate(name) };
      // The plan is in the task now; letting go of it here keeps memory flat over thousands of plans.
      r.plan = undefined;
      try {
        return await runner.process(task);
      } catch (e) {
        // Ctrl-C ends the workers, failing the plans they had in hand: those are not done, not broken.
        if (runner.closing) return undefined;
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
    (res) => {
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
}

/** An internal error comes from the worker as the exception's text; it is framed for people here. */
function localise(d: Diagnostic, t: BatchText): Diagnostic {
  if (d.code === 'internal') return { ...d, message: t.plan.internal(d.message), hint: t.plan.internalHint };
  return d;
}
