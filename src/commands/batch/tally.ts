// What a batch run has seen so far, and how it tells the user: a diagnostic above the progress bar on stderr, and
// with --json one line per plan on stdout as it finishes.
import type { Context } from '../../context.ts';
import type { FailedPlan, PlanDigest } from '../../core/rollup.ts';
import type { Diagnostic } from '../../errors.ts';
import { formatDiagnostic } from '../../io/report.ts';
import { planEvent } from './events.ts';
import type { PlanResult } from './process-plan.ts';
import type { Progress } from './progress.ts';

interface Written {
  display: string;
  outputs: string[];
  skipped: boolean;
}

export class Tally {
  /** Plan files that failed. */
  readonly failed: FailedPlan[] = [];
  /** Inputs that gave no plan file (a missing file, a pattern without matches, a folder that cannot be read, a link to nothing). */
  readonly paths: FailedPlan[] = [];
  /** The roll-up's input: one digest per rendered (or skipped, unchanged) plan. */
  readonly digests: PlanDigest[] = [];
  readonly written: Written[] = [];
  /** Warnings of valid plans, repeated in their JSON line when they finish. */
  readonly warnings = new Map<string, Diagnostic[]>();
  /** Catalogue files met in folders and left out. */
  notPlans = 0;
  /** A plan failed on a defect of the tool rather than of the plan (exit 70). */
  internal = false;

  constructor(
    private readonly ctx: Context,
    private readonly json: boolean,
    readonly progress: Progress,
  ) {}

  /** Files finished: left out as not a plan, failed, or rendered. */
  get done(): number {
    return this.notPlans + this.failed.length + this.written.length;
  }

  /** Plans and paths that failed: what the progress bar counts, and what stops a --fail-fast run. */
  get failures(): number {
    return this.failed.length + this.paths.length;
  }

  /** The summary's counts, for `files` files found (catalogue files among them are no plans). */
  counts(files: number): { plans: number; ok: number; skipped: number; failed: number } {
    const ok = this.written.filter((w) => !w.skipped).length;
    return { plans: files - this.notPlans, ok, skipped: this.written.length - ok, failed: this.failures };
  }

  /** Warnings of a valid plan: shown now, and repeated in its JSON line when it finishes. */
  warn(file: string, diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) this.print(d);
    this.warnings.set(file, [...(this.warnings.get(file) ?? []), ...diagnostics]);
  }

  print(d: Diagnostic): void {
    this.progress.log(formatDiagnostic(d, this.ctx));
  }

  emit(event: object): void {
    if (this.json) this.ctx.stdout.write(`${JSON.stringify(event)}\n`);
  }

  /** An input argument that gave no file; it fails the run like a broken plan. */
  inputFailed(d: Diagnostic): void {
    this.print(d);
    this.paths.push(failedPlan(d.file, [d]));
    this.emit(planEvent({ display: d.file, status: 'failed', outputs: [], diagnostics: [d], durationMs: 0 }));
  }

  /** A catalogue file met in a folder: not a plan, so it is left out with a warning. */
  notAPlan(display: string, message: string): void {
    this.print({ file: display, severity: 'warning', code: 'not-a-plan', message });
    this.notPlans++;
  }

  fail(display: string, diagnostics: Diagnostic[], organisation: PlanResult['organisation'], durationMs: number): void {
    for (const d of diagnostics) this.print(d);
    this.failed.push(failedPlan(display, diagnostics));
    this.emit(planEvent({ display, status: 'failed', organisation, outputs: [], diagnostics, durationMs }));
  }
}

/** A failure as the roll-up lists it: how many errors, and the first. */
function failedPlan(file: string, diagnostics: readonly Diagnostic[]): FailedPlan {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  return { file, errors: errors.length, ...(first ? { first: { line: first.line, col: first.col, message: first.message } } : {}) };
}
