// render -o with one format and a name without an extension: the format's extension is added, so every run replaces its
// own output instead of asking for --force the second time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { runHelp, runMain } from '../helpers/main.ts';

const example = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8');
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'plan.yaml'), example);
});
afterEach(() => cleanup());

const render = (...args: string[]) => runMain(['render', 'plan.yaml', '--date', '2026-11-28', ...args], { cwd: dir });

describe('render -o without an extension', () => {
  it('writes report.md for -o report, and the same again on the next run', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await render('-o', 'report');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('Skrev report.md\n');
    }
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Handlingsplan/);
    expect(existsSync(join(dir, 'report'))).toBe(false);
  });

  it('leaves an extension-less file of that name alone and writes beside it, in English too', async () => {
    writeFileSync(join(dir, 'report'), 'mine');
    for (let i = 0; i < 2; i++) {
      const r = await render('--format', 'json', '-o', 'report', '--lang', 'en');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('Wrote report.json\n');
    }
    expect(readFileSync(join(dir, 'report'), 'utf8')).toBe('mine');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toBeTruthy();
  });

  it("keeps a name with an extension as given, and still refuses one that is not the format's", async () => {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = await render('-o', 'notes.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fel: notes.txt finns redan och är ingen .md-fil');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it.runIf(existsSync('/dev/null'))('writes into an existing device as named', async () => {
    const r = await render('-o', '/dev/null');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Skrev /dev/null\n');
  });

  it('says so in render --help, in both languages', async () => {
    const flat = (lang: 'sv' | 'en') => runHelp('render', lang);
    expect(await flat('sv')).toContain('ett namn utan filändelse får formatets filändelse: rapport → rapport.md');
    expect(await flat('en')).toContain("a name without an extension gets the format's: report → report.md");
  });
});
