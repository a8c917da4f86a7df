// `assess --answers file`: the same flow without a terminal, every question answered by the file or by Enter.
import { existsSync } from 'node:fs';
import type { Context } from '../../context.ts';
import type { Catalogue, Plan } from '../../core/model.ts';
import { UserError } from '../../errors.ts';
import { assessText } from '../../i18n/assess.ts';
import { loadPlan } from '../../io/load-plan.ts';
import { displayPath } from '../../io/paths.ts';
import { printDiagnostics } from '../../io/report.ts';
import { enterAnswer, runToEnd, type FlowEnv } from './flow.ts';
import { checkedPlanText, printSummary, renderBeside, writePlanFile, type SaveOptions } from './save.ts';
import { orderedIndicators, planFromState, planningDraft, type AssessState } from './state.ts';

/** The state an answers file describes, standing where the interactive flow stands after the planning settings. */
export function stateFromAnswers(plan: Plan, catalogue: Catalogue): AssessState {
  return {
    catalogue: { id: catalogue.id, version: catalogue.version },
    organisation: structuredClone(plan.organisation),
    date: plan.assessment.date,
    answers: structuredClone(plan.assessment.answers),
    planning: planningDraft(plan.planning),
    actions: structuredClone(plan.actions ?? []),
    step: 'proposals',
  };
}

/** The finished plan for an answers file: the engine's proposals accepted as a person pressing Enter would. */
export function planFromAnswers(plan: Plan, catalogue: Catalogue, env: FlowEnv): Plan {
  return planFromState(runToEnd(stateFromAnswers(plan, catalogue), env, enterAnswer), catalogue);
}

export interface AnswersRun {
  file: string;
  output: string;
  force: boolean;
  catalogueFile?: string;
  save: SaveOptions;
  env: (catalogue: Catalogue) => FlowEnv;
}

export async function runAnswers(ctx: Context, run: AnswersRun): Promise<number> {
  const t = assessText[ctx.lang];
  const loaded = loadPlan(run.file, { cwd: ctx.cwd, lang: ctx.lang, catalogueFile: run.catalogueFile });
  if (!loaded.ok || !loaded.plan || !loaded.catalogue) throw new UserError('', loaded.diagnostics);
  printDiagnostics(loaded.diagnostics, ctx);
  if (loaded.plan.draft) throw new UserError(t.usage.answersDraft(loaded.display), [], t.usage.answersDraftHint(loaded.display));

  const catalogue = loaded.catalogue;
  const missing = orderedIndicators(catalogue).filter((i) => !(i.id in loaded.plan!.assessment.answers)).length;
  if (missing > 0) ctx.stderr.write(`${ctx.colour.yellow(t.save.unanswered(missing))}\n`);

  const shown = displayPath(run.output, ctx.cwd);
  if (existsSync(run.output) && !run.force) throw new UserError(t.usage.exists(shown), [], t.usage.existsHint);
  const plan = planFromAnswers(loaded.plan, catalogue, run.env(catalogue));
  const { text, warnings } = checkedPlanText(plan, catalogue, shown, ctx.lang);
  const planShown = await writePlanFile(ctx, run.output, text);
  // What the answers file was already warned about is not said again for the plan made from it.
  printDiagnostics(
    warnings.filter((w) => !loaded.diagnostics.some((d) => d.code === w.code && d.message === w.message)),
    ctx,
  );
  const rendered = await renderBeside(ctx, plan, catalogue, run.output, run.save);
  printSummary(ctx, planShown, rendered, run.save);
  return 0;
}
