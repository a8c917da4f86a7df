// `skoldigiplan batch <inputs…> --out <dir>`: many plan files at once, in parallel, with a roll-up overview.
import type { Context } from '../context.ts';
import { referenceDate } from '../io/reference-date.ts';
import type { Format, PdfProfile } from '../render/outputs.ts';
import { runBatch } from './batch/run-batch.ts';

/** The options of `batch`, as src/cli.ts declares and checks them. */
export interface Options {
  out: string;
  format?: Format[];
  jobs?: number;
  failFast?: boolean;
  quiet?: boolean;
  json?: boolean;
  changed?: boolean;
  compareWith?: string;
  catalogue?: string;
  date?: string;
  pdfProfile?: PdfProfile;
}

export async function run(ctx: Context, inputs: string[], opts: Options): Promise<number> {
  return runBatch(ctx, {
    inputs,
    out: opts.out,
    formats: opts.format ?? ['md'],
    jobs: opts.jobs,
    failFast: opts.failFast === true,
    quiet: opts.quiet === true,
    json: opts.json === true,
    changed: opts.changed === true,
    compareWith: opts.compareWith,
    catalogue: opts.catalogue,
    referenceDate: referenceDate(ctx, opts.date),
    profile: opts.pdfProfile ?? 'ua',
  });
}
