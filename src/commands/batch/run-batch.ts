// The batch run: expand inputs, check every plan, name outputs, render in parallel, roll up, report. Each phase is
// in a file of its own (check-plans, render-plans, write-overview, summarise); this one sets up and ends the run.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Context } from '../../context.ts';
import { byCodeUnits } from '../../core/code-units.ts';
import type { Catalogue } from '../../core/model.ts';
import type { RollupChanges } from '../../core/rollup.ts';
import { CancelledError, errorDiagnostics, UsageError, UserError } from '../../errors.ts';
import { batchText, type BatchText } from '../../i18n/batch.ts';
import { removeStaleTemporaryFiles, removeTemporaryFiles } from '../../io/atomic-write.ts';
import { SIGNAL_EXIT } from '../../io/interrupt.ts';
import { builtinCatalogue, DEFAULT_CATALOGUE, loadCatalogueFile, requireBuiltinCatalogue } from '../../io/load-catalogue.ts';
import { makeOutFolder, outFolder } from '../../io/out-folder.ts';
import { displayPath } from '../../io/paths.ts';
import { creationDateFor, type Format, type PdfProfile } from '../../render/outputs.ts';
import { checkPlans, nameOutputs } from './check-plans.ts';
import { LOCK_NAME, lockOutFolder } from './out-lock.ts';
import { compareWithEarlier } from './compare-with.ts';
import { summaryEvent, type SummaryEvent } from './events.ts';
import { expandInputs, inputDiagnostics, type InputProblem } from './inputs.ts';
import { changeText, planRef, type Carried, type PlanRecord } from './manifest.ts';
import { beginRecord, currentSettings, readManifest, recordedPlans, type PreviousRecord } from './run-record.ts';
import { Progress } from './progress.ts';
import { renderPlans } from './render-plans.ts';
import { createRunner, type Runner } from './runner.ts';
import { countOncePerOrganisation } from './same-organisation.ts';
import { summarise } from './summarise.ts';
import { Tally } from './tally.ts';
import { writeOverviewFiles, type OverviewResult, type OverviewTask } from './overview-files.ts';
import type { WriteFailure } from '../../io/write-failure.ts';

export interface BatchOptions {
  inputs: string[];
  out: string;
  formats: Format[];
  /** Worker threads; undefined chooses from the cores and the work (see `defaultJobs`). */
  jobs?: number;
  failFast: boolean;
  quiet: boolean;
  json: boolean;
  changed: boolean;
  compareWith?: string;
  catalogue?: string;
  referenceDate: string;
  profile: PdfProfile;
}

/** How far a run got, for the summary of a run that could not start or was cut short, and its Ctrl-C. */
interface RunState {
  started: number;
  /** The same moment as a time of day (ms since 1970), to compare with files' times. */
  startedAt: number;
  files: number;
  jobs: number;
  tally?: Tally;
  runner?: Runner;
  /** Ctrl-C (or SIGTERM) came: take no new plans, end the workers, leave no half-written file behind (exit 130, 143). */
  interrupted: boolean;
  /** The exit code of the interruption: 130 for Ctrl-C, 143 for SIGTERM. */
  exitCode: number;
  /** --out, once known: past the point where the run stops itself, a signal ends the process and its files are removed. */
  outDir?: string;
  /** Gives Ctrl-C back to Node: the roll-up, once begun, is not cut short by the run. */
  release: () => void;
  /** Gives up the lock on --out, once the run has it. */
  unlock?: () => void;
}

