// One batch at a time writes into a --out folder: a lock file there says which run is writing. A second run waits a
// little for it, then stops; a lock left by a run that was killed (its process is gone) is taken over.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { processRunning } from '../../io/process-running.ts';

export const LOCK_NAME = '.skoldigiplan-batch.lock';

interface LockContent {
  pid: number;
  host: string;
  started: string;
  token: string;
}

type OutLock = { ok: true; release: () => void } | { ok: false; holder?: { pid: number; started: string; host: string } };

/** Whether the run that wrote `lock` has ended: its process is gone (checked only on this machine). */
function isStale(lock: LockContent | undefined): boolean {
  if (!lock) return false;
  if (lock.host !== hostname()) return false;
  return !processRunning(lock.pid);
}

/** A lock file that holds no lock some seconds after it was made: its run was killed while writing it. */
function unreadableAndOld(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > 10_000;
  } catch {
    return false;
  }
}

function readLock(path: string): LockContent | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    return typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string' ? (v as LockContent) : undefined;
  } catch {
    // Missing (just released), or being written this instant: neither is a run that has ended.
    return undefined;
  }
}

/**
 * Takes the lock on `outDir`, waiting up to `waitMs` for another run to end. A lock whose process is gone is taken
 * over. Other errors (a folder that may not be written) are thrown: the run would fail on them anyway.
 */
export async function lockOutFolder(outDir: string, waitMs = 3000, now: () => Date = () => new Date()): Promise<OutLock> {
  const path = join(outDir, LOCK_NAME);
  const mine: LockContent = { pid: process.pid, host: hostname(), started: now().toISOString(), token: randomUUID() };
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx', 0o644);
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      fd = undefined;
      return {
        ok: true,
        // Removes the lock only while it is still this run's.
        release: () => {
          if (readLock(path)?.token === mine.token) rmSync(path, { force: true });
        },
      };
    } catch (e) {
      if (fd !== undefined) closeSync(fd);
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readLock(path);
    if (isStale(holder) || (!holder && unreadableAndOld(path))) {
      // Only the stale lock read is removed: a run that took it over in the meantime keeps its own.
      if (readLock(path)?.token === holder?.token) rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) return { ok: false, holder: holder && { pid: holder.pid, started: holder.started, host: holder.host } };
    await sleep(100);
  }
}
