// Entry of the built CLI: hands the real process to main() and sets the exit code.
import { main } from './cli.ts';

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
});
process.exitCode = code;
