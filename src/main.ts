// Entry of the built CLI: hands the real process to main() and sets the exit code.
import { VERSION } from './generated/version.ts';

// Output piped into `head` and the like may close early; that is the reader's choice, not an error. What is left to
// say there is dropped, and the command goes on: a batch still writes every file and its record, and the exit code is
// the command's own (a script with `set -o pipefail` still learns that a plan failed).
function guarded<T extends NodeJS.WriteStream>(stream: T): T {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    // After the first EPIPE the stream is closed, and later writes are refused as written to a closed stream.
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    throw e;
  });
  return stream;
}

// The standard streams are made on first use: creating one costs milliseconds, and most commands never read stdin.
// main() in cli.ts makes stderr at once (whether it is a terminal decides colours); --version never makes it.
let stdout: NodeJS.WriteStream | undefined;
let stderr: NodeJS.WriteStream | undefined;
const base = {
  cwd: process.cwd(),
  env: process.env,
  get stdin() {
    return process.stdin;
  },
  get stdout() {
    stdout ??= guarded(process.stdout);
    return stdout;
  },
  get stderr() {
    stderr ??= guarded(process.stderr);
    return stderr;
  },
  now: () => new Date(),
};

async function run(argv: string[]): Promise<void> {
  const { main } = await import('./cli.ts');
  process.exitCode = await main(argv, base, { signals: true });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Scripts ask for the version often; answer before loading the command parser.
  base.stdout.write(`${VERSION}\n`);
} else {
  void run(argv);
}
