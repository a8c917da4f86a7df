// Two batches writing into one --out at once would each record the other's files as their own, and a later --changed
// run would trust them: a batch holds a lock on its --out while it writes, and a lock left by a killed run is taken over.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { LOCK_NAME, lockOutFolder } from '../../src/commands/batch/out-lock.ts';
import { testDir } from '../helpers/cli.ts';

async function batch(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['batch', ...args], {
    cwd: dir,
    env: {},
    stdin: process.stdin,
    stdout: { write: (s: string | Uint8Array) => out.push(String(s)) },
    stderr: { write: (s: string | Uint8Array) => err.push(String(s)) },
    now: () => new Date('2026-11-29T12:00:00Z'),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('a batch into a folder another run is writing in', () => {
  it('waits, then says another run is writing there, exits 1 and writes nothing', async () => {
    const dir = testDir(['examples/landsbygd.yaml']);
    mkdirSync(join(dir, 'ut'));
    const other = await lockOutFolder(join(dir, 'ut'));
    expect(other.ok).toBe(true);
    const r = await batch(dir, ['landsbygd.yaml', '--out', 'ut']);
    expect(r.stderr).toMatch(
      new RegExp(`fel: en annan körning skriver redan i ut \\(process ${process.pid} på .+, startad \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\)`),
    );
    expect(r.stderr).toContain(
      `tips: vänta tills den körningen är klar och kör sedan igen, eller välj en annan mapp med --out; pågår ingen annan körning, ta bort ${join('ut', LOCK_NAME)}`,
    );
    expect(r.code).toBe(1);
    expect(readdirSync(join(dir, 'ut'))).toEqual([LOCK_NAME]);
    if (other.ok) other.release();
    // Once the other run has ended, the folder is free.
    expect((await batch(dir, ['landsbygd.yaml', '--out', 'ut'])).code).toBe(0);
    expect(existsSync(join(dir, 'ut', LOCK_NAME))).toBe(false);
  }, 30_000);

  it('under --json, the summary line says so too', async () => {
    const dir = testDir(['examples/landsbygd.yaml']);
    mkdirSync(join(dir, 'ut'));
    const other = await lockOutFolder(join(dir, 'ut'));
    const r = await batch(dir, ['landsbygd.yaml', '--out', 'ut', '--json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(summary.errors[0].message).toMatch(/^another run is already writing in ut \(process \d+/);
    if (other.ok) other.release();
  }, 30_000);
});

describe('a lock left by a run that was killed', () => {
  it('is taken over: its process is gone, so the batch runs and removes the lock when it ends', async () => {
    const dir = testDir(['examples/landsbygd.yaml']);
    mkdirSync(join(dir, 'ut'));
    // The process id of a process that has ended.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(dir, 'ut', LOCK_NAME), JSON.stringify({ pid: gone, host: hostname(), started: '2026-11-29T11:00:00.000Z', token: 'killed' }));
    const r = await batch(dir, ['landsbygd.yaml', '--out', 'ut']);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'ut'))).not.toContain(LOCK_NAME);
    expect(readdirSync(join(dir, 'ut'))).toContain('overview.md');
  }, 30_000);
});
