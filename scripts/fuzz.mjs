// The long mutation run: `validate` on many more mutants of the example plans than the test suite's 1,000
// (test/foundation/mutation.test.ts), with a new seed each time unless one is given, so every run tries new ones.
//
//   npm run fuzz [-- <mutants> [<seed>]]        default 20000 mutants, a random seed
//
// A failure names the seed and the mutant's number; `npm run fuzz -- <mutants> <seed>` checks the same ones again.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [count = '20000', seed = String(randomInt(2 ** 31))] = process.argv.slice(2);
if (!/^\d+$/.test(count) || !/^\d+$/.test(seed)) {
  console.error('usage: npm run fuzz -- [<mutants> [<seed>]]');
  process.exit(2);
}
console.log(`fuzz: ${count} mutants, seed ${seed}`);
const r = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/foundation/mutation.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_MUTANTS: count, FUZZ_SEED: seed },
});
if (r.status !== 0) console.error(`fuzz: failures with seed ${seed}; run them again with: npm run fuzz -- ${count} ${seed}`);
process.exit(r.status ?? 1);
