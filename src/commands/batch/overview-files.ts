// The roll-up's files: overview.md, overview.csv, overview.xlsx, overview.html for a run that makes HTML and, for a
// run that makes PDFs, overview.pdf. A run with PDF on a
// worker pool makes them on a worker (its PDF code is warm by then and its heap is bounded, see runner.ts), which
// receives the plans' digests; otherwise they are made on the main thread.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Catalogue, Lang } from '../../core/model.ts';
import { byCodeUnits } from '../../core/code-units.ts';
import { documentPath } from '../../core/document-path.ts';
import { rollUp, type FailedPlan, type PlanDigest, type RollupChanges } from '../../core/rollup.ts';
import { VERSION } from '../../generated/version.ts';
import type { PdfProfile } from '../../render/outputs.ts';
import { renderOverviewCsv } from '../../render/overview-csv.ts';
import { renderOverviewMarkdown } from '../../render/overview-markdown.ts';
import { catalogueFor } from '../../io/load-catalogue.ts';
import type { OverviewPdfRecord, OverviewRecord } from './manifest.ts';
import { tryWrite, type WriteFailure } from '../../io/write-failure.ts';

/** Names the roll-up uses; a plan never gets them. */
export const OVERVIEW_BASE = 'overview';

export interface OverviewTask {
  /** Absolute output folder. */
  outDir: string;
  digests: PlanDigest[];
  /** Plans rendered but not counted: another plan of the same organisation is later (same-organisation.ts). */
  leftOut: string[];
  failed: FailedPlan[];
  /** Inputs that gave no plan file. */
  paths: FailedPlan[];
  /** The catalogue, by id or --catalogue file: a worker has it loaded already, so it is not copied over. */
  catalogueId: string;
  catalogueFile: string | undefined;
  cwd: string;
  changes: RollupChanges | undefined;
  lang: Lang;
  referenceDate: string;
  /** The run makes HTML: overview.html too. */
  html?: boolean;
  pdf: boolean;
  creationDate: Date;
  profile: PdfProfile;
  /** --changed: an identical overview is left as it is. */
  changed: boolean;
  /** What the manifest says overview.pdf was made from: with --changed, it is kept only when that is what it would be made from now. */
  recordedPdf?: OverviewPdfRecord;
  /** What the manifest says the other files were made from: with --changed, they are not made again when that holds. */
  recorded?: OverviewRecord;
}

export interface OverviewResult {
  /** The roll-up's files that are up to date, as absolute paths from writeOverviewFiles: all of them, unless a write failed. */
  paths: string[];
  /** With --changed, the overview was already up to date and nothing was written. */
  unchanged: boolean;
  /** overview.pdf as made or found up to date, for the manifest; none when the run makes no PDF or could not write it. */
  pdf?: OverviewPdfRecord;
  /** A file that could not be written (a folder in its place, no permission); the files before it were written. */
  failure?: WriteFailure;
  /** overview.md, .csv, .xlsx (and .html) as made or found up to date, for the manifest; none when one could not be written. */
  record?: OverviewRecord;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** A hash of everything overview.pdf's content depends on; equal hashes mean the same PDF. */
function pdfKey(task: OverviewTask, rollup: ReturnType<typeof rollUp>): string {
  return sha256(
    JSON.stringify({
      tool: VERSION,
      rollup,
      changes: task.changes ?? null,
      lang: task.lang,
      referenceDate: task.referenceDate,
      creationDate: task.creationDate.toISOString(),
      profile: task.profile,
    }),
  );
}

/** True when `path` is a file that holds `data`. */
function holds(path: string, data: string | Uint8Array): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    return typeof data === 'string' ? readFileSync(path, 'utf8') === data : readFileSync(path).equals(data);
  } catch {
    return false;
  }
}

/** True when overview.pdf is the very file the manifest recorded, made from the same inputs as now. */
function pdfKnown(path: string, recorded: OverviewPdfRecord | undefined, key: string): boolean {
  if (!recorded || recorded.data !== key) return false;
  try {
    return statSync(path).isFile() && sha256(readFileSync(path)) === recorded.file;
  } catch {
    return false;
  }
}

/**
 * A hash of everything the content of overview.md, .csv, .xlsx and .html depends on: the plans' digests as the roll-up
 * takes them, the failures, the catalogue, the comparison, the language, the dates and the version.
 */
function overviewKey(task: OverviewTask, digests: readonly PlanDigest[], failed: readonly FailedPlan[], paths: readonly FailedPlan[], cat: Catalogue): string {
  // In path order, as the roll-up takes them: plans finish in another order on workers than in this process.
  const inOrder = <T extends { file: string }>(list: readonly T[]) => [...list].sort((a, b) => byCodeUnits(a.file, b.file));
  return sha256(
    JSON.stringify({
      tool: VERSION,
      digests: inOrder(digests),
      failed: inOrder(failed),
      paths: inOrder(paths),
      catalogue: sha256(JSON.stringify(cat)),
      changes: task.changes ?? null,
      lang: task.lang,
      referenceDate: task.referenceDate,
      creationDate: task.creationDate.toISOString(),
      html: task.html === true,
    }),
  );
}

