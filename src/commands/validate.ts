// `skoldigiplan validate <files…>`: every problem in every file at once; exit 1 when any file is invalid.
import type { Context } from '../context.ts';
import type { Diagnostic } from '../errors.ts';
import { loadPlan } from '../io/load-plan.ts';
import { checkCatalogueFile, looksLikeCatalogue } from '../io/load-catalogue.ts';
import { printDiagnostics } from '../io/report.ts';
import { readYamlFile } from '../io/yaml-file.ts';
import { UserError } from '../errors.ts';
import { resolve } from 'node:path';
import { displayPath } from '../io/paths.ts';
import { validateText } from '../i18n/validate.ts';

export interface ValidateFileResult {
  file: string;
  kind: 'plan' | 'catalogue';
  valid: boolean;
  diagnostics: Diagnostic[];
}

export interface ValidateResult {
  valid: boolean;
  files: ValidateFileResult[];
  errors: number;
  warnings: number;
}

export function collectValidation(ctx: Context, files: string[], opts: { catalogue?: string }): ValidateResult {
  const results: ValidateFileResult[] = [];
  for (const f of files) {
    const file = resolve(ctx.cwd, f);
    const display = displayPath(file, ctx.cwd);
    const read = readYamlFile(file, display, ctx.lang);
    if (looksLikeCatalogue(read.value)) {
      let diagnostics: Diagnostic[] = [];
      try {
        diagnostics = checkCatalogueFile(f, ctx.cwd, ctx.lang, read).warnings;
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        diagnostics = e.diagnostics;
      }
      results.push({ file: display, kind: 'catalogue', valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics });
      continue;
    }
    const r = loadPlan(f, { cwd: ctx.cwd, lang: ctx.lang, catalogueFile: opts.catalogue }, read);
    results.push({ file: r.display, kind: 'plan', valid: r.ok, diagnostics: r.diagnostics });
  }
  const all = results.flatMap((r) => r.diagnostics);
  return {
    valid: results.every((r) => r.valid),
    files: results,
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
  };
}

/** The options of `validate`, as src/cli.ts declares and checks them. */
export interface Options {
  json?: boolean;
  catalogue?: string;
}

export async function run(ctx: Context, files: string[], opts: Options): Promise<number> {
  const result = collectValidation(ctx, files, { catalogue: opts.catalogue });
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.valid ? 0 : 1;
  }
  const t = validateText[ctx.lang];
  for (const f of result.files) {
    printDiagnostics(f.diagnostics, ctx);
    if (f.valid) ctx.stderr.write(`${ctx.colour.green('✔')} ${f.file}: ${t.valid}\n`);
  }
  const bad = result.files.filter((f) => !f.valid).length;
  if (bad > 0) ctx.stderr.write(`${t.summary(result.files.length, bad, result.errors)}\n`);
  return result.valid ? 0 : 1;
}
