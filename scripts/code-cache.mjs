// Makes dist/code-cache/<V8 version>/ by running typical commands once with the code cache in write mode (see src/code-cache.ts).
// Each run loads the bytecode saved by the runs before it and saves it again with what it ran itself, so the cache
// ends up covering all of them. Heavy commands go first and start-up commands last, so that bytecode V8 may have
// dropped during a long run is added back by the short ones that need it most.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function warmCodeCache(root) {
  const tmp = mkdtempSync(join(tmpdir(), 'skoldigiplan-cache-'));
  try {
    const broken = join(tmp, 'trasig.yaml');
    writeFileSync(broken, 'schemaVersion: 1\norganisation:\n  name: Prov\n  municipalityCode: 0180\nokand: 1\nassessment: [\n');
    const examples = ['examples/landsbygd.yaml', 'examples/storstad.yaml', 'examples/fristaende.yaml'];
    const runs = [
      ['batch', 'examples', '--out', join(tmp, 'batch'), '--format', 'md,pdf,json', '--jobs', '1', '--quiet'],
      ['render', 'examples/storstad.yaml', '--format', 'md,pdf', '-o', join(tmp, 'plan')],
      ['render', 'examples/storstad.yaml', '--format', 'json', '-o', '-'],
      ['catalogue'],
      ['validate', broken],
      ['validate', ...examples],
      ['render', 'examples/storstad.yaml', '-o', '-'],
      ['validate', '--help'],
      ['--help'],
    ];
    const dist = join(root, 'dist');
    // The CLI as bin/skoldigiplan.js starts it, but with the cache in write mode: a switch users never meet.
    const start = (args) =>
      `require(${JSON.stringify(join(dist, 'code-cache.js'))}).installCodeCache(${JSON.stringify(dist)}, 'write');` +
      `process.argv = [process.argv[0], 'skoldigiplan', ...${JSON.stringify(args)}];` +
      `require(${JSON.stringify(join(dist, 'cli.js'))});`;
    for (const args of runs) {
      const r = spawnSync(process.execPath, ['-e', start(args)], {
        cwd: root,
        // A fixed date, so that the runs, and with them the cache, do not depend on the day of the build.
        env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1796083200' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      if (r.status !== 0 && !(args[0] === 'validate' && args[1] === broken && r.status === 1)) {
        console.warn(`code cache: \`skoldigiplan ${args.join(' ')}\` ended with ${r.status ?? r.signal}; its bytecode is missing from the cache\n${r.stderr}`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const cache = join(root, 'dist/code-cache', process.versions.v8);
  return existsSync(cache) ? readdirSync(cache).length : 0;
}
