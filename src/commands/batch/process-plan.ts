// The per-plan step of a batch, the same in a worker thread and in-process: load, check, plan, render, write.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, Plan } from '../../core/model.ts';
import { buildReport } from '../../core/report.ts';
import { digestReport, organisationIdentity, type DigestOrganisation, type PlanDigest } from '../../core/rollup.ts';
import type { Diagnostic } from '../../errors.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { isForeignFile } from '../../io/output.ts';
import { writeFailure } from '../../io/write-failure.ts';
import { outputText } from '../../i18n/output.ts';
import { catalogueFor, looksLikeCatalogue } from '../../io/load-catalogue.ts';
import { loadPlan } from '../../io/load-plan.ts';
import { displayPath, packagePath } from '../../io/paths.ts';
import { readYamlFile } from '../../io/yaml-file.ts';
import { creationDateFor, type Format, type PdfProfile } from '../../render/outputs.ts';
import { renderPlanOutputs } from '../plan-outputs.ts';

export interface CheckTask {
  /** Absolute path of the plan file. */
  file: string;
  cwd: string;
  lang: Lang;
  /** `--catalogue`: absolute path of an organisation's own catalogue. */
  catalogueFile?: string;
  /** Hand a valid plan back with the result (the default); when false, it is read again when rendered. */
  keepPlan?: boolean;
}

export interface CheckResult {
  file: string;
  display: string;
  ok: boolean;
  /** True for a catalogue file met in a folder: not a plan, so it is left out rather than failed. */
  catalogue?: boolean;
  diagnostics: Diagnostic[];
  organisation?: DigestOrganisation;
  /** The catalogue a valid plan names. */
  catalogueId?: string;
  /** A valid plan's assessment date: of two plans of one organisation, the roll-up counts the later. */
  assessmentDate?: string;
  /** The loaded plan when it is valid and `keepPlan` allows, handed to `processPlan` so the file is parsed only once. */
  plan?: Plan;
  /** A valid plan's file: SHA-256 of the bytes it was read from (see PlanRecord in manifest.ts). */
  sha256?: string;
  /** Set when the check was not made but read from the manifest (PlanRecord): the plan's digest, its plan unread. */
  digest?: PlanDigest;
  durationMs: number;
}

export interface ProcessOptions extends CheckTask {
  /** Absolute output folder. */
  outDir: string;
  /** Base name of the outputs, already made safe and unique. */
  name: string;
  formats: Format[];
  profile: PdfProfile;
  referenceDate: string;
  /** SOURCE_DATE_EPOCH, for reproducible PDF dates. */
  sourceDateEpoch?: string;
  /**
   * Skip rendering when every output is newer than the plan and the catalogue. Set only for a plan whose outputs the
   * run's manifest lists as made with the current settings (manifest.ts), so the time stamps are all that is left.
   */
  changed: boolean;
  /** The plan as loaded by `checkPlanFile`; loaded again when absent. */
  plan?: Plan;
  /** The digest the manifest holds for the plan (see PlanRecord), when the plan was not read: used when it is skipped. */
  digest?: PlanDigest;
  /** SHA-256 of the bytes `plan` was read from. */
  sha256?: string;
}

export type PlanStatus = 'ok' | 'failed' | 'skipped';

export interface PlanResult {
  file: string;
  display: string;
  status: PlanStatus;
  organisation?: DigestOrganisation;
  /** Files written (or, when skipped, left as they were), as shown to the user. */
  outputs: string[];
  diagnostics: Diagnostic[];
  /** True when the failure is a bug in skoldigiplan rather than a problem with the file. */
  internal?: boolean;
  digest?: PlanDigest;
  /** SHA-256 of the plan file's bytes that `digest` was made from. */
  sha256?: string;
  durationMs: number;
}

const catalogueTimes = new Map<string, number>();

/** Modification time of the catalogue a plan is rendered with (`catalogueId`, the one it names); read once per process. */
export function catalogueMtime(catalogueId: string, opts: { catalogueFile?: string }): number {
  const file = opts.catalogueFile ?? packagePath('dist', 'catalogue', `${catalogueId}.json`);
  let t = catalogueTimes.get(file);
  if (t === undefined) {
    try {
      t = statSync(file).mtimeMs;
    } catch {
      t = Number.POSITIVE_INFINITY;
    }
    catalogueTimes.set(file, t);
  }
  return t;
}