export async function runBatch(ctx: Context, o: BatchOptions): Promise<number> {
  // From the start, so that a Ctrl-C while the files are found and the workers start ends the run as later ones do.
  const state: RunState = {
    started: performance.now(),
    startedAt: Date.now(),
    files: 0,
    jobs: 1,
    interrupted: false,
    exitCode: SIGNAL_EXIT.SIGINT,
    release: () => {},
  };
  // Through the Context, so that a test can send them; without signals (none can come) there is nothing to listen to.
  state.release =
    ctx.signals?.onInterrupt((signal) => {
      state.interrupted = true;
      state.exitCode = SIGNAL_EXIT[signal];
      void state.runner?.close();
    }) ?? (() => {});
  const forgetTemporaryFiles =
    ctx.signals?.untilDone(() => {
      if (state.outDir !== undefined) removeTemporaryFiles(state.outDir);
    }) ?? (() => {});
  try {
    return await run(ctx, o, state);
  } catch (e) {
    // With --json a script always gets its summary line: also when nothing could be done, or Ctrl-C cut the run short.
    if (o.json && (e instanceof UserError || e instanceof UsageError || e instanceof CancelledError))
      ctx.stdout.write(`${JSON.stringify(endedEarly(ctx, o, state, e))}\n`);
    throw e;
  } finally {
    state.release();
    forgetTemporaryFiles();
    state.unlock?.();
  }
}

/** The summary of a run that ended with an error or an interruption; `errors` holds what the user is also told on stderr. */
function endedEarly(ctx: Context, o: BatchOptions, state: RunState, e: UserError | UsageError | CancelledError): SummaryEvent {
  const cancelled = e instanceof CancelledError;
  const out = displayPath(resolve(ctx.cwd, o.out), ctx.cwd);
  // Findings in a file (an unusable --catalogue) as they are; anything else as the run's own error, filed under --out.
  return summaryEvent({
    ...(state.tally?.counts(state.files) ?? { plans: state.files, ok: 0, skipped: 0, failed: 0 }),
    aborted: cancelled,
    outputs: [],
    errors: errorDiagnostics(e, out, cancelled ? 'interrupted' : 'batch-failed'),
    out,
    jobs: state.jobs,
    durationMs: performance.now() - state.started,
  });
}

