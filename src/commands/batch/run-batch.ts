// The batch run: expand inputs, check every plan, name outputs, render in parallel, roll up, report.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Context } from '../../context.ts';
import type { Catalogue } from '../../core/model.ts';
import { assignNames, outputBaseName } from '../../core/output-name.ts';
import { rollUp, type FailedPlan, type PlanDigest, type RollupChanges } from '../../core/rollup.ts';
import { CancelledError, UsageError, UserError, type Diagnostic } from '../../errors.ts';
import { batchText, type BatchText } from '../../i18n/batch.ts';
import { formatDecimal } from '../../i18n/report.ts';
import { removeTemporaryFiles, writeFileAtomic } from '../../io/atomic-write.ts';
import { builtinCatalogue, DEFAULT_CATALOGUE, loadCatalogueFile, requireBuiltinCatalogue } from '../../io/load-catalogue.ts';
import { loadMunicipalities } from '../../io/municipalities.ts';
import { outFolder } from '../../io/out-folder.ts';
import { displayPath } from '../../io/paths.ts';
import { formatDiagnostic } from '../../io/report.ts';
import { creationDateFor, type Format, type PdfProfile } from '../../render/outputs.ts';
import { renderOverviewCsv } from '../../render/overview-csv.ts';
import { renderOverviewMarkdown } from '../../render/overview-markdown.ts';
import { compareWithEarlier } from './compare-with.ts';
import { planEvent, summaryEvent, type SummaryEvent } from './events.ts';
import { expandInputs, inputDiagnostics, type InputFile } from './inputs.ts';
import type { CheckResult, PlanResult, ProcessOptions } from './process-plan.ts';
import { Progress } from './progress.ts';
import { createRunner, runLimited } from './runner.ts';

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

/** Up to this many plans, each one's outputs are listed at the end; above, only the summary. */
const LIST_LIMIT = 20;
/** Names the roll-up uses; a plan never gets them. */
export const OVERVIEW_BASE = 'overview';

