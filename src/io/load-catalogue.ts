// Loads the built-in catalogue by id, or an organisation's own from a YAML file, validated the same way.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalogue, Lang } from '../core/model.ts';
import { checkCatalogue, OWN_CATALOGUE_WARNINGS } from '../core/check-catalogue.ts';
import { catalogueIssueDiagnostics } from './catalogue-issues.ts';
import { UserError, type Diagnostic } from '../errors.ts';
import { ioText } from '../i18n/io.ts';
import { lazyValidator } from './lazy-validator.ts';
import { displayPath, packagePath } from './paths.ts';
import { schemaDiagnostics } from './schema-errors.ts';
import { positionOf, readYamlFile, type ReadResult } from './yaml-file.ts';

export const DEFAULT_CATALOGUE = 'nationell';

const builtins = new Map<string, Catalogue>();

/** The built-in catalogue with this id, or undefined when there is none. Parsed once per process. */
export function builtinCatalogue(id: string): Catalogue | undefined {
  const cached = builtins.get(id);
  if (cached) return cached;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return undefined;
  const file = packagePath('dist', 'catalogue', `${id}.json`);
  if (!existsSync(file)) return undefined;
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  builtins.set(id, catalogue);
  return catalogue;
}

export function requireBuiltinCatalogue(id: string, lang: Lang): Catalogue {
  const c = builtinCatalogue(id);
  if (!c) {
    const t = ioText[lang].catalogue;
    throw new UserError(t.notFound(id), [], t.notFoundHint);
  }
  return c;
}

/** A file whose top level has `indicators` and `goals` but no `assessment` is a catalogue, not a plan. */
export function looksLikeCatalogue(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return 'indicators' in value && 'goals' in value && !('assessment' in value);
}

/** A file with `assessment`, or a draft's `schemaVersion` and `catalogue`, and no `indicators` is a plan, not a catalogue. */
function looksLikePlan(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return !('indicators' in value) && ('assessment' in value || ('schemaVersion' in value && 'catalogue' in value));
}

const customs = new Map<string, { catalogue: Catalogue; warnings: Diagnostic[] }>();

/**
 * An organisation's own catalogue file: read, schema-checked and consistency-checked; throws UserError with every problem.
 * `read` is the file already read and parsed by the caller, so that it is parsed once.
 */
export function loadCatalogueFile(path: string, cwd: string, lang: Lang, read?: ReadResult): Catalogue {
  return checkCatalogueFile(path, cwd, lang, read).catalogue;
}

/**
 * As `loadCatalogueFile`, with the warnings the file gets (a source or resource without `checked`): `validate` shows
 * them; the other commands use the catalogue without repeating them on every run.
 */
export function checkCatalogueFile(path: string, cwd: string, lang: Lang, read?: ReadResult): { catalogue: Catalogue; warnings: Diagnostic[] } {
  const abs = resolve(cwd, path);
  // The warnings are worded in the run's language.
  const key = `${lang}:${abs}`;
  const cached = customs.get(key);
  if (cached) return cached;
  const display = displayPath(abs, cwd);
  read ??= readYamlFile(abs, display, lang);
  if (read.diagnostics.length > 0 || !read.source) throw new UserError('', read.diagnostics);
  if (looksLikePlan(read.value)) {
    const t = ioText[lang];
    throw new UserError('', [
      { file: display, ...positionOf(read.source, []), severity: 'error', code: 'not-a-catalogue', message: t.isPlan, hint: t.isPlanHint(display) },
    ]);
  }
  const validateCatalogue = lazyValidator('validateCatalogue');
  if (!validateCatalogue(read.value)) {
    throw new UserError('', schemaDiagnostics(validateCatalogue.errors ?? [], read.source, display, lang, read.value, 'catalogue'));
  }
  const catalogue = read.value as Catalogue;
  const diagnostics = catalogueIssueDiagnostics(checkCatalogue(catalogue), read.source, display, lang, OWN_CATALOGUE_WARNINGS);
  if (diagnostics.some((d) => d.severity === 'error')) throw new UserError('', diagnostics);
  const loaded = { catalogue, warnings: diagnostics };
  customs.set(key, loaded);
  return loaded;
}

/** The catalogue for a command: `--catalogue file` when given, else the built-in default. */
export function resolveCatalogue(opts: { catalogue?: unknown }, cwd: string, lang: Lang): Catalogue {
  return typeof opts.catalogue === 'string' ? loadCatalogueFile(opts.catalogue, cwd, lang) : requireBuiltinCatalogue(DEFAULT_CATALOGUE, lang);
}

/**
 * The catalogue a plan or draft is read with: the organisation's own (`--catalogue` file) when given, else the
 * built-in one with this id. Both loaders keep what they have read, so calling this once per plan reads each once.
 */
export function catalogueFor(id: string, opts: { catalogueFile?: string | undefined; cwd: string; lang: Lang }): Catalogue | undefined {
  return opts.catalogueFile ? loadCatalogueFile(opts.catalogueFile, opts.cwd, opts.lang) : builtinCatalogue(id);
}
