// The end of a batch: each plan's files for a small run, the summary on stderr, the JSON summary, the exit code.
import type { Context } from '../../context.ts';
import type { BatchText } from '../../i18n/batch.ts';
import { formatDecimal } from '../../i18n/report.ts';
import { summaryEvent } from './events.ts';
import type { Tally } from './tally.ts';

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
  /** --out as shown to the user. */
  out: string;
  jobs: number;
  started: number;
}

/** Writes the summary and returns the exit code: 0 when every plan succeeded, 1 when any failed, 70 on an internal error. */
export function summarise(ctx: Context, t: BatchText, tally: Tally, end: RunEnd): number {
  const total = end.files - tally.notPlans;
  const ok = tally.written.filter((w) => !w.skipped);
  const skipped = tally.written.length - ok.length;
  const failed = tally.failed.length;
  if (!end.quiet && end.files <= LIST_LIMIT) {
    for (const w of [...tally.written].sort((a, b) => (a.display < b.display ? -1 : 1))) {
      ctx.stderr.write(`${w.skipped ? t.plan.skipped(w.display) : `${ctx.colour.green('✔')} ${t.plan.wrote(w.display, w.outputs.join(', '))}`}\n`);
    }
  }
  const overview = end.overview;
  const filesWritten = ok.reduce((s, w) => s + w.outputs.length, 0) + (overview && !overview.unchanged ? overview.paths.length : 0);
  const lines = [t.summary.done(tally.written.length, total, end.out, filesWritten)];
  if (skipped) lines.push(t.summary.skipped(skipped));
  if (failed) lines.push(t.summary.failed(failed));
  if (end.aborted) lines.push(t.summary.aborted(end.files - tally.done));
  else lines.push(overview?.unchanged ? t.summary.overviewUnchanged : t.summary.overview((overview?.paths ?? []).join(', ')));
  const seconds = (performance.now() - end.started) / 1000;
  lines.push(t.summary.time(`${formatDecimal(seconds, ctx.lang)} s`));
  ctx.stderr.write(lines.join('\n') + '\n');

  tally.emit(
    summaryEvent({
      plans: total,
      ok: ok.length,
      skipped,
      failed,
      aborted: end.aborted,
      outputs: overview?.paths ?? [],
      out: end.out,
      jobs: end.jobs,
      durationMs: performance.now() - end.started,
    }),
  );
  if (tally.internal) return 70;
  return failed > 0 ? 1 : 0;
}
