// Entry of the built CLI: hands the real process to main() and sets the exit code.
import { VERSION } from './generated/version.ts';

// Output piped into `head` and the like may close early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

async function run(argv: string[]): Promise<void> {
  const { main } = await import('./cli.ts');
  process.exitCode = await main(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Scripts ask for the version often; answer before loading the command parser.
  process.stdout.write(`${VERSION}\n`);
} else {
  void run(argv);
}
