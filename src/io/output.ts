// Where command output goes: stdout for `-`, otherwise an atomic file write that respects --force.
import { closeSync, existsSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import type { Context } from '../context.ts';
import type { Lang } from '../core/model.ts';
import { UserError } from '../errors.ts';
import { outputText } from '../i18n/output.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { displayPath } from './paths.ts';

export interface OutputRule {
  force: boolean;
  /** Generated output (a rendered plan, a report) is rewritten freely; anything else only with `force`. */
  generated: boolean;
  /**
   * The extension of the generated format, e.g. `.md`: an existing file with another extension (a plan, a note) is not
   * this output, so it is replaced only with `force`.
   */
  ext?: string;
}

/**
 * Whether `-o` means "into this folder": it ends in a separator (the folder is made when missing) or names an existing
 * folder. The file in it is then named as the command names its output without `-o`.
 */
export function namesFolder(cwd: string, output: string | undefined): boolean {
  if (output === undefined || output === '-') return false;
  if (output.endsWith('/') || output.endsWith(sep)) return true;
  try {
    return statSync(resolve(cwd, output)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `-o report` → `report.md`: a file named without an extension gets the format's, so that the next run finds its own
 * output there and replaces it. A name with an extension is kept as given, and so is an existing device or pipe
 * (`/dev/stdout`), which is written into.
 */
export function withFormatExt(cwd: string, output: string, ext: string): string {
  if (output === '-' || extname(output) !== '') return output;
  try {
    if (!statSync(resolve(cwd, output)).isFile()) return output;
  } catch {
    // Not there yet: the usual case.
  }
  return output + ext;
}

/**
 * Throws when `target` may not be written: it is a folder, or an existing file that the rule does not let go.
 * Callers that write several files check them all first, so that a refusal leaves none of them changed.
 */
export function checkOutput(ctx: Context, target: string, rule: OutputRule): void {
  if (target === '-') return;
  const abs = resolve(ctx.cwd, target);
  if (!existsSync(abs)) return;
  const shown = displayPath(abs, ctx.cwd);
  const t = outputText[ctx.lang];
  const stat = statSync(abs);
  if (stat.isDirectory()) throw new UserError(t.isDirectory(shown), [], t.isDirectoryHint);
  if (rule.force) return;
  if (!rule.generated) throw new UserError(t.exists(shown), [], t.existsHint);
  // Only a regular file can be lost; a device or a pipe is written into. A link counts by its own name and its target's.
  if (rule.ext !== undefined && stat.isFile() && !(hasExt(abs, rule.ext) && hasExt(realpathSync(abs), rule.ext))) {
    throw new UserError(t.notGenerated(shown, rule.ext), [], t.notGeneratedHint);
  }
  // A file with the right extension is replaced only when it is an earlier output: a note of one's own called
  // plan.md or report.md is kept.
  if (rule.ext !== undefined && stat.isFile() && !madeBySkoldigiplan(abs, rule.ext)) throw new UserError(t.notOurs(shown), [], t.notGeneratedHint);
}

/** Our Markdown ends with a footer naming the tool, our PDFs name it as Creator, our JSON starts with schemaVersion. */
const MARKS: Record<string, { mark: RegExp; at: 'head' | 'tail' }> = {
  // The footer line, not the name anywhere: notes of one's own may well mention skoldigiplan.
  '.md': { mark: /\*(?:Framtagen med|Produced with) skoldigiplan[. ]/, at: 'tail' },
  // The Creator string of the document information, or the XMP metadata's CreatorTool.
  '.pdf': { mark: /\(skoldigiplan \d|<xmp:CreatorTool>skoldigiplan /, at: 'tail' },
  '.json': { mark: /^\{\s*"schemaVersion": \d+/, at: 'head' },
};

/** Where the mark stands, read first: a batch re-run checks every existing output, and the whole files cost 4–8× more. */
const PEEK = 64 * 1024;

/** Whether the file is empty or carries the mark of a skoldigiplan output of its format; read only when it exists. */
export function madeBySkoldigiplan(path: string, ext: string): boolean {
  const m = MARKS[ext.toLowerCase()];
  if (!m) return true;
  const size = statSync(path).size;
  if (size === 0) return true;
  // Our outputs are at most a few megabytes; a larger file is not one of them.
  if (size > 20 * 1024 * 1024) return false;
  if (size > PEEK) {
    const part = Buffer.alloc(PEEK);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, part, 0, PEEK, m.at === 'head' ? 0 : size - PEEK);
    } finally {
      closeSync(fd);
    }
    const found = m.mark.test(part.toString('latin1'));
    // JSON's mark is at the start or nowhere; a PDF whose metadata stands further from the end is read whole.
    if (found || m.at === 'head') return found;
  }
  return m.mark.test(readFileSync(path).toString('latin1'));
}

function hasExt(path: string, ext: string): boolean {
  return extname(path).toLowerCase() === ext.toLowerCase();
}

/**
 * Writes `data` to `target` (or stdout for `-`) and returns the path shown to the user, or undefined for stdout.
 * What may be replaced is settled by `checkOutput`, which the caller runs first (before rendering, for all targets).
 */
export function writeOutput(ctx: Context, target: string, data: string | Uint8Array): string | undefined {
  if (target === '-') {
    ctx.stdout.write(data);
    return undefined;
  }
  let abs = resolve(ctx.cwd, target);
  const shown = displayPath(abs, ctx.cwd);
  let special = false;
  if (existsSync(abs)) {
    // A link is followed, so the file it points to is written and the link stays; a device or pipe is written into,
    // never replaced by a rename.
    if (lstatSync(abs).isSymbolicLink()) abs = realpathSync(abs);
    special = !statSync(abs).isFile();
  }
  try {
    if (special) writeFileSync(abs, data);
    else writeFileAtomic(abs, data, { mkdir: true });
  } catch (e) {
    const why = writeProblem(e, abs, ctx.cwd, ctx.lang);
    throw new UserError(outputText[ctx.lang].writeFailed(shown, why.reason), [], why.hint);
  }
  return shown;
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
      return { reason: t.other(typeof code === 'string' ? code : e instanceof Error ? e.message : String(e)), hint: t.otherHint };
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
