// What a batch says about files: a name with a line break or another control character keeps its
// `file:line:col` line and the overview's table whole, and a file that cannot be written is named in words.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { showControlChars } from '../../src/core/control-chars.ts';
import { createColour } from '../../src/io/colour.ts';
import { formatDiagnostic } from '../../src/io/report.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

describe('file names with control characters', () => {
  it('keep a diagnostic to its two lines when they stand in the message and the hint too', () => {
    const plain = { lang: 'sv' as const, colour: createColour(false) };
    const text = formatDiagnostic({ file: 'a\nb.yaml', severity: 'error', code: 'x', message: 'kunde inte skriva a\nb.md', hint: 'flytta a\u001bb' }, plain);
    expect(text).toBe('a\\nb.yaml: fel: kunde inte skriva a\\nb.md\n  tips: flytta a\\x1bb');
  });

  it("keep a command's own error and its hint to one line each", async () => {
    writeFileSync(join(dir, 'a\nfile'), '');
    const r = await runMain(['batch', join(ROOT, 'examples/landsbygd.yaml'), '--out', 'a\nfile'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fel: a\\nfile är en fil, men --out ska vara en mapp\ntips: ange en mapp; den skapas om den inte finns\n');
  });

  it('are shown escaped, each on one line', () => {
    expect(showControlChars('a\nb\r\tc\u001b[31m\u007f.yaml')).toBe('a\\nb\\r\\tc\\x1b[31m\\x7f.yaml');
    expect(showControlChars('Västerås plan 2027.yaml')).toBe('Västerås plan 2027.yaml');
  });

  it('keep the error line and the overview table whole', async () => {
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(ROOT, 'examples/landsbygd.yaml'), join(dir, 'in', 'good.yaml'));
    writeFileSync(join(dir, 'in', 'bad\nname|x.yaml'), 'schemaVersion: 1\norganisation: [\n');
    const r = await runMain(['batch', 'in', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    const error = lines.find((l) => l.includes(': fel:'));
    expect(error).toMatch(/^in\/bad\\nname\|x\.yaml:\d+:\d+: fel: /);
    const overview = readFileSync(join(dir, 'out', 'overview.md'), 'utf8').split('\n');
    const row = overview.find((l) => l.includes('bad\\nname'));
    expect(row).toMatch(/^\| `in\/bad\\nname\\\|x\.yaml` \| \d+ \| .+ \|$/);
    // The row has as many cells as the table's head, two lines above the first row.
    let first = overview.indexOf(row!);
    while (overview[first - 1]!.startsWith('| ')) first--;
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(overview[first - 1]).toMatch(/^\|[-:|]+\|$/);
    expect(cells(row!)).toBe(cells(overview[first - 2]!));
  });
});

describe('a plan whose output cannot be written', () => {
  it("is reported in the user's words with the file and a hint, and the other plans are written", async () => {
    const { dir: d, cleanup: done } = tempDir(['examples']);
    try {
      mkdirSync(join(d, 'out', '2506-arjeplog.md'), { recursive: true });
      for (const lang of ['sv', 'en']) {
        const r = await runMain(['batch', 'examples', '--out', 'out', '--lang', lang], { cwd: d });
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(
          lang === 'sv'
            ? 'examples/landsbygd.yaml: fel: kunde inte skriva out/2506-arjeplog.md: det är en mapp\n  tips: flytta eller byt namn på mappen'
            : 'examples/landsbygd.yaml: error: could not write out/2506-arjeplog.md: it is a folder\n  hint: move or rename the folder',
        );
        expect(r.stderr).not.toMatch(/EISDIR|Error:/);
        expect(readFileSync(join(d, 'out', '1480-goteborg.md'), 'utf8')).toMatch(/^# /);
      }
    } finally {
      done();
    }
  });
});

describe("a file of one's own with an output's name in --out", () => {
  it('is kept: that plan fails with the file named and a hint, the others are written, with one worker or two', async () => {
    const { dir: d, cleanup: done } = tempDir(['examples']);
    try {
      mkdirSync(join(d, 'out'));
      writeFileSync(join(d, 'out', '2506-arjeplog.md'), 'mina anteckningar\n');
      for (const jobs of ['1', '2']) {
        const r = await runMain(['batch', 'examples', '--out', 'out', '--jobs', jobs], { cwd: d });
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(
          'examples/landsbygd.yaml: fel: out/2506-arjeplog.md finns redan men är inte gjord av skoldigiplan, så den skrivs inte över\n  tips: flytta filen ur mappen för --out',
        );
        expect(readFileSync(join(d, 'out', '2506-arjeplog.md'), 'utf8')).toBe('mina anteckningar\n');
        expect(readFileSync(join(d, 'out', '1480-goteborg.md'), 'utf8')).toMatch(/^# /);
      }
      // Its own output from an earlier run is replaced as before.
      writeFileSync(join(d, 'out', '2506-arjeplog.md'), '');
      expect((await runMain(['batch', 'examples', '--out', 'out'], { cwd: d })).code).toBe(0);
      expect((await runMain(['batch', 'examples', '--out', 'out'], { cwd: d })).code).toBe(0);
    } finally {
      done();
    }
  });
});
