// Entry of a batch worker thread (bundled as dist/batch-worker-main.js, which dist/batch-worker.js loads after
// installing the code cache): each task checks or processes plans.
import { checkPlanFile, processPlan, writeOverviewPdf, type CheckResult, type CheckTask, type OverviewPdfTask, type PlanResult, type ProcessOptions } from './process-plan.ts';

/** Checks several files per task: each check is short, so fewer messages between threads pay off. */
export function checkMany(tasks: CheckTask[]): CheckResult[] {
  return tasks.map((t) => checkPlanFile(t));
}

export function processOne(task: ProcessOptions & { file: string }): Promise<PlanResult> {
  return processPlan(task.file, task);
}

/** The roll-up's PDF, made once every plan is done, by a worker whose PDF code is warm. */
export function overviewPdf(task: OverviewPdfTask): Promise<void> {
  return writeOverviewPdf(task);
}

export default processOne;
