// YAML that no plan contains but a mistake or a hostile file can: keys written as lists or mappings, deep nesting and
// lines of stray brackets. Each is an error at its position, in the tool's words, a few lines long, and nothing else
// reaches stderr. (How long each takes is measured in bench/hostile-yaml.bench.ts.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli.ts';
import { parseYamlText } from '../../src/io/yaml-file.ts';
import { ROOT, testDir } from '../helpers/cli.ts';

afterEach(() => vi.restoreAllMocks());

async function validate(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['validate', ...args], {
    cwd: dir,
    env: {},
    stdin: process.stdin,
    stdout: { write: (s: string | Uint8Array) => out.push(String(s)) },
    stderr: { write: (s: string | Uint8Array) => err.push(String(s)) },
    now: () => new Date('2027-03-01T12:00:00Z'),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const diagnostics = (text: string) => parseYamlText(Buffer.from(text), 'plan.yaml', 'sv').diagnostics;
const KEY_HINT = 'skriv nyckeln som text följd av kolon (namn: värde); ska [ eller { ingå i texten, sätt nyckeln inom citattecken: "[a]": b';
const nested = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;

describe('a key that is a list or a mapping', () => {
  it('is one error at the key, and the YAML library warns nothing on stderr, also under --json', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'plan.yaml'), 'schemaVersion: 1\n[a]: b\n');
    const warn = vi.spyOn(process, 'emitWarning');
    const text = await validate(dir, ['plan.yaml']);
    expect(text.stderr.split('\n').slice(0, 2)).toEqual([
      'plan.yaml:2:1: fel: en nyckel måste vara text, men den här nyckeln är en lista ([ … ])',
      `  tips: ${KEY_HINT}`,
    ]);
    expect(text.code).toBe(1);
    const json = await validate(dir, ['plan.yaml', '--json', '--lang', 'en']);
    expect(JSON.parse(json.stdout).files[0].diagnostics).toEqual([
      expect.objectContaining({ line: 2, col: 1, code: 'key-not-text', message: 'a key must be text, but this key is a list ([ … ])' }),
    ]);
    expect(json.stderr).toBe('');
    expect(warn).not.toHaveBeenCalled();
  });

  it('a mapping as a key, a key inside a list and an explicit key (? …) are found too', () => {
    expect(diagnostics('schemaVersion: 1\n{x: 1}: y\n').map((d) => [d.line, d.col, d.message])).toEqual([
      [2, 1, 'en nyckel måste vara text, men den här nyckeln är en samling ({ … })'],
    ]);
    expect(diagnostics('schemaVersion: 1\nx: [[a]: b]\n').map((d) => [d.line, d.col, d.code])).toEqual([[2, 5, 'key-not-text']]);
    expect(diagnostics('schemaVersion: 1\n? - a\n: b\n').map((d) => [d.line, d.col, d.code])).toEqual([[2, 3, 'key-not-text']]);
  });

  it('nested 1,000 levels deep, is the same one short error, not megabytes of the key turned into text', () => {
    const found = diagnostics(`schemaVersion: 1\n${nested(1000)}: x\n`);
    expect(found).toEqual([
      {
        file: 'plan.yaml',
        line: 2,
        col: 1,
        severity: 'error',
        code: 'key-not-text',
        message: 'en nyckel måste vara text, men den här nyckeln är en lista ([ … ])',
        hint: KEY_HINT,
      },
    ]);
  });
});

describe('stray brackets', () => {
  it('a line of about 900 characters of unbalanced brackets is one error for that line', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const line = Array.from({ length: 900 }, () => '[]{},: a'[Math.floor(next() * 8)]).join('');
    const found = diagnostics(`schemaVersion: 1\norganisation: ${line}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      line: 2,
      code: 'too-many-brackets',
      message: expect.stringMatching(
        /^raden har \d+ klamrar \(\[ \] \{ \}\), fler än någon plan eller katalog har på en rad \(högst 64\), och filen läses inte$/,
      ),
    });
  });

  it('more errors on one line than three are three, the last saying how many more there are', () => {
    const found = diagnostics('schemaVersion: 1\na: ]]]]]]]]]]\n');
    expect(found.map((d) => [d.line, d.col, d.message])).toEqual([
      [2, 4, 'YAML-fel: oväntat tecken'],
      [2, 5, 'YAML-fel: oväntat tecken'],
      [2, 6, 'YAML-fel: oväntat tecken (och 7 fel till på samma rad)'],
    ]);
  });

  it('a plan written as JSON on one line pairs its brackets and is read', async () => {
    const dir = testDir();
    const plan = parse(readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8'));
    writeFileSync(join(dir, 'plan.yaml'), JSON.stringify(plan));
    expect((await validate(dir, ['plan.yaml'])).code).toBe(0);
  });
});

describe('the file quoted in a message', () => {
  it('is cut short: a long text with a colon is not printed whole, and the hint does not offer the cut text to write', () => {
    const [d] = diagnostics(`schemaVersion: 1\ncomment: Ingen plan: sedan ${'lång text '.repeat(300)}\n`);
    expect(d!.message.length).toBeLessThan(250);
    expect(d!.message).toContain('”Ingen plan: sedan lång text');
    expect(d!.hint).toBe('sätt hela värdet inom citattecken, "…" (eller \'…\' om texten har ett ")');
  });

  it('an unknown key of 1,000 characters is named by its start, on one short line', async () => {
    const dir = testDir();
    const example = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8');
    writeFileSync(join(dir, 'plan.yaml'), `${example}${'k'.repeat(1000)}: 1\n`);
    const r = await validate(dir, ['plan.yaml']);
    const line = example.split('\n').length;
    expect(r.stderr.split('\n')[0]).toBe(`plan.yaml:${line}:1: fel: okänd nyckel: ${'k'.repeat(79)}…`);
  });
});
