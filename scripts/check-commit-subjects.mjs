// `npm run lint`: every commit subject since the rule was adopted is at most 72 characters (details go in the body).
// Earlier history is left as it is: rewriting published commits would break every clone.
import { spawnSync } from 'node:child_process';

const SINCE = '5efda02bda7fc7758043d96be96cad0cc8471328'; // the last commit before the rule was checked
const LIMIT = 72;

const git = (...args) => spawnSync('git', args, { encoding: 'utf8' });
if (git('rev-parse', '--is-inside-work-tree').status !== 0 || git('cat-file', '-e', `${SINCE}^{commit}`).status !== 0) {
  console.log('commit subjects: no git history here, not checked');
  process.exit(0);
}
const log = git('log', '--format=%h%x00%s', `${SINCE}..HEAD`);
if (log.status !== 0) {
  console.error(log.stderr.trim());
  process.exit(1);
}
const long = log.stdout
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\0'))
  .filter(([, subject]) => [...subject].length > LIMIT);
for (const [hash, subject] of long) console.error(`${hash}: subject of ${[...subject].length} characters (at most ${LIMIT}): ${subject}`);
process.exit(long.length ? 1 : 0);
