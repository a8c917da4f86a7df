// Runs the command line in this process through `main` and a Context, as the binary would, and returns what it printed.
import { main } from '../../src/cli.ts';
import { ROOT, type CliResult } from './cli.ts';

export interface MainOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** "Today" for the run; commands with --date take that instead. */
  now?: Date;
}

export async function runMain(args: string[], opts: MainOptions = {}): Promise<CliResult & { bytes: Uint8Array[] }> {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const code = await main(args, {
    cwd: opts.cwd ?? ROOT,
    env: { TZ: 'UTC', NO_COLOR: '1', ...opts.env },
    stdin: process.stdin,
    stdout: {
      write: (s: string | Uint8Array) => {
        if (typeof s === 'string') stdout += s;
        else bytes.push(s);
        return true;
      },
    },
    stderr: {
      write: (s: string | Uint8Array) => {
        stderr += String(s);
        return true;
      },
    },
    now: () => opts.now ?? new Date('2026-12-07T12:00:00Z'),
  });
  return { code, stdout, stderr, bytes };
}