export async function runBatch(ctx: Context, o: BatchOptions): Promise<number> {
  const t = batchText[ctx.lang];
  const started = performance.now();
  const outDir = outFolder(ctx.cwd, o.out, ctx.lang);
  const outShown = displayPath(outDir, ctx.cwd);
  if (o.compareWith !== undefined) {
    const dir = resolve(ctx.cwd, o.compareWith);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(t.input.compareWithMissing(o.compareWith), t.input.compareWithHint);
  }
  const catalogueFile = o.catalogue ? resolve(ctx.cwd, o.catalogue) : undefined;
  // An unusable --catalogue would fail every plan the same way: say it once, before any work.
  const ownCatalogue = catalogueFile ? loadCatalogueFile(catalogueFile, ctx.cwd, ctx.lang) : undefined;

  const expanded = expandInputs(o.inputs, { cwd: ctx.cwd, exclude: [outDir] });
  const mode = o.quiet ? 'off' : ctx.stderr.isTTY ? 'bar' : 'lines';
  const progress = new Progress(ctx.stderr, mode, ctx.lang, expanded.files.length);
  const failed: FailedPlan[] = [];
  let internal = false;
  const print = (d: Diagnostic) => progress.log(formatDiagnostic(d, ctx));
  const emit = (event: object) => {
    if (o.json) ctx.stdout.write(`${JSON.stringify(event)}\n`);
  };
  const fail = (display: string, diagnostics: Diagnostic[], organisation: PlanResult['organisation'], durationMs: number) => {
    for (const d of diagnostics) print(d);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    failed.push({ file: display, errors: errors.length, ...(first ? { first: { line: first.line, col: first.col, message: first.message } } : {}) });
    emit(planEvent({ display, status: 'failed', organisation, outputs: [], diagnostics, durationMs }));
  };

  for (const d of inputDiagnostics(expanded.problems, (p) => inputText(t, p.kind))) {
    if (d.severity === 'error') fail(d.file, [d], undefined, 0);
    else print(d);
  }
  if (expanded.files.length === 0) {
    progress.finish();
    throw new UserError(t.input.noPlans, [], t.input.noPlansHint);
  }
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new UserError(t.input.outFailed(o.out, (e as Error).message));
  }

  const files = expanded.files;
  // Files named one by one are meant as plans; only files found in folders or by patterns may be something else.
  const named = new Set(o.inputs.map((i) => resolve(ctx.cwd, i)));
  let notPlans = 0;
  const jobs = Math.max(1, Math.min(o.jobs ?? defaultJobs(o.formats, files.length), files.length));
  const runner = await createRunner(jobs, { pdf: o.formats.includes('pdf') });
  // Ctrl-C: stop taking plans, end the workers, and leave no half-written file behind (exit 130).
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    void runner.close();
  };
  process.once('SIGINT', onInterrupt);
  const stop = () => interrupted || (o.failFast && failed.length > 0);
  const digests: PlanDigest[] = [];
  const written: { display: string; outputs: string[]; skipped: boolean }[] = [];
  let done = 0;
  // The check phase counts files checked; the render phase counts plans finished, failures included.
  let checked = 0;
  const warnings = new Map<string, Diagnostic[]>();
  let catalogue: Catalogue | undefined;
  let changes: RollupChanges | undefined;
  let aborted = false;
  const overview: string[] = [];
  let overviewUnchanged = false;

  // However the run ends, the workers end with it (close() may be called more than once).
  try {
    try {
      // Phase 1: load and check every plan; a few files per task, since a check takes a millisecond or two.
      const valid: CheckResult[] = [];
      const per = Math.max(1, Math.min(16, Math.ceil(files.length / (jobs * 8))));
      const chunks: InputFile[][] = [];
      for (let i = 0; i < files.length; i += per) chunks.push(files.slice(i, i + per));
      await runLimited(
        chunks,
        runner.threads ? runner.threads * 2 : 1,
        (chunk) => runner.check(chunk.map((f) => ({ file: f.file, cwd: ctx.cwd, lang: ctx.lang, catalogueFile }))),
        (results) => {
          for (const r of results) {
            if (r.ok) {
              valid.push(r);
              // A valid plan may still carry warnings (a plan carried over from an older catalogue version).
              if (r.diagnostics.length) {
                for (const d of r.diagnostics) print(d);
                warnings.set(r.display, r.diagnostics);
              }
            } else if (r.catalogue && !named.has(r.file)) {
              // A catalogue beside the plans (examples/catalogue/) is not a plan: say so, and leave it out.
              print({ file: r.display, severity: 'warning', code: 'not-a-plan', message: t.input.catalogueFile });
              notPlans++;
              done++;
            } else {
              fail(r.display, r.diagnostics, r.organisation, r.durationMs);
              done++;
            }
          }
          checked += results.length;
          progress.update(checked, failed.length);
        },
        stop,
      );
      valid.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));

      // Names depend on every plan (collisions go to the first in path order), so they are given out between the phases.
      const municipalities = new Map(loadMunicipalities().map((m) => [m.code, m.name]));
      const names = assignNames(
        valid.map((r) => ({
          key: r.display,
          base: outputBaseName({ ...r.organisation, municipalityName: r.organisation?.municipalityCode ? municipalities.get(r.organisation.municipalityCode) : undefined }),
        })),
        [OVERVIEW_BASE],
      );

      catalogue = ownCatalogue ?? rollupCatalogue(valid.map((r) => r.plan?.catalogue.id ?? ''), ctx.lang);
      if (o.compareWith && !stop()) {
        const goalIds = catalogue.goals.map((g) => g.id);
        changes = await compareWithEarlier(ctx, runner, valid, { dir: o.compareWith, outDir, catalogueFile, referenceDate: o.referenceDate, goalIds, print });
      }

      // Phase 2: plan and render, each plan's files written by the thread that rendered them.
      progress.phase('rendering', done);
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
      await runLimited(
        valid,
        runner.threads ? runner.threads * 2 : 1,
        async (r): Promise<PlanResult> => {
          const task: ProcessOptions = { ...common, file: r.file, name: names.get(r.display)!, plan: r.plan };
          // The plan is in the task now; letting go of it here keeps memory flat over thousands of plans.
          r.plan = undefined;
          try {
            return await runner.process(task);
          } catch (e) {
            const err = e as Error;
            return { file: r.file, display: r.display, status: 'failed', organisation: r.organisation, outputs: [], diagnostics: [{ file: r.display, severity: 'error', code: 'internal', message: `${err.name}: ${err.message}` }], internal: true, durationMs: 0 };
          }
        },
        (res) => {
          done++;
          if (res.status === 'failed') {
            if (res.internal) internal = true;
            fail(res.display, res.diagnostics.map((d) => localise(d, t)), res.organisation, res.durationMs);
          } else {
            if (res.digest) digests.push(res.digest);
            written.push({ display: res.display, outputs: res.outputs, skipped: res.status === 'skipped' });
            const diagnostics = [...(warnings.get(res.display) ?? []), ...res.diagnostics];
            emit(planEvent({ display: res.display, status: res.status, organisation: res.organisation, outputs: res.outputs, diagnostics, durationMs: res.durationMs }));
          }
          progress.update(done, failed.length);
        },
        stop,
      );
    } finally {
      process.removeListener('SIGINT', onInterrupt);
    }

    if (!interrupted) {
      // The roll-up: only for a complete run, so a --fail-fast stop never leaves a partial overview behind.
      aborted = stop() && done < files.length;
      // Only overview.pdf needs a worker: without it the workers end now, so their memory is not held during the roll-up.
      if (!o.formats.includes('pdf') || aborted) await runner.close();
      if (!aborted) {
        const cat = catalogue ?? ownCatalogue ?? rollupCatalogue([], ctx.lang);
        const rollup = rollUp(digests, cat, failed);
        const md = renderOverviewMarkdown(rollup, cat, { lang: ctx.lang, referenceDate: o.referenceDate, changes });
        const csv = renderOverviewCsv(digests, failed, cat, ctx.lang);
        const mdPath = join(outDir, `${OVERVIEW_BASE}.md`);
        const csvPath = join(outDir, `${OVERVIEW_BASE}.csv`);
        const pdfPath = join(outDir, `${OVERVIEW_BASE}.pdf`);
        const pdf = o.formats.includes('pdf');
        const same = (path: string, text: string) => existsSync(path) && readFileSync(path, 'utf8') === text;
        // With --changed an identical overview keeps its time stamp, so tools that watch --out see no change.
        overviewUnchanged = o.changed && same(mdPath, md) && same(csvPath, csv) && (!pdf || existsSync(pdfPath));
        if (!overviewUnchanged) {
          // The PDF is made by a worker (its PDF code is warm by now) while this thread writes the text files.
          const pdfWritten = pdf
            ? runner.overviewPdf({ path: pdfPath, rollup, catalogue: cat, options: { lang: ctx.lang, referenceDate: o.referenceDate, creationDate: creationDateFor(o.referenceDate, ctx.env), profile: o.profile, changes } })
            : undefined;
          pdfWritten?.catch(() => {});
          writeFileAtomic(mdPath, md);
          writeFileAtomic(csvPath, csv);
          await pdfWritten;
        }
        overview.push(displayPath(mdPath, ctx.cwd), displayPath(csvPath, ctx.cwd));
        if (pdf) overview.push(displayPath(pdfPath, ctx.cwd));
      }
    }
  } finally {
    await runner.close();
  }
  if (interrupted) {
    // The workers have ended, so no temporary file is still being written.
    removeTemporaryFiles(outDir);
    progress.finish();
    throw new CancelledError(t.interrupted(done, files.length));
  }
  progress.finish();

  const total = files.length - notPlans;
  const ok = written.filter((w) => !w.skipped);
  const skipped = written.length - ok.length;
  if (!o.quiet && files.length <= LIST_LIMIT) {
    for (const w of [...written].sort((a, b) => (a.display < b.display ? -1 : 1))) {
      ctx.stderr.write(`${w.skipped ? t.plan.skipped(w.display) : `${ctx.colour.green('✔')} ${t.plan.wrote(w.display, w.outputs.join(', '))}`}\n`);
    }
  }
  const filesWritten = ok.reduce((s, w) => s + w.outputs.length, 0) + (overviewUnchanged ? 0 : overview.length);
  const lines = [t.summary.done(written.length, total, outShown, filesWritten)];
  if (skipped) lines.push(t.summary.skipped(skipped));
  if (failed.length) lines.push(t.summary.failed(failed.length));
  if (aborted) lines.push(t.summary.aborted(files.length - done));
  else lines.push(overviewUnchanged ? t.summary.overviewUnchanged : t.summary.overview(overview.join(', ')));
  const seconds = (performance.now() - started) / 1000;
  lines.push(t.summary.time(`${formatDecimal(seconds, ctx.lang)} s`));
  ctx.stderr.write(lines.join('\n') + '\n');

  const summary: SummaryEvent = summaryEvent({
    plans: total,
    ok: ok.length,
    skipped,
    failed: failed.length,
    aborted,
    outputs: overview,
    out: outShown,
    jobs: runner.threads || 1,
    durationMs: performance.now() - started,
  });
  emit(summary);
  if (internal) return 70;
  return failed.length > 0 ? 1 : 0;
}

