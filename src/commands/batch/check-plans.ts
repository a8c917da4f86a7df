// Phase 1 of a batch: load and check every plan, then give each valid plan its output name.
import type { Context } from '../../context.ts';
import { byCodeUnits } from '../../core/code-units.ts';
import { assignNames, outputBaseName } from '../../core/output-name.ts';
import type { BatchText } from '../../i18n/batch.ts';
import { loadMunicipalities } from '../../io/municipalities.ts';
import { displayPath } from '../../io/paths.ts';
import { readInputFile } from '../../io/read-file.ts';
import { MAX_YAML_BYTES } from '../../io/yaml-file.ts';
import type { InputFile } from './inputs.ts';
import { planRef, recordedDigest, type PlanRecord } from './manifest.ts';
import { OVERVIEW_BASE } from './overview-files.ts';
import { fileSha256, type CheckResult, type CheckTask } from './process-plan.ts';
import { runLimited, type Runner } from './runner.ts';
import type { Tally } from './tally.ts';

interface CheckOptions {
  catalogueFile: string | undefined;
  /** Files named one by one: meant as plans, so a catalogue among them fails rather than being left out. */
  named: ReadonlySet<string>;
  /** Hand each valid plan back with its check (see `CheckTask.keepPlan`), on this runner. */
  keepPlan: (runner: Runner) => boolean;
  stop: () => boolean;
  outDir: string;
  /** Plans as the manifest holds them (run-record.ts `recordedPlans`): a file with the same bytes is not read again. */
  recorded: ReadonlyMap<string, PlanRecord>;
}

/**
 * Checks files on every lane of the runner, a few per task (a check takes a millisecond or two, so fewer messages
 * between threads pay off); `onResults` gets each task's results as they come. Returns how many tasks were started.
 */
export function checkFiles(runner: Runner, tasks: readonly CheckTask[], onResults: (results: CheckResult[]) => void, stop?: () => boolean): Promise<number> {
  const per = Math.max(1, Math.min(16, Math.ceil(tasks.length / (Math.max(1, runner.threads) * 8))));
  const chunks: CheckTask[][] = [];
  for (let i = 0; i < tasks.length; i += per) chunks.push(tasks.slice(i, i + per));
  return runLimited(chunks, runner.lanes, (chunk) => runner.check(chunk), onResults, stop);
}

/** A plan file that holds the bytes the manifest has a record of: its check as that record says, without reading it as YAML. */
function recall(ctx: Context, f: InputFile, o: CheckOptions): CheckResult | undefined {
  const started = performance.now();
  const record = o.recorded.get(planRef(o.outDir, f.file));
  if (!record) return undefined;
  const read = readInputFile(f.file, MAX_YAML_BYTES);
  if (!read.ok || fileSha256(read.bytes) !== record.sha256) return undefined;
  const display = displayPath(f.file, ctx.cwd);
  return {
    file: f.file,
    display,
    ok: true,
    diagnostics: [],
    organisation: record.digest.organisation,
    catalogueId: record.catalogueId,
    assessmentDate: record.digest.assessmentDate,
    sha256: record.sha256,
    digest: recordedDigest(record, display),
    durationMs: performance.now() - started,
  };
}

/**
 * The valid plans, in path order. Plans the manifest has a record of are taken from it; the others are checked on the
 * runner, started (`runner(n)`) only when there are any, for that many plans.
 */
export async function checkPlans(
  ctx: Context,
  t: BatchText,
  runner: (plans: number) => Promise<Runner>,
  files: readonly InputFile[],
  tally: Tally,
  o: CheckOptions,
): Promise<CheckResult[]> {
  const valid: CheckResult[] = [];
  const unknown: InputFile[] = [];
  for (const f of files) {
    const r = o.recorded.size ? recall(ctx, f, o) : undefined;
    if (r) valid.push(r);
    else unknown.push(f);
  }
  let checked = valid.length;
  if (checked) tally.progress.update(checked, tally.failures);
  if (unknown.length === 0 || o.stop()) return valid.sort((a, b) => byCodeUnits(a.display, b.display));
  const run = await runner(unknown.length);
  const keepPlan = o.keepPlan(run);
  const tasks = unknown.map((f) => ({ file: f.file, cwd: ctx.cwd, lang: ctx.lang, catalogueFile: o.catalogueFile, keepPlan }));
  await checkFiles(
    run,
    tasks,
    (results) => {
      for (const r of results) {
        if (r.ok) {
          valid.push(r);
          // A valid plan may still carry warnings (a plan carried over from an older catalogue version).
          if (r.diagnostics.length) tally.warn(r.display, r.diagnostics);
        } else if (r.catalogue && !o.named.has(r.file)) {
          // A catalogue beside the plans (examples/catalogue/) is not a plan: say so, and leave it out.
          tally.notAPlan(r.display, t.input.catalogueFile);
        } else {
          tally.fail(r.display, r.diagnostics, r.organisation, r.durationMs);
        }
      }
      // This phase counts files checked; the render phase counts plans finished, failures included.
      checked += results.length;
      tally.progress.update(checked, tally.failures);
    },
    o.stop,
  );
  return valid.sort((a, b) => byCodeUnits(a.display, b.display));
}

/** Output base names by display path. They depend on every plan (a collision goes to the first in path order). */
export function nameOutputs(valid: readonly CheckResult[]): Map<string, string> {
  const municipalities = new Map(loadMunicipalities().map((m) => [m.code, m.name]));
  return assignNames(
    valid.map((r) => ({
      key: r.display,
      base: outputBaseName({
        ...r.organisation,
        municipalityName: r.organisation?.municipalityCode ? municipalities.get(r.organisation.municipalityCode) : undefined,
      }),
    })),
    [OVERVIEW_BASE],
  );
}
