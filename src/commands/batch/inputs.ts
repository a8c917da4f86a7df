// Turns the batch arguments (files, folders, glob patterns) into a sorted list of plan files.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { byCodeUnits } from '../../core/code-units.ts';
import type { Diagnostic } from '../../errors.ts';
import { displayPath } from '../../io/paths.ts';
import { globToRegExp, isGlob, splitGlob } from './glob.ts';

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

const PLAN_FILE = /\.ya?ml$/i;

/** Folders never searched: hidden ones (.git), dependencies and the output folder itself. */
function skipDir(name: string, abs: string, exclude: ReadonlySet<string>): boolean {
  return name.startsWith('.') || name === 'node_modules' || exclude.has(abs);
}

interface Walk {
  exclude: ReadonlySet<string>;
  /** Whether a file's path is wanted. */
  matches: (path: string) => boolean;
  /** Whether a folder could hold a wanted file (a pattern without `**` reaches only so deep). */
  reaches: (dir: string) => boolean;
  /** Takes a file found; returns 1, to be counted. */
  found: (file: string) => 1;
  problem: (kind: WalkProblem, path: string, code?: string) => void;
}

/**
 * Every file below `dir` whose path `matches`, recursively; symbolic links to folders are not followed (no loops). A
 * folder that cannot be read and could hold a wanted file, and a wanted link that points nowhere, go to `problem`.
 * Returns how many files were found.
 */
function walk(dir: string, w: Walk): number {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    // A pattern's folder that is not there is a pattern without matches, said as such.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && w.reaches(dir)) w.problem('unreadable-folder', dir, code);
    return 0;
  }
  let found = 0;
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipDir(e.name, abs, w.exclude)) found += walk(abs, w);
    } else if (!w.matches(abs)) continue;
    else if (e.isFile()) found += w.found(abs);
    else if (e.isSymbolicLink()) {
      let target: Stats | undefined;
      try {
        target = statSync(abs);
      } catch {
        // A hidden link is an editor's lock file (Emacs keeps `.#plan.yaml` while the plan is open), not a plan.
        if (!e.name.startsWith('.')) w.problem('dangling-link', abs);
      }
      if (target?.isFile()) found += w.found(abs);
    }
  }
  return found;
}

/**
 * Folders are searched recursively for `*.yaml` and `*.yml`; patterns (`plans/**\/*.yaml`) are expanded here,
 * so they work in shells that do not expand them (cmd.exe, PowerShell); files named explicitly are taken
 * whatever their extension. The same file named twice is processed once.
 */
export function expandInputs(inputs: readonly string[], opts: { cwd: string; exclude?: readonly string[] }): ExpandedInputs {
  const exclude = new Set((opts.exclude ?? []).map((d) => resolve(opts.cwd, d)));
  const found = new Map<string, InputFile>();
  const problems: ExpandedInputs['problems'] = [];
  const add = (abs: string): 1 => {
    if (!found.has(abs)) found.set(abs, { file: abs, display: displayPath(abs, opts.cwd) });
    return 1;
  };
  const walkProblem = (kind: WalkProblem, abs: string, code?: string) => {
    const input = displayPath(abs, opts.cwd);
    if (!problems.some((p) => p.kind === kind && p.input === input)) problems.push({ input, kind, ...(code ? { code } : {}) });
  };
  /** Walks an argument's folder; one that gave no file and no problem of its own is said to be empty or unmatched. */
  const search = (input: string, dir: string, matches: Walk['matches'], reaches: Walk['reaches'], none: 'empty-folder' | 'no-match') => {
    const before = problems.length;
    if (walk(dir, { exclude, matches, reaches, found: add, problem: walkProblem }) === 0 && problems.length === before) problems.push({ input, kind: none });
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
    else if (kind === 'dir') search(input, abs, (f) => PLAN_FILE.test(f), () => true, 'empty-folder');
    else if (isGlob(input)) {
      const { base, depth } = splitGlob(input);
      const from = resolve(opts.cwd, base);
      const pattern = globToRegExp(toSlash(resolve(opts.cwd, input)), { ignoreCase: process.platform === 'win32' || process.platform === 'darwin' });
      search(input, from, (f) => pattern.test(toSlash(f)), (dir) => relative(from, dir).split(sep).filter(Boolean).length <= depth, 'no-match');
    } else problems.push({ input, kind: 'not-found' });
  }
  const files = [...found.values()].sort((a, b) => byCodeUnits(a.display, b.display));
  return { files, problems };
}

function toSlash(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

export type InputProblem = ExpandedInputs['problems'][number];

/** Input problems as diagnostics; a folder without plans is only a warning. */
export function inputDiagnostics(problems: readonly InputProblem[], text: (p: InputProblem) => { message: string; hint?: string }): Diagnostic[] {
  return problems.map((p) => ({ file: p.input, severity: p.kind === 'empty-folder' ? 'warning' : 'error', code: `input-${p.kind}`, ...text(p) }));
}