function inputText(t: BatchText, kind: 'not-found' | 'no-match' | 'empty-folder'): { message: string; hint?: string } {
  if (kind === 'not-found') return { message: t.input.notFound, hint: t.input.notFoundHint };
  if (kind === 'no-match') return { message: t.input.noMatch, hint: t.input.noMatchHint };
  return { message: t.input.emptyFolder };
}

/**
 * One worker per core when that is quicker than one process. Workers cost about 0.8 s before they pay back (starting,
 * and compiling the same code again) and about 0.7 ms a plan of messages and bookkeeping on the main thread; in one
 * process V8 compiles and collects garbage on a spare core for free, so `cores` workers do the work of about
 * `cores - 0.7` cores. Measured on two cores: Markdown takes about 3 ms a plan and is quicker in one process even at
 * 2,900 plans (8.7–9.3 s against 9.4–9.9 s); with PDF (45 ms a plan) two workers win from about 80 plans.
 */
export function defaultJobs(formats: readonly Format[], plans: number, cores = availableParallelism()): number {
  if (cores < 2) return 1;
  const perPlanMs = formats.includes('pdf') ? 45 : 3;
  const inProcess = plans * perPlanMs;
  const pool = 800 + plans * (perPlanMs / (cores - 0.7) + 0.7);
  return pool < inProcess ? cores : 1;
}

/** Worker messages are raw; the wording for people is chosen here, in the user's language. */
function localise(d: Diagnostic, t: BatchText): Diagnostic {
  if (d.code === 'internal') return { ...d, message: t.plan.internal(d.message), hint: t.plan.internalHint };
  if (d.code === 'write-failed') return { ...d, message: t.plan.writeFailed(d.message), hint: t.plan.writeFailedHint };
  return d;
}

/** The catalogue most plans use (ties to the lower id); the built-in default when no plan is valid. */
function rollupCatalogue(ids: readonly string[], lang: Context['lang']): Catalogue {
  const counts = new Map<string, number>();
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return (best ? builtinCatalogue(best) : undefined) ?? requireBuiltinCatalogue(DEFAULT_CATALOGUE, lang);
}
