// Where render writes: never over a file that is not its own output, into a folder when -o says so, and with write
// errors in the user's words.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const example = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8');
const other = readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8');
const DATE = '2026-11-28';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'plan.yaml'), example);
  writeFileSync(join(dir, 'other.yaml'), other);
});
afterEach(() => cleanup());

const render = (...args: string[]) => runMain(['render', 'plan.yaml', '--date', DATE, ...args], { cwd: dir });
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

describe('render writes over its own output only', () => {
  it('refuses to replace another plan given as -o, and leaves it as it was', async () => {
    const r = await render('-o', 'other.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fel: other.yaml finns redan och är ingen .md-fil, så den skrivs inte över');
    expect(r.stderr).toContain('tips: välj en annan fil med -o eller lägg till --force');
    expect(r.stderr).not.toContain('Skrev');
    expect(read('other.yaml')).toBe(other);
  });

  it('refuses a file with another extension, in English too', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = await runMain(['render', 'plan.yaml', '--format', 'json', '-o', 'notes.txt', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: notes.txt already exists and is not a .json file, so it is not overwritten');
    expect(r.stderr).toContain('hint: choose another file with -o or add --force');
    expect(read('notes.txt')).toBe('mine');
  });

  it('replaces such a file with --force, but never the plan being read', async () => {
    const r = await render('-o', 'other.yaml', '--force');
    expect(r.code).toBe(0);
    expect(read('other.yaml')).toMatch(/^# Handlingsplan/);
    const own = await render('-o', 'plan.yaml', '--force');
    expect(own.code).toBe(2);
    expect(read('plan.yaml')).toBe(example);
  });

  it('rewrites plan.md and plan.pdf beside the plan on every run, and a file of the format named with -o', async () => {
    for (let i = 0; i < 2; i++) expect((await render('--format', 'md,pdf')).code).toBe(0);
    expect(read('plan.md')).toMatch(/^# Handlingsplan/);
    // An earlier output named with -o is replaced; a note of one's own with the same extension is kept.
    expect((await render('-o', 'report.md')).code).toBe(0);
    expect((await render('-o', 'report.md')).code).toBe(0);
    expect(read('report.md')).toMatch(/^# Handlingsplan/);
    writeFileSync(join(dir, 'notes.md'), 'mina anteckningar\n');
    for (const o of ['notes.md', 'notes']) {
      const r = await render('-o', o);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        'fel: notes.md finns redan men är inte gjord av skoldigiplan, så den skrivs inte över\ntips: välj en annan fil med -o eller lägg till --force',
      );
      expect(read('notes.md')).toBe('mina anteckningar\n');
    }
    expect((await render('-o', 'notes.md', '--force')).code).toBe(0);
    expect(read('notes.md')).toMatch(/^# Handlingsplan/);
  });

  it("keeps a PDF or JSON file of one's own, and replaces its own, in English too", async () => {
    writeFileSync(join(dir, 'own.pdf'), "%PDF-1.4 someone else's document");
    writeFileSync(join(dir, 'own.json'), '{ "mine": true }');
    for (const f of ['pdf', 'json']) {
      const r = await render('--format', f, '-o', `own.${f}`, '--lang', 'en');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`error: own.${f} already exists but was not made by skoldigiplan, so it is not overwritten`);
      expect((await render('--format', f, '-o', `made.${f}`)).code).toBe(0);
      expect((await render('--format', f, '-o', `made.${f}`)).code).toBe(0);
    }
    expect(read('own.json')).toBe('{ "mine": true }');
    expect(read('own.pdf')).toBe("%PDF-1.4 someone else's document");
  });
});

describe('render -o into a folder', () => {
  it('puts every format into a folder named with a trailing separator, named after the plan', async () => {
    const r = await render('--format', 'md,json', '-o', 'out/');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Skrev out/plan.md');
    expect(r.stderr).toContain('Skrev out/plan.json');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['plan.json', 'plan.md']);
    expect(existsSync(join(dir, 'out.md'))).toBe(false);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it('makes missing folders for one format, and writes into an existing folder named without a separator', async () => {
    expect((await render('--format', 'json', '-o', 'a/b/')).code).toBe(0);
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['plan.json']);
    mkdirSync(join(dir, 'here'));
    const r = await render('-o', 'here');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Skrev here/plan.md');
    expect(read('here/plan.md')).toMatch(/^# Handlingsplan/);
  });
});

describe('write errors name the path and say what to do', () => {
  it('says that a part of the path is a file', async () => {
    const r = await render('-o', 'other.yaml/x.md');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('fel: kunde inte skriva other.yaml/x.md: other.yaml är en fil, inte en mapp\ntips: välj en sökväg där allt på vägen är mappar\n');
    expect(read('other.yaml')).toBe(other);
  });

  it.runIf(existsSync('/proc/self'))('names the file asked for, never a temporary one, where no file can be made', async () => {
    for (const target of ['/proc/x.md', '/proc/sub/x.md']) {
      const r = await runMain(['render', 'plan.yaml', '-o', target, '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `error: could not write ${target}: the file or folder cannot be created there\nhint: check the path and choose an ordinary folder\n`,
      );
    }
  });

  it('says before any work that a batch --out folder is under a file', async () => {
    const r = await runMain(['batch', 'plan.yaml', '--out', 'other.yaml/sub'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fel: kan inte skriva i mappen other.yaml/sub: other.yaml är en fil, inte en mapp');
    expect(r.stderr).toContain('tips: välj en sökväg där allt på vägen är mappar');
    expect(r.stderr).not.toMatch(/ENOTDIR|EEXIST/);
  });

  it.runIf(existsSync('/proc/self'))('says so, and does not hang, where a batch --out folder cannot be made', async () => {
    const r = await runMain(['batch', 'plan.yaml', '--out', '/proc/sub'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fel: kan inte skriva i mappen /proc/sub: filen eller mappen går inte att skapa där');
  });
});
