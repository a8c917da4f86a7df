// `skoldigiplan render <plan.yaml>`: the action plan as Markdown, PDF or JSON, from a plan file; the plan file is never touched.
import { resolve } from 'node:path';
import type { Context } from '../context.ts';
import { buildReport } from '../core/report.ts';
import { UsageError } from '../errors.ts';
import { loadValidPlan } from '../io/load-plan.ts';
import { namesFolder, withFormatExt } from '../io/output.ts';
import { sameFile } from '../io/paths.ts';
import { printDiagnostics } from '../io/report.ts';
import { renderText } from '../i18n/render.ts';
import { referenceDate } from '../io/reference-date.ts';
import { creationDateFor, renderTarget, renderTargets, type Format, type PdfProfile } from '../render/outputs.ts';
import { writeRenderedPlan } from './plan-outputs.ts';

/** The options of `render`, as src/cli.ts declares and checks them. */
export interface Options {
  format: Format[];
  output?: string;
  force?: boolean;
  catalogue?: string;
  capacity?: number;
  budget?: number;
  terms?: number;
  /** A term as `readTerm` writes it (2027-VT). */
  start?: string;
  date?: string;
  pdfProfile?: PdfProfile;
}

export async function run(ctx: Context, [planFile]: string[], opts: Options): Promise<number> {
  const t = renderText[ctx.lang];
  const { format: formats, output } = opts;
  if (output === '-' && formats.length > 1) throw new UsageError(t.stdoutOneFormat, t.stdoutOneFormatHint);
  if (output === '-' && formats.includes('pdf') && ctx.stdout.isTTY) throw new UsageError(t.pdfToTerminal, t.pdfToTerminalHint);

  const loaded = loadValidPlan(planFile!, { cwd: ctx.cwd, lang: ctx.lang, catalogueFile: opts.catalogue });
  printDiagnostics(loaded.diagnostics, ctx);
  const report = buildReport(loaded.plan, loaded.catalogue, {
    referenceDate: referenceDate(ctx, opts.date),
    overrides: {
      actionsPerTerm: opts.capacity,
      budgetPerYear: opts.budget,
      terms: opts.terms,
      start: opts.start,
    },
  });
  // -o names the file (one format; without an extension it gets the format's), a base path (several) or, ending in a
  // separator or naming a folder, the folder.
  const folder = namesFolder(ctx.cwd, output);
  const named = output !== undefined && !folder && formats.length === 1 ? withFormatExt(ctx.cwd, output, `.${formats[0]}`) : output;
  const { base, single } = renderTarget(loaded.file, formats, named, folder);
  // The plan file is the user's: render never writes over it, whatever -o says.
  const targets = renderTargets(resolve(ctx.cwd, base), formats, single);
  if (targets.some((x) => x.target !== '-' && sameFile(resolve(ctx.cwd, x.target), loaded.file)))
    throw new UsageError(t.wouldOverwritePlan(planFile!), t.wouldOverwritePlanHint);
  const written = await writeRenderedPlan(ctx, report, targets, {
    lang: ctx.lang,
    profile: opts.pdfProfile ?? 'ua',
    creationDate: creationDateFor(loaded.plan.assessment.date, ctx.env),
    force: Boolean(opts.force),
  });
  for (const w of written) ctx.stderr.write(`${t.wrote(w)}\n`);
  return 0;
}
