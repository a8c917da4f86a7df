// The roll-up of a complete batch, written by the runner when the run makes PDFs (on a worker, if the run has them),
// else by this thread.
import type { Context } from '../../context.ts';
import type { Catalogue } from '../../core/model.ts';
import type { RollupChanges } from '../../core/rollup.ts';
import { displayPath } from '../../io/paths.ts';
import { creationDateFor, type Format, type PdfProfile } from '../../render/outputs.ts';
import { writeOverviewFiles, type OverviewTask } from './overview-files.ts';
import type { Runner } from './runner.ts';
import type { Tally } from './tally.ts';

export interface OverviewOptions {
  outDir: string;
  formats: readonly Format[];
  /** --changed: an identical overview is left as it is. */
  changed: boolean;
  referenceDate: string;
  profile: PdfProfile;
  catalogue: Catalogue;
  changes: RollupChanges | undefined;
}

export interface OverviewWritten {
  /** The roll-up's files as shown to the user. */
  paths: string[];
  /** With --changed, the overview was already up to date and nothing was written. */
  unchanged: boolean;
}

/** `runner` must still be open when the run makes PDFs; a run without PDFs has closed it and writes here. */
export async function writeOverview(ctx: Context, runner: Runner, tally: Tally, o: OverviewOptions): Promise<OverviewWritten> {
  const pdf = o.formats.includes('pdf');
  const task: OverviewTask = {
    outDir: o.outDir,
    digests: tally.digests,
    failed: tally.failed,
    catalogue: o.catalogue,
    ...(o.changes ? { changes: o.changes } : {}),
    lang: ctx.lang,
    referenceDate: o.referenceDate,
    pdf,
    creationDate: creationDateFor(o.referenceDate, ctx.env),
    profile: o.profile,
    changed: o.changed,
  };
  const r = pdf ? await runner.overview(task) : await writeOverviewFiles(task);
  return { paths: r.paths.map((p) => displayPath(p, ctx.cwd)), unchanged: r.unchanged };
}
