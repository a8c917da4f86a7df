// Cold start-up of the built CLI as ratios to `node -e 0`, and how fast bad input is refused.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.env.SKOLDIGIPLAN_ROOT ?? process.cwd();
const bin = join(root, 'bin/skoldigiplan.js');
const RUNS = 25;

function time(args: string[], cwd = root): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null) throw new Error(`${args.join(' ')} did not finish`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// Interleave the runs so that load on the machine hits every command alike.
const cases: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['skoldigiplan --version', [bin, '--version']],
  ['skoldigiplan --help', [bin, '--help']],
  ['skoldigiplan validate examples/storstad.yaml', [bin, 'validate', 'examples/storstad.yaml']],
  ['skoldigiplan render examples/storstad.yaml -o -', [bin, 'render', 'examples/storstad.yaml', '-o', '-', '--date', '2026-11-28']],
];
const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
for (let i = 0; i < RUNS; i++) for (const [name, args] of cases) samples.get(name)!.push(time(args));
const base = median(samples.get('node -e 0')!);
console.log(`cold start, median of ${RUNS} runs each (ratio to node -e 0):`);
for (const [name] of cases) {
  const m = median(samples.get(name)!);
  console.log(`  ${name.padEnd(50)} ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}×`);
}
console.log('  targets: --version ≤ 1.30×, validate ≤ 1.60×');

// Bad input: each is refused with one line, before any parsing of what it cannot be.
const dir = mkdtempSync(join(tmpdir(), 'skoldigiplan-bench-'));
try {
  writeFileSync(join(dir, 'empty.yaml'), '');
  writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'big.yaml'), '');
  truncateSync(join(dir, 'big.yaml'), 50 * 1024 * 1024);
  writeFileSync(
    join(dir, 'bomb.yaml'),
    'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
  );
  writeFileSync(join(dir, 'list.yaml'), '- a\n- b\n');
  const bad: [string, string][] = [
    ['empty file', 'empty.yaml'],
    ['binary file', 'binary.yaml'],
    ['50 MB file', 'big.yaml'],
    ['YAML alias bomb', 'bomb.yaml'],
    ['list instead of a map', 'list.yaml'],
    ['missing file', 'missing.yaml'],
    ['directory', '.'],
  ];
  console.log('\nbad input refused (median of 5 runs; target under 1000 ms each):');
  for (const [name, file] of bad) {
    const ms = median(Array.from({ length: 5 }, () => time([bin, 'validate', file], dir)));
    console.log(`  ${name.padEnd(24)} ${ms.toFixed(1).padStart(7)} ms`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
