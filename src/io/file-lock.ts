// A lock on one file, shared by every skoldigiplan process that rewrites it: a folder `<file>.lock` beside it, made
// with mkdir (atomic on local disks and on network shares alike), holding who took it. A lock whose process has died
// on this machine, or that is older than any rewrite takes, is taken over, so a crash never blocks the file for good.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { untilDone } from './interrupt.ts';
import { processRunning } from './process-running.ts';

/** How long a second writer waits for the lock before it gives up. */
export const LOCK_WAIT_MS = 2000;
/** A lock older than this is left from a process that can no longer be asked (another machine, or a hung one). */
export const LOCK_STALE_MS = 30_000;

export interface LockOwner {
  pid: number;
  host: string;
  /** When the lock was taken (ISO 8601). */
  time: string;
  /** Tells this lock from a later one of the same process. */
  nonce: string;
}

export interface HeldLock {
  path: string;
  /** Whether the lock is still this process's own (no other process has taken it over as stale). */
  stillHeld(): boolean;
  release(): void;
}

export type LockAttempt = { ok: true; lock: HeldLock } | { ok: false; owner?: LockOwner };

const OWNER_FILE = 'owner.json';

export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

/**
 * Takes the lock on `file`, waiting up to `waitMs` while another process holds it. The lock is let go by `release`,
 * or by the signal handling if the process is ended first. Errors other than "held" (no permission to write in the
 * folder) are thrown as the system gave them.
 */
export async function acquireLock(file: string, waitMs = LOCK_WAIT_MS, staleMs = LOCK_STALE_MS): Promise<LockAttempt> {
  const path = lockPathFor(file);
  const deadline = Date.now() + waitMs;
  let takenOver = 0;
  for (;;) {
    const lock = tryLock(path);
    if (lock) return { ok: true, lock };
    const held = inspect(path, staleMs);
    if (held.stale && takenOver < 5) {
      takenOver++;
      takeOver(path, held.owner);
      continue;
    }
    if (held.gone) continue;
    if (Date.now() >= deadline) return { ok: false, owner: held.owner };
    // A little more than a rewrite's usual few hundred milliseconds, spread so that waiting writers do not collide.
    await sleep(20 + Math.floor(Math.random() * 60));
  }
}

function tryLock(path: string): HeldLock | undefined {
  try {
    mkdirSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw e;
  }
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    time: new Date().toISOString(),
    nonce: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  };
  try {
    writeFileSync(join(path, OWNER_FILE), JSON.stringify(me));
  } catch (e) {
    rmSync(path, { recursive: true, force: true });
    throw e;
  }
  const stillHeld = () => readOwner(path)?.nonce === me.nonce;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    forget();
    // Only our own: a lock taken over as stale belongs to the process that took it.
    if (stillHeld()) rmSync(path, { recursive: true, force: true });
  };
  const forget = untilDone(release);
  return { path, stillHeld, release };
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const o = JSON.parse(readFileSync(join(path, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    return typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.nonce === 'string' && typeof o.time === 'string' ? (o as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock at `path` is left over: its process is gone from this machine, or it is older than `staleMs`. */
function inspect(path: string, staleMs: number): { stale: boolean; gone: boolean; owner?: LockOwner } {
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    // Let go meanwhile: try again at once.
    return { stale: false, gone: true };
  }
  const owner = readOwner(path);
  if (owner && owner.host === hostname() && !processRunning(owner.pid)) return { stale: true, gone: false, owner };
  // The folder's time is the time its owner file was written: a lock being taken has a fresh one.
  return { stale: Date.now() - mtime > staleMs, gone: false, owner };
}

/**
 * Moves the stale lock aside (a rename: only one of several waiting writers succeeds) and removes it. If what was
 * moved is not the lock judged stale (another writer took it over and locked in the meantime), it is put back.
 */
function takeOver(path: string, judged: LockOwner | undefined): void {
  const aside = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.stale`;
  try {
    renameSync(path, aside);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw e;
  }
  const moved = readOwner(aside);
  if (moved !== undefined && moved.nonce !== judged?.nonce) {
    try {
      renameSync(aside, path);
      return;
    } catch {
      // A third writer has locked meanwhile; the one moved aside finds its lock gone before it writes.
    }
  }
  rmSync(aside, { recursive: true, force: true });
}
