// "Today" for every command: --date, else SOURCE_DATE_EPOCH (reproducible output), else the local calendar date.
import type { Context } from '../context.ts';
import { UsageError } from '../errors.ts';
import { cliText } from '../i18n/cli.ts';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD. `given` has already been checked by the command line parser. */
export function referenceDate(ctx: Pick<Context, 'env' | 'now' | 'lang'>, given: unknown): string {
  if (typeof given === 'string') return given;
  const epoch = ctx.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError(cliText[ctx.lang].usage.badEpoch(epoch), cliText[ctx.lang].usage.badEpochHint);
    // The reproducible-builds convention: seconds since 1970 in UTC.
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  const d = ctx.now();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
