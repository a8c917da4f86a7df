// Finds files shipped with the package (schemas, data, built catalogues) from source and from the bundle alike.
import { existsSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'schemas'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package root not found');
    dir = up;
  }
  root = dir;
  return dir;
}

export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}

/** The path as a user would type it: relative to cwd when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Whether two paths name one file, through links too; a path that does not exist is taken as it is. */
export function sameFile(a: string, b: string): boolean {
  return real(a) === real(b);
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The file's stat, or undefined when there is none to be had, as `existsSync` sees it (missing, under a file, unreachable). */
export function statIfExists(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
