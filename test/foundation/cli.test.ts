// The process boundary: version, help in Swedish, colour decided once, exit codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { BIN, ROOT, runCli } from '../helpers/cli.ts';
import { runHelp, runMain } from '../helpers/main.ts';
import { wantsColour } from '../../src/io/colour.ts';

describe('cli', () => {
  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('--help lists every command in Swedish, and in English with --lang en', async () => {
    const sv = runCli(['--help']);
    expect(sv.code).toBe(0);
    for (const c of ['validate', 'catalogue', 'schema', 'render', 'assess', 'batch', 'import', 'status', 'compare'])
      expect(sv.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(sv.stdout).toContain('Användning:');
    expect(sv.stdout).toContain('Kommandon:');
    const en = await runMain(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage:');
    expect(en.stdout).toContain('check plan files');
    expect(sv.stdout).toMatch(/^ {2}help \[kommando\] /m);
    expect(en.stdout).toMatch(/^ {2}help \[command\] /m);
    expect(en.stdout).not.toContain('kommando');
  });

  it("each command's help describes the options as that command takes them", async () => {
    const assess = await runHelp('assess');
    // assess writes a plan file and its action plan as md and pdf; --format json and -o - are refused.
    expect(assess).toContain('handlingsplanens format, kommaseparerade: md, pdf (standard: md,pdf)');
    expect(assess).not.toContain('bas-sökväg');
    expect(assess).toContain('-o, --output <fil> planfilen som skrivs');
    expect(assess).toContain('--date <datum> datum för bedömningen');
    const json = await runMain(['assess', '--format', 'json', '--answers', 'x.yaml']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('fel: json är inget giltigt val; välj ett av md, pdf');
    expect(await runHelp('schema')).not.toContain('bas-sökväg');
    expect(await runHelp('compare')).not.toContain('bas-sökväg');
    expect(await runHelp('render')).toContain('prova en annan starttermin');
    expect(await runHelp('assess', 'en')).toContain('formats of the action plan, comma-separated: md, pdf');
  });
});

describe('usage mistakes are said as they are', () => {
  it('a required option left out is missing, not without a value; an empty choice is empty', async () => {
    const missing = runCli(['import', 'svar.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('fel: flaggan --out <mapp> måste anges');
    const empty = await runMain(['render', 'examples/landsbygd.yaml', '--format=']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('fel: värdet är tomt; välj ett av md, pdf, json, html');
    expect((await runMain(['render', 'examples/landsbygd.yaml', '--format=', '--lang', 'en'])).stderr).toContain(
      'error: the value is empty; choose one of md, pdf, json, html',
    );
  });
});

describe('output into a pipe that closes early', () => {
  it('ends quietly, like `skoldigiplan catalogue | head -3`', async () => {
    const child = spawn(process.execPath, [BIN, 'catalogue'], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(code).toBe(0);
  });
});

describe('colour is decided once', () => {
  const cases: [string, Parameters<typeof wantsColour>[0], boolean][] = [
    ['terminal', { env: {}, isTTY: true, noColorFlag: false }, true],
    ['pipe', { env: {}, isTTY: false, noColorFlag: false }, false],
    ['NO_COLOR', { env: { NO_COLOR: '1' }, isTTY: true, noColorFlag: false }, false],
    ['empty NO_COLOR is ignored', { env: { NO_COLOR: '' }, isTTY: true, noColorFlag: false }, true],
    ['--no-color', { env: {}, isTTY: true, noColorFlag: true }, false],
    ['TERM=dumb', { env: { TERM: 'dumb' }, isTTY: true, noColorFlag: false }, false],
    ['FORCE_COLOR=1 in a pipe', { env: { FORCE_COLOR: '1' }, isTTY: false, noColorFlag: false }, true],
    ['FORCE_COLOR=0 in a terminal', { env: { FORCE_COLOR: '0' }, isTTY: true, noColorFlag: false }, false],
  ];
  it.each(cases)('%s', (_, input, expected) => expect(wantsColour(input)).toBe(expected));
});
