// Reads an input file (a plan, a catalogue, an answers file) only when it is a regular file, and never more than its limit.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { SpecialKind } from '../core/special-kind.ts';

export type FileRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'not-found' | 'is-directory' | 'no-access' }
  | { ok: false; reason: 'not-a-file'; kind: SpecialKind }
  /** `size` is what the file holds as far as is known: its stated size, or the bytes read before the limit was passed. */
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'unreadable'; detail: string };

function specialKind(st: Stats): SpecialKind {
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/**
 * Not blocking: opening a named pipe that nobody writes to would otherwise wait for a writer. Only a file that was a
 * regular file a moment earlier is opened; the flag covers one swapped for a pipe in between. Windows has no such flag.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the regular file at `path`, or why there are none. A folder, a device, a pipe or a socket is refused
 * before it is read; at most `limit` + 1 bytes are read whatever the file says its size is, so a file that grows while
 * it is read is refused too. Never throws for a problem with the file.
 */
export function readInputFile(path: string, limit: number): FileRead {
  let fd: number | undefined;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, reason: 'is-directory' };
    if (!st.isFile()) return { ok: false, reason: 'not-a-file', kind: specialKind(st) };
    if (st.size > limit) return { ok: false, reason: 'too-large', size: st.size };
    // A file that may be listed but not read (no read permission) fails here, not at stat.
    fd = openSync(path, OPEN_FLAGS);
    const opened = fstatSync(fd);
    if (!opened.isFile()) return opened.isDirectory() ? { ok: false, reason: 'is-directory' } : { ok: false, reason: 'not-a-file', kind: specialKind(opened) };
    // Room for the stated size and one byte more, which shows whether the file has grown past it.
    let grown = Buffer.allocUnsafe(Math.min(limit, Math.max(opened.size, 64 * 1024)) + 1);
    let length = 0;
    for (;;) {
      if (length === grown.length) {
        if (length > limit) break;
        const next = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2));
        grown.copy(next, 0, 0, length);
        grown = next;
      }
      const n = readSync(fd, grown, length, grown.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { ok: false, reason: 'too-large', size: length };
    return { ok: true, bytes: grown.subarray(0, length) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // ENOTDIR: a file stands where the path has a folder (`plan.yaml/x.yaml`), so there is no such file.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'not-found' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'no-access' };
    if (code === 'EISDIR') return { ok: false, reason: 'is-directory' };
    // The system's error code, not Node's English text (which names the path again).
    return { ok: false, reason: 'unreadable', detail: code ?? String((e as Error).message) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
