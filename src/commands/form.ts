// `skoldigiplan form [-o enkat.html]`: the questionnaire as one HTML file that works offline and sends nothing anywhere.
import type { Context } from '../context.ts';
import { RESPONDENT_ROLES, type Catalogue, type Organisation, type RespondentRole } from '../core/model.ts';
import { UserError } from '../errors.ts';
import { renderForm } from '../form/page.ts';
import { formText } from '../i18n/form.ts';
import { numberFormat } from '../i18n/number-format.ts';
import { resolveCatalogue } from '../io/load-catalogue.ts';
import { loadPlan } from '../io/load-plan.ts';
import { checkOutput, writeOutput } from '../io/output.ts';
import { printDiagnostics } from '../io/report.ts';

export async function run(ctx: Context, _args: string[], opts: Record<string, unknown>): Promise<number> {
  const t = formText[ctx.lang];
  const target = (opts.output as string | undefined) ?? (ctx.lang === 'en' ? 'questionnaire.html' : 'enkat.html');
  checkOutput(ctx, target, { force: Boolean(opts.force) });
  let catalogue: Catalogue;
  let organisation: Organisation | undefined;
  if (typeof opts.organisation === 'string') {
    const load = loadPlan(opts.organisation, { cwd: ctx.cwd, lang: ctx.lang, catalogueFile: opts.catalogue as string | undefined });
    if (!load.ok || !load.plan || !load.catalogue) throw new UserError(t.organisationInvalid, load.diagnostics);
    printDiagnostics(load.diagnostics, ctx);
    catalogue = load.catalogue;
    organisation = load.plan.organisation;
  } else {
    catalogue = resolveCatalogue(opts, ctx.cwd, ctx.lang);
  }
  const wanted = Array.isArray(opts.role) ? (opts.role as RespondentRole[]) : RESPONDENT_ROLES;
  const roles = RESPONDENT_ROLES.filter((r) => wanted.includes(r));
  const html = renderForm({ catalogue, lang: ctx.lang, roles, ...(organisation ? { organisation } : {}) });
  const written = writeOutput(ctx, target, html);
  const kb = numberFormat(ctx.lang).format(Math.round(Buffer.byteLength(html) / 1024));
  if (written) ctx.stderr.write(`${t.wrote(written, kb, catalogue.indicators.length)}\n`);
  return 0;
}
