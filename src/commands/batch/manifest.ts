// The batch manifest: a small generated file in --out (.skoldigiplan-batch.json) that records which of the folder's
// plan outputs were made from which plan file with which settings (skoldigiplan's version, language, reference date,
// catalogue, PDF profile), and what overview.pdf was made from. --changed skips a plan only when the manifest lists its
// outputs as made from that same plan file with the settings of this run and their time stamps are newer than the plan
// and the catalogue. This file is the record and its comparison, pure; run-record.ts reads and writes it for a run.
import { relative, sep } from 'node:path';
import { byCodeUnits } from '../../core/code-units.ts';
import type { Lang } from '../../core/model.ts';
import type { DigestAnswer, PlanDigest } from '../../core/rollup.ts';
import type { BatchText } from '../../i18n/batch.ts';
import type { PdfProfile } from '../../render/outputs.ts';

export const MANIFEST_NAME = '.skoldigiplan-batch.json';

/** An organisation's own catalogue (--catalogue): the file, relative to --out with `/`, its time stamp, id and version. */
export interface OwnCatalogue {
  file: string;
  mtimeMs: number;
  id: string;
  version: string;
}

/** What every output depends on. */
export interface OutputSettings {
  /** skoldigiplan's version: a new one may plan and render differently. */
  tool: string;
  lang: Lang;
  /** Shown in every plan, and decides which actions are late. */
  referenceDate: string;
  /** --catalogue, or the built-in catalogues the plans name, version by id. */
  catalogue: { own: OwnCatalogue } | { builtin: Record<string, string> };
}

/** What only the PDF files depend on. */
export interface PdfSettings {
  profile: PdfProfile;
  /** SOURCE_DATE_EPOCH, the PDF files' creation date when set. */
  sourceDateEpoch: string | null;
}

/**
 * overview.pdf as a run made it: a hash (SHA-256) of the roll-up and everything else its content depends on, and a
 * hash of the file itself, so that a file written since (by a run cut short before it could record it) is not taken
 * for it.
 */
export interface OverviewPdfRecord {
  data: string;
  file: string;
}

/**
 * A plan file as a run found it valid, without warnings: what the roll-up and the output names need of it. --changed
 * reads it back instead of the plan when the file still holds the same bytes, under the same settings.
 */
export interface PlanRecord {
  /** SHA-256 of the plan file's bytes. */
  sha256: string;
  /** The catalogue the plan names. */
  catalogueId: string;
  /** The plan's digest without its path, which depends on where the command is run from; each answer as a list. */
  digest: Omit<PlanDigest, 'file' | 'answers'> & { answers: RecordedAnswer[] };
}

/** An answer as `[indicator, state]`, or `[indicator, state, current, target]`: a third of the size of the object. */
export type RecordedAnswer = [string, DigestAnswer['state']] | [string, DigestAnswer['state'], number, number];

/** The record of a valid plan without warnings, read from bytes with this hash. */
export function planRecord(sha256: string, catalogueId: string, digest: PlanDigest): PlanRecord {
  const { file: _, ...rest } = digest;
  const answers = digest.answers.map(
    (a): RecordedAnswer => (a.current !== undefined && a.target !== undefined ? [a.indicator, a.state, a.current, a.target] : [a.indicator, a.state]),
  );
  return { sha256, catalogueId, digest: { ...rest, answers } };
}

/** The digest a record holds, with its path (`file`, as shown to the user), as `digestReport` made it. */
export function recordedDigest(record: PlanRecord, file: string): PlanDigest {
  const answers = record.digest.answers.map(
    ([indicator, state, current, target]): DigestAnswer =>
      current !== undefined && target !== undefined
        ? { indicator, state, current: current as DigestAnswer['current'], target: target as DigestAnswer['target'] }
        : { indicator, state },
  );
  // The path first and the answers in their place, in digestReport's order: the overview's record hashes the digests.
  return { file, ...record.digest, answers };
}

