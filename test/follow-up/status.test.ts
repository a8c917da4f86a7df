// `skoldigiplan status` end to end: the plan file keeps its comments and layout, and bad input leaves it untouched.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const FIXTURES = 'test/fixtures/follow-up';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup(): string {
  const t = tempDir([`${FIXTURES}/plan-2026.yaml`, `${FIXTURES}/catalogue.yaml`]);
  cleanup = t.cleanup;
  return t.dir;
}

const status = (dir: string, args: string[], env: Record<string, string> = {}) =>
  runMain(['status', 'plan-2026.yaml', ...args, '--catalogue', 'catalogue.yaml'], { cwd: dir, env });

/** A line diff (longest common subsequence): removed lines as `- …`, added lines as `+ …`, in file order. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  return out;
}

describe('status', () => {
  it('changes only the status line and appends log lines, keeping comments and blank lines', async () => {
    const dir = setup();
    const file = join(dir, 'plan-2026.yaml');
    const before = readFileSync(file, 'utf8');
    const r = await status(dir, ['A01', 'klar', '--note', 'Nämnden beslutade planen', '--date', '2027-05-12']);
    expect(r.stderr).toContain('A01: planerad → klar');
    expect(r.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(changedLines(before, after)).toEqual([
      '-     status: planned',
      '+     status: done',
      '+     log:',
      '+       - date: 2027-05-12',
      '+         status: done',
      '+         note: Nämnden beslutade planen',
    ]);
    // Everything else is byte for byte the same: comments, blank lines, flow lists, the comment after A03's status.
    for (const keep of [
      '# Exempelby kommun: bedömning',
      '    # Fokusområde 2',
      'catalogue: { id: nationell, version: 1.0.0 }',
      '    status: in-progress   # upphandlingen är klar',
    ]) {
      expect(after).toContain(keep);
    }
  });

  it('appends to an existing log and keeps the comment on the status line', async () => {
    const dir = setup();
    const file = join(dir, 'plan-2026.yaml');
    const before = readFileSync(file, 'utf8');
    const r = await status(dir, ['A03', 'done'], { SOURCE_DATE_EPOCH: '1812153600' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('A03: pågår → klar');
    expect(changedLines(before, readFileSync(file, 'utf8'))).toEqual([
      '-     status: in-progress   # upphandlingen är klar',
      '+     status: done   # upphandlingen är klar',
      '+       - date: 2027-06-05',
      '+         status: done',
    ]);
  });

  it('refuses an unknown action id with exit 1, lists the ids that exist and leaves the file alone', async () => {
    const dir = setup();
    const file = join(dir, 'plan-2026.yaml');
    const before = readFileSync(file, 'utf8');
    // As a process, as each exit path of status is once.
    const r = runCli(['status', 'plan-2026.yaml', 'A99', 'done', '--catalogue', 'catalogue.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('åtgärden A99 finns inte i planen; åtgärder som finns: A01, A02, A03, A04, A05, A06, A07');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses an invalid status with exit 2 and the allowed values', async () => {
    const dir = setup();
    const r = runCli(['status', 'plan-2026.yaml', 'A01', 'finished', '--catalogue', 'catalogue.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('finished är ingen giltig status; välj en av planned, in-progress, done, postponed, cancelled');
  });

  it('leaves an invalid plan file untouched and shows its problems with line and column', async () => {
    const dir = setup();
    const file = join(dir, 'plan-2026.yaml');
    const broken = readFileSync(file, 'utf8').replace('1.2.b: { current: 2, target: 3 }', '1.2.b: { current: 5, target: 3 }');
    writeFileSync(file, broken);
    const r = await status(dir, ['A01', 'done']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan-2026\.yaml:22:\d+: fel: /);
    expect(r.stderr).toContain('planfilen har fel och ändras inte');
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });

  it('writes a file that validates, and says nothing changed when the status is the same', async () => {
    const dir = setup();
    expect((await status(dir, ['A05', 'postponed', '--date', '2027-06-01'])).code).toBe(0);
    expect((await runMain(['validate', 'plan-2026.yaml', '--catalogue', 'catalogue.yaml'], { cwd: dir })).code).toBe(0);
    const file = join(dir, 'plan-2026.yaml');
    const before = readFileSync(file, 'utf8');
    const again = await status(dir, ['A05', 'uppskjuten']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('A05 har redan status uppskjuten; planfilen är inte ändrad');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('speaks English with --lang en', () => {
    const dir = setup();
    const r = runCli(['status', 'plan-2026.yaml', 'A02', 'in-progress', '--catalogue', 'catalogue.yaml', '--date', '2027-02-01', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('A02: planned → in progress');
  });
});
