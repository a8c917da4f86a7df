// `compare -o` replaces an earlier report, never another file unless --force says so; it writes into a folder, adds
// the format's extension to a bare name, and --force over two organisations warns.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.ts';
import { runHelp, runMain } from '../helpers/main.ts';

const FIXTURES = 'test/fixtures/follow-up';
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir([`${FIXTURES}/plan-2026.yaml`, `${FIXTURES}/plan-2027.yaml`, `${FIXTURES}/catalogue.yaml`])));
afterEach(() => cleanup());

const compare = (...args: string[]) =>
  runMain(['compare', 'plan-2026.yaml', 'plan-2027.yaml', '--catalogue', 'catalogue.yaml', '--date', '2027-11-30', ...args], { cwd: dir });

describe('compare -o', () => {
  it('refuses to write over a file that is not a report of the format', async () => {
    const plan = readFileSync(join(dir, 'plan-2026.yaml'), 'utf8');
    writeFileSync(join(dir, 'plan-2028.yaml'), plan);
    const r = await compare('-o', 'plan-2028.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fel: plan-2028.yaml finns redan och är ingen .md-fil, så den skrivs inte över');
    expect(r.stderr).toContain('tips: välj en annan fil med -o eller lägg till --force');
    expect(readFileSync(join(dir, 'plan-2028.yaml'), 'utf8')).toBe(plan);

    writeFileSync(join(dir, 'report.md'), 'old');
    const json = await compare('--format', 'json', '-o', 'report.md', '--lang', 'en');
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('error: report.md already exists and is not a .json file, so it is not overwritten');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('old');
  });

  it('rewrites an earlier report, and another file with --force', async () => {
    expect((await compare('-o', 'report.md')).code).toBe(0);
    expect((await compare('-o', 'report.md')).code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Uppföljning/);
    writeFileSync(join(dir, 'own.md'), 'old');
    expect((await compare('-o', 'own.md')).code).toBe(1);
    expect(readFileSync(join(dir, 'own.md'), 'utf8')).toBe('old');
    writeFileSync(join(dir, 'notes.txt'), 'old');
    expect((await compare('-o', 'notes.txt', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toMatch(/^# Uppföljning/);
  });

  it('never writes over one of the plans, not even through a link and with --force', async () => {
    const before = readFileSync(join(dir, 'plan-2027.yaml'), 'utf8');
    symlinkSync('plan-2027.yaml', join(dir, 'cmp.md'));
    const r = await compare('-o', 'cmp.md', '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fel: utfilen cmp.md är en av planfilerna och skulle skrivas över');
    expect(readFileSync(join(dir, 'plan-2027.yaml'), 'utf8')).toBe(before);
  });
});

describe('compare -o into a folder', () => {
  it('makes a folder named with a trailing separator and writes <newer>-comparison.pdf into it, again on the next run', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await compare('--format', 'pdf', '-o', 'cmp/');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('Skrev cmp/plan-2027-comparison.pdf\n');
    }
    expect(statSync(join(dir, 'cmp')).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, 'cmp'))).toEqual(['plan-2027-comparison.pdf']);
    expect(readFileSync(join(dir, 'cmp/plan-2027-comparison.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("writes into an existing folder named without a separator, with the format's extension", async () => {
    mkdirSync(join(dir, 'd'));
    const r = await compare('--format', 'json', '-o', 'd', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Wrote d/plan-2027-comparison.json\n');
    expect(JSON.parse(readFileSync(join(dir, 'd/plan-2027-comparison.json'), 'utf8'))).toHaveProperty('summary');
    expect(readdirSync(join(dir, 'd'))).toEqual(['plan-2027-comparison.json']);
  });

  it("adds the format's extension to a file named without one, so that the next run replaces it", async () => {
    for (let i = 0; i < 2; i++) {
      const r = await compare('-o', 'jamforelse');
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('Skrev jamforelse.md\n');
    }
    expect(readFileSync(join(dir, 'jamforelse.md'), 'utf8')).toMatch(/^# Uppföljning/);
    expect(existsSync(join(dir, 'jamforelse'))).toBe(false);
  });

  it('--force with plans of the same organisation prints no warning', async () => {
    const r = await compare('--force');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('says so in compare --help, in both languages', async () => {
    const flat = (lang: 'sv' | 'en') => runHelp('compare', lang);
    expect(await flat('sv')).toContain('hamnar rapporten i mappen som <nyare>-comparison.<format>');
    expect(await flat('en')).toContain('puts the report in that folder as <newer>-comparison.<format>');
  });
});

describe('compare --force with plans of different organisations', () => {
  beforeEach(() => {
    const newer = join(dir, 'plan-2027.yaml');
    writeFileSync(newer, readFileSync(newer, 'utf8').replace('municipalityCode: "0180"', 'municipalityCode: "0114"'));
  });

  it('warns on stderr what differs, also when --force was meant for the output file', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'old');
    const r = await compare('-o', 'notes.txt', '--force');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^plan-2027\.yaml:\d+:\d+: varning: plan-2026\.yaml och plan-2027\.yaml gäller olika organisationer \(kommunkod 0180 och 0114\); de jämförs ändå, eftersom --force angavs$/m,
    );
    expect(r.stderr).toContain('tips: kontrollera att det är rätt planer; utan --force jämförs bara planer för samma huvudman och skolenhet');
    expect(r.stderr).toContain('Skrev notes.txt');
  });

  it('warns in English too, and still refuses without --force', async () => {
    const r = await compare('--force', '--format', 'json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^plan-2027\.yaml:\d+:\d+: warning: plan-2026\.yaml and plan-2027\.yaml are for different organisations \(municipality code 0180 and 0114\); they are compared anyway because --force was given$/m,
    );
    expect(r.stderr).toContain('hint: check that these are the right plans');
    expect(JSON.parse(r.stdout).organisationDifferences).toHaveLength(1);
    const refused = await compare('--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.stderr).not.toContain('warning:');
  });
});
