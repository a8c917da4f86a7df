// Which plan files the batch arguments (files, folders, glob patterns) name, found in real folders.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/commands/batch/inputs.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

/** A folder holding the given files (each with a line of YAML). */
function tree(files: readonly string[], dir = testDir()): string {
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x: 1\n');
  }
  return dir;
}

const found = (inputs: string[], cwd: string) => expandInputs(inputs, { cwd }).files.map((f) => f.display);

describe('a glob pattern', () => {
  const files = [
    'plans/a.yaml',
    'plans/b.yaml',
    'plans/c.yaml',
    'plans/ab.yaml',
    'plans/a.yml',
    'plans/a.json',
    'plans/sub/a.yaml',
    'plans/x/y/a.yaml',
    'plans/x/y/a.txt',
    'plans/a+b (1).yaml',
    'plansXa.yaml',
    '!plan (1)|+@.yaml',
  ];
  it.each([
    ['plans/*.yaml', ['plans/a+b (1).yaml', 'plans/a.yaml', 'plans/ab.yaml', 'plans/b.yaml', 'plans/c.yaml']],
    ['plans/**/*.yaml', ['plans/a+b (1).yaml', 'plans/a.yaml', 'plans/ab.yaml', 'plans/b.yaml', 'plans/c.yaml', 'plans/sub/a.yaml', 'plans/x/y/a.yaml']],
    ['plans/x/**', ['plans/x/y/a.txt', 'plans/x/y/a.yaml']],
    ['plans/?.yaml', ['plans/a.yaml', 'plans/b.yaml', 'plans/c.yaml']],
    ['plans/[ab].yaml', ['plans/a.yaml', 'plans/b.yaml']],
    ['plans/[!ab].yaml', ['plans/c.yaml']],
    ['plans/a.{yaml,yml}', ['plans/a.yaml', 'plans/a.yml']],
    ['plans/a+b (1).y?ml', ['plans/a+b (1).yaml']],
    ['./plans/?.yaml', ['plans/a.yaml', 'plans/b.yaml', 'plans/c.yaml']],
    ['*.yaml', ['!plan (1)|+@.yaml', 'plansXa.yaml']],
    ['!plan (1)|+@.y?ml', ['!plan (1)|+@.yaml']],
  ])('%s finds %j', (pattern, expected) => {
    expect(found([pattern], tree(files))).toEqual(expected);
  });

  it('given as an absolute path finds the same files', () => {
    const dir = tree(files);
    expect(found([join(dir, 'plans/[ab].yaml')], dir)).toEqual(['plans/a.yaml', 'plans/b.yaml']);
  });

  it('that matches nothing is said to, once, and an argument without glob syntax that names nothing is not found', () => {
    const dir = tree(files);
    expect(expandInputs(['plans/*.csv', 'plans/d.yaml', 'inget/*.yaml'], { cwd: dir }).problems).toEqual([
      { input: 'plans/*.csv', kind: 'no-match' },
      { input: 'plans/d.yaml', kind: 'not-found' },
      { input: 'inget/*.yaml', kind: 'no-match' },
    ]);
  });

  it('finds the files when the working folder has glob syntax and spaces in its name', () => {
    const cwd = join(testDir(), 'g[1] x*');
    tree(['plans/a.yaml', 'plans/b.yaml', 'plans/sub/c.yaml'], cwd);
    expect(found(['plans/*.yaml'], cwd)).toEqual(['plans/a.yaml', 'plans/b.yaml']);
    expect(found(['plans/**/*.yaml'], cwd)).toEqual(['plans/a.yaml', 'plans/b.yaml', 'plans/sub/c.yaml']);
    expect(found(['./*/?.yaml'], join(cwd, '..'))).toEqual([]);
    expect(found(['*/plans/a.yaml'], join(cwd, '..'))).toEqual(['g[1] x*/plans/a.yaml']);
  });
});

describe('a folder', () => {
  it('is searched for .yaml and .yml files in any case, but not hidden ones (macOS leaves ._a.yaml beside a copied plan), nor hidden folders, node_modules or the output folder', () => {
    const dir = tree([
      'plans/a.yaml',
      'plans/B.YML',
      'plans/c.txt',
      'plans/sub/d.yaml',
      'plans/._a.yaml',
      'plans/.git/e.yaml',
      'plans/node_modules/f.yaml',
      'plans/ut/g.yaml',
    ]);
    expect(expandInputs(['plans'], { cwd: dir, exclude: ['plans/ut'] })).toEqual({
      files: [
        { file: join(dir, 'plans/B.YML'), display: 'plans/B.YML' },
        { file: join(dir, 'plans/a.yaml'), display: 'plans/a.yaml' },
        { file: join(dir, 'plans/sub/d.yaml'), display: 'plans/sub/d.yaml' },
      ],
      problems: [],
    });
  });

  it('takes a link to a plan by the link’s name, does not follow a link to a folder, and names a link to nothing', () => {
    const dir = tree(['elsewhere/a.yaml', 'elsewhere/deep/b.yaml', 'plans/c.yaml']);
    symlinkSync(join(dir, 'elsewhere/a.yaml'), join(dir, 'plans/a-link.yaml'));
    symlinkSync(join(dir, 'elsewhere/deep'), join(dir, 'plans/deep-link'));
    symlinkSync(join(dir, 'plans'), join(dir, 'plans/loop'));
    symlinkSync(join(dir, 'moved.yaml'), join(dir, 'plans/gone.yaml'));
    // An editor's lock file (Emacs keeps .#plan.yaml as a link to nothing while the plan is open) is no plan at all.
    symlinkSync('karin@dator.4711:1700000000', join(dir, 'plans/.#c.yaml'));
    for (const input of ['plans', 'plans/**/*.yaml']) {
      const r = expandInputs([input], { cwd: dir });
      expect(r.files.map((f) => f.display)).toEqual(['plans/a-link.yaml', 'plans/c.yaml']);
      expect(r.problems).toEqual([{ input: 'plans/gone.yaml', kind: 'dangling-link' }]);
    }
    // A link to nothing that the pattern does not want is not named.
    expect(expandInputs(['plans/c*.yaml'], { cwd: dir }).problems).toEqual([]);
  });

  it('without plans is said to be empty', () => {
    const dir = tree(['tom/notes.txt']);
    expect(expandInputs(['tom'], { cwd: dir })).toEqual({ files: [], problems: [{ input: 'tom', kind: 'empty-folder' }] });
  });
});

describe('batch with a pattern', () => {
  it('renders the plans a pattern finds from a working folder with [, * and a space in its name', async () => {
    const cwd = join(testDir(), 'g[1] x*');
    mkdirSync(join(cwd, 'plans'), { recursive: true });
    for (const f of ['landsbygd.yaml', 'storstad.yaml']) copyFileSync(join(ROOT, 'examples', f), join(cwd, 'plans', f));
    const r = await runMain(['batch', 'plans/*.yaml', '--out', 'ut', '--jobs', '1'], { cwd });
    expect(r.stderr).not.toContain('matchar inga filer');
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'ut')).filter((n) => n.endsWith('.md') && !n.startsWith('overview'))).toHaveLength(2);
  });
});
