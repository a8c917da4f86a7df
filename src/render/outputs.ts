// Renders one report into the requested formats, and names the files they go to beside the plan (or where -o says).
// Writing them is the caller's (src/commands/plan-outputs.ts); what a renderer prints, such as the county, it is handed.
import { dirname, basename, extname, join } from 'node:path';
import type { Lang, PlanReport } from '../core/model.ts';
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
  /** The county of the plan's municipality, shown on the cover. */
  county?: string;
}

export interface Rendered {
  md?: string;
  pdf?: Uint8Array;
  json?: string;
  html?: string;
}

export async function renderPlanFormats(report: PlanReport, opts: RenderOptions): Promise<Rendered> {
  const out: Rendered = {};
  const plan: PlanRenderOptions = { lang: opts.lang, county: opts.county };
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

/** The creation date of generated files: SOURCE_DATE_EPOCH when set, else the plan's assessment date. */
export function creationDateFor(assessmentDate: string, env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${assessmentDate}T00:00:00Z`);
}