/**
 * overview.md, .csv, .xlsx (and .html) as a run made or found them: a hash of everything their content depends on, and
 * a hash of each file, so that --changed can tell they are current without making them again.
 */
export interface OverviewRecord {
  data: string;
  files: Record<string, string>;
}

export interface BatchManifest {
  /** 2 since the outputs name their plan files; a record without them (1) counts as none. */
  manifest: 2;
  settings: OutputSettings;
  pdf: PdfSettings;
  /**
   * File names in --out made with these settings, sorted, each with the plan file it was made from (relative to --out,
   * with `/`): plans of one organisation take their names in path order, so a name may pass to another plan. The
   * overview files are not among them.
   */
  outputs: Record<string, string>;
  /** overview.pdf, when a run made it with these settings; overview.md and .csv are compared by their content instead. */
  overviewPdf?: OverviewPdfRecord;
  /** The overview's other files, when a run made or found them up to date. */
  overview?: OverviewRecord;
  /** Plan files by their path relative to --out (`planRef`), as made with these settings (see PlanRecord). */
  plans?: Record<string, PlanRecord>;
}

export type SettingsChange =
  | { kind: 'noRecord' }
  | { kind: 'catalogueFile'; file: string }
  | { kind: 'tool' | 'language' | 'date' | 'catalogue' | 'catalogueVersion' | 'pdfProfile' | 'pdfDate'; from: string; to: string };

export interface Carried {
  /** Why the run cannot rely on what the previous run made; none when nothing that matters to this run changed. */
  change?: SettingsChange;
  /**
   * Output names made with settings that still hold, each with its plan file: with --changed, a plan whose outputs are
   * all here, made from it, may be skipped. Outputs whose name this run gives another plan are left out.
   */
  outputs: Map<string, string>;
  /** The PDF settings the listed PDF files were made with: this run's, or the previous run's when this run makes none. */
  pdf: PdfSettings;
  /** overview.pdf as the previous run left it, when its settings still hold. */
  overviewPdf?: OverviewPdfRecord;
}

/** A file as the manifest names it (a plan, or --catalogue): relative to --out, with `/`, so it holds wherever the command is run from. */
export function planRef(outDir: string, planFile: string): string {
  return relative(outDir, planFile).split(sep).join('/');
}

/** The output's base name: `2506-arjeplog.md` → `2506-arjeplog`. */
const baseOf = (output: string): string => {
  const dot = output.lastIndexOf('.');
  return dot > 0 ? output.slice(0, dot) : output;
};

const catalogueName = (c: OutputSettings['catalogue']): string =>
  'own' in c
    ? `${c.own.file.split('/').pop()} (${c.own.id} ${c.own.version})`
    : Object.entries(c.builtin)
        .map(([id, v]) => `${id} ${v}`)
        .join(', ');

/** The first difference in what every output depends on, in the order a person would look for it. */
function settingsChange(before: OutputSettings, now: OutputSettings): SettingsChange | undefined {
  if (before.tool !== now.tool) return { kind: 'tool', from: before.tool, to: now.tool };
  if (before.lang !== now.lang) return { kind: 'language', from: before.lang, to: now.lang };
  if (before.referenceDate !== now.referenceDate) return { kind: 'date', from: before.referenceDate, to: now.referenceDate };
  const a = before.catalogue;
  const b = now.catalogue;
  if ('own' in a && 'own' in b) {
    if (a.own.file !== b.own.file || a.own.id !== b.own.id) return { kind: 'catalogue', from: catalogueName(a), to: catalogueName(b) };
    if (a.own.version !== b.own.version) return { kind: 'catalogueVersion', from: catalogueName(a), to: catalogueName(b) };
    if (a.own.mtimeMs !== b.own.mtimeMs) return { kind: 'catalogueFile', file: b.own.file };
    return undefined;
  }
  if ('builtin' in a && 'builtin' in b) {
    // A catalogue only one of the runs used says nothing about the other's outputs; one both used must be the same version.
    for (const [id, version] of Object.entries(b.builtin)) {
      const was = a.builtin[id];
      if (was !== undefined && was !== version) return { kind: 'catalogueVersion', from: `${id} ${was}`, to: `${id} ${version}` };
    }
    return undefined;
  }
  return { kind: 'catalogue', from: catalogueName(a), to: catalogueName(b) };
}

