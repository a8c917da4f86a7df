// The roll-up's files: overview.md, overview.csv and, for a run that makes PDFs, overview.pdf. A run with PDF on a
// worker pool makes them on a worker (its PDF code is warm by then and its heap is bounded, see runner.ts), which
// receives the plans' digests; otherwise they are made on the main thread.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../core/model.ts';
import { rollUp, type FailedPlan, type PlanDigest, type RollupChanges } from '../../core/rollup.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import type { PdfProfile } from '../../render/outputs.ts';
import { renderOverviewCsv } from '../../render/overview-csv.ts';
import { renderOverviewMarkdown } from '../../render/overview-markdown.ts';
import { catalogueFor } from '../../io/load-catalogue.ts';

/** Names the roll-up uses; a plan never gets them. */
export const OVERVIEW_BASE = 'overview';

export interface OverviewTask {
  /** Absolute output folder. */
  outDir: string;
  digests: PlanDigest[];
  /** Plans rendered but not counted: another plan of the same organisation is later (same-organisation.ts). */
  leftOut: string[];
  failed: FailedPlan[];
  /** The catalogue, by id or --catalogue file: a worker has it loaded already, so it is not copied over. */
  catalogueId: string;
  catalogueFile: string | undefined;
  cwd: string;
  changes: RollupChanges | undefined;
  lang: Lang;
  referenceDate: string;
  pdf: boolean;
  creationDate: Date;
  profile: PdfProfile;
  /** --changed: an identical overview is left as it is. */
  changed: boolean;
}

export interface OverviewResult {
  /** The roll-up's files, as absolute paths from writeOverviewFiles. */
  paths: string[];
  /** With --changed, the overview was already up to date and nothing was written. */
  unchanged: boolean;
}

export async function writeOverviewFiles(task: OverviewTask): Promise<OverviewResult> {
  const cat = catalogueFor(task.catalogueId, task);
  if (!cat) throw new Error(`catalogue ${task.catalogueId} not found`);
  const leftOut = new Set(task.leftOut);
  const digests = task.digests.filter((d) => !leftOut.has(d.file));
  const rollup = rollUp(digests, cat, task.failed);
  const md = renderOverviewMarkdown(rollup, cat, { lang: task.lang, referenceDate: task.referenceDate, changes: task.changes });
  const csv = renderOverviewCsv(digests, task.failed, cat, task.lang);
  const mdPath = join(task.outDir, `${OVERVIEW_BASE}.md`);
  const csvPath = join(task.outDir, `${OVERVIEW_BASE}.csv`);
  const pdfPath = join(task.outDir, `${OVERVIEW_BASE}.pdf`);
  const paths = [mdPath, csvPath, ...(task.pdf ? [pdfPath] : [])];
  const same = (path: string, text: string) => existsSync(path) && readFileSync(path, 'utf8') === text;
  // With --changed an identical overview keeps its time stamp, so tools that watch --out see no change.
  if (task.changed && same(mdPath, md) && same(csvPath, csv) && (!task.pdf || existsSync(pdfPath))) return { paths, unchanged: true };
  writeFileAtomic(mdPath, md);
  writeFileAtomic(csvPath, csv);
  if (task.pdf) {
    const { renderOverviewPdf } = await import('../../render/overview-pdf.ts');
    writeFileAtomic(pdfPath, await renderOverviewPdf(rollup, cat, { lang: task.lang, referenceDate: task.referenceDate, creationDate: task.creationDate, profile: task.profile, changes: task.changes }));
  }
  return { paths, unchanged: false };
}
