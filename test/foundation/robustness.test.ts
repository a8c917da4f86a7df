// Hostile and odd input never crashes (exit 70) and never costs the user a file.
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

let dir: string;
let cleanup: () => void;
const example = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8');
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('plans of any shape get messages, never an internal error', () => {
  const variants: [string, string, string][] = [
    ['an empty answer', '    3.2.b: { status: unknown }', '    3.2.b:'],
    ['a text answer', '    3.2.b: { status: unknown }', '    3.2.b: unknown'],
    ['answers as a list', '  answers:\n', '  answers: [1, 2]\n  xanswers:\n'],
    ['an action that is text', '  - id: A01', '  - A00\n  - id: A01'],
    ['an empty action', '  - id: A01', '  -\n  - id: A01'],
    ['a start term as a number', '    start: 2027-VT\n    end: 2027-VT', '    start: 2027\n    end: 2027-VT'],
    ['declined as text', '  terms: 6', '  terms: 6\n  declined: 2.1.c-2'],
    ['an empty indicator in an action', '    indicators: [1.2.a]', '    indicators: [~]'],
    ['resources as text', '    indicators: [1.2.a]', '    indicators: [1.2.a]\n    resources: skoldigiguide'],
    ['a cost beyond any budget', '    cost: 40000', '    cost: 99999999999999999999999'],
  ];
  it.each(variants)('%s', async (_, from, to) => {
    expect(example).toContain(from);
    writeFileSync(join(dir, 'odd.yaml'), example.replace(from, to));
    for (const cmd of [
      ['validate', 'odd.yaml'],
      ['render', 'odd.yaml', '-o', '-'],
    ]) {
      const r = await runMain(cmd, { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^odd\.yaml:\d+:\d+: fel: /m);
      expect(r.stderr).not.toMatch(/internt fel|\n\s+at /);
    }
  });
});

describe('render never costs the user a file', () => {
  it('refuses to write over the plan file itself', async () => {
    writeFileSync(join(dir, 'own.yaml'), example);
    const r = await runMain(['render', 'own.yaml', '-o', 'own.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('render aldrig skriver över');
    expect(readFileSync(join(dir, 'own.yaml'), 'utf8')).toBe(example);
  });

  it('writes through a link and keeps the link', async () => {
    writeFileSync(join(dir, 'plan.yaml'), example);
    writeFileSync(join(dir, 'target.md'), '');
    symlinkSync('target.md', join(dir, 'link.md'));
    expect((await runMain(['render', 'plan.yaml', '-o', 'link.md'], { cwd: dir })).code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.md'), 'utf8')).toMatch(/^# Handlingsplan/);
  });
});

describe('flag values are checked', () => {
  it.each([
    [['--date', '2026-02-30'], '2026-02-30 är inget datum'],
    [['--format', ','], 'värdet är tomt; välj ett av md, pdf, json, html'],
    [['--terms', '21'], 'högst 20 terminer'],
    [['--start', '9999-HT'], '9999-HT är ingen termin'],
    [['--lang', 'de'], 'de är inget giltigt val'],
  ])('%j', async (flags, message) => {
    const r = await runMain(['render', 'examples/landsbygd.yaml', '-o', '-', ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(ROOT, 'examples/landsbygd.json'))).toBe(false);
  });
});
