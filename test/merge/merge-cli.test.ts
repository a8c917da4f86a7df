// form and merge through the built binary: the exit codes a script sees, and a plan in an unusual layout.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/merge.ts';
import { loadPlan } from '../../src/io/load-plan.ts';
import { runCli, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
import { answersFile, context } from './helpers.ts';

describe('form and merge as commands', () => {
  it('exit 0 when every file merges, 1 when one fails, and the form can go to standard output', async () => {
    const dir = testDir();
    mkdirSync(join(dir, 'svar'));
    writeFileSync(join(dir, 'svar/a.yaml'), answersFile({ id: 'e1', answers: { '1.1.a': { current: 2, target: 3 } } }));
    writeFileSync(join(dir, 'svar/b.yaml'), answersFile({ id: 'e2', role: 'larare', answers: { '1.1.a': { current: 3 } } }));
    const ok = runCli(['merge', 'svar', '--into', 'plan.yaml', '--date', '2027-01-15'], { cwd: dir });
    expect(ok.stderr).toContain('2 svarsfiler är sammanslagna (1 rektor, 1 lärare)');
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain('  date: 2027-01-15\n');

    writeFileSync(join(dir, 'svar/c.yaml'), 'schemaVersion: 1\n');
    const bad = runCli(['merge', 'svar', '--into', 'plan.yaml', '--lang', 'en'], { cwd: dir });
    expect(bad.stderr).toMatch(/^svar\/c\.yaml:1:1: error: /m);
    expect(bad.stderr).toContain('2 answers files merged');
    expect(bad.code).toBe(1);

    const missing = runCli(['merge', 'svar'], { cwd: dir });
    expect(missing.code).toBe(2);

    const help = await runMain(['--help'], { cwd: dir });
    expect(help.stdout).toMatch(/^ {2}form .*enkät/m);
    expect(help.stdout).toMatch(/^ {2}merge .*svarsfiler/m);

    const page = runCli(['form', '-o', '-', '--role', 'rektor'], { cwd: dir });
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/^<!doctype html>/);
    expect(page.stdout).toContain('id="role-rektor" value="rektor" required checked');
  });

  it('updates a plan whose answers are written in flow style, keeping what it says', async () => {
    const dir = testDir();
    const plan = [
      'schemaVersion: 1',
      'catalogue: { id: nationell, version: 1.1.0 }',
      'organisation: { name: Exempelby kommun, kind: municipality, municipalityCode: "2506", schoolForms: [grundskola] }',
      '# Bedömningen gjordes av ledningsgruppen.',
      'assessment: { date: 2026-11-20, answers: { 1.1.a: { current: 2, target: 3 } } }',
      'planning: { start: 2027-VT, terms: 6 }',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'plan.yaml'), plan);
    mkdirSync(join(dir, 'svar'));
    writeFileSync(join(dir, 'svar/a.yaml'), answersFile({ id: 'f1', answers: { '1.1.a': { current: 1 }, '1.2.a': { current: 2, target: 3 } } }));
    expect(await run(context(dir), ['svar'], { into: 'plan.yaml' })).toBe(0);
    const after = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(after).toContain('# Bedömningen gjordes av ledningsgruppen.\nassessment:\n  date: 2026-11-20\n  answers:\n    1.1.a:\n      current: 2\n');
    const load = loadPlan('plan.yaml', { cwd: dir, lang: 'sv' });
    expect(load.ok).toBe(true);
    expect(load.plan!.assessment.answers['1.1.a']).toMatchObject({ current: 2, target: 3, responses: { count: 1, current: [1, 0, 0, 0] } });
    expect(load.plan!.assessment.answers['1.2.a']).toMatchObject({ current: 2, target: 3, responses: { count: 1 } });
    expect(load.plan!.planning).toEqual({ start: '2027-VT', terms: 6 });
  });
});
