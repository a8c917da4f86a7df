// The folder in --out of the commands that write many files (batch, import): it may be missing, never a file.
import { accessSync, constants, existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../core/model.ts';
import { UsageError, UserError } from '../errors.ts';
import { ioText } from '../i18n/io.ts';
import { outputText } from '../i18n/output.ts';
import { makeFolders } from './atomic-write.ts';
import { fileInPath, writeProblem } from './output.ts';
import { displayPath } from './paths.ts';

/**
 * The absolute folder; a usage error when `out` names an existing file. A folder that cannot be made or written in
 * (a file on the way to it, no permission, a read-only disk) is said before any work, in the user's words.
 */
export function outFolder(cwd: string, out: string, lang: Lang): string {
  const dir = resolve(cwd, out);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(ioText[lang].outIsFile(out), ioText[lang].outIsFileHint);
  const t = outputText[lang];
  const file = fileInPath(dir);
  if (file) {
    throw new UserError(t.folderFailed(out, t.problem.fileInPath(displayPath(file, cwd))), [], t.problem.fileInPathHint);
  }
  // An existing folder must take new files; a missing one must be possible to make, which only trying shows (the
  // first missing level is made and removed again: the command makes the folder itself once it has work for it).
  let first = dir;
  while (!existsSync(dirname(first)) && dirname(first) !== first) first = dirname(first);
  try {
    if (existsSync(dir)) accessSync(dir, constants.W_OK);
    else {
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
