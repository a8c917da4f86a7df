// What dist/ is built from, as one hash. The build writes it to dist/build-inputs.txt when it has finished; the test
// setup (test/global-setup.ts) builds again only when the hash of the files as they are now is another.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders and files the build reads: sources (without the generated ones), schemas, data, the build itself, versions. */
const FOLDERS = ['src', 'schemas', 'data', 'scripts'];
const FILES = ['package.json', 'package-lock.json'];
const GENERATED = join('src', 'generated');

export const BUILD_INPUTS_FILE = 'dist/build-inputs.txt';

export function buildInputsHash(root) {
  const files = [...FILES];
  for (const folder of FOLDERS) {
    for (const e of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      const path = join(e.parentPath, e.name).slice(root.length + 1);
      if (e.isFile() && !path.startsWith(GENERATED)) files.push(path);
    }
  }
  const hash = createHash('sha256');
  for (const f of files.sort())
    hash
      .update(`${f}\0`)
      .update(readFileSync(join(root, f)))
      .update('\0');
  return hash.digest('hex');
}
