// Every command that writes a plan over itself (status, assess over an existing plan, and any later one) goes through
// here: the link resolved once, the plan read, changed and written under a lock, the text checked before it is
// written, and a last look that the file is still the one read before the rename puts the new one in its place.
import { existsSync, lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Context } from '../context.ts';
import { UserError } from '../errors.ts';
import { validatePlan } from '../generated/validatePlan.js';
import { planWriteText } from '../i18n/plan-write.ts';
import { makeFolders, writeFileAtomic } from './atomic-write.ts';
import { acquireLock, lockPathFor, type HeldLock } from './file-lock.ts';
import { displayPath } from './paths.ts';
import { checkPlanSize } from './plan-size.ts';
import { printDiagnostics } from './report.ts';
import { schemaDiagnostics } from './schema-errors.ts';
import { writeFailure } from './write-failure.ts';
import { parseYamlText, readYamlFile, type ReadResult } from './yaml-file.ts';

export interface PlanTarget {
  /** The file written: the plan itself, or the file a symbolic link to it points to. */
  file: string;
  /** The plan as the user named it. */
  display: string;
}

export interface RewriteOptions {
  /** The plan may not exist yet (assess): it is then made, readable by its owner only. */
  create?: boolean;
}

/**
 * The new text for the plan, from what it holds now (undefined when it does not exist yet and may be made), or
 * undefined to leave it as it is. Called again if the file turns out to have changed before it is replaced.
 */
export type PlanChange = (current: ReadResult | undefined, target: PlanTarget) => string | undefined;

/** How often a change is made again on a file that another program changed meanwhile, before giving up. */
const ATTEMPTS = 3;

/**
 * Reads, changes and writes the plan at `path` under its lock. Returns whether it was written. Throws UserError when
 * another command holds the lock past a short wait, the text is too large or not a valid plan, the file keeps
 * changing under it, or it cannot be written; the plan is then unchanged.
 */
export async function rewritePlan(
  ctx: Context,
  path: string,
  change: PlanChange,
  opts: RewriteOptions = {},
): Promise<{ target: PlanTarget; written: boolean }> {
  const t = planWriteText[ctx.lang];
  const abs = resolve(ctx.cwd, path);
  const target: PlanTarget = { file: linkTarget(abs), display: displayPath(abs, ctx.cwd) };
  // A plan that is not there and may not be made: no lock is needed to say so.
  if (!opts.create && !existsSync(target.file)) return { target, written: change(readYamlFile(target.file, target.display, ctx.lang), target) !== undefined };
  const lock = await lockPlan(ctx, target, opts);
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const seen = signature(target.file);
      const exists = seen !== undefined;
      const read = exists || !opts.create ? readYamlFile(target.file, target.display, ctx.lang) : undefined;
      const text = change(read, target);
      if (text === undefined) return { target, written: false };
      checkPlanSize(text, target.display, ctx.lang);
      checkReadable(text, target.display, ctx);
      // A program that takes no lock (an editor, a sync client) may have written the file meanwhile: then the change
      // is made again to what it holds now, rather than putting back what it held before.
      if (!unchangedSince(target.file, seen, read)) continue;
      if (!lock.stillHeld()) break;
      const links = exists ? statSync(target.file).nlink : 1;
      try {
        writeFileAtomic(target.file, text, { private: true });
      } catch (e) {
        const failure = writeFailure(e, target.file, ctx.cwd, ctx.lang);
        if (!failure) throw e;
        throw new UserError(failure.message, [], failure.hint);
      }
      if (links > 1)
        printDiagnostics(
          [{ file: target.display, severity: 'warning', code: 'hard-links', message: t.hardLinks(target.display, links - 1), hint: t.hardLinksHint }],
          ctx,
        );
      return { target, written: true };
    }
    throw new UserError(t.changed, [], t.changedHint);
  } finally {
    lock.release();
  }
}

/** The file a symbolic link points to, resolved once, so that the plan is written and the link stays a link. */
export function linkTarget(abs: string): string {
  try {
    if (!lstatSync(abs).isSymbolicLink()) return abs;
  } catch {
    return abs;
  }
  try {
    return realpathSync(abs);
  } catch {
    // A link to a file not made yet: the file is made where the link points.
    return resolve(dirname(abs), readlinkSync(abs));
  }
}

async function lockPlan(ctx: Context, target: PlanTarget, opts: RewriteOptions): Promise<HeldLock> {
  const t = planWriteText[ctx.lang];
  try {
    if (opts.create) makeFolders(dirname(target.file));
    const attempt = await acquireLock(target.file);
    if (attempt.ok) return attempt.lock;
    const o = attempt.owner;
    const who = o ? t.lockedBy(o.pid, o.host, `${o.time.slice(0, 19).replace('T', ' ')} UTC`) : t.lockedUnknown;
    throw new UserError(t.locked(target.display, who), [], t.lockedHint(displayPath(lockPathFor(target.file), ctx.cwd)));
  } catch (e) {
    if (e instanceof UserError) throw e;
    // The lock cannot be made where the plan cannot be written either (no permission, a read-only disk): said so.
    const failure = writeFailure(e, target.file, ctx.cwd, ctx.lang);
    if (!failure) throw e;
    throw new UserError(failure.message, [], failure.hint);
  }
}

/** What is written can be read back: the text parses and fits the plan schema. */
function checkReadable(text: string, display: string, ctx: Context): void {
  const t = planWriteText[ctx.lang];
  const back = parseYamlText(text, display, ctx.lang);
  if (back.value === undefined || !back.source) throw new UserError(t.invalid, back.diagnostics, t.invalidHint);
  if (!validatePlan(back.value))
    throw new UserError(t.invalid, schemaDiagnostics(validatePlan.errors ?? [], back.source, display, ctx.lang, back.value, 'plan'), t.invalidHint);
}

/** What tells one version of a file from the next without reading it; undefined when there is no file. */
function signature(file: string): string | undefined {
  try {
    const st = statSync(file, { bigint: true });
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether the file is the one read: the same file, size and times as before the read (or still none), and, when its
 * text was read, the same bytes (a file system with coarse times could otherwise hide a quick change of equal size).
 */
function unchangedSince(file: string, seen: string | undefined, read: ReadResult | undefined): boolean {
  if (signature(file) !== seen) return false;
  if (seen === undefined || !read?.source) return true;
  const before = Buffer.from((read.source.bom ? '\uFEFF' : '') + read.source.text, 'utf8');
  try {
    return readFileSync(file).equals(before);
  } catch {
    return false;
  }
}
