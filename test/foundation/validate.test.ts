// `skoldigiplan validate` as a user meets it: exit codes, and every problem at its line and column.
import { writeFileSync, truncateSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const VALID = `schemaVersion: 1
catalogue: { id: nationell, version: 1.1.0 }
organisation:
  name: Provby kommun
  kind: municipality
  municipalityCode: "0180"
  schoolForms: [grundskola]
assessment:
  date: 2026-11-28
  answers:
    1.2.a: { current: 1, target: 3 }
planning:
  start: 2027-VT
  terms: 4
`;

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe('validate', () => {
  it('accepts the examples', () => {
    const r = runCli(['validate', 'examples/landsbygd.yaml', 'examples/storstad.yaml', 'examples/fristaende.yaml']);
    expect(r.stderr).not.toMatch(/fel:/);
    expect(r.code).toBe(0);
  });

  it('accepts a minimal valid plan and says so', async () => {
    const r = await runMain(['validate', write('ok.yaml', VALID)], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('ok.yaml: giltig');
  });

  it('names an unquoted kommunkod, an unknown indicator and a bad indentation further down, each at its line', () => {
    const text = `${VALID.replace('"0180"', '0180').replace(
      '    1.2.a: { current: 1, target: 3 }',
      '    1.2.a: { current: 1, target: 3 }\n    9.9.z: { current: 1, target: 2 }',
    )}actions:\n  - id: A01\n    title: Något\n    indicators: [1.2.a]\n     owner: Skolchef\n`;
    const r = runCli(['validate', write('broken.yaml', text)], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\.yaml:6:21: fel: värdet 0180 lästes som ett tal/m);
    expect(r.stderr).toContain('"0180"');
    expect(r.stderr).toMatch(/^broken\.yaml:12:5: fel: okänd indikator 9\.9\.z/m);
    expect(r.stderr).toMatch(/^broken\.yaml:20:\d+: fel: YAML-fel/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports every rule of the plan contract', async () => {
    const text = `${VALID.replace('kind: municipality', 'kind: municipality\n  colour: blue')
      .replace('1.2.a: { current: 1, target: 3 }', '1.2.a: { current: 3, target: 2 }')
      .replace('"0180"', '"0999"')}actions:\n  - id: A01\n    title: Något\n    indicators: [7.7.q]\n    start: 2028-HT\n    end: 2027-VT\n`;
    const r = await runMain(['validate', write('rules.yaml', text)], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rules\.yaml:6:3: fel: okänd nyckel: colour/);
    expect(r.stderr).toMatch(/rules\.yaml:7:\d+: fel: okänd kommunkod 0999/);
    expect(r.stderr).toMatch(/rules\.yaml:12:\d+: fel: målnivån 2 är lägre än nuläget 3/);
    expect(r.stderr).toMatch(/rules\.yaml:\d+:\d+: fel: åtgärden anger en okänd indikator 7\.7\.q/);
    expect(r.stderr).toMatch(/rules\.yaml:\d+:\d+: fel: åtgärden slutar \(2027-VT\) innan den börjar \(2028-HT\)/);
  });

  it('names a declined suggestion that the catalogue does not have', async () => {
    const r = await runMain(['validate', write('declined.yaml', VALID.replace('  terms: 4', '  terms: 4\n  declined: [1.2.a-2, 1.1.z-1]'))], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/declined\.yaml:15:\d+: fel: okänt åtgärdsförslag 1\.1\.z-1/);
    expect(r.stderr).not.toContain('1.2.a-2');
  });

  it('checks the Luhn digit of an organisationsnummer', async () => {
    const text = VALID.replace('kind: municipality\n  municipalityCode: "0180"', 'kind: independent\n  organisationNumber: 559900-0122');
    const r = await runMain(['validate', write('org.yaml', text)], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/org\.yaml:6:\d+: fel: organisationsnumret 559900-0122 har fel kontrollsiffra/);
  });

  it('gives the same findings as JSON for scripts', async () => {
    const text = VALID.replace('"0180"', '0180');
    const r = await runMain(['validate', '--json', write('j.yaml', text)], { cwd: dir });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.valid).toBe(false);
    expect(json.files[0].diagnostics[0]).toMatchObject({ file: 'j.yaml', line: 6, col: 21, severity: 'error', code: 'schema-type' });
  });

  it('speaks English with --lang en', async () => {
    const r = await runMain(['validate', '--lang', 'en', write('en.yaml', VALID.replace('"0180"', '0180'))], { cwd: dir });
    expect(r.stderr).toMatch(/en\.yaml:6:21: error: the value 0180 was read as a number/);
  });
});

describe('bad input gets one clear line, exit 1, no stack trace', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => write('empty.yaml', ''), /empty\.yaml: fel: filen är tom/],
    [
      'a binary file',
      () => {
        writeFileSync(join(dir, 'bin.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
        return 'bin.yaml';
      },
      /bin\.yaml: fel: filen är ingen textfil/,
    ],
    [
      'a 50 MB file',
      () => {
        writeFileSync(join(dir, 'big.yaml'), '');
        truncateSync(join(dir, 'big.yaml'), 50 * 1024 * 1024);
        return 'big.yaml';
      },
      /big\.yaml: fel: filen är för stor \(50,0 MB; högst 2 MB\)/,
    ],
    [
      'a plan saved as UTF-16',
      () => {
        writeFileSync(join(dir, 'utf16.yaml'), Buffer.from('\ufeffschemaVersion: 1\n', 'utf16le'));
        return 'utf16.yaml';
      },
      /utf16\.yaml: fel: filen är sparad som UTF-16\n {2}tips: spara filen som UTF-8/,
    ],
    [
      '4,000 nested brackets',
      () => write('brackets.yaml', `x: ${'['.repeat(4000)}${']'.repeat(4000)}\n`),
      /brackets\.yaml:1: fel: filen har listor eller samlingar i fler än 64 nivåer/,
    ],
    [
      '1,400 levels of indentation',
      () => write('indents.yaml', `x:\n${Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}\n`),
      /indents\.yaml: fel: filen har listor eller samlingar i fler än 64 nivåer/,
    ],
    [
      'a YAML alias bomb',
      () =>
        write(
          'bomb.yaml',
          'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
        ),
      /bomb\.yaml:2:8: fel: filen använder YAML-alias/,
    ],
    ['a list instead of a map', () => write('list.yaml', '- a\n- b\n'), /list\.yaml:1:1: fel: filen är en lista/],
    ['a missing file', () => 'missing.yaml', /missing\.yaml: fel: filen finns inte/],
    [
      'a directory',
      () => {
        mkdirSync(join(dir, 'adir'), { recursive: true });
        return 'adir';
      },
      /adir: fel: det här är en mapp/,
    ],
  ];
  for (const [name, make, expected] of cases) {
    it(name, async () => {
      const file = make();
      const r = await runMain(['validate', file], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    });
  }
});

describe('usage errors', () => {
  it('an unknown flag exits 2 with the help hint', () => {
    const r = runCli(['validate', '--bogus', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fel: okänd flagga --bogus');
    expect(r.stderr).toContain("Se 'skoldigiplan validate --help'.");
  });

  it('an unknown command exits 2', async () => {
    const r = await runMain(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('okänt kommando frobnicate');
  });

  it('a bad option value exits 2 with a Swedish reason', async () => {
    const r = await runMain(['render', 'examples/storstad.yaml', '--start', '2027-SOMMAR']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2027-SOMMAR är ingen termin');
  });
});
