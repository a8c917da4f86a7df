// A file that could not be written, in the user's words: `kunde inte skriva <fil>: <skäl>` with a hint, never Node's
// text or a temporary file's name. Every command that writes says it this way.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../core/model.ts';
import { outputText } from '../i18n/output.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { displayPath } from './paths.ts';

export interface WriteFailure {
  /** The file, as shown to the user. */
  file: string;
  message: string;
  hint: string;
}

/** Why writing `path` failed; undefined for anything but an I/O error (a bug, which the caller lets through). */
export function writeFailure(e: unknown, path: string, cwd: string, lang: Lang): WriteFailure | undefined {
  const err = e as NodeJS.ErrnoException | undefined;
  if (typeof err?.code !== 'string' || typeof err.syscall !== 'string') return undefined;
  const { reason, hint } = writeProblem(err, path, cwd, lang);
  return { file: displayPath(path, cwd), message: outputText[lang].writeFailed(displayPath(path, cwd), reason), hint };
}

/** Writes `data` to `path` atomically; an I/O failure is returned in the user's words, anything else is thrown. */
export function tryWrite(path: string, data: string | Uint8Array, cwd: string, lang: Lang): WriteFailure | undefined {
  try {
    writeFileAtomic(path, data);
    return undefined;
  } catch (e) {
    const failure = writeFailure(e, path, cwd, lang);
    if (!failure) throw e;
    return failure;
  }
}

/**
 * Why writing `path` (or creating a folder on the way to it) failed, in the user's words: Node's own text is English and
 * names the temporary file, which the user never asked for.
 */
export function writeProblem(e: unknown, path: string, cwd: string, lang: Lang, what: 'file' | 'folder' = 'file'): { reason: string; hint: string } {
  const t = outputText[lang].problem;
  let code = (e as NodeJS.ErrnoException | undefined)?.code;
  // Renaming a file over a folder is EISDIR on Linux and macOS but EPERM or EACCES on Windows: look before saying
  // that permission is missing. A folder that was to be written in is no such case.
  if ((code === 'EPERM' || code === 'EACCES') && what === 'file' && isDirectory(path)) code = 'EISDIR';
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR': {
      const file = fileInPath(path);
      return { reason: file ? t.fileInPath(displayPath(file, cwd)) : t.fileInPathUnknown, hint: t.fileInPathHint };
    }
    case 'EISDIR':
      return { reason: t.isDirectory, hint: t.isDirectoryHint };
    case 'EACCES':
    case 'EPERM':
      return { reason: t.noPermission, hint: t.noPermissionHint };
    case 'EROFS':
      return { reason: t.readOnly, hint: t.readOnlyHint };
    case 'ENOSPC':
    case 'EDQUOT':
      return { reason: t.diskFull, hint: t.diskFullHint };
    case 'ENOENT':
      return { reason: t.cannotCreate, hint: t.cannotCreateHint };
    case 'ENAMETOOLONG':
      return { reason: t.nameTooLong, hint: t.nameTooLongHint };
    default:
      // The system's code, never its English text (which names a temporary file the user never asked for).
      return { reason: t.other(String(code)), hint: t.otherHint };
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest folder on the way to `path` that exists but is a file, if one does. */
export function fileInPath(path: string): string | undefined {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(dir)) return statSync(dir).isDirectory() ? undefined : dir;
    if (dirname(dir) === dir) return undefined;
  }
}
