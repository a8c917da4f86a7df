// Ctrl-C and SIGTERM reach a batch through its Context, so a run in this process can be interrupted as a user would.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { Signals } from '../../src/context.ts';
import type { InterruptSignal } from '../../src/io/interrupt.ts';
import { ROOT, testDir } from '../helpers/cli.ts';

/** Signals a test sends itself: `send` calls what the command registered, as the process's handler would. */
function testSignals(): Signals & { send(signal: InterruptSignal): void; pending: number } {
  let handler: ((signal: InterruptSignal) => void) | undefined;
  const cleanups = new Set<() => void>();
  return {
    onInterrupt(h) {
      handler = h;
      return () => {
        if (handler === h) handler = undefined;
      };
    },
    untilDone(c) {
      cleanups.add(c);
      return () => cleanups.delete(c);
    },
    send(signal) {
      handler?.(signal);
    },
    get pending() {
      return cleanups.size;
    },
  };
}

describe('batch interrupted in process', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s after the first plan: exit %d, no overview, no temporary file, a summary that says so',
    async (signal, exit) => {
      const dir = testDir();
      mkdirSync(join(dir, 'plans'));
      for (let i = 0; i < 12; i++)
        copyFileSync(
          join(ROOT, 'examples', `${['storstad', 'landsbygd', 'fristaende'][i % 3]!}.yaml`),
          join(dir, 'plans', `p${String(i).padStart(2, '0')}.yaml`),
        );
      const signals = testSignals();
      let stdout = '';
      let stderr = '';
      const code = await main(['batch', 'plans', '--out', 'out', '--json', '--jobs', '1', '--date', '2026-11-28'], {
        cwd: dir,
        env: { TZ: 'UTC', NO_COLOR: '1' },
        stdin: process.stdin,
        stdout: {
          write: (s: string | Uint8Array) => {
            stdout += String(s);
            // Once the first plan is reported done, as a user pressing Ctrl-C while the run is under way.
            if (String(s).includes('"type":"plan"')) signals.send(signal);
            return true;
          },
        },
        stderr: {
          write: (s: string | Uint8Array) => {
            stderr += String(s);
            return true;
          },
        },
        now: () => new Date('2026-12-07T12:00:00Z'),
        signals,
      });
      expect(code).toBe(exit);
      expect(stderr).toMatch(/Avbrutet efter \d+ av 12 planer/);
      const last = JSON.parse(stdout.trim().split('\n').at(-1)!);
      expect(last).toMatchObject({ type: 'summary', aborted: true, outputs: [], errors: [{ code: 'interrupted' }] });
      const files = readdirSync(join(dir, 'out'));
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(files).not.toContain('overview.md');
      expect(files.filter((f) => f.endsWith('.md')).length).toBeGreaterThan(0);
      expect(files.filter((f) => f.endsWith('.md')).length).toBeLessThan(12);
      // What the run left to undo on a second signal is forgotten once it has ended.
      expect(signals.pending).toBe(0);
    },
    60_000,
  );
});
