// `skoldigiplan compare <older> <newer>`: what moved, what was done and what slipped between two assessments.
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Context } from '../context.ts';
import { comparePlans, type CompareInput, type CompareResult } from '../core/compare.ts';
import { UsageError, UserError } from '../errors.ts';
import { compareText, organisationDifferenceList } from '../i18n/compare.ts';
import { loadPlan, type LoadPlanOptions, type PlanLoad } from '../io/load-plan.ts';
import { checkOutput, namesFolder, withFormatExt, writeOutput } from '../io/output.ts';
import { documentPath } from '../core/document-path.ts';
import { displayPath, sameFile } from '../io/paths.ts';
import { printDiagnostics } from '../io/report.ts';
import { positionOf } from '../io/yaml-file.ts';
import { renderCompareMarkdown } from '../render/compare-markdown.ts';
import { referenceDate } from '../io/reference-date.ts';
import type { Format, PdfProfile } from '../render/outputs.ts';

export type CompareFormat = Format;

/** The comparison as JSON, in the shape of schemas/compare-result.schema.json. */
export function compareJson(result: CompareResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** A loaded plan as the comparison needs it, or the reason it cannot be compared. */
function input(load: PlanLoad, lang: Context['lang']): CompareInput {
  const t = compareText[lang];
  if (load.plan?.draft) throw new UserError(t.draft(load.display), [], t.draftHint);
  // The report names the plans as given, but never by an absolute path of the user's machine.
  return { plan: load.plan!, catalogue: load.catalogue!, file: documentPath(load.display), ...(load.migration ? { migration: load.migration } : {}) };
}

/** The options of `compare`, as src/cli.ts declares and checks them. */
export interface Options {
  format?: CompareFormat;
  output?: string;
  force?: boolean;
  catalogue?: string;
  date?: string;
  pdfProfile?: PdfProfile;
}

export async function run(ctx: Context, [olderPath, newerPath]: string[], opts: Options): Promise<number> {
  const t = compareText[ctx.lang];
  const format = opts.format ?? 'md';
  const date = referenceDate(ctx, opts.date);
  const olderFile = resolve(ctx.cwd, olderPath!);
  const newerFile = resolve(ctx.cwd, newerPath!);
  const target = compareTarget(ctx.cwd, newerFile, format, opts.output);
  // Never over one of the plans, not even through a link or with --force.
  if (target !== '-' && [olderFile, newerFile].some((plan) => sameFile(plan, resolve(ctx.cwd, target)))) {
    throw new UsageError(t.outputIsInput(displayPath(resolve(ctx.cwd, target), ctx.cwd)), t.outputIsInputHint);
  }
  // The report replaces an earlier report (a file with the format's extension); any other file only with --force.
  const rule = { force: Boolean(opts.force), ext: `.${format}` };
  checkOutput(ctx, target, rule);

  const loadOpts: LoadPlanOptions = { cwd: ctx.cwd, lang: ctx.lang, catalogueFile: opts.catalogue };
  const older = loadPlan(olderPath!, loadOpts);
  const newer = loadPlan(newerPath!, loadOpts);
  if (!older.ok || !newer.ok) throw new UserError('', [...older.diagnostics, ...newer.diagnostics]);
  printDiagnostics([...older.diagnostics, ...newer.diagnostics], ctx);
  const a = input(older, ctx.lang);
  const b = input(newer, ctx.lang);

  if (a.plan.assessment.date > b.plan.assessment.date) {
    const pos = older.source ? positionOf(older.source, ['assessment', 'date']) : {};
    printDiagnostics(
      [
        {
          file: older.display,
          ...pos,
          severity: 'warning',
          code: 'compare-order',
          message: t.swapped(a.plan.assessment.date, newer.display, b.plan.assessment.date),
          hint: t.swappedHint,
        },
      ],
      ctx,
    );
  }

  const result = comparePlans(a, b, { referenceDate: date });
  if (result.organisationDifferences.length > 0) {
    const list = organisationDifferenceList(result.organisationDifferences, ctx.lang);
    if (!opts.force) throw new UserError(t.differentOrganisations(older.display, newer.display, list), [], t.differentOrganisationsHint);
    // --force also replaces a file that is not a report; whoever gave it for that must still learn that the plans differ.
    const pos = newer.source ? positionOf(newer.source, ['organisation']) : {};
    const message = t.forcedOrganisations(older.display, newer.display, list);
    printDiagnostics([{ file: newer.display, ...pos, severity: 'warning', code: 'compare-organisations', message, hint: t.forcedOrganisationsHint }], ctx);
  }

  let data: string | Uint8Array;
  if (format === 'json') data = compareJson(result);
  else if (format === 'pdf') {
    const { renderComparePdf } = await import('../render/compare-pdf.ts');
    data = await renderComparePdf(result, b.catalogue, ctx.lang, opts.pdfProfile ?? 'ua');
  } else if (format === 'html') {
    const { renderCompareHtml } = await import('../render/html/compare.ts');
    data = renderCompareHtml(result, b.catalogue, ctx.lang);
  } else data = renderCompareMarkdown(result, b.catalogue, ctx.lang);

  const written = writeOutput(ctx, target, data);
  if (written) ctx.stderr.write(`${t.wrote(written)}\n`);
  return 0;
}

/**
 * Where the report goes. Without -o: standard output, or for PDF and HTML `<newer>-comparison.<ext>` beside the newer plan. An -o
 * ending in a separator or naming a folder puts `<newer>-comparison.<ext>` into that folder; a file named without an
 * extension gets the format's (`cmp` → `cmp.md`).
 */
function compareTarget(cwd: string, newerFile: string, format: CompareFormat, output: string | undefined): string {
  const name = `${basename(newerFile, extname(newerFile))}-comparison.${format}`;
  if (output === undefined) return format === 'pdf' || format === 'html' ? join(dirname(newerFile), name) : '-';
  if (namesFolder(cwd, output)) return join(output, name);
  return withFormatExt(cwd, output, `.${format}`);
}