/**
 * What of the previous run's outputs this run may take as made with its own settings. A change to what every output
 * depends on carries nothing over. The PDF settings matter only to a run that makes PDF files: then a change to them
 * carries over everything but the PDF files; a run without PDF keeps the previous run's PDF files and their settings.
 * `plans` are this run's output base names with the plan file each is made from (`planRef`): an output made from
 * another plan than the one that now has its name is not carried over.
 */
export function carryOver(
  previous: BatchManifest | undefined,
  settings: OutputSettings,
  pdf: PdfSettings,
  makesPdf: boolean,
  plans: ReadonlyMap<string, string> = new Map(),
): Carried {
  if (!previous) return { change: { kind: 'noRecord' }, outputs: new Map(), pdf };
  const change = settingsChange(previous.settings, settings);
  if (change) return { change, outputs: new Map(), pdf };
  const ofTheirPlan = Object.entries(previous.outputs).filter(([output, plan]) => (plans.get(baseOf(output)) ?? plan) === plan);
  if (!makesPdf) return { outputs: new Map(ofTheirPlan), pdf: previous.pdf, overviewPdf: previous.overviewPdf };
  const pdfChange: SettingsChange | undefined =
    previous.pdf.profile !== pdf.profile
      ? { kind: 'pdfProfile', from: previous.pdf.profile, to: pdf.profile }
      : previous.pdf.sourceDateEpoch !== pdf.sourceDateEpoch
        ? { kind: 'pdfDate', from: previous.pdf.sourceDateEpoch ?? '', to: pdf.sourceDateEpoch ?? '' }
        : undefined;
  if (!pdfChange) return { outputs: new Map(ofTheirPlan), pdf, overviewPdf: previous.overviewPdf };
  return { change: pdfChange, outputs: new Map(ofTheirPlan.filter(([o]) => !o.endsWith('.pdf'))), pdf };
}

/**
 * The manifest after a run: this run's settings, the outputs carried over and those this run made or found up to
 * date, each with its plan file, and overview.pdf as this run made or found it (`overviewPdf`; the carried record when
 * the run left it alone). Built-in catalogues of carried outputs keep their recorded version.
 */
export function nextManifest(
  previous: BatchManifest | undefined,
  carried: Carried,
  settings: OutputSettings,
  made: Iterable<readonly [output: string, plan: string]>,
  overviewPdf: OverviewPdfRecord | undefined = carried.overviewPdf,
  memo: { overview?: OverviewRecord; plans?: ReadonlyMap<string, PlanRecord> } = {},
): BatchManifest {
  let catalogue = settings.catalogue;
  if (!carried.change && previous && 'builtin' in previous.settings.catalogue && 'builtin' in catalogue) {
    const merged = { ...previous.settings.catalogue.builtin, ...catalogue.builtin };
    catalogue = { builtin: Object.fromEntries(Object.entries(merged).sort(([a], [b]) => byCodeUnits(a, b))) };
  }
  const all = new Map(carried.outputs);
  for (const [output, plan] of made) all.set(output, plan);
  const outputs = Object.fromEntries([...all].sort(([a], [b]) => byCodeUnits(a, b)));
  // Only the records of plans that some output is still made from.
  const madeFrom = new Set(all.values());
  const kept = [...(memo.plans ?? [])].filter(([plan]) => madeFrom.has(plan)).sort(([a], [b]) => byCodeUnits(a, b));
  return {
    manifest: 2,
    settings: { ...settings, catalogue },
    pdf: carried.pdf,
    outputs,
    ...(overviewPdf ? { overviewPdf } : {}),
    ...(memo.overview ? { overview: memo.overview } : {}),
    ...(kept.length ? { plans: Object.fromEntries(kept) } : {}),
  };
}

