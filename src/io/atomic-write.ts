// Writes a file atomically: a temporary file in the same folder, then a rename, so a reader never sees half a file.
import {
  closeSync,
  existsSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processRunning } from './process-running.ts';

let counter = 0;

export interface AtomicWriteOptions {
  mkdir?: boolean;
  fsync?: boolean;
  /**
   * A new file that holds contact details (a plan, a draft) is made readable by its owner only (0600, or stricter where
   * the umask is); other new files get 0644 less the umask. A file that is replaced always keeps its own mode.
   */
  private?: boolean;
}

/**
 * Writes `path` through a temporary file beside it and a rename. The rename replaces the directory entry: a file
 * replaced keeps its mode, and its owner and group where the process may set them (root may; others keep their own).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  const dir = dirname(path);
  if (opts.mkdir) makeFolders(dir);
  const before = regularFile(path);
  const tmp = join(dir, temporaryName(basename(path), process.pid, counter++));
  const fd = openSync(tmp, 'w', opts.private ? 0o600 : 0o644);
  try {
    if (before) keepModeAndOwner(fd, before);
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    if (opts.fsync) fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function regularFile(path: string): Stats | undefined {
  try {
    const st = statSync(path);
    return st.isFile() ? st : undefined;
  } catch {
    return undefined;
  }
}

/** The mode of the file being replaced (fchmod is not narrowed by the umask), and its owner where that is allowed. */
function keepModeAndOwner(fd: number, before: Stats): void {
  fchmodSync(fd, before.mode & 0o7777);
  const now = fstatSync(fd);
  if (now.uid === before.uid && now.gid === before.gid) return;
  try {
    fchownSync(fd, before.uid, before.gid);
  } catch (e) {
    // Only root may give a file away, and a user only to a group of their own: the file is then the writer's.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EINVAL') throw e;
  }
  // A changed owner clears the set-id bits on some systems: set the mode again.
  fchmodSync(fd, before.mode & 0o7777);
}

/**
 * Makes a folder and the missing ones above it, one level at a time. Node's own recursive mkdir never returns where
 * a folder cannot be made in a folder that exists (as in /proc); one level at a time, that fails with the reason.
 */
export function makeFolders(dir: string): void {
  for (const d of missingFolders(dir)) {
    try {
      mkdirSync(d);
    } catch (e) {
      // Made meanwhile by another writer: that is as good.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(d).isDirectory()) throw e;
    }
  }
}

/** The folders on the way to `dir`, `dir` included, that do not exist yet: the outermost first. */
export function missingFolders(dir: string): string[] {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  return missing;
}

/** The name of the temporary file for `name`: hidden, with the writing process and a count (`.plan.md.4711.0.tmp`). */
function temporaryName(name: string, pid: number, n: number): string {
  return `.${name}.${pid}.${n}.tmp`;
}

/** What `temporaryName` gives, and nothing else: the process id is the second number from the end. */
const TEMPORARY_NAME = /^\..+\.(\d+)\.\d+\.tmp$/;

/** Removes what an interrupted run of this process left half-written in a folder (its own temporary files only). */
export function removeTemporaryFiles(dir: string, pid = process.pid): number {
  return removeTemporaries(dir, (_, writer) => writer === pid);
}

/**
 * Removes the temporary files that writers killed before they could clean up (kill -9, a power cut) left in a folder:
 * only names this writer gives, only files last changed before `before` (ms since 1970, the run's start), and only
 * those whose process is no longer running, so that a write still going on is never cut short.
 */
export function removeStaleTemporaryFiles(dir: string, before: number): number {
  return removeTemporaries(dir, (path, writer) => writer !== process.pid && !processRunning(writer) && modifiedBefore(path, before));
}

function removeTemporaries(dir: string, remove: (path: string, writer: number) => boolean): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const n of names) {
    const m = TEMPORARY_NAME.exec(n);
    const path = join(dir, n);
    if (m && remove(path, Number(m[1]))) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return removed;
}

function modifiedBefore(path: string, time: number): boolean {
  try {
    const st = lstatSync(path);
    return st.isFile() && st.mtimeMs < time;
  } catch {
    return false;
  }
}
