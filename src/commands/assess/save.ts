// The end of an assessment: the plan file checked and written, the action plan rendered beside it, and a summary.
import { resolve } from 'node:path';
import type { Context } from '../../context.ts';
import { checkPlan } from '../../core/check-plan.ts';
import type { Catalogue, Lang, Plan } from '../../core/model.ts';
import { buildReport } from '../../core/report.ts';
import { UserError, type Diagnostic } from '../../errors.ts';
import { validatePlan } from '../../generated/validators.js';
import { assessText } from '../../i18n/assess.ts';
import { createColour } from '../../io/colour.ts';
import { municipalityNames } from '../../io/municipalities.ts';
import { checkOutput } from '../../io/output.ts';
import { displayPath } from '../../io/paths.ts';
import { rewritePlan } from '../../io/rewrite-plan.ts';
import { schemaDiagnostics } from '../../io/schema-errors.ts';
import { planToYaml } from '../../io/write-plan.ts';
import { parseYamlText } from '../../io/yaml-file.ts';
import { planIssueDiagnostics } from '../../io/load-plan.ts';
import { formatDiagnostic } from '../../io/report.ts';
import { wrapText } from '../../core/text-wrap.ts';
import { basePathOf, creationDateFor, renderTargets, type Format } from '../../render/outputs.ts';
import { writeRenderedPlan } from '../plan-outputs.ts';

/**
 * The plan file's text, checked the way `skoldigiplan validate` would check the written file, and the warnings that
 * check gives (an action that runs longer than the planning period, say), which the user should see.
 * An error here is a bug (every answer was checked as it was given), so it is not a UserError.
 */
export function checkedPlanText(plan: Plan, catalogue: Catalogue, file: string, lang: Lang): { text: string; warnings: Diagnostic[] } {
  const text = planToYaml(plan);
  const read = parseYamlText(text, file, lang);
  const problems = [...read.diagnostics];
  if (read.source) {
    if (!validatePlan(read.value)) problems.push(...schemaDiagnostics(validatePlan.errors ?? [], read.source, file, lang, read.value));
    problems.push(...planIssueDiagnostics(checkPlan(read.value as Plan, catalogue, { municipalities: municipalityNames() }), read.source, file, lang));
  }
  const errors = problems.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.map((d) => formatDiagnostic(d, { lang, colour: plainColour })).join('\n');
    throw new Error(`${assessText[lang].internal.invalidPlan}\n${shown}`);
  }
  return { text, warnings: problems };
}

// Diagnostics inside an internal error report are printed without colour.
const plainColour = createColour(false);

export interface SaveOptions {
  lang: Lang;
  formats: readonly Format[];
  /** The date late actions are measured against in the rendered plan. */
  referenceDate: string;
  catalogueFile?: string;
  /** --force: the rendered plan may replace a file beside the plan that skoldigiplan did not make. */
  force?: boolean;
}

/**
 * Writes the checked plan text to `file` (the caller has settled whether it may be replaced): under the plan's lock, so
 * that it never lands in the middle of another command's change; a new plan is readable by its owner only, a replaced
 * one keeps its mode, and a link to a plan stays a link.
 */
export async function writePlanFile(ctx: Context, file: string, text: string): Promise<string> {
  checkOutput(ctx, file, { force: true });
  return (await rewritePlan(ctx, file, () => text, { create: true })).target.display;
}

/** Renders the plan beside its file; returns the paths written. A failure leaves the saved plan file in place. */
export async function renderBeside(ctx: Context, plan: Plan, catalogue: Catalogue, file: string, opts: SaveOptions): Promise<string[]> {
  if (opts.formats.length === 0) return [];
  const t = assessText[opts.lang];
  try {
    const report = buildReport(plan, catalogue, { referenceDate: opts.referenceDate });
    return await writeRenderedPlan({ ...ctx, lang: opts.lang }, report, renderTargets(basePathOf(resolve(ctx.cwd, file)), opts.formats), {
      lang: opts.lang,
      profile: 'ua',
      creationDate: creationDateFor(plan.assessment.date, ctx.env),
      force: opts.force,
    });
  } catch (e) {
    if (e instanceof UserError) throw new UserError(t.save.renderFailed(e.message), e.diagnostics, e.hint);
    throw new UserError(t.save.renderFailed(e instanceof Error ? e.message : String(e)));
  }
}

/** A path as it can be pasted into a shell. */
export function shellArg(s: string): string {
  return /^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** What was written where, and what to do next. */
export function printSummary(ctx: Context, planShown: string, rendered: readonly string[], opts: SaveOptions): void {
  const t = assessText[opts.lang].save;
  const c = ctx.colour;
  const cat = opts.catalogueFile ? ` --catalogue ${shellArg(displayPath(opts.catalogueFile, ctx.cwd))}` : '';
  const plan = shellArg(planShown);
  const width = Math.max(planShown.length, ...rendered.map((r) => r.length));
  const lines = [
    '',
    `${c.green('✔')} ${t.saved}`,
    `  ${planShown.padEnd(width)}  ${c.dim(t.planFile)}`,
    ...rendered.map((r) => `  ${r.padEnd(width)}  ${c.dim(t.rendered(r.slice(r.lastIndexOf('.') + 1)))}`),
    '',
    t.next,
    // Each command on a line of its own under what it does, so that no line is wider than the terminal.
    `  ${c.dim(`${t.nextValidate}:`)}`,
    `    skoldigiplan validate ${plan}${cat}`,
    `  ${c.dim(`${t.nextRender}:`)}`,
    `    skoldigiplan render ${plan} --format pdf${cat}`,
    wrapText(`  ${t.nextEdit}`, (ctx.stderr.columns ?? 80) - 1, '  '),
    '',
  ];
  ctx.stderr.write(lines.join('\n'));
}
