// The roll-up of a complete batch: overview.md and overview.csv written here, overview.pdf by a worker.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../context.ts';
import type { Catalogue } from '../../core/model.ts';
import { rollUp, type RollupChanges } from '../../core/rollup.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { displayPath } from '../../io/paths.ts';
import { creationDateFor, type Format, type PdfProfile } from '../../render/outputs.ts';
import { renderOverviewCsv } from '../../render/overview-csv.ts';
import { renderOverviewMarkdown } from '../../render/overview-markdown.ts';
import { OVERVIEW_BASE } from './check-plans.ts';
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

export async function writeOverview(ctx: Context, runner: Runner, tally: Tally, o: OverviewOptions): Promise<OverviewWritten> {
  const cat = o.catalogue;
  const rollup = rollUp(tally.digests, cat, tally.failed);
  const md = renderOverviewMarkdown(rollup, cat, { lang: ctx.lang, referenceDate: o.referenceDate, changes: o.changes });
  const csv = renderOverviewCsv(tally.digests, tally.failed, cat, ctx.lang);
  const mdPath = join(o.outDir, `${OVERVIEW_BASE}.md`);
  const csvPath = join(o.outDir, `${OVERVIEW_BASE}.csv`);
  const pdfPath = join(o.outDir, `${OVERVIEW_BASE}.pdf`);
  const pdf = o.formats.includes('pdf');
  const same = (path: string, text: string) => existsSync(path) && readFileSync(path, 'utf8') === text;
  // With --changed an identical overview keeps its time stamp, so tools that watch --out see no change.
  const unchanged = o.changed && same(mdPath, md) && same(csvPath, csv) && (!pdf || existsSync(pdfPath));
  if (!unchanged) {
    // The PDF is made by a worker (its PDF code is warm by now) while this thread writes the text files.
    const pdfWritten = pdf
      ? runner.overviewPdf({ path: pdfPath, rollup, catalogue: cat, options: { lang: ctx.lang, referenceDate: o.referenceDate, creationDate: creationDateFor(o.referenceDate, ctx.env), profile: o.profile, changes: o.changes } })
      : undefined;
    pdfWritten?.catch(() => {});
    writeFileAtomic(mdPath, md);
    writeFileAtomic(csvPath, csv);
    await pdfWritten;
  }
  const paths = [mdPath, csvPath, ...(pdf ? [pdfPath] : [])].map((p) => displayPath(p, ctx.cwd));
  return { paths, unchanged };
}
