// Issue 21's acceptance check: twenty runs of two `status` commands started at once on different actions of one plan,
// and rounds of ten at once. Each run ends with every change in the file with its log entry, or with a command that
// exited 1 and said so; a change lost after a success fails the benchmark. Prints how the runs ended and how long
// the commands took.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = process.env.SKOLDIGIPLAN_ROOT ?? process.cwd();
const bin = join(root, 'bin/skoldigiplan.js');
const dir = mkdtempSync(join(tmpdir(), 'skoldigiplan-bench-lock-'));
const file = join(dir, 'p.yaml');
const extra = Array.from(
  { length: 7 },
  (_, i) => `  - id: A${String(i + 4).padStart(2, '0')}\n    title: Åtgärd ${i + 4}\n    indicators: [1.3.b]\n    status: planned\n`,
).join('');
const plan = readFileSync(join(root, 'examples/storstad.yaml'), 'utf8') + extra;

function status(id: string): Promise<{ id: string; code: number | null; stderr: string; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'status', 'p.yaml', id, 'cancelled', '--date', '2027-03-01', '--note', `stängd ${id}`], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ id, code, stderr, ms: performance.now() - t0 }));
  });
}

/** One run: the number of changes made and refused; throws on a lost change. */
async function round(ids: string[]): Promise<{ made: number; refused: number; ms: number[] }> {
  writeFileSync(file, plan);
  const outcomes = await Promise.all(ids.map(status));
  const actions = (parse(readFileSync(file, 'utf8')) as { actions: { id: string; status: string; log?: { note?: string }[] }[] }).actions;
  let made = 0;
  for (const o of outcomes) {
    const a = actions.find((x) => x.id === o.id)!;
    const inFile = a.status === 'cancelled' && (a.log ?? []).some((e) => e.note === `stängd ${o.id}`);
    if (o.code === 0 && !inFile) throw new Error(`lost change: ${o.id} said it was made\n${o.stderr}`);
    if (o.code !== 0 && (inFile || !/kör kommandot igen/.test(o.stderr)))
      throw new Error(`${o.id} exited ${o.code} without the message, or its change is there\n${o.stderr}`);
    if (o.code === 0) made++;
  }
  return { made, refused: outcomes.length - made, ms: outcomes.map((o) => o.ms) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  let both = 0;
  let refusedTwo = 0;
  const twoMs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const r = await round(['A01', 'A02']);
    if (r.made === 2) both++;
    refusedTwo += r.refused;
    twoMs.push(...r.ms);
  }
  console.log(
    `two writers, 20 runs: ${both} with both changes, ${refusedTwo} refused with the message, 0 lost; median command ${median(twoMs).toFixed(0)} ms, slowest ${Math.max(...twoMs).toFixed(0)} ms`,
  );
  let made = 0;
  let refused = 0;
  const tenMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await round(Array.from({ length: 10 }, (_, k) => `A${String(k + 1).padStart(2, '0')}`));
    made += r.made;
    refused += r.refused;
    tenMs.push(...r.ms);
  }
  console.log(
    `ten writers, 5 runs: ${made} changes made, ${refused} refused with the message, 0 lost; median command ${median(tenMs).toFixed(0)} ms, slowest ${Math.max(...tenMs).toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
