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
  for (let i = 0; i < 40; i++)
    copyFileSync(join(ROOT, 'examples', `${['storstad', 'landsbygd', 'fristaende'][i % 3]!}.yaml`), join(dir, 'plans', `p${String(i).padStart(2, '0')}.yaml`));
});
afterAll(() => cleanup());

describe('batch interrupted', () => {
  it.each([['1'], ['2']])(
    'with --jobs %s',
    async (jobs) => {
      const out = join(dir, `out-${jobs}`);
      const child = spawn(process.execPath, [BIN, 'batch', 'plans', '--out', out, '--format', 'md,pdf', '--json', '--jobs', jobs, '--date', '2026-11-28'], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.on('data', (d) => (stdout += d));
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
      // The plans the workers had in hand when they were ended are neither done nor broken.
      expect(stderr).not.toMatch(/internt fel|Terminating|\n\s+at /);
      // --json ends with a summary that says the run was cut short.
      const last = JSON.parse(stdout.trim().split('\n').at(-1)!);
      expect(last).toMatchObject({
        type: 'summary',
        aborted: true,
        outputs: [],
        errors: [{ code: 'interrupted', message: expect.stringMatching(/^Avbrutet efter \d+ av 40 planer/) }],
      });
      const files = readdirSync(out);
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(files).not.toContain('overview.md');
      expect(files.length).toBeGreaterThan(0);
    },
    120_000,
  );

  it.each([150, 400, 700])(
    'with --jobs 2, at %i ms, wherever that falls (start, checking, rendering): exit 130, no internal error, no files left half-written',
    async (ms) => {
      const out = join(dir, `out-at-${ms}`);
      const child = spawn(process.execPath, [BIN, 'batch', 'plans', '--out', out, '--format', 'md,pdf', '--jobs', '2', '--date', '2026-11-28'], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGINT'), ms);
      const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('close', (c, s) => r([c, s])));
      clearTimeout(timer);
      // Before the command has set up its handler, the signal ends the process as any program; after it, the run stops itself.
      if (signal === null) {
        // 40 plans to Markdown and PDF take longer than 700 ms, so the run never simply finishes first.
        expect(code, stderr).toBe(130);
        expect(stderr).toMatch(/Avbrutet efter \d+ av 40 planer/);
      } else expect(signal).toBe('SIGINT');
      expect(stderr).not.toMatch(/internt fel|Terminating|\n\s+at /);
      let files: string[] = [];
      try {
        files = readdirSync(out);
      } catch {
        // Interrupted before --out was made.
      }
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
    120_000,
  );
});
