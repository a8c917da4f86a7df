// Runs the command line in this process through `main` and a Context, as the binary would, and returns what it printed.
import { Readable } from 'node:stream';
import { main } from '../../src/cli.ts';
import { ROOT, type CliResult } from './cli.ts';

export interface MainOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** "Today" for the run; commands with --date take that instead. */
  now?: Date;
  /** What the command reads on stdin (a pipe, not a terminal); empty unless given, as for `runCli`. */
  input?: string;
}

export async function runMain(args: string[], opts: MainOptions = {}): Promise<CliResult & { bytes: Uint8Array[] }> {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const code = await main(args, {
    cwd: opts.cwd ?? ROOT,
    env: { TZ: 'UTC', NO_COLOR: '1', ...opts.env },
    stdin: Readable.from(opts.input ? [Buffer.from(opts.input)] : []),
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

/** A command's --help on one line (wrapping undone), run in this process; as `helpText` in cli.ts, without a process. */
export async function runHelp(command: string, lang: 'sv' | 'en' = 'sv'): Promise<string> {
  return (await runMain([command, '--help', '--lang', lang])).stdout.replace(/\s+/g, ' ');
}
