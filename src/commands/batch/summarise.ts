// The end of a batch: each plan's files for a small run, the summary on stderr, the JSON summary, the exit code.
import type { Context } from '../../context.ts';
import { byCodeUnits } from '../../core/code-units.ts';
import type { BatchText } from '../../i18n/batch.ts';
import { cliText } from '../../i18n/cli.ts';
import { formatDecimal } from '../../i18n/report.ts';
import { summaryEvent } from './events.ts';
import type { Tally } from './tally.ts';
import type { WriteFailure } from '../../io/write-failure.ts';

/** Up to this many plans, each one's outputs are listed at the end; above, only the summary. */
const LIST_LIMIT = 20;

interface RunEnd {
  /** Files the inputs named or matched. */
  files: number;
  quiet: boolean;
  /** --fail-fast stopped the run before every plan was done. */
  aborted: boolean;
  /** The roll-up's files as shown to the user, and whether --changed left them as they were; none when aborted. */
  overview: { paths: string[]; unchanged: boolean } | undefined;
  /** The run's own files (overview, manifest) that could not be written. */
  failures: readonly WriteFailure[];
  /** --out as shown to the user. */
  out: string;
  jobs: number;
  started: number;
}

/**
 * Writes the summary and returns the exit code: 0 when every plan succeeded, 1 when any failed or a file of the run's
 * own could not be written, 70 on an internal error.
 */
export function summarise(ctx: Context, t: BatchText, tally: Tally, end: RunEnd): number {
  const counts = tally.counts(end.files);
  const ok = tally.written.filter((w) => !w.skipped);
  if (!end.quiet && end.files <= LIST_LIMIT) {
    for (const w of [...tally.written].sort((a, b) => byCodeUnits(a.display, b.display))) {
      ctx.stderr.write(`${w.skipped ? t.plan.skipped(w.display) : `${ctx.colour.green('✔')} ${t.plan.wrote(w.display, w.outputs.join(', '))}`}\n`);
    }
  }
  const overview = end.overview;
  const filesWritten = ok.reduce((s, w) => s + w.outputs.length, 0) + (overview && !overview.unchanged ? overview.paths.length : 0);
  // As a failed command says it: `fel: …` and the hint, before the summary.
  const usage = cliText[ctx.lang].usage;
  for (const f of end.failures) ctx.stderr.write(`${ctx.colour.red(usage.prefix)}: ${f.message}\n${usage.hintPrefix}: ${f.hint}\n`);
  const lines = [t.summary.done(tally.written.length, counts.plans, end.out, filesWritten)];
  if (counts.skipped) lines.push(t.summary.skipped(counts.skipped));
  if (tally.failed.length) lines.push(t.summary.failed(tally.failed.length));
  if (tally.paths.length) lines.push(t.summary.inputsFailed(tally.paths.length));
  if (end.aborted) lines.push(t.summary.aborted(end.files - tally.done));
  else if (overview?.unchanged) lines.push(t.summary.overviewUnchanged);
  // Only the overview files that were written; a file that could not be is said above.
  else if (overview?.paths.length) lines.push(t.summary.overview(overview.paths.join(', ')));
  const seconds = (performance.now() - end.started) / 1000;
  lines.push(t.summary.time(`${formatDecimal(seconds, ctx.lang)} s`));
  ctx.stderr.write(`${lines.join('\n')}\n`);

  tally.emit(
    summaryEvent({
      ...counts,
      aborted: end.aborted,
      outputs: overview?.paths ?? [],
      errors: end.failures.map((f) => ({ file: f.file, severity: 'error', code: 'write-failed', message: f.message, hint: f.hint })),
      out: end.out,
      jobs: end.jobs,
      durationMs: performance.now() - end.started,
    }),
  );
  if (tally.internal) return 70;
  return counts.failed > 0 || end.failures.length > 0 ? 1 : 0;
}
