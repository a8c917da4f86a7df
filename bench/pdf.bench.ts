// PDF rendering time: each example plan in a warm process, and the first PDF of a fresh process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport } from '../src/core/report.ts';
import type { PlanReport } from '../src/core/model.ts';
import { loadValidPlan } from '../src/io/load-plan.ts';
import { renderPlanPdf } from '../src/render/pdf/index.ts';
import { loadDefaults, synthesisePlans } from './generate-plans.ts';

const root = process.env.SKOLDIGIPLAN_ROOT ?? process.cwd();
const EXAMPLES = ['storstad', 'landsbygd', 'fristaende'];
const WARM_RUNS = 30;
const COLD_RUNS = 7;
/** Generated plans, each rendered once, after as many others to warm up: as a batch renders them. */
const VARIED = 40;

function report(name: string): PlanReport {
  const loaded = loadValidPlan(join(root, 'examples', `${name}.yaml`), { cwd: root, lang: 'sv' });
  return buildReport(loaded.plan, loaded.catalogue, { referenceDate: loaded.plan.assessment.date });
}

function creationDate(r: PlanReport): Date {
  return new Date(`${r.plan.assessment.date}T00:00:00Z`);
}

function stats(xs: number[]): { median: number; p90: number; min: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p90: s[Math.floor(s.length * 0.9)]!, min: s[0]! };
}

if (process.argv[2] === '--cold') {
  // A fresh process: load the plan, build the report, write one PDF; times count from process start.
  const r = report(process.argv[3]!);
  const before = performance.now();
  const bytes = await renderPlanPdf(r, { lang: 'sv', profile: 'ua', creationDate: creationDate(r) });
  const done = performance.now();
  console.log(JSON.stringify({ render: done - before, total: done, bytes: bytes.length }));
} else {
  const reports = EXAMPLES.map((name) => ({ name, r: report(name) }));
  // Warm up: every example in both profiles, a few times.
  for (let i = 0; i < 3; i++) {
    for (const { r } of reports) {
      await renderPlanPdf(r, { lang: 'sv', profile: 'ua', creationDate: creationDate(r) });
      await renderPlanPdf(r, { lang: 'sv', profile: 'archive', creationDate: creationDate(r) });
    }
  }
  console.log(`warm process, time per PDF over ${WARM_RUNS} runs (target: under 80 ms, charts included):`);
  for (const { name, r } of reports) {
    for (const profile of ['ua', 'archive'] as const) {
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < WARM_RUNS; i++) {
        const t = performance.now();
        const bytes = await renderPlanPdf(r, { lang: 'sv', profile, creationDate: creationDate(r) });
        times.push(performance.now() - t);
        size = bytes.length;
      }
      const s = stats(times);
      console.log(
        `  ${`${name} (${profile})`.padEnd(24)} median ${s.median.toFixed(1).padStart(6)} ms  p90 ${s.p90.toFixed(1).padStart(6)} ms  min ${s.min.toFixed(1).padStart(6)} ms  ${(size / 1024).toFixed(0)} KB`,
      );
    }
  }

  // The process keeps what it has laid out (words, wrapped texts), so a plan rendered again is
  // faster than a new one. A batch renders each plan once; these are the figures for that.
  const { catalogue, municipalities } = loadDefaults();
  const varied = [...synthesisePlans({ count: 2 * VARIED, seed: 6, catalogue, municipalities })].map(({ plan }) =>
    buildReport(plan, catalogue, { referenceDate: plan.assessment.date }),
  );
  for (const r of varied.slice(0, VARIED)) await renderPlanPdf(r, { lang: 'sv', profile: 'ua', creationDate: creationDate(r) });
  const once: number[] = [];
  for (const r of varied.slice(VARIED)) {
    const t = performance.now();
    await renderPlanPdf(r, { lang: 'sv', profile: 'ua', creationDate: creationDate(r) });
    once.push(performance.now() - t);
  }
  const v = stats(once);
  console.log(
    `  ${`${VARIED} generated plans`.padEnd(24)} median ${v.median.toFixed(1).padStart(6)} ms  p90 ${v.p90.toFixed(1).padStart(6)} ms  min ${v.min.toFixed(1).padStart(6)} ms  (each rendered once, as in a batch)`,
  );

  // For reading the figures: how long an empty node process takes here, and how busy the machine is.
  const empty: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    empty.push(performance.now() - t);
  }
  console.log(`\nfirst PDF of a fresh node process, median of ${COLD_RUNS} runs (target: under 0.6 s):`);
  console.log(`  (node -e 0 takes ${stats(empty).median.toFixed(0)} ms here; load average ${loadavg()[0]!.toFixed(1)})`);
  for (const name of EXAMPLES) {
    const wall: number[] = [];
    const total: number[] = [];
    const render: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const t = performance.now();
      const child = spawnSync(process.execPath, [process.argv[1]!, '--cold', name], { cwd: root, encoding: 'utf8', env: process.env });
      wall.push(performance.now() - t);
      if (child.status !== 0) throw new Error(`cold run of ${name} failed: ${child.stderr}`);
      const out = JSON.parse(child.stdout) as { render: number; total: number };
      total.push(out.total);
      render.push(out.render);
    }
    console.log(
      `  ${name.padEnd(24)} process ${stats(wall).median.toFixed(0).padStart(5)} ms  ` +
        `first PDF done at ${stats(total).median.toFixed(0).padStart(5)} ms  (of which rendering ${stats(render).median.toFixed(0)} ms)`,
    );
  }

  // As a user runs it: the built CLI (with its code cache), the whole process from start to exit.
  const out = mkdtempSync(join(tmpdir(), 'skoldigiplan-pdf-bench-'));
  try {
    console.log(`
skoldigiplan render <plan> --format pdf, whole process, median of ${COLD_RUNS} runs (target: under 0.6 s):`);
    for (const name of EXAMPLES) {
      const wall: number[] = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        const t = performance.now();
        const child = spawnSync(
          process.execPath,
          [join(root, 'bin/skoldigiplan.js'), 'render', `examples/${name}.yaml`, '--format', 'pdf', '-o', join(out, `${name}.pdf`)],
          { cwd: root, encoding: 'utf8' },
        );
        wall.push(performance.now() - t);
        if (child.status !== 0) throw new Error(`render of ${name} failed: ${child.stderr}`);
      }
      const s = stats(wall);
      console.log(`  ${name.padEnd(24)} median ${s.median.toFixed(0).padStart(5)} ms  min ${s.min.toFixed(0).padStart(5)} ms`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