async function run(ctx: Context, o: BatchOptions, state: RunState): Promise<number> {
  const t = batchText[ctx.lang];
  const started = state.started;
  const outDir = outFolder(ctx.cwd, o.out, ctx.lang);
  state.outDir = outDir;
  if (o.compareWith !== undefined) {
    const dir = resolve(ctx.cwd, o.compareWith);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(t.input.compareWithMissing(o.compareWith), t.input.compareWithHint);
  }
  const catalogueFile = o.catalogue ? resolve(ctx.cwd, o.catalogue) : undefined;
  // An unusable --catalogue would fail every plan the same way: say it once, before any work.
  const ownCatalogue = catalogueFile ? loadCatalogueFile(catalogueFile, ctx.cwd, ctx.lang) : undefined;

  const expanded = expandInputs(o.inputs, { cwd: ctx.cwd, exclude: [outDir] });
  const files = expanded.files;
  const mode = o.quiet ? 'off' : ctx.stderr.isTTY ? 'bar' : 'lines';
  const tally = new Tally(ctx, o.json, new Progress(ctx.stderr, mode, ctx.lang, files.length));
  state.tally = tally;
  state.files = files.length;
  for (const d of inputDiagnostics(expanded.problems, (p) => inputText(t, p))) {
    if (d.severity === 'error') tally.inputFailed(d);
    else tally.print(d);
  }
  if (files.length === 0) {
    tally.progress.finish();
    throw new UserError(t.input.noPlans, [], t.input.noPlansHint);
  }
  try {
    makeOutFolder(ctx.cwd, o.out, outDir, ctx.lang);
    // Two runs writing into one folder at once would each record the other's files as their own.
    const lock = await lockOutFolder(outDir);
    if (!lock.ok) {
      const out = displayPath(outDir, ctx.cwd);
      throw new UserError(t.outLocked(out, lock.holder), [], t.outLockedHint(displayPath(join(outDir, LOCK_NAME), ctx.cwd)));
    }
    state.unlock = lock.release;
  } catch (e) {
    tally.progress.finish();
    throw e;
  }
  // Temporary files of an earlier run that was killed (kill -9) before it could remove them; the file system's clock,
  // not the run's date (ctx.now), says what is older than this run.
  removeStaleTemporaryFiles(outDir, state.startedAt);

  const pdf = o.formats.includes('pdf');
  // Started when there is work for it, and sized for that work: a --changed run with every output current starts none.
  let runner: Runner | undefined;
  const startRunner = async (plans: number): Promise<Runner> => {
    if (!runner) {
      const jobs = Math.max(1, Math.min(o.jobs ?? defaultJobs(o.formats, plans), plans));
      runner = await createRunner(jobs, { pdf });
      state.jobs = runner.threads || 1;
      state.runner = runner;
    }
    return runner;
  };
  const stop = () => state.interrupted || (o.failFast && tally.failures > 0);
  let catalogue: Catalogue | undefined;
  let changes: RollupChanges | undefined;
  let aborted = false;
  let overview: { paths: string[]; unchanged: boolean } | undefined;
  let leftOut: string[] = [];
  let record: ((overviewPdf?: OverviewResult['pdf'], overview?: OverviewResult['record']) => WriteFailure | undefined) | undefined;
  let planRecords = new Map<string, PlanRecord>();
  /** The manifest as the previous run left it. */
  let previous: PreviousRecord | undefined;
  let overviewRecord: OverviewResult['record'];
  /** What the previous run's record still vouches for; none until the plans are checked. */
  let carried: Carried | undefined;
  let overviewPdf: OverviewResult['pdf'];
  /** The run's own files (overview, manifest) that could not be written: the plans are still made, and the run fails. */
  const failures: WriteFailure[] = [];
  const failed = (f: WriteFailure | undefined) => {
    if (f && !failures.some((g) => g.message === f.message)) failures.push(f);
  };

  // However the run ends, the workers end with it (close() may be called more than once).
  try {
    try {
      // Files named one by one are meant as plans; only files found in folders or by patterns may be something else.
      const named = new Set(o.inputs.map((i) => resolve(ctx.cwd, i)));
      // A valid plan comes back with its check, so it is not read twice. From a worker it is a copy, held on this
      // thread until its render task takes it: for PDF, whose render costs some 40 times the reading, the worker reads
      // it again instead (at 2,900 plans this thread then holds about 30 MB less), unless --compare-with needs it here.
      const keepPlan = (r: Runner) => r.threads === 0 || !pdf || o.compareWith !== undefined;
      // With --changed, a plan file the manifest has a record of, with the same bytes, is not read again (not with
      // --compare-with, which needs the plans themselves).
      previous = readManifest(outDir);
      const recorded =
        o.changed && o.compareWith === undefined
          ? recordedPlans(previous, { lang: ctx.lang, referenceDate: o.referenceDate, outDir, catalogueFile, ownCatalogue })
          : new Map<string, PlanRecord>();
      const valid = await checkPlans(ctx, t, startRunner, files, tally, { catalogueFile, named, keepPlan, stop, outDir, recorded });
      const names = nameOutputs(valid);
      // Two plans of one organisation are both rendered; the roll-up counts the later one, and says so.
      const counted = countOncePerOrganisation(valid, t);
      leftOut = counted.leftOut;
      for (const w of counted.warnings) tally.warn(w.file, [w]);
      catalogue =
        ownCatalogue ??
        rollupCatalogue(
          counted.kept.map((r) => r.catalogueId ?? ''),
          ctx.lang,
        );
      if (o.compareWith && !stop()) {
        const goalIds = catalogue.goals.map((g) => g.id);
        changes = await compareWithEarlier(ctx, await startRunner(files.length), counted.kept, {
          dir: o.compareWith,
          outDir,
          catalogueFile,
          referenceDate: o.referenceDate,
          goalIds,
          print: (d) => tally.print(d),
        });
      }

      // What the outputs in --out were made with: --changed skips only plans whose outputs were made with this run's settings.
      const settings = currentSettings({
        lang: ctx.lang,
        referenceDate: o.referenceDate,
        outDir,
        catalogueFile,
        ownCatalogue,
        catalogueIds: valid.map((r) => r.catalogueId ?? ''),
      });
      // Each output name with the plan it is made from this run: a name may have been another plan's before.
      const plans = new Map(valid.map((r) => [names.get(r.display)!, planRef(outDir, r.file)]));
      const rec = beginRecord(
        outDir,
        settings,
        { profile: o.profile, sourceDateEpoch: ctx.env.SOURCE_DATE_EPOCH || null },
        pdf,
        plans,
        { cwd: ctx.cwd, lang: ctx.lang },
        previous,
      );
      failed(rec.failure);
      carried = rec.carried;
      if (o.changed && !o.quiet && rec.carried.change && rec.worthSaying) {
        tally.progress.log(
          `${changeText(t, rec.carried.change, displayPath(outDir, ctx.cwd), catalogueFile && displayPath(catalogueFile, ctx.cwd))}: ${t.changed.again}`,
        );
      }
      record = (pdfRecord, overviewRecord) =>
        rec.finish(
          tally.written.flatMap((w) => {
            const name = names.get(w.display)!;
            return o.formats.map((f) => [`${name}.${f}`, plans.get(name)!] as const);
          }),
          pdfRecord,
          { overview: overviewRecord, plans: new Map([...planRecords].map(([file, r]) => [planRef(outDir, file), r])) },
        );
      // Outputs recorded as made with this run's settings; carryOver has left out those made from another plan.
      const mayBeUpToDate = (name: string) => o.formats.every((f) => rec.carried.outputs.has(`${name}.${f}`));
      const common = {
        cwd: ctx.cwd,
        lang: ctx.lang,
        catalogueFile,
        outDir,
        formats: o.formats,
        profile: o.profile,
        referenceDate: o.referenceDate,
        sourceDateEpoch: ctx.env.SOURCE_DATE_EPOCH,
        changed: o.changed,
      };
      planRecords = await renderPlans(t, startRunner, valid, names, common, tally, stop, mayBeUpToDate);
    } finally {
      state.release();
    }

    if (!state.interrupted) {
      // The roll-up: only for a complete run, so a --fail-fast stop never leaves a partial overview behind.
      aborted = stop() && tally.done < files.length;
      if (!aborted) {
        const task: OverviewTask = {
          outDir,
          digests: tally.digests,
          leftOut,
          failed: tally.failed,
          paths: tally.paths,
          catalogueId: catalogue!.id,
          catalogueFile,
          cwd: ctx.cwd,
          changes,
          lang: ctx.lang,
          referenceDate: o.referenceDate,
          html: o.formats.includes('html'),
          pdf,
          creationDate: creationDateFor(o.referenceDate, ctx.env),
          profile: o.profile,
          // Made with other settings, an identical overview.md may still stand beside an overview.pdf that is not.
          changed: o.changed && carried !== undefined && !carried.change,
          recordedPdf: carried?.overviewPdf,
          recorded: previous?.manifest?.overview,
        };
        // With PDF the roll-up is made by the runner, on a worker whose PDF code is warm by now. Without, the workers
        // end first, so their memory is not held during the roll-up.
        if (!pdf) await runner?.close();
        const r = pdf && runner ? await runner.overview(task) : await writeOverviewFiles(task);
        overview = { paths: r.paths.map((p) => displayPath(p, ctx.cwd)), unchanged: r.unchanged };
        failed(r.failure);
        overviewPdf = r.pdf;
        overviewRecord = r.record;
      }
      // Also after --fail-fast: every output written so far was made with this run's settings.
      failed(record?.(overviewPdf, overviewRecord));
    }
  } catch (e) {
    // Ending the workers on Ctrl-C fails the tasks they still had: that is the interruption, said below, not an error.
    if (!state.interrupted) throw e;
  } finally {
    await runner?.close();
  }
  tally.progress.finish();
  if (state.interrupted) {
    // The workers have ended, so no temporary file is still being written.
    removeTemporaryFiles(outDir);
    throw new CancelledError(t.interrupted(tally.done, files.length), undefined, state.exitCode);
  }
  return summarise(ctx, t, tally, {
    files: files.length,
    quiet: o.quiet,
    aborted,
    overview,
    failures,
    out: displayPath(outDir, ctx.cwd),
    jobs: runner?.threads || 1,
    started,
  });
}

