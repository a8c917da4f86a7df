// A batch run's side of the manifest (manifest.ts): this run's settings, the previous run's record read from --out,
// and the record rewritten at the start (to vouch only for what still holds) and at the end.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue, Lang } from '../../core/model.ts';
import { VERSION } from '../../generated/version.ts';
import { builtinCatalogue } from '../../io/load-catalogue.ts';
import { readInputFile } from '../../io/read-file.ts';
import {
  carryOver,
  MANIFEST_NAME,
  manifestText,
  nextManifest,
  parseManifest,
  planRef,
  type BatchManifest,
  type Carried,
  type OutputSettings,
  type OverviewPdfRecord,
  type PdfSettings,
} from './manifest.ts';
import { OVERVIEW_BASE } from './overview-files.ts';
import { tryWrite, type WriteFailure } from '../../io/write-failure.ts';

/** The manifest in `outDir`, as text and parsed. */
function readManifest(outDir: string): { text?: string; manifest?: BatchManifest } {
  // Only a regular file, of a size a record of many thousand plans stays well within: anything else is no record.
  const read = readInputFile(join(outDir, MANIFEST_NAME), MAX_MANIFEST_BYTES);
  if (!read.ok) return {};
  const text = read.bytes.toString('utf8');
  return { text, manifest: parseManifest(text) };
}

const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

/**
 * Writes the manifest atomically, unless the file already says the same (its time stamp is then left alone). Returns
 * the text the file now holds (`current` when the write failed) and why it failed, when it did.
 */
function writeManifest(
  outDir: string,
  m: BatchManifest,
  current: string | undefined,
  where: { cwd: string; lang: Lang },
): { text: string | undefined; failure?: WriteFailure } {
  const text = manifestText(m);
  if (text === current) return { text };
  const failure = tryWrite(join(outDir, MANIFEST_NAME), text, where.cwd, where.lang);
  return failure ? { text: current, failure } : { text };
}

/** This run's settings; `catalogueIds` are the catalogues the valid plans name. */
export function currentSettings(o: {
  lang: Lang;
  referenceDate: string;
  outDir: string;
  catalogueFile?: string;
  ownCatalogue?: Catalogue;
  catalogueIds: readonly string[];
}): OutputSettings {
  let catalogue: OutputSettings['catalogue'];
  if (o.catalogueFile && o.ownCatalogue) {
    const file = planRef(o.outDir, o.catalogueFile);
    catalogue = { own: { file, mtimeMs: statSync(o.catalogueFile).mtimeMs, id: o.ownCatalogue.id, version: o.ownCatalogue.version } };
  } else {
    const builtin: Record<string, string> = {};
    for (const id of [...new Set(o.catalogueIds)].sort()) {
      const version = id ? builtinCatalogue(id)?.version : undefined;
      if (version !== undefined) builtin[id] = version;
    }
    catalogue = { builtin };
  }
  return { tool: VERSION, lang: o.lang, referenceDate: o.referenceDate, catalogue };
}

export interface RunRecord {
  /** The previous run's outputs that this run may take as made with its settings, from the plan that now has their name. */
  carried: Carried;
  /** False for a fresh --out: that it has no record goes without saying. */
  worthSaying: boolean;
  /** The record could not be rewritten at the start. */
  failure?: WriteFailure;
  /**
   * Records the run once it has ended: `made` are the outputs it wrote or found up to date, each with its plan file;
   * `overviewPdf` is overview.pdf as the run made or found it (none: as it was). Returns why the record could not be written.
   */
  finish(made: Iterable<readonly [string, string]>, overviewPdf?: OverviewPdfRecord): WriteFailure | undefined;
}

/**
 * Reads the previous record and, when this run's settings differ from it or it names a plan other than this run's for
 * an output name, rewrites it at once to vouch only for what still holds: a run cut short (Ctrl-C) then leaves a
 * record that is true of every file in --out. `plans` are this run's output base names with their plan files.
 */
export function beginRecord(
  outDir: string,
  settings: OutputSettings,
  pdf: PdfSettings,
  makesPdf: boolean,
  plans: ReadonlyMap<string, string>,
  where: { cwd: string; lang: Lang },
): RunRecord {
  const previous = readManifest(outDir);
  const carried = carryOver(previous.manifest, settings, pdf, makesPdf, plans);
  const change = carried.change;
  let text = previous.text;
  let failure: WriteFailure | undefined;
  // Written only when it says something else now (writeManifest compares).
  if (previous.manifest) ({ text, failure } = writeManifest(outDir, nextManifest(previous.manifest, carried, settings, []), text, where));
  const worthSaying = change !== undefined && (change.kind !== 'noRecord' || previous.text !== undefined || existsSync(join(outDir, `${OVERVIEW_BASE}.md`)));
  return {
    carried,
    worthSaying,
    ...(failure ? { failure } : {}),
    finish: (made, overviewPdf) => {
      const r = writeManifest(outDir, nextManifest(previous.manifest, carried, settings, made, overviewPdf), text, where);
      text = r.text;
      return r.failure;
    },
  };
}
