// `skoldigiplan batch <inputs…> --out <dir>`: many plan files at once, in parallel, with a roll-up overview.
import type { Context } from '../context.ts';
import { referenceDate } from '../io/reference-date.ts';
import type { Format, PdfProfile } from '../render/outputs.ts';
import { runBatch } from './batch/run-batch.ts';

export async function run(ctx: Context, inputs: string[], opts: Record<string, unknown>): Promise<number> {
  return runBatch(ctx, {
    inputs,
    out: opts.out as string,
    formats: (opts.format as Format[] | undefined) ?? ['md'],
    jobs: opts.jobs as number | undefined,
    failFast: opts.failFast === true,
    quiet: opts.quiet === true,
    json: opts.json === true,
    changed: opts.changed === true,
    compareWith: opts.compareWith as string | undefined,
    catalogue: opts.catalogue as string | undefined,
    referenceDate: referenceDate(ctx, opts.date),
    profile: (opts.pdfProfile as PdfProfile | undefined) ?? 'ua',
  });
}