function inputText(t: BatchText, { kind, code }: InputProblem): { message: string; hint: string } {
  if (kind === 'not-found') return { message: t.input.notFound, hint: t.input.notFoundHint };
  if (kind === 'no-match') return { message: t.input.noMatch, hint: t.input.noMatchHint };
  if (kind === 'unreadable-folder') {
    if (code === undefined || code === 'EACCES' || code === 'EPERM') return { message: t.input.unreadableFolder, hint: t.input.unreadableFolderHint };
    return { message: t.input.folderReadError(code), hint: t.input.folderReadErrorHint };
  }
  if (kind === 'dangling-link') return { message: t.input.danglingLink, hint: t.input.danglingLinkHint };
  return { message: t.input.emptyFolder, hint: t.input.emptyFolderHint };
}

/** Estimated cost of a plan in one process, in ms: PDF measured at about 45, Markdown at about 3 (HTML and JSON as Markdown). */
const PLAN_MS = { pdf: 45, other: 3 };
/** Starting the workers and compiling the same code again in each, before they pay back. */
const WORKERS_START_MS = 800;
/** Messages and bookkeeping for a plan on a worker, paid on the main thread. */
const WORKER_MESSAGE_MS = 0.7;
/** Cores one process keeps busy: V8 compiles and collects garbage on a spare core, for free. */
const ONE_PROCESS_CORES = 1.4;
/**
 * CPU time of workers against one process for the same plans (each compiles again, and plans travel between threads):
 * the upper end of the measured 1.3–1.5, the one that agrees with the measured speed-up.
 */
