// Writes a file atomically: a temporary file in the same folder, then a rename, so a reader never sees half a file.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

export function writeFileAtomic(path: string, data: string | Uint8Array, opts: { mkdir?: boolean; fsync?: boolean } = {}): void {
  const dir = dirname(path);
  if (opts.mkdir) makeFolders(dir);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
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

/** Removes what an interrupted run of this process left half-written in a folder (its own temporary files only). */
export function removeTemporaryFiles(dir: string, pid = process.pid): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const mine = new RegExp(`^\\..+\\.${pid}\\.\\d+\\.tmp$`);
  for (const n of names) {
    if (mine.test(n)) {
      rmSync(join(dir, n), { force: true });
      removed++;
    }
  }
  return removed;
}
