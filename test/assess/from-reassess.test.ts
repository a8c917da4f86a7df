// `assess --from` a plan made with an older catalogue version: answers the catalogue asks to assess again (`reassess`)
// are asked afresh, without last year's answer as the default; the others are pre-filled as usual.
import { screen } from '@inquirer/testing/vitest';
import { expect, test, vi } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import type { Context } from '../../src/context.ts';
import { createColour } from '../../src/io/colour.ts';
import { run } from '../../src/commands/assess.ts';
import { ROOT, testDir } from '../helpers/cli.ts';

// The level questions are drawn by the project's own list prompt: it is put on the test screen too.
vi.mock('../../src/io/select-prompt.ts', async (importOriginal) => {
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  const actual = await importOriginal<typeof import('../../src/io/select-prompt.ts')>();
  return { ...actual, pick: wrapPrompt(actual.pick) };
});

async function at(message: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!screen.getScreen().includes(`? ${message}`)) {
    if (Date.now() > deadline) throw new Error(`no prompt "${message}"; the screen shows:\n${screen.getScreen()}`);
    await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 200))]);
  }
}

async function choose(message: string, ...keys: string[]): Promise<void> {
  await at(message);
  for (const k of keys) screen.keypress(k);
  screen.keypress('enter');
}

test("--from asks an indicator to assess again without last year's answer, and says why", async () => {
  const dir = testDir();
  // The assess test catalogue as version 1.1.0, whose levels of 1.1.a changed since 1.0.0.
  const catalogue = readFileSync(join(ROOT, 'test/fixtures/assess/catalogue.yaml'), 'utf8').replace('\nversion: 1.0.0\n', '\nversion: 1.1.0\n');
  writeFileSync(join(dir, 'catalogue.yaml'), `${catalogue.trimEnd()}\nmigrations:\n  - from: 1.0.0\n    indicators: {}\n    reassess: [1.1.a]\n`);
  writeFileSync(
    join(dir, 'plan-2025.yaml'),
    [
      'schemaVersion: 1',
      'catalogue: { id: skoltest, version: 1.0.0 }',
      'organisation: { name: Åre kommun, kind: municipality, municipalityCode: "2321", schoolForms: [grundskola] }',
      'assessment:',
      '  date: 2025-11-20',
      '  answers:',
      '    1.1.a: { current: 2, target: 3, comment: Förra året }',
      '    1.1.b: { status: not-relevant }',
      '    2.1.a: { current: 1, target: 2 }',
      'planning: { start: 2026-VT, terms: 4 }',
      '',
    ].join('\n'),
  );
  let out = '';
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  const ctx: Context = {
    cwd: dir,
    env: { TZ: 'UTC' },
    lang: 'sv',
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    stdout,
    stderr: { write: () => true },
    colour: createColour(false),
    now: () => new Date('2026-11-28T10:00:00Z'),
  };
  const done = run(ctx, [], { from: 'plan-2025.yaml', output: 'plan-2026.yaml', format: ['md'], catalogue: 'catalogue.yaml' });
  await choose('Vilken sorts huvudman');
  await at('Vilken kommun');
  for (let i = 0; i < 20 && !screen.getScreen().includes('❯ Åre (2321'); i++) await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 50))]);
  screen.keypress('enter');
  // No contact name: role and e-mail are not asked.
  for (const m of ['Huvudmannens namn', 'Gäller bedömningen', 'Vilka skolformer', 'Kontaktperson: namn']) await choose(m);
  // No answer is offered for 1.1.a: the list starts at level 1 (last year's answer would have put it at 2). The number
  // key picks level 3; the target then stands one step up.
  await at('Finns en plan?');
  expect(screen.getScreen()).not.toContain('Förra året');
  expect(screen.getScreen()).toMatch(/❯ Nivå 1/);
  await choose('Finns en plan?', '3');
  for (const m of ['Vilken nivå', 'Får personalen', 'Har eleverna', 'Vilken nivå', 'Granska och ändra']) await choose(m);
  for (const m of ['Vill ni gå vidare', 'Vilka åtgärder tar ni med', 'Vill ni ändra']) await choose(m);
  expect(
    await Promise.race([done, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`still running; screen:\n${screen.getScreen()}`)), 8000))]),
  ).toBe(0);
  expect(out.replace(/\s+/g, ' ')).toContain(
    'Frågorna eller nivåerna har ändrats sedan katalogversion 1.0.0 för 1.1.a: de ställs utan förra svaret, så bedöm dem på nytt.',
  );
  const plan = parse(readFileSync(join(dir, 'plan-2026.yaml'), 'utf8'));
  expect(plan.catalogue).toEqual({ id: 'skoltest', version: '1.1.0' });
  expect(plan.assessment.answers).toEqual({ '1.1.a': { current: 3, target: 4 }, '1.1.b': { status: 'not-relevant' }, '2.1.a': { current: 1, target: 2 } });
});
