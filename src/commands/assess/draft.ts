// The draft beside the plan file (`plan.yaml.draft`): written atomically after every answer, read back by --resume.
import { existsSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Catalogue, Lang, Plan } from '../../core/model.ts';
import { UserError } from '../../errors.ts';
import { validatePlan } from '../../generated/validators.js';
import { assessText } from '../../i18n/assess.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { displayPath } from '../../io/paths.ts';
import { schemaDiagnostics } from '../../io/schema-errors.ts';
import { planToYaml } from '../../io/write-plan.ts';
import { readYamlFile } from '../../io/yaml-file.ts';
import { draftFromState, type AssessState, type DraftPlan } from './state.ts';

/** The draft of an assessment that will write `output`. */
export function draftPathFor(output: string): string {
  return `${output}.draft`;
}

export interface DraftTarget {
  /** Absolute path of the draft. */
  file: string;
  /** Absolute path of the plan file the assessment writes at the end. */
  output: string;
  lang: Lang;
  /** Absolute path of an organisation's own catalogue, if one is used. */
  catalogueFile?: string;
}

/** Everything typed so far, in the plan format with `draft: true`. fsync'd: a power cut must not undo an answer. */
export function writeDraft(target: DraftTarget, state: AssessState, catalogue: Catalogue): void {
  const dir = dirname(target.file);
  const draft = draftFromState(state, catalogue, {
    output: relative(dir, target.output),
    lang: target.lang,
    catalogue: target.catalogueFile ? relative(dir, target.catalogueFile) : undefined,
  });
  // Readable by its owner only: a draft holds the contact details of the plan.
  writeFileAtomic(target.file, planToYaml(draft as unknown as Plan), { fsync: true, mkdir: true, private: true });
}

export function removeDraft(file: string): void {
  rmSync(file, { force: true });
}

export interface LoadedDraft {
  draft: DraftPlan;
  /** Absolute paths resolved from the draft's folder. */
  output: string;
  catalogueFile?: string;
}

/** Reads a draft; throws UserError (exit 1) with file:line:col when it is missing, broken or not a draft. */
export function readDraft(path: string, cwd: string, lang: Lang): LoadedDraft {
  const t = assessText[lang].draft;
  const file = resolve(cwd, path);
  const shown = displayPath(file, cwd);
  if (!existsSync(file)) throw new UserError(t.notFound(shown), [], t.notFoundHint);
  const read = readYamlFile(file, shown, lang);
  if (read.diagnostics.length > 0 || !read.source) throw new UserError(t.invalid, read.diagnostics);
  const value = read.value as Partial<DraftPlan> | undefined;
  if (!value || typeof value !== 'object' || value.draft !== true || typeof value.resume?.step !== 'string') {
    throw new UserError(t.notDraft(shown), [], t.notDraftHint);
  }
  if (!validatePlan(value)) throw new UserError(t.invalid, schemaDiagnostics(validatePlan.errors ?? [], read.source, shown, lang, value));
  const draft = value as DraftPlan;
  const dir = dirname(file);
  return {
    draft,
    output: resolve(dir, draft.resume.output || 'plan.yaml'),
    catalogueFile: draft.resume.catalogue ? resolve(dir, draft.resume.catalogue) : undefined,
  };
}