const WORKER_CPU = 1.5;

/**
 * PDF runs of this many plans or more take a worker per core whatever the time, for memory: in this process V8 lets the
 * heap grow with the run (measured with 290 plans: 173 MB; with 2,900: 340–420 MB), where workers keep the heap limits
 * of runner.ts (313–341 MB in all at 2,900 plans on two cores).
 */
const PDF_BOUNDED_HEAP_FROM = 1000;

/**
 * The number of worker threads when --jobs does not say: a worker per core when the run is expected to end sooner
 * that way, else 1 (this process). One process does `plans × PLAN_MS`; workers first cost WORKERS_START_MS, then spend
 * WORKER_CPU times the CPU time of one process, which already keeps ONE_PROCESS_CORES busy, spread over `cores`, plus
 * WORKER_MESSAGE_MS a plan. Measured on two cores (`npm run bench`): two workers took 1.3–1.5 times the CPU time of one
 * process and were 0.77–1.01 times as fast with PDF, no faster; so on two cores a run stays in one process (but for
 * its memory, a PDF run of PDF_BOUNDED_HEAP_FROM plans or more), while with four or more cores workers pay for PDF from
 * a few dozen plans and for Markdown from some thousand.
 */
export function defaultJobs(formats: readonly Format[], plans: number, cores = availableParallelism()): number {
  if (cores < 2 || plans < 2) return 1;
  if (formats.includes('pdf') && plans >= PDF_BOUNDED_HEAP_FROM) return cores;
  const perPlanMs = formats.includes('pdf') ? PLAN_MS.pdf : PLAN_MS.other;
  const inProcess = plans * perPlanMs;
  const workers = WORKERS_START_MS + plans * ((perPlanMs * ONE_PROCESS_CORES * WORKER_CPU) / cores + WORKER_MESSAGE_MS);
  return workers < inProcess ? cores : 1;
}

/** The catalogue most plans use (ties to the lower id); the built-in default when no plan is valid. */
function rollupCatalogue(ids: readonly string[], lang: Context['lang']): Catalogue {
  const counts = new Map<string, number>();
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0]?.[0];
  return (best ? builtinCatalogue(best) : undefined) ?? requireBuiltinCatalogue(DEFAULT_CATALOGUE, lang);
}
