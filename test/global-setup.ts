// Before any test: builds dist/ (the CLI that the process and terminal tests run) unless it was built from the files
// as they are now, so that `npx vitest` never tests an old build. A failed build stops the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { BUILD_INPUTS_FILE, buildInputsHash } from '../scripts/build-inputs.mjs';
import { ROOT } from './helpers/cli.ts';

function built(): string | undefined {
  try {
    return readFileSync(join(ROOT, BUILD_INPUTS_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}

export default function setup(): void {
  if (built() === buildInputsHash(ROOT)) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the build (node scripts/build.mjs) failed with ${r.status ?? r.signal}; see above`);
}
