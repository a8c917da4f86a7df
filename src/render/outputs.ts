// Renders one report into the requested formats and writes them beside the plan (or where -o says).
import { dirname, basename, extname, join, resolve } from 'node:path';
import type { Context } from '../context.ts';
import type { Lang, PlanReport } from '../core/model.ts';
import { municipalityByCode } from '../io/municipalities.ts';
import { writeOutput } from '../io/output.ts';
import { renderPlanJson } from './json.ts';
import { renderPlanMarkdown } from './markdown.ts';

export type Format = 'md' | 'pdf' | 'json';
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
}

export async function renderPlanOutputs(report: PlanReport, opts: RenderOptions): Promise<Rendered> {
  const out: Rendered = {};
  const code = report.plan.organisation.municipalityCode;
  if (opts.formats.includes('md')) out.md = renderPlanMarkdown(report, { lang: opts.lang, county: code ? municipalityByCode(code)?.county : undefined });
  if (opts.formats.includes('json')) out.json = renderPlanJson(report, opts.lang);
  if (opts.formats.includes('pdf')) {
    const { renderPlanPdf } = await import('./pdf/index.ts');
    out.pdf = await renderPlanPdf(report, { lang: opts.lang, profile: opts.profile, creationDate: opts.creationDate });
  }
  return out;
}

/** `plan.yaml` → `plan` (the base that each format's extension is added to). */
export function basePathOf(planFile: string): string {
  const ext = extname(planFile);
  return join(dirname(planFile), ext === '.yaml' || ext === '.yml' ? basename(planFile, ext) : basename(planFile));
}

/**
 * Writes every rendered format: to stdout with `-` (one format only), to `<base>.<ext>` otherwise.
 * Returns the paths written, as shown to the user.
 */
export async function writeRenderedPlan(
  ctx: Context,
  report: PlanReport,
  opts: RenderOptions & { base: string; single?: string },
): Promise<string[]> {
  const rendered = await renderPlanOutputs(report, opts);
  const written: string[] = [];
  for (const f of opts.formats) {
    const data = rendered[f];
    if (data === undefined) continue;
    const target = opts.single ?? `${resolve(ctx.cwd, opts.base)}.${f}`;
    const shown = writeOutput(ctx, target, data, { force: true, generated: true });
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
