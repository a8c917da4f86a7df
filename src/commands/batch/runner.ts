// Runs the per-plan steps either in this process (--jobs 1) or on a pool of worker threads (piscina).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../../io/paths.ts';
import { writeOverviewFiles, type OverviewResult, type OverviewTask } from './overview-files.ts';
import type { CheckResult, CheckTask, PlanResult, ProcessOptions } from './process-plan.ts';

export interface Runner {
  /** Worker threads; 0 in this process. */
  readonly threads: number;
  /** Tasks worth having in flight at once: two per worker, so none waits for the next; one in this process. */
  readonly lanes: number;
  check(tasks: CheckTask[]): Promise<CheckResult[]>;
  process(task: ProcessOptions): Promise<PlanResult>;
  /** Makes and writes the roll-up's files; on a worker, whose PDF code is warm by then. */
  overview(task: OverviewTask): Promise<OverviewResult>;
  close(): Promise<void>;
  /** True once close() is called: tasks that fail from then on fail because their workers are ending. */
  readonly closing: boolean;
}

class InProcessRunner implements Runner {
  readonly threads = 0;
  readonly lanes = 1;
  readonly closing = false;
  private mod: typeof import('./process-plan.ts') | undefined;

  private async load() {
    this.mod ??= await import('./process-plan.ts');
    return this.mod;
  }

  async check(tasks: CheckTask[]): Promise<CheckResult[]> {
    const m = await this.load();
    return tasks.map((t) => m.checkPlanFile(t));
  }

  async process(task: ProcessOptions): Promise<PlanResult> {
    const m = await this.load();
    return m.processPlan(task.file, task);
  }

  overview(task: OverviewTask): Promise<OverviewResult> {
    return writeOverviewFiles(task);
  }

  async close(): Promise<void> {}
}

interface Pool {
  run(task: unknown, opts: { name: string }): Promise<unknown>;
  destroy(): Promise<void>;
}

class PoolRunner implements Runner {
  private closed: Promise<void> | undefined;

  readonly lanes: number;

  constructor(
    private readonly pool: Pool,
    readonly threads: number,
  ) {
    this.lanes = threads * 2;
  }

  async check(tasks: CheckTask[]): Promise<CheckResult[]> {
    return (await this.pool.run(tasks, { name: 'checkMany' })) as CheckResult[];
  }

  async process(task: ProcessOptions): Promise<PlanResult> {
    return (await this.pool.run(task, { name: 'processOne' })) as PlanResult;
  }

  async overview(task: OverviewTask): Promise<OverviewResult> {
    return (await this.pool.run(task, { name: 'overview' })) as OverviewResult;
  }

  get closing(): boolean {
    return this.closed !== undefined;
  }

  /** Ends the workers; later calls wait for the same ending. */
  close(): Promise<void> {
    this.closed ??= this.pool.destroy();
    return this.closed;
  }
}

/** The built worker entry, found next to the running bundle; absent when running from sources. */
export function workerFile(): string | undefined {
  const file = packagePath('dist', 'batch-worker.js');
  return existsSync(file) ? file : undefined;
}

/**
 * Heap limits of a worker, in MB, chosen for memory: a PDF batch on two cores uses about 10% more CPU than with the
 * limits that are fastest here (96 MB young generation, no old-generation limit) and needs half the memory at its
 * peak. Measured on two workers, 290 plans to Markdown and PDF: 175–180 MB against 370–384 MB; 2,900 plans: about
 * 225 MB against 508 MB.
 *
 * - Young generation (V8 gives a third of it to each of the two semi-spaces, in powers of two: 64 MB behaves as 96).
 *   A PDF keeps several megabytes of page content, fonts and structure alive while it is made, and every scavenge
 *   copies what is alive: with V8's default most of a document is copied, promoted and marked again (922 scavenges
 *   against 211 at 96 MB, GC pauses 4 s against 1.5 s). 24 MB (8 MB semi-spaces) keeps part of that gain: against
 *   48 MB it costs about 6% more CPU (19.9–21.4 s against 19.0–19.7 s for 290 plans) and holds 47 MB less in all at
 *   290 plans and 50–70 MB less at 2,900, which keeps the peak well under 300 MB (274–297 MB at 48).
 *   Markdown plans leave little garbage, so those workers stay small.
 * - Old generation, PDF only. V8 lets a heap grow to up to four times what survived its last full collection when
 *   the limit is 2 GB or more, and by about 1.4 times at 512 MB. A worker's live heap is 10–20 MB (about 60 MB for the
 *   largest plan a file may hold), so 512 MB leaves ample room and keeps each worker near 80 MB instead of 130 MB.
 *   Markdown workers gain nothing from it (measured), so they keep V8's default.
 */
function heapLimits(pdf: boolean): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb?: number } {
  return pdf ? { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 512 } : { maxYoungGenerationSizeMb: 8 };
}

/**
 * `jobs` 1 (or a single plan) runs in this process; more starts that many worker threads. Each worker loads
 * the catalogue and fonts once (module-level caches) and keeps them for every plan it handles.
 */
export async function createRunner(jobs: number, opts: { pdf: boolean } = { pdf: false }): Promise<Runner> {
  const file = jobs > 1 ? workerFile() : undefined;
  if (!file) return new InProcessRunner();
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: pathToFileURL(file).href,
    minThreads: jobs,
    maxThreads: jobs,
    // Workers stay up between the check phase and the render phase instead of starting twice.
    idleTimeout: 60_000,
    resourceLimits: heapLimits(opts.pdf),
  });
  return new PoolRunner(pool as unknown as Pool, jobs);
}

/**
 * Runs `work` over `items` with at most `limit` in flight, calling `onResult` in completion order.
 * Stops taking new items once `shouldStop` says so (--fail-fast); items already running finish.
 */
export async function runLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  onResult: (result: R, item: T) => void,
  shouldStop: () => boolean = () => false,
): Promise<number> {
  let next = 0;
  let started = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && !shouldStop()) {
      const item = items[next++]!;
      started++;
      onResult(await work(item), item);
      // Let signals (Ctrl-C) and I/O callbacks run between items, even when the work itself never waits.
      await new Promise((r) => setImmediate(r));
    }
  });
  await Promise.all(lanes);
  return started;
}
