// `skoldigiplan form [-o enkat.html]`: the questionnaire as one HTML file that works offline and sends nothing anywhere.
import type { Context } from '../context.ts';
import { RESPONDENT_ROLES, type Catalogue, type Organisation, type RespondentRole } from '../core/model.ts';
import { UserError } from '../errors.ts';
import { renderForm } from '../form/page.ts';
import { cliText } from '../i18n/cli.ts';
import { formText } from '../i18n/form.ts';
import { numberFormat } from '../i18n/number-format.ts';
import { resolveCatalogue } from '../io/load-catalogue.ts';
import { loadPlan } from '../io/load-plan.ts';
import { checkOutput, writeOutput } from '../io/output.ts';
import { printDiagnostics } from '../io/report.ts';

/** The options of `form`, as src/cli.ts declares and checks them. */
export interface Options {
  output?: string;
  force?: boolean;
  catalogue?: string;
  organisation?: string;
  role?: RespondentRole[];
}

export async function run(ctx: Context, _args: string[], opts: Options): Promise<number> {
  const t = formText[ctx.lang];
  const target = opts.output ?? cliText[ctx.lang].formFile;
  checkOutput(ctx, target, { force: Boolean(opts.force) });
  let catalogue: Catalogue;
  let organisation: Organisation | undefined;
  if (opts.organisation !== undefined) {
    const load = loadPlan(opts.organisation, { cwd: ctx.cwd, lang: ctx.lang, catalogueFile: opts.catalogue });
    if (!load.ok || !load.plan || !load.catalogue) throw new UserError(t.organisationInvalid, load.diagnostics);
    printDiagnostics(load.diagnostics, ctx);
    catalogue = load.catalogue;
    organisation = load.plan.organisation;
  } else {
    catalogue = resolveCatalogue(opts, ctx.cwd, ctx.lang);
  }
  const wanted = opts.role ?? RESPONDENT_ROLES;
  const roles = RESPONDENT_ROLES.filter((r) => wanted.includes(r));
  const html = renderForm({ catalogue, lang: ctx.lang, roles, ...(organisation ? { organisation } : {}) });
  const written = writeOutput(ctx, target, html);
  const kb = numberFormat(ctx.lang).format(Math.round(Buffer.byteLength(html) / 1024));
  if (written) ctx.stderr.write(`${t.wrote(written, kb, catalogue.indicators.length)}\n`);
  return 0;
}
