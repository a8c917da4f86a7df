// A plan file that import cannot write fails its row only, in the user's words with a hint, never Node's text.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'i.csv'), 'kommunkod;huvudman;1.1.a\n2506;Arjeplogs kommun;2->3\n0180;Stockholms stad;3->4\n');
  mkdirSync(join(dir, 'imp2/2506-arjeplog.yaml'), { recursive: true });
});
afterEach(() => cleanup());

describe('import: a plan file that cannot be written', () => {
  it.each([[[]], [['--force']]])('a folder in its place fails that row, with a hint, and the others are written (%j)', async (extra) => {
    const r = await runMain(['import', 'i.csv', '--out', 'imp2', ...extra], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'i.csv:2: fel: kunde inte skriva imp2/2506-arjeplog.yaml: det är en mapp\n  tips: flytta eller byt namn på mappen, så att filen kan skrivas där',
    );
    expect(r.stderr).not.toMatch(/EISDIR|illegal operation|at .*\.js/);
    expect(r.stderr).toContain('Skrev 1 planfil till imp2.');
    expect(readdirSync(join(dir, 'imp2')).sort()).toEqual(['0180-stockholm.yaml', '2506-arjeplog.yaml']);
    expect(statSync(join(dir, 'imp2/2506-arjeplog.yaml')).isDirectory()).toBe(true);
    expect(readFileSync(join(dir, 'imp2/0180-stockholm.yaml'), 'utf8')).toContain('municipalityCode: "0180"');
  });

  it('says so in English, and in the --json result', async () => {
    const r = await runMain(['import', 'i.csv', '--out', 'imp2', '--force', '--json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'i.csv:2: error: could not write imp2/2506-arjeplog.yaml: it is a folder\n  hint: move or rename the folder so that the file can be written there',
    );
    const result = JSON.parse(r.stdout);
    expect(result.failed).toEqual([
      {
        row: 2,
        errors: [
          {
            file: 'i.csv',
            line: 2,
            severity: 'error',
            code: 'csv-write-failed',
            message: 'could not write imp2/2506-arjeplog.yaml: it is a folder',
            hint: 'move or rename the folder so that the file can be written there',
          },
        ],
      },
    ]);
    expect(result.written.map((w: { file: string }) => w.file)).toEqual(['imp2/0180-stockholm.yaml']);
  });
});