/** True when every output exists and is newer than both the plan file and the catalogue. */
export function outputsUpToDate(outputs: readonly string[], planFile: string, catalogueTime: number): boolean {
  let since: number;
  try {
    since = Math.max(statSync(planFile).mtimeMs, catalogueTime);
  } catch {
    return false;
  }
  for (const o of outputs) {
    try {
      if (!(statSync(o).mtimeMs > since)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** SHA-256 of a plan file's bytes, as `checkPlanFile` gives it. */
export function fileSha256(bytes: Uint8Array): string {
  return sha256(bytes);
}

/**
 * A plan whose outputs are up to date, skipped without reading it: its digest is the one the manifest holds for its
 * bytes (PlanRecord). Undefined when the outputs must be made.
 */
export function skipRecorded(options: ProcessOptions, catalogueTime: number): PlanResult | undefined {
  const started = performance.now();
  const digest = options.digest;
  if (!options.changed || !digest) return undefined;
  const targets = options.formats.map((f) => join(options.outDir, `${options.name}.${f}`));
  if (!outputsUpToDate(targets, options.file, catalogueTime)) return undefined;
  return {
    file: options.file,
    display: digest.file,
    status: 'skipped',
    organisation: digest.organisation,
    outputs: targets.map((t) => displayPath(t, options.cwd)),
    diagnostics: [],
    digest,
    sha256: options.sha256,
    durationMs: performance.now() - started,
  };
}

/** First phase: load and check one plan file. Never throws for bad input. */
export function checkPlanFile(task: CheckTask): CheckResult {
  const started = performance.now();
  // Read once: the same read tells a catalogue file apart and is handed to loadPlan.
  const read = readYamlFile(task.file, displayPath(task.file, task.cwd), task.lang);
  const r = loadPlan(task.file, { cwd: task.cwd, lang: task.lang, catalogueFile: task.catalogueFile }, read);
  const result: CheckResult = { file: task.file, display: r.display, ok: r.ok && !!r.plan && !!r.catalogue, diagnostics: r.diagnostics, durationMs: 0 };
  if (result.ok && r.plan) {
    if (task.keepPlan !== false) result.plan = r.plan;
    result.organisation = organisationIdentity(r.plan.organisation);
    result.catalogueId = r.plan.catalogue.id;
    result.assessmentDate = r.plan.assessment.date;
    // The text is the file's bytes decoded as UTF-8 (nothing else passes), so this is the hash of the file as read.
    const source = read.source;
    if (source) result.sha256 = sha256((source.bom ? '\uFEFF' : '') + source.text);
  } else if (looksLikeCatalogue(read.value)) {
    result.catalogue = true;
  }
  result.durationMs = performance.now() - started;
  return result;
}

/**
 * Second phase, or the whole step when no plan is handed in: builds the report, renders every format and
 * writes each file atomically into the output folder. Returns a small result; rendered bytes never leave here.
 */
export async function processPlan(file: string, options: ProcessOptions): Promise<PlanResult> {
  const started = performance.now();
  const display = displayPath(file, options.cwd);
  const done = (r: Omit<PlanResult, 'durationMs' | 'file' | 'display'>): PlanResult => ({ file, display, ...r, durationMs: performance.now() - started });
  let plan = options.plan;
  let sha = options.sha256;
  if (!plan) {
    // Read again (see keepPlan): a file edited since its check is rendered as it is now, under the name given then.
    const checked = checkPlanFile({ ...options, file, keepPlan: true });
    if (!checked.ok || !checked.plan) return done({ status: 'failed', organisation: checked.organisation, outputs: [], diagnostics: checked.diagnostics });
    plan = checked.plan;
    sha = checked.diagnostics.length === 0 ? checked.sha256 : undefined;
  }
  const organisation = organisationIdentity(plan.organisation);
  const targets = options.formats.map((f) => ({ format: f, path: join(options.outDir, `${options.name}.${f}`) }));
  const outputs = targets.map((t) => displayPath(t.path, options.cwd));
  /** The file being written when an I/O error comes, for a message in the user's words. */
  let writing: string | undefined;
  try {
    const catalogue = catalogueFor(plan.catalogue.id, options);
    if (!catalogue) throw new Error(`catalogue ${plan.catalogue.id} not found`);
    const report = buildReport(plan, catalogue, { referenceDate: options.referenceDate });
    const digest = digestReport(report, display);
    if (
      options.changed &&
      outputsUpToDate(
        targets.map((t) => t.path),
        file,
        catalogueMtime(plan.catalogue.id, options),
      )
    ) {
      return done({ status: 'skipped', organisation, outputs, diagnostics: [], digest, sha256: sha });
    }
    const env = options.sourceDateEpoch ? { SOURCE_DATE_EPOCH: options.sourceDateEpoch } : {};
    // A file of someone's own that happens to have an output's name is kept: the plan fails, and says which file.
    // A file that cannot be read to tell is one that cannot be written either, and is said as such.
    for (const t of targets) {
      writing = t.path;
      if (!isForeignFile(t.path, `.${t.format}`)) continue;
      const text = outputText[options.lang];
      return done({
        status: 'failed',
        organisation,
        outputs: [],
        diagnostics: [
          { file: display, severity: 'error', code: 'output-not-ours', message: text.notOurs(displayPath(t.path, options.cwd)), hint: text.notOursBatchHint },
        ],
      });
    }
    // One format at a time, so at most one rendered document of this plan is held in memory.
    for (const t of targets) {
      writing = undefined;
      const rendered = await renderPlanOutputs(report, {
        formats: [t.format],
        lang: options.lang,
        profile: options.profile,
        creationDate: creationDateFor(plan.assessment.date, env),
      });
      const data = rendered[t.format];
      if (data === undefined) continue;
      writing = t.path;
      writeFileAtomic(t.path, data);
    }
    return done({ status: 'ok', organisation, outputs, diagnostics: [], digest, sha256: sha });
  } catch (e) {
    const failure = writing === undefined ? undefined : writeFailure(e, writing, options.cwd, options.lang);
    const err = e as Error;
    const diagnostic: Diagnostic = failure
      ? { file: display, severity: 'error', code: 'write-failed', message: failure.message, hint: failure.hint }
      : { file: display, severity: 'error', code: 'internal', message: `${err.name}: ${err.message}` };
    return done({ status: 'failed', organisation, outputs: [], diagnostics: [diagnostic], internal: !failure });
  }
}
