// The lock on a plan: taken and let go, refused while held, taken over when left behind, never let go for another.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockPathFor } from '../../src/io/file-lock.ts';
import { testDir } from '../helpers/cli.ts';

const owner = (lock: string) => JSON.parse(readFileSync(join(lock, 'owner.json'), 'utf8')) as { pid: number; host: string; nonce: string };

describe('file lock', () => {
  it('is a folder beside the file naming this process, removed when let go', async () => {
    const file = join(testDir(), 'p.yaml');
    const a = await acquireLock(file);
    expect(a.ok).toBe(true);
    const lock = lockPathFor(file);
    expect(owner(lock)).toMatchObject({ pid: process.pid, host: hostname() });
    if (a.ok) a.lock.release();
    expect(existsSync(lock)).toBe(false);
  });

  it('is refused to a second taker after the wait, which is told who holds it', async () => {
    const file = join(testDir(), 'p.yaml');
    const first = await acquireLock(file);
    const second = await acquireLock(file, 100);
    expect(second).toEqual({ ok: false, owner: expect.objectContaining({ pid: process.pid }) });
    if (first.ok) first.lock.release();
    const third = await acquireLock(file, 100);
    expect(third.ok).toBe(true);
    if (third.ok) third.lock.release();
  });

  it('is taken over when its process has ended, and then belongs to the new taker', async () => {
    const file = join(testDir(), 'p.yaml');
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    const lock = lockPathFor(file);
    mkdirSync(lock);
    writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: dead, host: hostname(), time: new Date().toISOString(), nonce: 'dead' }));
    const a = await acquireLock(file, 0);
    expect(a.ok).toBe(true);
    expect(owner(lock).pid).toBe(process.pid);
    if (a.ok) a.lock.release();
  });

  it('is never let go for another process that has taken it over', async () => {
    const file = join(testDir(), 'p.yaml');
    const a = await acquireLock(file);
    if (!a.ok) throw new Error('not locked');
    const lock = lockPathFor(file);
    // Another process judged the lock stale and took it: the first holder learns that it no longer holds it.
    writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), nonce: 'other' }));
    expect(a.lock.stillHeld()).toBe(false);
    a.lock.release();
    expect(owner(lock).nonce).toBe('other');
  });
});
