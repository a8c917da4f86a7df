// --changed over an output folder that is already current: nothing is written, no worker is started, and the
// overview still counts every plan as it is now, also when a plan was edited without its time stamp moving on.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const EXAMPLES = ['storstad', 'landsbygd', 'fristaende'];

function plans(dir: string): void {
  mkdirSync(join(dir, 'plans'));
  for (const e of EXAMPLES) copyFileSync(join(ROOT, 'examples', `${e}.yaml`), join(dir, 'plans', `${e}.yaml`));
}

/** Every file in `out` with its modification time. */
function times(out: string): Record<string, number> {
  return Object.fromEntries(readdirSync(out).map((f) => [f, statSync(join(out, f)).mtimeMs]));
}

const summary = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);

function batch(dir: string, out: string, extra: string[]) {
  return runMain(['batch', 'plans', '--out', out, '--json', '--date', '2026-11-28', ...extra], { cwd: dir });
}

describe('batch --changed with every output current', () => {
  it('writes nothing, says every plan was skipped, and starts no worker even with --jobs 2', async () => {
    const dir = testDir();
    plans(dir);
    const out = join(dir, 'out');
    const first = await batch(dir, out, ['--format', 'md,pdf', '--jobs', '2']);
    expect(first.code, first.stderr).toBe(0);
    expect(summary(first.stdout)).toMatchObject({ ok: 3, skipped: 0, jobs: 2 });
    // A time stamp of their own, newer than the plans and the catalogue, so that a file written again would show it.
    const past = new Date(statSync(join(ROOT, 'dist/catalogue/nationell.json')).mtimeMs + 1000);
    for (const f of readdirSync(out)) utimesSync(join(out, f), past, past);
    for (const p of EXAMPLES) utimesSync(join(dir, 'plans', `${p}.yaml`), new Date('2026-11-01T10:00:00Z'), new Date('2026-11-01T10:00:00Z'));
    const before = times(out);

    const again = await batch(dir, out, ['--format', 'md,pdf', '--jobs', '2', '--changed']);
    expect(again.code, again.stderr).toBe(0);
    expect(times(out)).toEqual(before);
    expect(again.stderr).toContain('Klart: 3 av 3 planer finns i out (0 filer skrivna).');
    expect(again.stderr).toContain('3 planer var oförändrade och hoppades över (--changed).');
    expect(again.stderr).toContain('Sammanställningen är oförändrad.');
    const lines = again.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'plan').map((l) => [l.file, l.status])).toEqual([
      ['plans/fristaende.yaml', 'skipped'],
      ['plans/landsbygd.yaml', 'skipped'],
      ['plans/storstad.yaml', 'skipped'],
    ]);
    // The work was all done already: the run stayed in this process.
    expect(summary(again.stdout)).toMatchObject({ plans: 3, ok: 0, skipped: 3, failed: 0, jobs: 1 });
  }, 120_000);

  it('counts a plan as it is now in the overview, when it was edited and its time stamp put back', async () => {
    const dir = testDir();
    plans(dir);
    const out = join(dir, 'out');
    expect((await batch(dir, out, [])).code).toBe(0);
    const plan = join(dir, 'plans', 'landsbygd.yaml');
    const { mtime } = statSync(plan);
    const text = readFileSync(plan, 'utf8');
    const edited = text.replace(/name: Exempelby kommun/, 'name: Nyby kommun');
    expect(edited).not.toBe(text);
    writeFileSync(plan, edited);
    // Its outputs still look newer than it: only its bytes tell that it changed.
    utimesSync(plan, mtime, mtime);

    const again = await batch(dir, out, ['--changed']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('Sammanställningen är oförändrad.');
    const overview = readFileSync(join(out, 'overview.md'), 'utf8');
    expect(overview).toContain('Nyby kommun');
    expect(overview).not.toContain('Exempelby kommun');
    // The same overview as a run into a new folder makes.
    expect((await batch(dir, join(dir, 'fresh'), [])).code).toBe(0);
    for (const f of ['overview.md', 'overview.csv']) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(dir, 'fresh', f), 'utf8'));
  }, 120_000);

  it('makes the overview again when a plan is gone, though every remaining output is current', async () => {
    const dir = testDir();
    plans(dir);
    const out = join(dir, 'out');
    expect((await batch(dir, out, [])).code).toBe(0);
    rmSync(join(dir, 'plans', 'storstad.yaml'));
    const again = await batch(dir, out, ['--changed']);
    expect(again.code, again.stderr).toBe(0);
    expect(summary(again.stdout)).toMatchObject({ plans: 2, skipped: 2 });
    expect(again.stderr).toContain('Sammanställning: out/overview.md');
    expect((await batch(dir, join(dir, 'fresh'), [])).code).toBe(0);
    for (const f of ['overview.md', 'overview.csv']) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(dir, 'fresh', f), 'utf8'));
  }, 120_000);
});
