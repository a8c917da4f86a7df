// `compare -o` replaces an earlier report, never another file unless --force says so.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.ts';

const FIXTURES = 'test/fixtures/follow-up';
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir([`${FIXTURES}/plan-2026.yaml`, `${FIXTURES}/plan-2027.yaml`, `${FIXTURES}/catalogue.yaml`])));
afterEach(() => cleanup());

const compare = (...args: string[]) =>
  runCli(['compare', 'plan-2026.yaml', 'plan-2027.yaml', '--catalogue', 'catalogue.yaml', '--date', '2027-11-30', ...args], { cwd: dir });

describe('compare -o', () => {
  it('refuses to write over a file that is not a report of the format', () => {
    const plan = readFileSync(join(dir, 'plan-2026.yaml'), 'utf8');
    writeFileSync(join(dir, 'plan-2028.yaml'), plan);
    const r = compare('-o', 'plan-2028.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fel: plan-2028.yaml finns redan och är ingen .md-fil, så den skrivs inte över');
    expect(r.stderr).toContain('tips: välj en annan fil med -o eller lägg till --force');
    expect(readFileSync(join(dir, 'plan-2028.yaml'), 'utf8')).toBe(plan);

    writeFileSync(join(dir, 'report.md'), 'old');
    const json = compare('--format', 'json', '-o', 'report.md', '--lang', 'en');
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('error: report.md already exists and is not a .json file, so it is not overwritten');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('old');
  });

  it('rewrites an earlier report, and another file with --force', () => {
    writeFileSync(join(dir, 'report.md'), 'old');
    expect(compare('-o', 'report.md').code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Uppföljning/);
    writeFileSync(join(dir, 'notes.txt'), 'old');
    expect(compare('-o', 'notes.txt', '--force').code).toBe(0);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toMatch(/^# Uppföljning/);
  });

  it('never writes over one of the plans, not even with --force', () => {
    const before = readFileSync(join(dir, 'plan-2027.yaml'), 'utf8');
    expect(compare('-o', 'plan-2027.yaml', '--force').code).toBe(2);
    expect(readFileSync(join(dir, 'plan-2027.yaml'), 'utf8')).toBe(before);
  });
});
