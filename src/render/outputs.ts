// Renders one report into the requested formats and writes them beside the plan (or where -o says).
import { dirname, basename, extname, join } from 'node:path';
import type { Context } from '../context.ts';
import type { Lang, PlanReport } from '../core/model.ts';
import { municipalityByCode } from '../io/municipalities.ts';
import { checkOutput, writeOutput } from '../io/output.ts';
import { renderPlanJson } from './json.ts';
import { renderPlanMarkdown } from './markdown.ts';
import type { PlanRenderOptions } from './plan-options.ts';

export type Format = 'md' | 'pdf' | 'json' | 'html';
export type PdfProfile = 'ua' | 'archive';

export interface RenderOptions {
  formats: readonly Format[];
  lang: Lang;
  profile: PdfProfile;
  /** Fixed creation date so the same plan gives the same PDF bytes. */
  creationDate: Date;
}

export interface Rendered {
  md?: string;
  pdf?: Uint8Array;
  json?: string;
  html?: string;
}

export async function renderPlanOutputs(report: PlanReport, opts: RenderOptions): Promise<Rendered> {
  const out: Rendered = {};
  const code = report.plan.organisation.municipalityCode;
  const plan: PlanRenderOptions = { lang: opts.lang, county: code ? municipalityByCode(code)?.county : undefined };
  if (opts.formats.includes('md')) out.md = renderPlanMarkdown(report, plan);
  if (opts.formats.includes('json')) out.json = renderPlanJson(report, opts.lang);
  if (opts.formats.includes('html')) {
    const { renderPlanHtml } = await import('./html/plan.ts');
    out.html = renderPlanHtml(report, plan);
  }
  if (opts.formats.includes('pdf')) {
    const { renderPlanPdf } = await import('./pdf/index.ts');
    out.pdf = await renderPlanPdf(report, { ...plan, profile: opts.profile, creationDate: opts.creationDate });
  }
  return out;
}

/** `plan.yaml` → `plan` (the base that each format's extension is added to). */
export function basePathOf(planFile: string): string {
  const ext = extname(planFile);
  return join(dirname(planFile), ext === '.yaml' || ext === '.yml' ? basename(planFile, ext) : basename(planFile));
}

/**
 * Where `-o` sends a rendered plan. Without it, beside the plan (`plan.yaml` → `plan.md`). When `isFolder` (the caller
 * has asked `namesFolder`: the path ends in a separator or names a folder) the files go into that folder, named after
 * the plan; otherwise one format is written to the file named (the caller has added the format's extension to a name
 * without one, see `withFormatExt`), and several to a base path that gets each format's extension.
 */
export function renderTarget(planFile: string, formats: readonly Format[], output: string | undefined, isFolder: boolean): { base: string; single?: string } {
  if (output === undefined) return { base: basePathOf(planFile) };
  if (isFolder) return { base: join(output, basename(basePathOf(planFile))) };
  if (formats.length === 1) return { base: basePathOf(planFile), single: output };
  return { base: output.replace(/\.(md|pdf|json|html)$/, '') };
}

/** The file each format goes to (`-` for stdout). */
export function renderTargets(base: string, formats: readonly Format[], single?: string): { format: Format; target: string }[] {
  return formats.map((format) => ({ format, target: single ?? `${base}.${format}` }));
}

/**
 * Writes every rendered format to its target (`renderTargets`; `-` is stdout, for one format only). An existing file is
 * replaced only when skoldigiplan made it (or with `force`); all targets are checked before any is written. Returns the
 * paths written, as shown to the user.
 */
export async function writeRenderedPlan(
  ctx: Context,
  report: PlanReport,
  targets: readonly { format: Format; target: string }[],
  opts: Omit<RenderOptions, 'formats'> & { force?: boolean },
): Promise<string[]> {
  const rule = (format: Format) => ({ force: opts.force ?? false, ext: `.${format}` });
  for (const { format, target } of targets) checkOutput(ctx, target, rule(format));
  const rendered = await renderPlanOutputs(report, { ...opts, formats: targets.map((t) => t.format) });
  const written: string[] = [];
  for (const { format, target } of targets) {
    const data = rendered[format];
    if (data === undefined) continue;
    const shown = writeOutput(ctx, target, data);
    if (shown) written.push(shown);
  }
  return written;
}

/** The creation date of generated files: SOURCE_DATE_EPOCH when set, else the plan's assessment date. */
export function creationDateFor(assessmentDate: string, env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${assessmentDate}T00:00:00Z`);
}
