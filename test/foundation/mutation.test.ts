// Mutants of the example plans (lines deleted, moved and re-indented, characters and values changed, files cut short)
// through `validate` as a user runs it: never an internal error (exit 70) or a stack trace, and every error with its
// line and column. A fixed seed, so every run checks the same mutants; `npm run fuzz` checks many more with a new seed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
import { mutant } from '../helpers/mutate.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const COUNT = Number(process.env.FUZZ_MUTANTS ?? 1000);
const CHUNK = 100;
const PLANS = ['examples/storstad.yaml', 'examples/landsbygd.yaml', 'examples/fristaende.yaml'].map((f) => readFileSync(join(ROOT, f), 'utf8'));

/** Errors about the file as a whole, which have no line of their own. */
const WHOLE_FILE = new Set(['binary', 'encoding', 'empty', 'too-large', 'too-deep']);

/** Whether a text holds nothing but comments and blank lines (a plan cut short after its first comment lines). */
const onlyComments = (text: string) => text.split('\n').every((l) => l.trim() === '' || l.trimStart().startsWith('#'));

/** What is wrong with a run on a mutant, if anything. */
function problem(text: string, r: { code: number; stdout: string; stderr: string }): string | undefined {
  if (r.code !== 0 && r.code !== 1) return `exit ${r.code}`;
  if (/\n\s+at |internt fel/.test(r.stderr)) return 'a stack trace or an internal error';
  const result = JSON.parse(r.stdout) as {
    valid: boolean;
    files: { diagnostics: { severity: string; code: string; line?: number; col?: number; message: string }[] }[];
  };
  const errors = result.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error');
  const whole = (code: string) => WHOLE_FILE.has(code) || (code === 'not-a-map' && onlyComments(text));
  const unplaced = errors.find((d) => (d.line === undefined || d.col === undefined) && !whole(d.code));
  if (unplaced) return `an error without line:col: ${unplaced.code}: ${unplaced.message}`;
  if ((r.code === 1) !== errors.length > 0) return `exit ${r.code} with ${errors.length} errors`;
  return undefined;
}

describe(`${COUNT} mutants of the example plans (seed ${SEED})`, () => {
  for (let from = 0; from < COUNT; from += CHUNK) {
    const to = Math.min(COUNT, from + CHUNK);
    it(`mutants ${from}–${to - 1}: exit 0 or 1, no stack trace, every error at a line and column`, async () => {
      const dir = testDir();
      const file = join(dir, 'm.yaml');
      const failures: string[] = [];
      for (let n = from; n < to; n++) {
        const m = mutant(PLANS[n % PLANS.length]!, SEED, n);
        writeFileSync(file, m.text);
        const r = await runMain(['validate', '--json', 'm.yaml'], { cwd: dir });
        const p = problem(m.text, r);
        // With the seed and number, FUZZ_SEED=<seed> and the helpers give the same mutant again.
        if (p) failures.push(`mutant ${n} (${m.steps.join(', ')}): ${p}\n${r.stderr.slice(0, 600)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
