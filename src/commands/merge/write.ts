// The one place where `merge` writes a plan file: checked with the loader `validate` uses, then written as `status`
// writes a plan it updates in place.
import type { Context } from '../../context.ts';
import { UserError } from '../../errors.ts';
import { mergeText } from '../../i18n/merge.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { loadPlan, type LoadPlanOptions } from '../../io/load-plan.ts';
import { writeFailure } from '../../io/write-failure.ts';
import { parseYamlText, type ReadResult } from '../../io/yaml-file.ts';

/** Writes `text` over the plan only when it is a valid plan, so the file is either the old one or a valid new one. */
export function replacePlan(file: string, display: string, text: string, loadOpts: LoadPlanOptions, ctx: Context, read?: ReadResult): void {
  const t = mergeText[ctx.lang];
  const check = loadPlan(file, loadOpts, read ?? parseYamlText(text, display, ctx.lang));
  if (!check.ok) throw new UserError(t.invalidAfter, check.diagnostics, t.invalidAfterHint);
  try {
    writeFileAtomic(file, text);
  } catch (e) {
    const failure = writeFailure(e, file, ctx.cwd, ctx.lang);
    if (!failure) throw e;
    throw new UserError(failure.message, [], failure.hint);
  }
}
