// Write errors in the user's words: each system error code becomes a reason and a hint in both languages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesFolder } from '../../src/io/output.ts';
import { writeFailure, writeProblem } from '../../src/io/write-failure.ts';
import { renderTarget } from '../../src/render/outputs.ts';
import { tempDir } from '../helpers/cli.ts';

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'plan.yaml'), '');
});
afterAll(() => cleanup());

const err = (code: string) => Object.assign(new Error(`${code}: raw text, open '/x/.plan.md.1.0.tmp'`), { code });

describe('writeProblem', () => {
  it.each([
    ['EACCES', 'behörighet saknas', 'no permission'],
    ['EPERM', 'behörighet saknas', 'no permission'],
    ['EROFS', 'disken eller mappen är skrivskyddad', 'the place is read-only'],
    ['ENOSPC', 'disken är full', 'the disk is full'],
    ['ENOENT', 'filen eller mappen går inte att skapa där', 'the file or folder cannot be created there'],
    ['ENAMETOOLONG', 'namnet är för långt', 'the name is too long'],
    ['EWHATEVER', 'systemfel EWHATEVER', 'system error EWHATEVER'],
  ])('%s', (code, sv, en) => {
    const s = writeProblem(err(code), join(dir, 'out/plan.md'), dir, 'sv');
    const e = writeProblem(err(code), join(dir, 'out/plan.md'), dir, 'en');
    expect([s.reason, e.reason]).toEqual([sv, en]);
    expect(s.hint.length).toBeGreaterThan(10);
    expect(e.hint.length).toBeGreaterThan(10);
  });

  it('writeFailure words I/O errors only: a bug is handed back to be reported as one', () => {
    expect(writeFailure(err('ENOSPC'), join(dir, 'out/plan.md'), dir, 'sv')).toBeUndefined(); // no syscall: not from the system
    expect(writeFailure(Object.assign(err('ENOSPC'), { syscall: 'write' }), join(dir, 'out/plan.md'), dir, 'sv')).toEqual({
      file: 'out/plan.md',
      message: 'kunde inte skriva out/plan.md: disken är full',
      hint: expect.any(String),
    });
    expect(writeFailure(new TypeError("Cannot read properties of undefined (reading 'x')"), join(dir, 'out/plan.md'), dir, 'sv')).toBeUndefined();
  });

  it.each(['EPERM', 'EACCES', 'EISDIR'])('%s over a folder says a folder is in the way (Windows gives EPERM where Linux gives EISDIR)', (code) => {
    mkdirSync(join(dir, 'in-the-way.md'), { recursive: true });
    expect(writeProblem(err(code), join(dir, 'in-the-way.md'), dir, 'sv')).toEqual({
      reason: 'det är en mapp',
      hint: 'flytta eller byt namn på mappen, så att filen kan skrivas där',
    });
    expect(writeProblem(err(code), join(dir, 'in-the-way.md'), dir, 'en').reason).toBe('it is a folder');
  });

  it.each(['EPERM', 'EACCES'])('%s in a folder that was to be written in (a read-only --out) says permission is missing', (code) => {
    mkdirSync(join(dir, 'read-only'), { recursive: true });
    expect(writeProblem(err(code), join(dir, 'read-only'), dir, 'sv', 'folder').reason).toBe('behörighet saknas');
    expect(writeProblem(err(code), join(dir, 'read-only'), dir, 'en', 'folder').reason).toBe('no permission');
  });

  it.each(['EEXIST', 'ENOTDIR'])('%s names the file that stands where a folder should be', (code) => {
    expect(writeProblem(err(code), join(dir, 'plan.yaml/sub/x.md'), dir, 'sv').reason).toBe('plan.yaml är en fil, inte en mapp');
    expect(writeProblem(err(code), join(dir, 'plan.yaml/x.md'), dir, 'en').reason).toBe('plan.yaml is a file, not a folder');
  });
});

describe('renderTarget', () => {
  const plan = '/p/plan.yaml';
  it.each([
    [undefined, ['md', 'pdf'], false, { base: '/p/plan' }],
    ['-', ['md'], false, { base: '/p/plan', single: '-' }],
    ['x.md', ['md'], false, { base: '/p/plan', single: 'x.md' }],
    ['x.md', ['md', 'json'], false, { base: 'x' }],
    ['out/', ['md', 'json'], true, { base: 'out/plan' }],
    ['out', ['md'], true, { base: 'out/plan' }],
  ] as const)('-o %s with %j (folder: %s)', (output, formats, isFolder, expected) => {
    expect(renderTarget(plan, formats, output, isFolder)).toEqual(expected);
  });
});

describe('namesFolder: when -o means "into this folder"', () => {
  it('a path ending in a separator, or an existing folder, is a folder; a file, a new name, - and no -o are not', () => {
    mkdirSync(join(dir, 'ut'), { recursive: true });
    writeFileSync(join(dir, 'rapport.md'), 'x');
    expect(['ny/', 'ut', 'ut/', 'rapport.md', 'ny', '-', undefined].map((o) => namesFolder(dir, o))).toEqual([true, true, true, false, false, false, false]);
  });
});