/** The manifest as the file holds it; each plan's record on a line of its own, which keeps thousands of them small. */
export function manifestText(m: BatchManifest): string {
  const { plans, ...rest } = m;
  const text = JSON.stringify(rest, null, 2);
  if (!plans) return `${text}\n`;
  const lines = Object.entries(plans).map(([plan, r]) => `    ${JSON.stringify(plan)}: ${JSON.stringify(r)}`);
  return `${text.slice(0, -2)},\n  "plans": {\n${lines.join(',\n')}\n  }\n}\n`;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A plan's record as a run writes it; anything else (a hand-edited one) is not used. */
function isPlanRecord(v: unknown): v is PlanRecord {
  if (!isRecord(v) || !isString(v.sha256) || !isString(v.catalogueId) || !isRecord(v.digest)) return false;
  const d = v.digest;
  const org = d.organisation;
  const cat = d.catalogue;
  return (
    isRecord(org) &&
    isString(org.name) &&
    isString(org.kind) &&
    isRecord(cat) &&
    isString(cat.id) &&
    isString(cat.version) &&
    isString(d.assessmentDate) &&
    Array.isArray(d.answers) &&
    d.answers.every(
      (a) =>
        Array.isArray(a) && isString(a[0]) && isString(a[1]) && (a.length === 2 || (a.length === 4 && typeof a[2] === 'number' && typeof a[3] === 'number')),
    ) &&
    Array.isArray(d.priorities) &&
    d.priorities.every(isString)
  );
}

/** A manifest from its text; undefined for anything else (a missing, older or hand-edited file counts as no record). */
export function parseManifest(text: string): BatchManifest | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  const m = v as Partial<BatchManifest> | null;
  const s = m?.settings;
  if (m?.manifest !== 2 || !s || typeof s.tool !== 'string' || typeof s.lang !== 'string' || typeof s.referenceDate !== 'string') return undefined;
  const c = s.catalogue as Partial<{ own: OwnCatalogue; builtin: Record<string, string> }> | undefined;
  if (!c || !((c.own && typeof c.own === 'object') || (c.builtin && typeof c.builtin === 'object'))) return undefined;
  const outputs = m.outputs as unknown;
  if (!m.pdf || typeof m.pdf.profile !== 'string' || !outputs || typeof outputs !== 'object' || Array.isArray(outputs)) return undefined;
  if (!Object.values(outputs).every((o) => typeof o === 'string')) return undefined;
  const o = m.overviewPdf as Partial<OverviewPdfRecord> | undefined;
  if (o !== undefined && (!o || typeof o.data !== 'string' || typeof o.file !== 'string')) return undefined;
  const ov = m.overview as unknown;
  if (ov !== undefined && !(isRecord(ov) && isString(ov.data) && isRecord(ov.files) && Object.values(ov.files).every(isString))) return undefined;
  const plans = m.plans as unknown;
  if (plans !== undefined && !(isRecord(plans) && Object.values(plans).every(isPlanRecord))) return undefined;
  return m as BatchManifest;
}

/** Why --changed cannot skip plans this run, in the user's language; `catalogue` is --catalogue as shown to the user. */
export function changeText(t: BatchText, c: SettingsChange, out: string, catalogue: string | undefined): string {
  const w = t.changed;
  if (c.kind === 'noRecord') return w.noRecord(out);
  if (c.kind === 'catalogueFile') return w.catalogueFile(catalogue ?? c.file);
  if (c.kind === 'pdfDate') return w.pdfDate;
  // The other kinds are named as their texts, which take what the setting was and is.
  return w[c.kind](c.from, c.to);
}
