// Time to validate hostile YAML within the size limit: keys that are lists or mappings, deep nesting, long lines of
// stray brackets. Each must take under a second, give at most a few errors per line, and no error longer than a few lines.
import { Chalk } from 'chalk';
import { formatDiagnostic } from '../src/io/report.ts';
import { loadPlan } from '../src/io/load-plan.ts';
import { MAX_YAML_BYTES, parseYamlText } from '../src/io/yaml-file.ts';

const LIMIT_MS = 1000;
const MAX_LINES = 4;
const MAX_CHARS = 600;
const ctx = { lang: 'sv' as const, colour: new Chalk({ level: 0 }) };

/** A fixed sequence of pseudo-random numbers (mulberry32), so each run measures the same texts. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function brackets(length: number, seed: number, alphabet = '[]{},: a'): string {
  const next = random(seed);
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

const nested = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
const cases: [string, string][] = [
  ['[a]: b', 'schemaVersion: 1\n[a]: b\n'],
  ['{x: 1}: y', 'schemaVersion: 1\n{x: 1}: y\n'],
  ['key nested 1,000 levels', `schemaVersion: 1\n${nested(1000)}: x\n`],
  ['10 keys nested 1,000 levels', `schemaVersion: 1\n${Array.from({ length: 10 }, (_, i) => `${nested(1000)}${' '.repeat(i)}: x\n`).join('')}`],
  ['value [{ 225 times, unclosed', `a: ${'[{'.repeat(225)}\n`],
  ['value {[ 225 times, unclosed', `a: ${'{['.repeat(225)}\n`],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed): [string, string] => [
    `900 stray brackets (seed ${seed})`,
    `schemaVersion: 1\norganisation: ${brackets(900, seed)}\n`,
  ]),
  ...[1, 2, 3].map((seed): [string, string] => [`900 brackets only (seed ${seed})`, `a: ${brackets(900, seed, '[]{}')}\n`]),
  [
    '2,000 lines of stray brackets (over the limit for a file)',
    `schemaVersion: 1\n${Array.from({ length: 2000 }, (_, i) => `k${i}: ${brackets(200, i)}`).join('\n')}\n`,
  ],
];
// Under both bracket limits (a line of at most 64, a file of at most 5,000): the most stray brackets a file is parsed with.
const strayLines = (n: number) =>
  Array.from({ length: n }, (_, i) => `k${i}: ${brackets(120, i).slice(0, 120)}`).filter((l) => (l.match(/[[\]{}]/g) ?? []).length <= 64);
cases.push(
  ['one line of brackets, up to the size limit', `a: ${brackets(MAX_YAML_BYTES - 10, 99)}\n`],
  ['lines of stray brackets, under the bracket limits', `schemaVersion: 1\n${strayLines(200).slice(0, 80).join('\n')}\n`],
);

let failed = 0;
console.log('| case | ms | errors | longest error (lines, chars) |');
console.log('| --- | ---: | ---: | --- |');
for (const [name, text] of cases) {
  const start = performance.now();
  const read = parseYamlText(Buffer.from(text), 'plan.yaml', 'sv');
  const load = read.value !== undefined ? loadPlan('plan.yaml', { cwd: process.cwd(), lang: 'sv' }, read) : undefined;
  const diagnostics = load?.diagnostics ?? read.diagnostics;
  const shown = diagnostics.map((d) => formatDiagnostic(d, ctx));
  const ms = performance.now() - start;
  const lines = Math.max(0, ...shown.map((s) => s.split('\n').length));
  const chars = Math.max(0, ...shown.map((s) => s.length));
  const bad = ms > LIMIT_MS || lines > MAX_LINES || chars > MAX_CHARS;
  if (bad) failed++;
  console.log(`| ${name} | ${ms.toFixed(0)} | ${diagnostics.length} | ${lines}, ${chars}${bad ? ' **too much**' : ''} |`);
}
if (failed) {
  console.error(`${failed} case(s) over ${LIMIT_MS} ms, ${MAX_LINES} lines or ${MAX_CHARS} characters`);
  process.exitCode = 1;
}
