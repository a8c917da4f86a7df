// Runs the per-plan steps either in this process (--jobs 1) or on a pool of worker threads (piscina).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { packagePath } from '../../io/paths.ts';
import type { CheckResult, CheckTask, OverviewPdfTask, PlanResult, ProcessOptions } from './process-plan.ts';

export interface Runner {
  readonly threads: number;
  check(tasks: CheckTask[]): Promise<CheckResult[]>;
  process(task: ProcessOptions): Promise<PlanResult>;
  /** Renders the roll-up's PDF and writes it; on a worker, whose PDF code is warm by then. */
  overviewPdf(task: OverviewPdfTask): Promise<void>;
  close(): Promise<void>;
}

class InProcessRunner implements Runner {
  readonly threads = 0;
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

  async overviewPdf(task: OverviewPdfTask): Promise<void> {
    const m = await this.load();
    await m.writeOverviewPdf(task);
  }

  async close(): Promise<void> {}
}

interface Pool {
  run(task: unknown, opts: { name: string }): Promise<unknown>;
  destroy(): Promise<void>;
}

class PoolRunner implements Runner {
  private closed: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    readonly threads: number,
  ) {}

  async check(tasks: CheckTask[]): Promise<CheckResult[]> {
    return (await this.pool.run(tasks, { name: 'checkMany' })) as CheckResult[];
  }

  async process(task: ProcessOptions): Promise<PlanResult> {
    return (await this.pool.run(task, { name: 'processOne' })) as PlanResult;
  }

  async overviewPdf(task: OverviewPdfTask): Promise<void> {
    await this.pool.run(task, { name: 'overviewPdf' });
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
 * Young generation of a worker's heap, in MB (V8 gives a third of it to each of the two semi-spaces).
 *
 * A PDF keeps several megabytes of page content, fonts and structure alive while it is made, and every
 * scavenge copies what is alive: with a small young generation each plan meets many scavenges and most of
 * its document is copied, then promoted and marked again. 96 MB lets a scavenge come every few plans
 * (measured, 290 plans to PDF on two workers: 211 scavenges instead of 922, 205 MB promoted instead of
 * 456 MB, GC pauses 1.5 s instead of 4 s, for about 150 MB more memory at peak). Larger sizes gained little.
 * Markdown plans leave little garbage, so those workers stay small.
 */
function youngGenerationMb(pdf: boolean): number {
  return pdf ? 96 : 8;
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
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb(opts.pdf) },
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
