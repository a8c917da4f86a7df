// Entry of a batch worker thread (bundled as dist/batch-worker-main.js, which dist/batch-worker.js loads after
// installing the code cache): each task checks or processes plans, or makes the roll-up's files at the end of a run
// with PDF.
import type { OverviewResult, OverviewTask } from './overview-files.ts';
import { checkPlanFile, processPlan, type CheckResult, type CheckTask, type PlanResult, type ProcessOptions } from './process-plan.ts';

/** Checks several files per task: each check is short, so fewer messages between threads pay off. */
export function checkMany(tasks: CheckTask[]): CheckResult[] {
  return tasks.map((t) => checkPlanFile(t));
}

export function processOne(task: ProcessOptions & { file: string }): Promise<PlanResult> {
  return processPlan(task.file, task);
}

/** The roll-up's files, made once every plan is done, by a worker whose PDF code is warm. */
export async function overview(task: OverviewTask): Promise<OverviewResult> {
  const { writeOverviewFiles } = await import('./overview-files.ts');
  return writeOverviewFiles(task);
}

export default processOne;
