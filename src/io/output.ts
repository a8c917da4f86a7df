// Where command output goes: stdout for `-`, otherwise an atomic file write that respects --force.
import { closeSync, existsSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { Context } from '../context.ts';
import { UserError } from '../errors.ts';
import { outputText } from '../i18n/output.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { writeFailure } from './write-failure.ts';
import { displayPath, statIfExists } from './paths.ts';

interface OutputRule {
  force: boolean;
  /**
   * For generated output (a rendered plan, a report), the extension of its format, e.g. `.md`: an earlier output there
   * is replaced, and anything else (a plan, a note of one's own) only with `force`. Without it, any existing file
   * is replaced only with `force`.
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
  const stat = statIfExists(abs);
  if (!stat) return;
  const shown = displayPath(abs, ctx.cwd);
  const t = outputText[ctx.lang];
  if (stat.isDirectory()) throw new UserError(t.isDirectory(shown), [], t.isDirectoryHint);
  if (rule.force) return;
  if (rule.ext === undefined) throw new UserError(t.exists(shown), [], t.existsHint);
  // Only a regular file can be lost; a device or a pipe is written into.
  if (!stat.isFile()) return;
  // A link counts by its own name and its target's.
  if (!(hasExt(abs, rule.ext) && hasExt(realpathSync(abs), rule.ext))) throw new UserError(t.notGenerated(shown, rule.ext), [], t.notGeneratedHint);
  // A file with the right extension is replaced only when it is an earlier output: a note of one's own called
  // plan.md or report.md is kept.
  if (!carriesMark(abs, rule.ext, stat.size)) throw new UserError(t.notOurs(shown), [], t.notGeneratedHint);
}

/** Our Markdown ends with a footer naming the tool, our PDFs name it as Creator, our JSON starts with schemaVersion, our HTML names it as generator. */
const MARKS: Record<string, { mark: RegExp; at: 'head' | 'tail' }> = {
  // The footer line, not the name anywhere: notes of one's own may well mention skoldigiplan.
  '.md': { mark: /\*(?:Framtagen med|Produced with) skoldigiplan[. ]/, at: 'tail' },
  // The Creator string of the document information, or the XMP metadata's CreatorTool.
  '.pdf': { mark: /\(skoldigiplan \d|<xmp:CreatorTool>skoldigiplan /, at: 'tail' },
  '.json': { mark: /^\{\s*"schemaVersion": \d+/, at: 'head' },
  // The generator named in the head of every HTML document.
  '.html': { mark: /^<!doctype html>\n<html lang="[a-z]+">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="skoldigiplan \d/, at: 'head' },
};

/** Where the mark stands, read first: a batch re-run checks every existing output, and the whole files cost 4–8× more. */
const PEEK = 64 * 1024;

/**
 * Whether a regular file stands at `path` that skoldigiplan did not make: not empty, and without the mark of an
 * output of its format. A missing file, a folder or a device is not. One stat, and a read only of a file that exists.
 */
export function isForeignFile(path: string, ext: string): boolean {
  const stat = statIfExists(path);
  return stat?.isFile() === true && !carriesMark(path, ext, stat.size);
}

/** Whether the file of `size` bytes is empty or carries the mark of a skoldigiplan output of its format. */
function carriesMark(path: string, ext: string, size: number): boolean {
  const m = MARKS[ext.toLowerCase()];
  if (!m) return true;
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
    const failure = writeFailure(e, abs, ctx.cwd, ctx.lang);
    if (!failure) throw e;
    throw new UserError(failure.message, [], failure.hint);
  }
  return shown;
}
