// The folder in --out of the commands that write many files (batch, import): it may be missing, never a file.
import { accessSync, constants, mkdirSync, rmdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../core/model.ts';
import { UsageError, UserError } from '../errors.ts';
import { ioText } from '../i18n/io.ts';
import { outputText } from '../i18n/output.ts';
import { makeFolders, missingFolders } from './atomic-write.ts';
import { statIfExists } from './paths.ts';
import { writeProblem } from './write-failure.ts';

/**
 * The absolute folder; a usage error when `out` names an existing file. A folder that cannot be made or written in
 * (a file on the way to it, no permission, a read-only disk) is said before any work, in the user's words.
 */
export function outFolder(cwd: string, out: string, lang: Lang): string {
  const dir = resolve(cwd, out);
  const stat = statIfExists(dir);
  if (stat && !stat.isDirectory()) throw new UsageError(ioText[lang].outIsFile(out), ioText[lang].outIsFileHint);
  // An existing folder must take new files; a missing one must be possible to make, which only trying shows (the
  // first missing level is made and removed again: the command makes the folder itself once it has work for it).
  // A file on the way fails that try, and is named by writeProblem.
  try {
    if (stat) accessSync(dir, constants.W_OK);
    else {
      const first = missingFolders(dir)[0]!;
      mkdirSync(first);
      rmdirSync(first);
    }
  } catch (e) {
    throw folderFailed(e, cwd, out, dir, lang);
  }
  return dir;
}

/** Makes the folder `outFolder` checked, once the command has files to write into it. */
export function makeOutFolder(cwd: string, out: string, dir: string, lang: Lang): void {
  try {
    makeFolders(dir);
  } catch (e) {
    throw folderFailed(e, cwd, out, dir, lang);
  }
}

function folderFailed(e: unknown, cwd: string, out: string, dir: string, lang: Lang): UserError {
  const why = writeProblem(e, dir, cwd, lang, 'folder');
  return new UserError(outputText[lang].folderFailed(out, why.reason), [], why.hint);
}
