// `skoldigiplan import` end to end: good rows become valid plan files, bad rows are reported by row and column.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateImportResult } from '../../src/generated/validateImportResult.js';
import { runCli, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

/** A folder for the test, with `csv` as svar.csv when given. */
function workspace(csv?: string | Buffer): string {
  const dir = testDir();
  if (csv !== undefined) writeFileSync(join(dir, 'svar.csv'), csv);
  return dir;
}

const HEADER = 'kommunkod;organisationsnummer;huvudman;skolenhet;skolenhetskod;skolformer;datum;starttermin;1.1.a nuläge;1.1.a mål;1.2.a;e-post';
const ROWS = [
  '0180;;Stockholms stad;;;grundskola, gymnasieskola;2026-11-28;2027-VT;2;3;1→3;skolchef@stockholm.example',
  '1480;;Göteborgs Stad;;;grundskola;2026-11-20;;7;3;vet ej;',
  ';556000-0001;"Friskolan AB; Norr";Norrskolan;87654321;grundskola;2026-11-21;;vet ej;;ej relevant;',
];

describe('import', () => {
  it('writes a plan file for each good row, reports the bad row as file:row:column, and exits 1', async () => {
    const dir = workspace(`\uFEFF${HEADER}\r\n${ROWS.join('\r\n')}\r\n`);
    const r = runCli(['import', 'svar.csv', '--out', 'plans'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^svar\.csv:3:9: fel: 1\.1\.a: 7 är ingen nivå$/m);
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual(['0180-stockholm.yaml', '5560000001-friskolan-ab-norr-87654321-norrskolan.yaml']);
    expect(r.stderr).toContain('Skrev 2 planfiler till plans.');
    expect(r.stderr).toContain('1 rad har fel');
    const stockholm = readFileSync(join(dir, 'plans/0180-stockholm.yaml'), 'utf8');
    expect(stockholm).toContain('municipalityCode: "0180"');
    expect(stockholm).toMatch(/1\.2\.a:\n\s+current: 1\n\s+target: 3/);
    const validate = await runMain(['validate', 'plans/0180-stockholm.yaml', 'plans/5560000001-friskolan-ab-norr-87654321-norrskolan.yaml'], { cwd: dir });
    expect(validate.stderr).not.toContain('fel');
    expect(validate.code).toBe(0);
    // And what import writes, batch can render.
    const batch = await runMain(['batch', 'plans', '--out', 'out'], { cwd: dir });
    expect(batch.code).toBe(0);
  });

  it('reads comma-separated files with quoted fields that hold separators and line breaks', async () => {
    const csv = 'huvudman,kommunkod,1.1.a,1.2.a kommentar,1.2.a\n"Stockholms stad, centrum",0180,2->3,"två\nrader, och ""citat""",3→4\n';
    const dir = workspace(csv);
    const r = await runMain(['import', 'svar.csv', '--out', 'plans'], { cwd: dir });
    expect(r.stderr).not.toContain('fel');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'plans/0180-stockholm.yaml'), 'utf8');
    expect(text).toContain('Stockholms stad, centrum');
    expect(text).toContain('två');
    expect(text).toContain('"citat"');
  });

  it('never overwrites an existing plan without --force, and an identical re-run changes nothing', async () => {
    const dir = workspace(`${HEADER}\n${ROWS[0]}\n`);
    // As a process: the exit code of a run that writes plans.
    expect(runCli(['import', 'svar.csv', '--out', 'plans'], { cwd: dir }).code).toBe(0);
    const again = await runMain(['import', 'svar.csv', '--out', 'plans'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('är redan likadan');
    writeFileSync(join(dir, 'plans/0180-stockholm.yaml'), '# edited by hand\n');
    const refused = await runMain(['import', 'svar.csv', '--out', 'plans'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^svar\.csv:2: fel: plans\/0180-stockholm\.yaml finns redan/m);
    expect(readFileSync(join(dir, 'plans/0180-stockholm.yaml'), 'utf8')).toBe('# edited by hand\n');
    expect((await runMain(['import', 'svar.csv', '--out', 'plans', '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'plans/0180-stockholm.yaml'), 'utf8')).toContain('Stockholms stad');
  });

  it('stops before writing anything when the header names an unknown indicator', async () => {
    const dir = workspace('huvudman;kommunkod;1.2.x nuläge;1.2.x mål\nX;0180;1;2\n');
    const r = await runMain(['import', 'svar.csv', '--out', 'plans'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^svar\.csv:1:3: fel: indikatorn 1\.2\.x finns inte i katalogen/m);
    expect(existsSync(join(dir, 'plans'))).toBe(false);
  });

  it('refuses an --out that is a file, in the same words as batch, and writes nothing', async () => {
    const dir = workspace(`${HEADER}\n${ROWS[0]}\n`);
    writeFileSync(join(dir, 'plans'), 'not a folder');
    const r = await runMain(['import', 'svar.csv', '--out', 'plans'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plans är en fil, men --out ska vara en mapp');
    expect(readFileSync(join(dir, 'plans'), 'utf8')).toBe('not a folder');
    const en = await runMain(['import', 'svar.csv', '--out', 'plans', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('plans is a file, but --out must be a folder');
  });

  it('--json gives a result that matches schemas/import-result.schema.json', async () => {
    const dir = workspace(`${HEADER}\n${ROWS.join('\n')}\n`);
    const r = await runMain(['import', 'svar.csv', '--out', 'plans', '--json'], { cwd: dir });
    const result = JSON.parse(r.stdout);
    expect(validateImportResult(result), JSON.stringify(validateImportResult.errors)).toBe(true);
    expect(result).toMatchObject({ rows: 3, ok: false });
    expect(result.written.map((w: { row: number }) => w.row)).toEqual([2, 4]);
    expect(result.failed[0]).toMatchObject({ row: 3, errors: [{ line: 3, col: 9, code: 'csv-bad-level' }] });
  });

  it('--json still gives a result when the file as a whole is unusable: missing, empty, a bad header, no rows', async () => {
    const cases: [string | undefined, string, number][] = [
      [undefined, 'csv-not-found', 0],
      ['', 'csv-empty', 0],
      ['huvudman;1.1.a nuläge\nStockholms stad;2\n', 'csv-missing-identity', 1],
      [`${HEADER}\n;;;\n`, 'csv-no-rows', 0],
    ];
    for (const [csv, code, rows] of cases) {
      const dir = csv === undefined ? workspace() : workspace(csv);
      const r = await runMain(['import', 'svar.csv', '--out', 'plans', '--json'], { cwd: dir });
      expect(r.code, code).toBe(1);
      const result = JSON.parse(r.stdout);
      expect(validateImportResult(result), JSON.stringify(validateImportResult.errors)).toBe(true);
      expect(result).toMatchObject({ file: 'svar.csv', rows, ok: false, written: [], failed: [] });
      expect(result.errors.map((e: { code: string }) => e.code)).toEqual([code]);
      expect(r.stderr).toContain('svar.csv');
      expect(existsSync(join(dir, 'plans'))).toBe(false);
    }
  });

  it('--json still gives a result when --out cannot be used, and a folder given as the file gets a hint of its own', async () => {
    const dir = workspace(`${HEADER}\n${ROWS.join('\n')}\n`);
    writeFileSync(join(dir, 'plans'), 'x');
    const r = await runMain(['import', 'svar.csv', '--out', 'plans', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    const result = JSON.parse(r.stdout);
    expect(validateImportResult(result), JSON.stringify(validateImportResult.errors)).toBe(true);
    expect(result).toMatchObject({
      file: 'svar.csv',
      out: 'plans',
      rows: 0,
      ok: false,
      errors: [
        { file: 'plans', code: 'import-failed', message: 'plans är en fil, men --out ska vara en mapp', hint: 'ange en mapp; den skapas om den inte finns' },
      ],
    });
    // A folder the check lets pass but that cannot be made (a name too long): still a result, with the reason.
    const long = await runMain(['import', 'svar.csv', '--out', `nytt/${'a'.repeat(300)}`, '--json'], { cwd: dir });
    expect(long.code).toBe(1);
    const longResult = JSON.parse(long.stdout);
    expect(validateImportResult(longResult), JSON.stringify(validateImportResult.errors)).toBe(true);
    expect(longResult.errors).toEqual([expect.objectContaining({ code: 'import-failed', message: expect.stringMatching(/: namnet är för långt$/) })]);
    mkdirSync(join(dir, 'svar-mapp'));
    const folder = await runMain(['import', 'svar-mapp', '--out', 'ut'], { cwd: dir });
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(
      /^svar-mapp: fel: det här är en mapp, inte en fil\n {2}tips: ange svarsfilen \(\.csv\); varje rad i den blir en planfil i --out$/m,
    );
  });

  it('a row with more filled fields than headers (an unquoted comma in a text) fails, so nothing after it is lost', async () => {
    const dir = workspace(
      'kommunkod,huvudman,1.2.a,skolformer\n0180,Stockholms stad,2-3,grundskola, fritidshem\n0114,Upplands Väsby kommun,1-2,grundskola,,\n',
    );
    const r = await runMain(['import', 'svar.csv', '--out', 'plans'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^svar\.csv:2:5: fel: raden har 5 fält men rubrikraden bara 4; det som står efter kolumn 4 skulle gå förlorat\n {2}tips: en text med , i ska stå inom citattecken, till exempel "grundskola, fritidshem"$/m,
    );
    // Empty fields after the last header, as spreadsheets export them, are nothing lost.
    expect(readdirSync(join(dir, 'plans'))).toEqual(['0114-upplands-vasby.yaml']);
    // A comma earlier in the row shifts every value after it: only the cause is said, not what the shifted values look like.
    writeFileSync(join(dir, 'svar2.csv'), 'kommunkod,huvudman,1.2.a,skolformer\n0180,Stockholms stad, Utbildning,2-3,grundskola\n');
    const shifted = JSON.parse((await runMain(['import', 'svar2.csv', '--out', 'plans2', '--json'], { cwd: dir })).stdout);
    expect(shifted.failed).toEqual([{ row: 2, errors: [expect.objectContaining({ line: 2, col: 5, code: 'csv-extra-fields' })] }]);
  });

  it('reads a Windows-1252 file from an older Excel and says so', async () => {
    const dir = workspace(Buffer.from('huvudman;kommunkod;1.1.a\nV\xe4xj\xf6 kommun;0780;1->2\n', 'latin1'));
    const r = await runMain(['import', 'svar.csv', '--out', 'plans'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Windows-1252');
    expect(readFileSync(join(dir, 'plans/0780-vaxjo.yaml'), 'utf8')).toContain('name: Växjö kommun');
  });
});
