// Where command output goes: stdout for `-`, otherwise an atomic file write that respects --force.
import { existsSync, lstatSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../context.ts';
import { UserError } from '../errors.ts';
import { outputText } from '../i18n/output.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { displayPath } from './paths.ts';

/**
 * Writes `data` to `target` (or stdout for `-`) and returns the path shown to the user, or undefined for stdout.
 * Generated files (rendered plans) are rewritten freely; user files are only replaced with `force`.
 */
export function writeOutput(ctx: Context, target: string, data: string | Uint8Array, opts: { force: boolean; generated: boolean }): string | undefined {
  if (target === '-') {
    ctx.stdout.write(data);
    return undefined;
  }
  let abs = resolve(ctx.cwd, target);
  const shown = displayPath(abs, ctx.cwd);
  const t = outputText[ctx.lang];
  let special = false;
  if (existsSync(abs)) {
    if (statSync(abs).isDirectory()) throw new UserError(t.isDirectory(shown), [], t.isDirectoryHint);
    if (!opts.generated && !opts.force) throw new UserError(t.exists(shown), [], t.existsHint);
    // A link is followed, so the file it points to is written and the link stays; a device or pipe is written into,
    // never replaced by a rename.
    if (lstatSync(abs).isSymbolicLink()) abs = realpathSync(abs);
    special = !statSync(abs).isFile();
  }
  try {
    if (special) writeFileSync(abs, data);
    else writeFileAtomic(abs, data, { mkdir: true });
  } catch (e) {
    throw new UserError(t.writeFailed(shown, (e as Error).message));
  }
  return shown;
}
