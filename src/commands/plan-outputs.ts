// A plan's report in the requested formats, with what the renderers print but do not look up (the county), written to
// its files: the part of `render` and `assess` (and of each plan in `batch`) that reads and writes.
import type { Context } from '../context.ts';
import type { Plan, PlanReport } from '../core/model.ts';
import { municipalityByCode } from '../io/municipalities.ts';
import { checkOutput, writeOutput } from '../io/output.ts';
import { renderPlanFormats, type Format, type RenderOptions, type Rendered } from '../render/outputs.ts';

/** The county of the plan's municipality, for the cover; none without a known municipality code. */
function countyOf(plan: Plan): string | undefined {
  const code = plan.organisation.municipalityCode;
  return code ? municipalityByCode(code)?.county : undefined;
}

/** The report rendered in each format asked for, the county looked up for it. */
export function renderPlanOutputs(report: PlanReport, opts: Omit<RenderOptions, 'county'>): Promise<Rendered> {
  return renderPlanFormats(report, { ...opts, county: countyOf(report.plan) });
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
  opts: Omit<RenderOptions, 'formats' | 'county'> & { force?: boolean },
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
