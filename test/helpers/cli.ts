// Runs the built CLI (dist/) as a user would, with pipes, and returns what it printed and its exit code.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/skoldigiplan.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string>; timeout?: number } = {}): CliResult {
  const spawnOpts: SpawnSyncOptions = {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', TZ: 'UTC', ...opts.env },
    encoding: 'utf8',
    timeout: opts.timeout ?? 60_000,
  };
  const r = spawnSync(process.execPath, [BIN, ...args], spawnOpts);
  return { code: r.status ?? -1, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** A fresh temporary folder, optionally seeded with files from the repository; removed by the returned cleanup. */
export function tempDir(seed: string[] = []): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'skoldigiplan-test-'));
  for (const s of seed) cpSync(join(ROOT, s), join(dir, s.split('/').pop()!), { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A temporary folder for the running test (seeded as `tempDir` seeds), removed when the test ends. */
export function testDir(seed: string[] = []): string {
  const t = tempDir(seed);
  onTestFinished(t.cleanup);
  return t.dir;
}

/** A command's --help on one line (wrapping undone), to look for a phrase wherever the terminal width broke it. */
export function helpText(command: string, lang: 'sv' | 'en' = 'sv'): string {
  return runCli([command, '--help', '--lang', lang]).stdout.replace(/\s+/g, ' ');
}
