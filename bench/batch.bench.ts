// Batch runs of the built CLI over 290 and 2,900 generated plans: wall time, the number of workers chosen against one
// process and two workers, a --changed run with every output current, cost per plan and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlans } from './generate-plans.ts';

const root = process.env.SKOLDIGIPLAN_ROOT ?? process.cwd();
const bin = join(root, 'bin/skoldigiplan.js');
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const only = (process.env.BATCH_BENCH ?? 'md,html,pdf,jobs,changed,scale').split(',');

interface Run {
  wallMs: number;
  /** The CLI's own time from the start of the batch, so process start-up is left out. */
  batchMs: number;
  plans: number;
  ok: number;
  /** Peak resident memory in kB: from /usr/bin/time -v when present, else the CLI's own report. */
  maxRssKb: number;
  /** User and system CPU seconds of the whole process (all threads), from /usr/bin/time -v; undefined without it. */
  cpuS?: number;
  /** Worker threads the run used (1: this process). */
  jobs: number;
  skipped: number;
}

/** A batch into `out`, emptied first unless `keep` (a --changed run over the outputs of an earlier one). */
function batch(dir: string, out: string, args: string[], keep = false): Run {
  if (!keep) rmSync(out, { recursive: true, force: true });
  const cli = [bin, 'batch', dir, '--out', out, '--quiet', '--json', '--date', '2026-11-28', ...args];
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync(TIME, ['-v', process.execPath, ...cli], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, cli, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  const lines = r.stdout.trim().split('\n');
  const summary = JSON.parse(lines[lines.length - 1] ?? '{}') as {
    type?: string;
    durationMs: number;
    plans: number;
    ok: number;
    skipped: number;
    jobs: number;
    maxRssKb: number;
  };
  if (summary.type !== 'summary') throw new Error(`batch failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1];
  const cpuS = user && system ? Number(user) + Number(system) : undefined;
  return {
    wallMs,
    batchMs: summary.durationMs,
    plans: summary.plans,
    ok: summary.ok,
    maxRssKb: timeRss ? Number(timeRss) : summary.maxRssKb,
    cpuS,
    jobs: summary.jobs,
    skipped: summary.skipped,
  };
}

/** The run with the median wall time. */
const median = (runs: Run[]): Run => [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)]!;
const cpu = (r: Run) => (r.cpuS === undefined ? '' : `, ${r.cpuS.toFixed(2)} s CPU`);

/**
 * A --changed run where every output is current, after a full run into the same folder: the median of three. It reads
 * no plan and starts no worker, so its time is what a scheduled run costs when nothing changed.
 */
function fullyCurrent(dir: string, out: string, formats: string): Run {
  batch(dir, out, ['--format', formats]);
  const runs = [0, 1, 2].map(() => batch(dir, out, ['--format', formats, '--changed'], true));
  const r = median(runs);
  if (r.skipped !== r.plans || r.ok !== 0) throw new Error(`--changed made ${r.ok} of ${r.plans} plans again`);
  return r;
}

/** One process against two workers for the same plans, and what the default chose: wall time, CPU time, ratios. */
function workerChoice(dir: string, out: string, formats: string, label: string): void {
  const one = batch(dir, out, ['--format', formats, '--jobs', '1']);
  const two = batch(dir, out, ['--format', formats, '--jobs', '2']);
  const chosen = batch(dir, out, ['--format', formats]);
  const cpuRatio = one.cpuS !== undefined && two.cpuS !== undefined ? `, CPU ${(two.cpuS / one.cpuS).toFixed(2)}× one process's` : '';
  console.log(
    `${label}: one process ${s(one.wallMs)}${cpu(one)}; two workers ${s(two.wallMs)}${cpu(two)}; two workers are ${(one.wallMs / two.wallMs).toFixed(2)}× as fast (wall)${cpuRatio}`,
  );
  const best = one.wallMs <= two.wallMs ? 1 : 2;
  console.log(
    `  default chose ${chosen.jobs === 1 ? 'one process' : `${chosen.jobs} workers`} (${s(chosen.wallMs)}); quicker here: ${best === 1 ? 'one process' : 'two workers'}  ${verdict(chosen.jobs === best || Math.abs(one.wallMs - two.wallMs) < 0.1 * one.wallMs)}`,
  );
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** Milliseconds to create, write and rename one small file in `dir`, as a batch does for each output. */
function createCostMs(dir: string): number {
  const probe = mkdtempSync(join(dir, 'create-probe-'));
  try {
    const t = performance.now();
    for (let i = 0; i < 200; i++) {
      writeFileSync(join(probe, `.f${i}.tmp`), 'x'.repeat(2000));
      renameSync(join(probe, `.f${i}.tmp`), join(probe, `f${i}.md`));
    }
    return (performance.now() - t) / 200;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

// Plans and outputs in the project folder (.tmp/), where a user's `--out` would be. Creating a file costs very
// different amounts in different folders of some machines, so the cost here and in the system's temporary folder
// is printed with the figures.
mkdirSync(join(root, '.tmp'), { recursive: true });
const tmp = mkdtempSync(join(root, '.tmp', 'batch-bench-'));
console.log(`creating a file: ${createCostMs(tmp).toFixed(3)} ms in the project's .tmp/ (used here), ${createCostMs(tmpdir()).toFixed(3)} ms in ${tmpdir()}`);
try {
  const cores = availableParallelism();
  console.log(`Node ${process.version}, ${cores} cores; memory from ${hasTime ? '/usr/bin/time -v' : "the CLI's own process.resourceUsage()"}`);
  let t = performance.now();
  const small = join(tmp, 'plans-290');
  generatePlans({ dir: small, count: 290, seed: 2026 });
  console.log(`generated 290 plans in ${s(performance.now() - t)}`);

  if (only.includes('md')) {
    const runs = [0, 1, 2].map(() => batch(small, join(tmp, 'out-md'), ['--format', 'md']));
    const wall = runs.map((r) => r.wallMs).sort((a, b) => a - b)[1]!;
    console.log(`290 plans → Markdown, default jobs: ${s(wall)} wall (median of 3), ${runs[0]!.ok} written  target < 2 s: ${verdict(wall < 2000)}`);
  }

  if (only.includes('html')) {
    const runs = [0, 1, 2].map(() => batch(small, join(tmp, 'out-html'), ['--format', 'md,html']));
    const wall = runs.map((r) => r.wallMs).sort((a, b) => a - b)[1]!;
    console.log(
      `290 plans → Markdown and HTML, default jobs: ${s(wall)} wall (median of 3), ${(runs[0]!.batchMs / runs[0]!.plans).toFixed(1)} ms a plan  target < 3 s: ${verdict(wall < 3000)}`,
    );
  }

  if (only.includes('pdf')) {
    const r = batch(small, join(tmp, 'out-pdf'), ['--format', 'md,pdf']);
    console.log(
      `290 plans → Markdown and PDF, default jobs (${r.jobs}): ${s(r.wallMs)} wall, ${(r.batchMs / r.plans).toFixed(1)} ms a plan  target < 15 s: ${verdict(r.wallMs < 15_000)}`,
    );
  }

  if (only.includes('jobs')) {
    // In one process V8 compiles hot code and collects garbage on the spare core, so one process already uses more
    // than one core; each worker compiles the same code again. The default number of workers (defaultJobs in
    // run-batch.ts) is chosen from these costs: "ok" when it picked the quicker of the two, or they are within 10%.
    workerChoice(small, join(tmp, 'out-jobs-md'), 'md', '290 plans → Markdown');
    workerChoice(small, join(tmp, 'out-jobs-pdf'), 'md,pdf', '290 plans → Markdown and PDF');
  }

  const large = join(tmp, 'plans-2900');
  if (only.includes('changed') || only.includes('scale')) {
    t = performance.now();
    generatePlans({ dir: large, count: 2900, seed: 2026 });
    console.log(`generated 2,900 plans (290 organisers, 2,610 school units) in ${s(performance.now() - t)}`);
  }

  if (only.includes('changed')) {
    const c290 = fullyCurrent(small, join(tmp, 'out-c290'), 'md');
    console.log(
      `--changed, all 290 outputs current (Markdown): ${s(c290.wallMs)} wall (median of 3)${cpu(c290)}, ${c290.jobs === 1 ? 'no worker' : `${c290.jobs} workers`}  target < 0.5 s: ${verdict(c290.wallMs < 500)}`,
    );
    const c2900 = fullyCurrent(large, join(tmp, 'out-c2900'), 'md');
    console.log(
      `--changed, all 2,900 outputs current (Markdown): ${s(c2900.wallMs)} wall (median of 3)${cpu(c2900)}, ${c2900.jobs === 1 ? 'no worker' : `${c2900.jobs} workers`}  target < 2 s: ${verdict(c2900.wallMs < 2000)}`,
    );
    const pdf = fullyCurrent(small, join(tmp, 'out-cpdf'), 'md,pdf');
    console.log(
      `--changed, all 290 outputs current (Markdown and PDF): ${s(pdf.wallMs)} wall (median of 3)${cpu(pdf)}, ${pdf.jobs === 1 ? 'no worker' : `${pdf.jobs} workers`}`,
    );
  }

  if (only.includes('scale')) {
    const base = batch(small, join(tmp, 'out-s290'), ['--format', 'md']);
    const big = batch(large, join(tmp, 'out-s2900'), ['--format', 'md']);
    const per290 = base.batchMs / base.plans;
    const per2900 = big.batchMs / big.plans;
    const ratio = per2900 / per290;
    console.log(
      `cost a plan (Markdown, start-up excluded): 290 → ${per290.toFixed(2)} ms, 2,900 → ${per2900.toFixed(2)} ms, ratio ${ratio.toFixed(2)}×  target ≤ 1.15×: ${verdict(ratio <= 1.15)}`,
    );
    console.log(`2,900 plans → Markdown: ${s(big.wallMs)} wall, ${big.ok} written`);
    const mb = big.maxRssKb / 1024;
    console.log(`peak memory at 2,900 plans: ${mb.toFixed(0)} MB (290: ${(base.maxRssKb / 1024).toFixed(0)} MB)  target < 300 MB: ${verdict(mb < 300)}`);
    // The default number of workers (one process on two cores); workers have heaps of their own (heapLimits, runner.ts).
    const pdf = batch(large, join(tmp, 'out-s2900-pdf'), ['--format', 'md,pdf']);
    const pdfMb = pdf.maxRssKb / 1024;
    console.log(
      `2,900 plans → Markdown and PDF, default jobs (${pdf.jobs}): ${s(pdf.wallMs)} wall, ${(pdf.batchMs / pdf.plans).toFixed(1)} ms a plan, peak memory ${pdfMb.toFixed(0)} MB  target < 300 MB: ${verdict(pdfMb < 300)}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
