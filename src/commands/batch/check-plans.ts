// Phase 1 of a batch: load and check every plan, on the workers a few files per task (a check takes a millisecond
// or two); then give each valid plan its output name.
import type { Context } from '../../context.ts';
import { assignNames, outputBaseName } from '../../core/output-name.ts';
import type { BatchText } from '../../i18n/batch.ts';
import { loadMunicipalities } from '../../io/municipalities.ts';
import type { InputFile } from './inputs.ts';
import { OVERVIEW_BASE } from './overview-files.ts';
import type { CheckResult } from './process-plan.ts';
import { runLimited, type Runner } from './runner.ts';
import type { Tally } from './tally.ts';

export interface CheckOptions {
  catalogueFile: string | undefined;
  /** Files named one by one: meant as plans, so a catalogue among them fails rather than being left out. */
  named: ReadonlySet<string>;
  /** The run makes PDFs. */
  pdf: boolean;
  /** --compare-with needs every plan on this thread once they are all checked. */
  compareWith: boolean;
  /** Threads the run uses (1 in one process): a few files per task, for each of them. */
  jobs: number;
  stop: () => boolean;
}

/** The valid plans, in path order. */
export async function checkPlans(ctx: Context, t: BatchText, runner: Runner, files: readonly InputFile[], tally: Tally, o: CheckOptions): Promise<CheckResult[]> {
  const valid: CheckResult[] = [];
  const per = Math.max(1, Math.min(16, Math.ceil(files.length / (o.jobs * 8))));
  const chunks: InputFile[][] = [];
  for (let i = 0; i < files.length; i += per) chunks.push(files.slice(i, i + per));
  // A valid plan comes back with its check, so it is not read twice. From a worker it is a copy, held on this thread
  // until its render task takes it: for PDF, whose render costs some 40 times the reading, the worker reads it again
  // instead (at 2,900 plans this thread then holds about 30 MB less), unless --compare-with needs it here.
  const keepPlan = runner.threads === 0 || !o.pdf || o.compareWith;
  let checked = 0;
  await runLimited(
    chunks,
    runner.threads ? runner.threads * 2 : 1,
    (chunk) => runner.check(chunk.map((f) => ({ file: f.file, cwd: ctx.cwd, lang: ctx.lang, catalogueFile: o.catalogueFile, keepPlan }))),
    (results) => {
      for (const r of results) {
        if (r.ok) {
          valid.push(r);
          // A valid plan may still carry warnings (a plan carried over from an older catalogue version).
          if (r.diagnostics.length) {
            for (const d of r.diagnostics) tally.print(d);
            tally.warnings.set(r.display, r.diagnostics);
          }
        } else if (r.catalogue && !o.named.has(r.file)) {
          // A catalogue beside the plans (examples/catalogue/) is not a plan: say so, and leave it out.
          tally.print({ file: r.display, severity: 'warning', code: 'not-a-plan', message: t.input.catalogueFile });
          tally.notPlans++;
          tally.done++;
        } else {
          tally.fail(r.display, r.diagnostics, r.organisation, r.durationMs);
          tally.done++;
        }
      }
      // This phase counts files checked; the render phase counts plans finished, failures included.
      checked += results.length;
      tally.progress.update(checked, tally.failed.length);
    },
    o.stop,
  );
  return valid.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/** Output base names by display path. They depend on every plan (a collision goes to the first in path order). */
export function nameOutputs(valid: readonly CheckResult[]): Map<string, string> {
  const municipalities = new Map(loadMunicipalities().map((m) => [m.code, m.name]));
  return assignNames(
    valid.map((r) => ({
      key: r.display,
      base: outputBaseName({ ...r.organisation, municipalityName: r.organisation?.municipalityCode ? municipalities.get(r.organisation.municipalityCode) : undefined }),
    })),
    [OVERVIEW_BASE],
  );
}
