// Turns the batch arguments (files, folders, glob patterns) into a sorted list of plan files.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { globSync, type FileSystemAdapter } from 'tinyglobby';
import { byCodeUnits } from '../../core/code-units.ts';
import type { Diagnostic } from '../../errors.ts';
import { displayPath } from '../../io/paths.ts';

export interface InputFile {
  /** Absolute path. */
  file: string;
  /** As shown to the user and used to order plans. */
  display: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /**
   * Arguments that name nothing, folders that cannot be read and links to plan files that are not there (errors: a
   * plan may be missing from the run), and folders without plans (warnings).
   */
  problems: { input: string; kind: 'not-found' | 'no-match' | 'empty-folder' | 'unreadable-folder' | 'dangling-link'; code?: string }[];
}

type WalkProblem = 'unreadable-folder' | 'dangling-link';

/** What a folder is searched for: plan files, whatever the case of their extension. */
const PLAN_FILES = '**/*.{yaml,yml}';

/** Glob syntax that makes an argument that names no file a pattern: `*`, `?`, `[abc]` and `{a,b}`. */
const GLOB_SYNTAX = /[*?[\]{}]/;

/**
 * The argument as a tinyglobby pattern. Only the syntax above is special: picomatch would also read `(…)`, `|`, `+(…)`,
 * `@(…)` and a leading `!` (ignore), which are ordinary in file names (`plan (1).yaml`), so they are escaped. On
 * Windows `\` separates folders; elsewhere it takes the special meaning from the character after it.
 */
function globPattern(input: string): string {
  return (process.platform === 'win32' ? input.replace(/\\/g, '/') : input).replace(/[()|+@]|^!/g, '\\$&');
}

/**
 * How the search sees a folder (tinyglobby reads folders through this): a link to a file is that file, a link to a
 * folder is left out (no loops), and so are `node_modules` and the excluded folders (the output). A folder that cannot
 * be read, and a link that points nowhere, are noted: tinyglobby itself passes over both in silence. It reads only
 * folders that its pattern could reach, so an unreadable folder noted here is one that could have held a plan.
 */
function searchFs(
  exclude: ReadonlySet<string>,
  problem: (kind: 'unreadable-folder', dir: string, code?: string) => void,
  dangling: Set<string>,
): FileSystemAdapter {
  const readFolder = (path: string): Dirent[] => {
    const dir = resolve(path);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      // A pattern's folder that is not there is a pattern without matches, said as such.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') problem('unreadable-folder', dir, code);
      throw e;
    }
    const seen: Dirent[] = [];
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !exclude.has(abs)) seen.push(e);
      } else if (e.isSymbolicLink()) {
        let target: 'file' | 'other' | 'missing';
        try {
          const st = statSync(abs);
          target = st.isFile() ? 'file' : 'other';
        } catch {
          target = 'missing';
        }
        // A link that points nowhere is offered as a file, so that the pattern says whether it was wanted.
        if (target === 'missing') dangling.add(abs);
        if (target !== 'other') seen.push(asFile(e));
      } else seen.push(e);
    }
    return seen;
  };
  // tinyglobby asks for `fs.readdirSync` with `{ withFileTypes: true }` only; the overloads of its type cannot be
  // written as one function.
  return { readdirSync: readFolder as unknown as FileSystemAdapter['readdirSync'] };
}

/** A folder entry for a link, seen as the file it points to. */
function asFile(e: Dirent): Dirent {
  return Object.assign(Object.create(e), { isFile: () => true, isSymbolicLink: () => false, isDirectory: () => false });
}

/**
 * Folders are searched recursively for `*.yaml` and `*.yml`; patterns (`plans/**\/*.yaml`) are expanded here (by
 * tinyglobby), so they work in shells that do not expand them (cmd.exe, PowerShell); files named explicitly are taken
 * whatever their extension. Hidden files and folders are found only when named, as in a shell. The same file named
 * twice is processed once.
 */
export function expandInputs(inputs: readonly string[], opts: { cwd: string; exclude?: readonly string[] }): ExpandedInputs {
  const exclude = new Set((opts.exclude ?? []).map((d) => resolve(opts.cwd, d)));
  const found = new Map<string, InputFile>();
  const problems: ExpandedInputs['problems'] = [];
  const add = (abs: string) => {
    if (!found.has(abs)) found.set(abs, { file: abs, display: displayPath(abs, opts.cwd) });
  };
  const walkProblem = (kind: WalkProblem, abs: string, code?: string) => {
    const input = displayPath(abs, opts.cwd);
    if (!problems.some((p) => p.kind === kind && p.input === input)) problems.push({ input, kind, ...(code ? { code } : {}) });
  };
  // Windows and macOS file systems ignore case, and so do their patterns.
  const caseSensitive = process.platform !== 'win32' && process.platform !== 'darwin';
  /** Searches with a pattern; a search that gave no file and no problem of its own is said to be empty or unmatched. */
  const search = (input: string, pattern: string, cwd: string, caseSensitiveMatch: boolean, none: 'empty-folder' | 'no-match') => {
    const before = problems.length;
    const dangling = new Set<string>();
    const paths = globSync(pattern, {
      cwd,
      absolute: true,
      dot: false,
      expandDirectories: false,
      followSymbolicLinks: false,
      caseSensitiveMatch,
      fs: searchFs(exclude, walkProblem, dangling),
    });
    let count = 0;
    for (const p of paths) {
      const abs = resolve(p);
      count++;
      if (!dangling.has(abs)) add(abs);
      // A hidden link is an editor's lock file (Emacs keeps `.#plan.yaml` while the plan is open), not a plan.
      else if (!basename(abs).startsWith('.')) walkProblem('dangling-link', abs);
    }
    if (count === 0 && problems.length === before) problems.push({ input, kind: none });
  };
  for (const input of inputs) {
    const abs = resolve(opts.cwd, input);
    let kind: 'file' | 'dir' | undefined;
    try {
      const st = statSync(abs);
      kind = st.isDirectory() ? 'dir' : 'file';
    } catch {
      kind = undefined;
    }
    if (kind === 'file') add(abs);
    else if (kind === 'dir') search(input, PLAN_FILES, abs, false, 'empty-folder');
    else if (GLOB_SYNTAX.test(input)) search(input, globPattern(input), opts.cwd, caseSensitive, 'no-match');
    else problems.push({ input, kind: 'not-found' });
  }
  const files = [...found.values()].sort((a, b) => byCodeUnits(a.display, b.display));
  return { files, problems };
}

export type InputProblem = ExpandedInputs['problems'][number];

/** Input problems as diagnostics; a folder without plans is only a warning. */
export function inputDiagnostics(problems: readonly InputProblem[], text: (p: InputProblem) => { message: string; hint?: string }): Diagnostic[] {
  return problems.map((p) => ({ file: p.input, severity: p.kind === 'empty-folder' ? 'warning' : 'error', code: `input-${p.kind}`, ...text(p) }));
}
