// SIGTERM, as a service manager or `timeout` sends it, is handled as Ctrl-C: the run stops, leaves no temporary file,
// and exits 143. The processes themselves are what is tested.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, testDir } from '../helpers/cli.ts';

function start(dir: string, args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => (stdout += d));
  const closed = new Promise<[number | null, string | null]>((r) => child.on('close', (c, s) => r([c, s])));
  return { child, closed, out: () => ({ stderr, stdout }) };
}

describe('SIGTERM', () => {
  it('during a batch: exit 143, no temporary file left in --out, no overview', async () => {
    const dir = testDir();
    mkdirSync(join(dir, 'plans'));
    for (let i = 0; i < 40; i++)
      copyFileSync(
        join(ROOT, 'examples', `${['storstad', 'landsbygd', 'fristaende'][i % 3]!}.yaml`),
        join(dir, 'plans', `p${String(i).padStart(2, '0')}.yaml`),
      );
    const run = start(dir, ['batch', 'plans', '--out', 'out', '--format', 'md,pdf', '--json', '--jobs', '2', '--date', '2026-11-28']);
    let sent = false;
    // Terminated once the first plan is reported done, so work is certainly under way.
    run.child.stdout.on('data', () => {
      if (!sent) {
        sent = true;
        run.child.kill('SIGTERM');
      }
    });
    const [code, signal] = await run.closed;
    const { stderr, stdout } = run.out();
    expect(sent).toBe(true);
    expect(signal).toBe(null);
    expect(code, stderr).toBe(143);
    expect(stderr).toMatch(/Avbrutet efter \d+ av 40 planer/);
    expect(stderr).not.toMatch(/internt fel|\n\s+at /);
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toMatchObject({ type: 'summary', aborted: true });
    const files = readdirSync(join(dir, 'out'));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).not.toContain('overview.md');
  }, 120_000);
});
