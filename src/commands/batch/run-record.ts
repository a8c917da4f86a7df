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
  type OverviewRecord,
  type OwnCatalogue,
  type PdfSettings,
  type PlanRecord,
} from './manifest.ts';
import { OVERVIEW_BASE } from './overview-files.ts';
import { tryWrite, type WriteFailure } from '../../io/write-failure.ts';

export interface PreviousRecord {
  text?: string;
  manifest?: BatchManifest;
}

/** The manifest in `outDir`, as text and parsed. */
export function readManifest(outDir: string): PreviousRecord {
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

/** --catalogue as the manifest records it. */
function ownCatalogue(outDir: string, catalogueFile: string, own: Catalogue): OwnCatalogue {
  return { file: planRef(outDir, catalogueFile), mtimeMs: statSync(catalogueFile).mtimeMs, id: own.id, version: own.version };
}

/**
 * The plans' records (PlanRecord) that hold for this run, by plan file relative to --out: none unless the manifest's
 * settings are this run's (version, language, reference date, the same --catalogue file as it is now), and only those
 * made with the built-in catalogue's present version.
 */
export function recordedPlans(
  previous: PreviousRecord,
  o: { lang: Lang; referenceDate: string; outDir: string; catalogueFile?: string; ownCatalogue?: Catalogue },
): ReadonlyMap<string, PlanRecord> {
  const m = previous.manifest;
  if (!m?.plans || m.settings.tool !== VERSION || m.settings.lang !== o.lang || m.settings.referenceDate !== o.referenceDate) return new Map();
  const recorded = m.settings.catalogue;
  let made: (r: PlanRecord) => boolean;
  if (o.catalogueFile && o.ownCatalogue) {
    if (!('own' in recorded)) return new Map();
    const now = ownCatalogue(o.outDir, o.catalogueFile, o.ownCatalogue);
    const was = recorded.own;
    if (was.file !== now.file || was.mtimeMs !== now.mtimeMs || was.id !== now.id || was.version !== now.version) return new Map();
    made = (r) => r.digest.catalogue.id === now.id && r.digest.catalogue.version === now.version;
  } else {
    if (!('builtin' in recorded)) return new Map();
    made = (r) => r.digest.catalogue.id === r.catalogueId && r.digest.catalogue.version === builtinCatalogue(r.catalogueId)?.version;
  }
  return new Map(Object.entries(m.plans).filter(([, r]) => made(r)));
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
    catalogue = { own: ownCatalogue(o.outDir, o.catalogueFile, o.ownCatalogue) };
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
   * `overviewPdf` is overview.pdf as the run made or found it (none: as it was); `memo` the overview's other files as
   * the run made or found them (none: as they were) and the records of the plans it found valid without warnings.
   * Returns why the record could not be written.
   */
  finish(
    made: Iterable<readonly [string, string]>,
    overviewPdf?: OverviewPdfRecord,
    memo?: { overview?: OverviewRecord; plans?: ReadonlyMap<string, PlanRecord> },
  ): WriteFailure | undefined;
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
  previous: PreviousRecord = readManifest(outDir),
): RunRecord {
  const carried = carryOver(previous.manifest, settings, pdf, makesPdf, plans);
  const change = carried.change;
  // The plans' records hold only under the settings they were made with (a PDF setting is not among those).
  const keepsPlans = change === undefined || change.kind === 'pdfProfile' || change.kind === 'pdfDate';
  const memo = {
    overview: previous.manifest?.overview,
    plans: new Map(keepsPlans ? Object.entries(previous.manifest?.plans ?? {}) : []),
  };
  let text = previous.text;
  let failure: WriteFailure | undefined;
  // Written only when it says something else now (writeManifest compares).
  if (previous.manifest) ({ text, failure } = writeManifest(outDir, nextManifest(previous.manifest, carried, settings, [], undefined, memo), text, where));
  const worthSaying = change !== undefined && (change.kind !== 'noRecord' || previous.text !== undefined || existsSync(join(outDir, `${OVERVIEW_BASE}.md`)));
  return {
    carried,
    worthSaying,
    ...(failure ? { failure } : {}),
    finish: (made, overviewPdf, now = {}) => {
      const plans = new Map([...memo.plans, ...(now.plans ?? [])]);
      const r = writeManifest(
        outDir,
        nextManifest(previous.manifest, carried, settings, made, overviewPdf, { overview: now.overview ?? memo.overview, plans }),
        text,
        where,
      );
      text = r.text;
      return r.failure;
    },
  };
}