/** True when the record was made from `data` and every one of `paths` still holds what it recorded. */
function recordHolds(record: OverviewRecord | undefined, data: string, paths: readonly string[]): boolean {
  if (!record || record.data !== data) return false;
  return paths.every((p) => {
    const recorded = record.files[basename(p)];
    if (recorded === undefined) return false;
    try {
      return statSync(p).isFile() && sha256(readFileSync(p)) === recorded;
    } catch {
      return false;
    }
  });
}

export async function writeOverviewFiles(task: OverviewTask): Promise<OverviewResult> {
  const cat = catalogueFor(task.catalogueId, task);
  if (!cat) throw new Error(`catalogue ${task.catalogueId} not found`);
  const leftOut = new Set(task.leftOut);
  // The documents name input files without the absolute paths of the user's machine.
  const digests = task.digests.filter((d) => !leftOut.has(d.file)).map((d) => ({ ...d, file: documentPath(d.file) }));
  const named = <T extends { file: string }>(list: readonly T[]) => list.map((f) => ({ ...f, file: documentPath(f.file) }));
  const failed = named(task.failed);
  const inputs = named(task.paths);
  const mdPath = join(task.outDir, `${OVERVIEW_BASE}.md`);
  const csvPath = join(task.outDir, `${OVERVIEW_BASE}.csv`);
  const xlsxPath = join(task.outDir, `${OVERVIEW_BASE}.xlsx`);
  const htmlPath = join(task.outDir, `${OVERVIEW_BASE}.html`);
  const pdfPath = join(task.outDir, `${OVERVIEW_BASE}.pdf`);
  const documents = [mdPath, csvPath, xlsxPath, ...(task.html ? [htmlPath] : [])];
  const paths = [...documents, ...(task.pdf ? [pdfPath] : [])];
  const data = overviewKey(task, digests, failed, inputs, cat);
  let rollup: ReturnType<typeof rollUp> | undefined;
  const rolledUp = () => (rollup ??= rollUp(digests, cat, failed, inputs));
  // With --changed, files the manifest records as made from what they would be made from now are not made again.
  if (task.changed && recordHolds(task.recorded, data, documents) && (!task.pdf || pdfKnown(pdfPath, task.recordedPdf, pdfKey(task, rolledUp())))) {
    return { paths, unchanged: true, record: task.recorded, ...(task.pdf ? { pdf: task.recordedPdf } : {}) };
  }
  const md = renderOverviewMarkdown(rolledUp(), cat, { lang: task.lang, referenceDate: task.referenceDate, changes: task.changes });
  const csv = renderOverviewCsv(digests, rolledUp(), cat, task.lang);
  const { renderOverviewXlsx } = await import('../../render/overview-xlsx.ts');
  const xlsx = await renderOverviewXlsx(digests, rolledUp(), cat, { lang: task.lang, creationDate: task.creationDate });
  let html: string | undefined;
  if (task.html) {
    const { renderOverviewHtml } = await import('../../render/html/overview.ts');
    html = renderOverviewHtml(rolledUp(), cat, { lang: task.lang, referenceDate: task.referenceDate, changes: task.changes });
  }
  const record: OverviewRecord = {
    data,
    files: Object.fromEntries(
      ([[mdPath, md], [csvPath, csv], [xlsxPath, xlsx], ...(html !== undefined ? [[htmlPath, html]] : [])] as [string, string | Uint8Array][]).map(
        ([p, content]) => [basename(p), sha256(content)],
      ),
    ),
  };
  const key = task.pdf ? pdfKey(task, rolledUp()) : '';
  // With --changed an identical overview keeps its time stamp, so tools that watch --out see no change. A PDF cannot be
  // compared so: it counts as up to date only when the manifest records it as made from what it would be made from now.
  if (
    task.changed &&
    holds(mdPath, md) &&
    holds(csvPath, csv) &&
    holds(xlsxPath, xlsx) &&
    (html === undefined || holds(htmlPath, html)) &&
    (!task.pdf || pdfKnown(pdfPath, task.recordedPdf, key))
  ) {
    return { paths, unchanged: true, record, ...(task.pdf ? { pdf: task.recordedPdf } : {}) };
  }
  const written: string[] = [];
  const write = (path: string, data: string | Uint8Array): WriteFailure | undefined => {
    const failure = tryWrite(path, data, task.cwd, task.lang);
    if (!failure) written.push(path);
    return failure;
  };
  const failure = write(mdPath, md) ?? write(csvPath, csv) ?? write(xlsxPath, xlsx) ?? (html !== undefined ? write(htmlPath, html) : undefined);
  if (failure) return { paths: written, unchanged: false, failure };
  if (!task.pdf) return { paths: written, unchanged: false, record };
  const { renderOverviewPdf } = await import('../../render/overview-pdf.ts');
  const bytes = await renderOverviewPdf(rolledUp(), cat, {
    lang: task.lang,
    referenceDate: task.referenceDate,
    creationDate: task.creationDate,
    profile: task.profile,
    changes: task.changes,
  });
  const pdfFailure = write(pdfPath, bytes);
  if (pdfFailure) return { paths: written, unchanged: false, failure: pdfFailure, record };
  return { paths: written, unchanged: false, record, pdf: { data: key, file: sha256(bytes) } };
}
