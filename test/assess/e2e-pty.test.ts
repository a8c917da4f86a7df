// The built `skoldigiplan assess` typed at in a real pseudo-terminal: a full assessment, Ctrl-C and --resume, and --answers giving the same bytes.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, runCli, testDir } from '../helpers/cli.ts';
import { runInPty, type PtyRun } from '../helpers/pty.ts';

const CATALOGUE = join(ROOT, 'test/fixtures/assess/catalogue.yaml');
const ANSWERS = join(ROOT, 'test/fixtures/assess/answers.yaml');
const ARGS = ['assess', '--catalogue', CATALOGUE, '--date', '2026-11-28'];

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error(`${BIN} needs the build: run npm run build first`);
});

const runs: PtyRun[] = [];
afterEach(() => {
  for (const r of runs.splice(0)) r.kill();
});

function start(args: string[], cwd: string): PtyRun {
  const r = runInPty(args, { cwd });
  runs.push(r);
  return r;
}

const folder = testDir;

/** Waits for an unanswered prompt, then sends the keys and Enter. */
async function answer(r: PtyRun, prompt: string, keys: { type?: string; down?: number; space?: boolean } = {}): Promise<void> {
  await r.waitFor(`? ${prompt}`);
  if (keys.down) r.press('down', keys.down);
  if (keys.space) r.press('space');
  if (keys.type) r.type(keys.type);
  r.press('enter');
}

/** The same answers as test/fixtures/assess/answers.yaml, typed. */
async function organisation(r: PtyRun): Promise<void> {
  await answer(r, 'Vilken sorts huvudman');
  await r.waitFor('? Vilken kommun');
  r.type('åre');
  await r.waitFor('Åre (2321, Jämtlands län)');
  r.press('enter');
  await answer(r, 'Huvudmannens namn');
  await answer(r, 'Gäller bedömningen');
  await r.waitFor('? Vilka skolformer');
  r.press('space');
  r.press('down', 2);
  r.press('space');
  r.press('enter');
  await answer(r, 'Kontaktperson: namn', { type: 'Örjan Ängsö' });
  await answer(r, 'Kontaktperson: roll', { type: 'skolchef' });
  await answer(r, 'Kontaktperson: e-post');
}

/** The target 3 by its number key, chosen with k so that comment, evidence and importance follow. */
async function targetWithComment(r: PtyRun, comment?: string): Promise<void> {
  await r.waitFor('? Vilken nivå');
  r.type('3');
  await r.waitFor('❯ Nivå 3');
  r.type('k');
  if (comment === undefined) return;
  await answer(r, 'Kommentar', { type: comment });
  await answer(r, 'Underlag');
  await answer(r, 'Hur viktig');
}

async function rest(r: PtyRun, from: 'start' | 'target'): Promise<void> {
  if (from === 'start') await answer(r, 'Finns en plan?');
  await targetWithComment(r, 'Vi behöver en plan för förskolan och skolan');
  await answer(r, 'Får personalen', { down: 5 });
  await answer(r, 'Har eleverna', { down: 4 });
  await answer(r, 'Granska och ändra');
  await answer(r, 'Vill ni gå vidare');
  await r.waitFor('Katalogen föreslår 2 åtgärder');
  await answer(r, 'Vilka åtgärder tar ni med');
  await answer(r, 'Vill ni ändra');
}

describe('assess in a pseudo-terminal', () => {
  test('a full assessment typed with keys gives a valid plan, and --answers gives the same bytes', async () => {
    const dir = folder();
    const r = start(ARGS, dir);
    await organisation(r);
    await rest(r, 'start');
    expect(await r.exited).toBe(0);
    expect(r.history()).toContain('Klart! Det här har skrivits:');
    for (const f of ['plan.yaml', 'plan.md', 'plan.pdf']) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(existsSync(join(dir, 'plan.yaml.draft'))).toBe(false);
    const typed = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(typed).toContain('name: Örjan Ängsö');
    expect(typed).toContain('comment: Vi behöver en plan för förskolan och skolan');

    const check = runCli(['validate', 'plan.yaml', '--catalogue', CATALOGUE], { cwd: dir });
    expect(check.stderr).toContain('giltig');
    expect(check.code).toBe(0);

    const other = folder();
    copyFileSync(ANSWERS, join(other, 'answers.yaml'));
    const batch = runCli(['assess', '--answers', 'answers.yaml', '--catalogue', CATALOGUE, '--date', '2026-11-28'], { cwd: other });
    expect(batch.code, batch.stderr).toBe(0);
    expect(readFileSync(join(other, 'plan.yaml'), 'utf8')).toBe(typed);
    expect(readFileSync(join(other, 'plan.md'), 'utf8')).toBe(readFileSync(join(dir, 'plan.md'), 'utf8'));
  });

  test('kill -9 while a comment is being typed loses only that comment', async () => {
    const dir = folder();
    const r = start(ARGS, dir);
    await organisation(r);
    await answer(r, 'Finns en plan?');
    await targetWithComment(r);
    await r.waitFor('? Kommentar');
    r.type('Halvskriven kommen');
    await r.waitFor('Halvskriven kommen');
    r.kill('SIGKILL');
    await r.exited;
    const draft = readFileSync(join(dir, 'plan.yaml.draft'), 'utf8');
    expect(draft).toContain('step: comment:1.1.a');
    expect(draft).toMatch(/1\.1\.a:\n\s+current: 1\n\s+target: 3\n/);
    expect(draft).not.toContain('Halvskriven');
    expect(draft).toContain('name: Örjan Ängsö');
    expect(runCli(['validate', 'plan.yaml.draft', '--catalogue', CATALOGUE], { cwd: dir }).code).toBe(0);
  });

  test('Ctrl-C midway exits 130 and keeps the draft; --resume goes on to the end', async () => {
    const dir = folder();
    const r = start(ARGS, dir);
    await organisation(r);
    await answer(r, 'Finns en plan?');
    await r.waitFor('? Vilken nivå');
    r.press('ctrlC');
    expect(await r.exited).toBe(130);
    expect(r.history()).toContain('Avbrutet. Dina svar är sparade i plan.yaml.draft.');
    expect(r.history()).toContain('skoldigiplan assess --resume plan.yaml.draft');
    const draft = readFileSync(join(dir, 'plan.yaml.draft'), 'utf8');
    expect(draft).toContain('draft: true');
    expect(draft).toContain('step: target:1.1.a');
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(false);

    const again = start(['assess', '--resume', '--date', '2026-11-28'], dir);
    await again.waitFor('Fortsätter bedömningen från plan.yaml.draft');
    await rest(again, 'target');
    expect(await again.exited).toBe(0);
    expect(existsSync(join(dir, 'plan.yaml.draft'))).toBe(false);
    const other = folder();
    copyFileSync(ANSWERS, join(other, 'answers.yaml'));
    expect(runCli(['assess', '--answers', 'answers.yaml', '--catalogue', CATALOGUE, '--format', 'md'], { cwd: other }).code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(readFileSync(join(other, 'plan.yaml'), 'utf8'));
  });
});
