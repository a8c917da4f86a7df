// `npm run bench`: bundles each bench/*.bench.ts with rolldown and runs it in its own process, one after another.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const out = join(root, '.tmp/bench');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  await build({
    input: join(root, 'bench', f),
    platform: 'node',
    external: [/^node:/, 'pdfkit', 'piscina', /^pdfkit\//, 'rolldown'],
    // yaml as the CLI bundles it (scripts/build.mjs): its ESM build, which reads no environment variable per token.
    resolve: { alias: { yaml: join(root, 'node_modules/yaml/browser/index.js') } },
    logLevel: 'warn',
    // pdfkit as the CLI loads it: the bundle beside the CLI (see scripts/bundle-pdfkit.mjs).
    output: { file: join(out, f.replace('.ts', '.mjs')), format: 'esm', paths: { pdfkit: join(root, 'dist/pdfkit.js') } },
  });
  console.log(`\n## ${f.replace('.bench.ts', '')}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(out, f.replace('.ts', '.mjs'))], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SKOLDIGIPLAN_ROOT: root },
  });
  if (r.status !== 0) failed++;
}
if (failed) {
  console.error(`${failed} benchmark(s) failed`);
  process.exitCode = 1;
}
