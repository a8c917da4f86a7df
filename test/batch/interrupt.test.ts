// Ctrl-C during a batch: exit 130, no half-written files left in --out, and no overview.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.ts';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, 'plans'));
  for (let i = 0; i < 40; i++) copyFileSync(join(ROOT, 'examples', ['storstad', 'landsbygd', 'fristaende'][i % 3]! + '.yaml'), join(dir, 'plans', `p${String(i).padStart(2, '0')}.yaml`));
});
afterAll(() => cleanup());

describe('batch interrupted', () => {
  it.each([['1'], ['2']])('with --jobs %s', async (jobs) => {
    const out = join(dir, `out-${jobs}`);
    const child = spawn(process.execPath, [BIN, 'batch', 'plans', '--out', out, '--format', 'md,pdf', '--json', '--jobs', jobs, '--date', '2026-11-28'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let sent = false;
    // Interrupt once the first plan is reported done, so work is certainly under way.
    child.stdout.on('data', () => {
      if (!sent) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(sent).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toMatch(/Avbrutet efter \d+ av 40 planer/);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).not.toContain('overview.md');
    expect(files.length).toBeGreaterThan(0);
  }, 120_000);
});
