// `assess` driven through its real prompts on a test screen (the @inquirer/testing/vitest auto-mock; no render() in this file).
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import type { Context } from '../../src/context.ts';
import { CancelledError } from '../../src/errors.ts';
import { createColour } from '../../src/io/colour.ts';
import { run, type Options } from '../../src/commands/assess.ts';
import { ROOT } from '../helpers/cli.ts';

const CATALOGUE = join(ROOT, 'test/fixtures/assess/catalogue.yaml');

// The level questions and the review are drawn by the project's own list prompt: it is put on the test screen too.
vi.mock('../../src/io/select-prompt.ts', async (importOriginal) => {
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  const actual = await importOriginal<typeof import('../../src/io/select-prompt.ts')>();
  return { ...actual, pick: wrapPrompt(actual.pick) };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'skoldigiplan-assess-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Captured {
  ctx: Context;
  out: () => string;
  err: () => string;
}

function fakeTerminal(lang: 'sv' | 'en' = 'sv'): Captured {
  let out = '';
  let err = '';
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  const ctx: Context = {
    cwd: dir,
    env: { TZ: 'UTC' },
    lang,
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    stdout,
    stderr: { write: (s: string | Uint8Array) => (err += String(s)) },
    colour: createColour(false),
    now: () => new Date('2026-11-28T10:00:00Z'),
  };
  return { ctx, out: () => out, err: () => err };
}

const opts = (extra: Options = {}): Options => ({ output: 'plan.yaml', format: ['md'], catalogue: CATALOGUE, ...extra });

/** Waits until an unanswered prompt starting with `message` is on the test screen. */
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

async function write(message: string, text: string): Promise<void> {
  await at(message);
  if (text) screen.type(text);
  screen.keypress('enter');
}

async function organisation(): Promise<void> {
  await choose('Vilken sorts huvudman');
  await at('Vilken kommun');
  screen.type('åre');
  await at('Vilken kommun? Skriv för att söka åre');
  for (let i = 0; i < 20 && !screen.getScreen().includes('Jämtlands län'); i++) await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 50))]);
  screen.keypress('enter');
  await write('Huvudmannens namn', '');
  await choose('Gäller bedömningen');
  await choose('Vilka skolformer', 'space', 'down', 'down', 'space');
  await write('Kontaktperson: namn', 'Örjan Ängsö');
  await write('Kontaktperson: roll', 'skolchef');
  await write('Kontaktperson: e-post', '');
}

/** Waits until the screen shows the text. */
async function shows(text: string): Promise<void> {
  for (let i = 0; i < 40 && !screen.getScreen().includes(text); i++) await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 50))]);
  expect(screen.getScreen()).toContain(text);
}

async function indicators(): Promise<void> {
  // 1.1.a: help opens and closes with ?, then level 1 with k (a comment follows), target 3 by its number key,
  // a comment with å, ä and ö, and the catalogue's importance.
  await at('Finns en plan?');
  expect(screen.getScreen()).toContain('↑↓ välj • 1–4 nivå • ? hjälp • ⏎ bekräfta • k kommentar');
  screen.keypress('?');
  await shows('Hjälp: En beslutad plan med mål.');
  screen.keypress('?');
  for (let i = 0; i < 20 && screen.getScreen().includes('Hjälp:'); i++) await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 50))]);
  expect(screen.getScreen()).not.toContain('Hjälp:');
  screen.keypress('k');
  await at('Vilken nivå');
  screen.keypress('3');
  await shows('❯ Nivå 3');
  screen.keypress('enter');
  await write('Kommentar', 'Vi behöver en plan för förskolan och skolan');
  await write('Underlag', '');
  await choose('Hur viktig');
  // 1.1.b: not relevant.
  await choose('Får personalen', 'down', 'down', 'down', 'down', 'down');
  // 2.1.a: unknown.
  await choose('Har eleverna', 'down', 'down', 'down', 'down');
}

/** The limits as offered, every proposal kept, none changed. */
async function planning(): Promise<void> {
  await choose('Vill ni gå vidare');
  await choose('Vilka åtgärder tar ni med');
  await choose('Vill ni ändra');
}

async function settled(p: Promise<number>): Promise<number> {
  return Promise.race([p, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`still running; screen:\n${screen.getScreen()}`)), 8000))]);
}

describe('assess in a terminal', () => {
  test('answers with not relevant and unknown, a review change, a dropped proposal; the plan and the Markdown are written', async () => {
    const t = fakeTerminal();
    const done = run(t.ctx, [], opts());
    await organisation();
    await indicators();
    // The review: reopen 1.1.a (fourth row) and raise the target to 4.
    await at('Granska och ändra');
    expect(screen.getScreen()).toMatch(/1\.1\.b\s+Fortbildning\s+Ej relevant/);
    expect(screen.getScreen()).toMatch(/2\.1\.a\s+Datorer\s+Vet ej/);
    // The row with a comment is marked.
    expect(screen.getScreen()).toMatch(/1\.1\.a\s+Plan\s+1 → 3\s+Hög\s+✎/);
    await choose('Granska och ändra', 'down', 'down', 'down');
    await choose('Finns en plan?');
    await at('Vilken nivå');
    screen.keypress('4');
    await shows('❯ Nivå 4');
    screen.keypress('k');
    await write('Kommentar', '');
    await write('Underlag', 'Nämndprotokoll');
    await choose('Hur viktig');
    await at('Granska och ändra');
    expect(screen.getScreen()).toMatch(/1\.1\.a\s+Plan\s+1 → 4\s+Hög/);
    screen.keypress('enter');
    await choose('Vill ni gå vidare');
    // Three proposals (1→2, 2→3, 3→4): untick the first, keep the rest.
    await choose('Vilka åtgärder tar ni med', 'space');
    await choose('Vill ni ändra');
    expect(await settled(done)).toBe(0);

    const plan = parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'));
    expect(plan.organisation).toEqual({
      name: 'Åre kommun',
      kind: 'municipality',
      municipalityCode: '2321',
      schoolForms: ['forskola', 'grundskola'],
      contact: { name: 'Örjan Ängsö', role: 'skolchef' },
    });
    expect(plan.assessment.answers).toEqual({
      '1.1.a': { current: 1, target: 4, comment: 'Vi behöver en plan för förskolan och skolan', evidence: 'Nämndprotokoll' },
      '1.1.b': { status: 'not-relevant' },
      '2.1.a': { status: 'unknown' },
    });
    expect(plan.actions.map((a: { id: string; title: string }) => [a.id, a.title])).toEqual([
      ['A01', 'Besluta planen'],
      ['A02', 'Följ upp planen'],
    ]);
    expect(existsSync(join(dir, 'plan.md'))).toBe(true);
    expect(existsSync(join(dir, 'plan.yaml.draft'))).toBe(false);
    expect(t.out()).toContain('Fråga 2 av 3 · 1.1.b Fortbildning');
    expect(t.out()).toContain('Fokusområde 2 av 2: Tillgång');
    expect(t.err()).toContain('skoldigiplan validate plan.yaml');
    expect(t.out()).toContain('Planen får 2 åtgärder.');
  });

  test('an existing plan file is not overwritten when the user says no; the plan is saved under another name', async () => {
    writeFileSync(join(dir, 'plan.yaml'), 'förra versionen\n');
    const t = fakeTerminal();
    const done = run(t.ctx, [], opts());
    await organisation();
    await indicators();
    await choose('Granska och ändra');
    await choose('Vill ni gå vidare');
    await choose('Vilka åtgärder tar ni med');
    // Change the first proposal: owner, terms (lower case is fine) and cost.
    await choose('Vill ni ändra', 'down');
    await write('Ansvarig', 'Förvaltningschef');
    await write('Startar termin', '2027-ht');
    await write('Klar termin', '2027-vt');
    await at('Klar termin');
    for (let i = 0; i < 20 && !screen.getScreen().includes('kan inte bli klar före 2027-HT'); i++)
      await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 50))]);
    expect(screen.getScreen()).toContain('Åtgärden kan inte bli klar före 2027-HT');
    for (let i = 0; i < 7; i++) screen.keypress('backspace');
    screen.type('2028-vt');
    screen.keypress('enter');
    await write('Kostnad', '120 000');
    await choose('Vill ni ändra');
    await at('plan.yaml finns redan. Vill du skriva över den?');
    expect(screen.getScreen()).toContain('(j/N)');
    screen.keypress('enter');
    await write('Spara planen i stället som', '');
    expect(await settled(done)).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('förra versionen\n');
    const saved = parse(readFileSync(join(dir, 'plan-2.yaml'), 'utf8'));
    expect(saved.organisation.name).toBe('Åre kommun');
    expect(saved.actions[0]).toMatchObject({ id: 'A01', owner: 'Förvaltningschef', start: '2027-HT', end: '2028-VT', cost: 120000 });
    expect(existsSync(join(dir, 'plan-2.md'))).toBe(true);
  });

  test('Ctrl-C keeps the draft and names the resume command; --resume asks only what is left', async () => {
    const t = fakeTerminal();
    const first = run(t.ctx, [], opts());
    await organisation();
    await choose('Finns en plan?', 'down');
    await at('Vilken nivå');
    screen.keypress({ name: 'c', ctrl: true });
    const err = await first.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CancelledError);
    expect((err as CancelledError).message).toContain('plan.yaml.draft');
    expect((err as CancelledError).hint).toContain('skoldigiplan assess --resume plan.yaml.draft');
    const draft = parse(readFileSync(join(dir, 'plan.yaml.draft'), 'utf8'));
    expect(draft).toMatchObject({
      draft: true,
      resume: { step: 'target:1.1.a', output: 'plan.yaml', lang: 'sv' },
      assessment: { answers: { '1.1.a': { current: 2, target: 3 } } },
    });

    const again = fakeTerminal();
    const second = run(again.ctx, [], opts({ resume: true, catalogue: undefined }));
    // The organisation and the current level are not asked again: the flow goes on at the target.
    await at('Vilken nivå');
    expect(screen.getScreen()).not.toContain('Nivå 1');
    await choose('Vilken nivå');
    await choose('Får personalen');
    await choose('Vilken nivå');
    await choose('Har eleverna', 'down', 'down', 'down', 'down');
    await choose('Granska och ändra');
    // Proposals for 1.1.a (2→3) and 1.1.b (1→2).
    await planning();
    expect(await settled(second)).toBe(0);
    expect(again.out()).toContain('Fortsätter bedömningen från plan.yaml.draft');
    const plan = parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'));
    expect(plan.organisation.name).toBe('Åre kommun');
    expect(plan.assessment.answers['1.1.a']).toEqual({ current: 2, target: 3 });
    expect(existsSync(join(dir, 'plan.yaml.draft'))).toBe(false);
  });

  test("--from fills in last year: Enter through every question keeps the answers, with today's date and the actions carried", async () => {
    writeFileSync(
      join(dir, 'plan-2025.yaml'),
      [
        'schemaVersion: 1',
        'catalogue: { id: skoltest, version: 1.0.0 }',
        'organisation: { name: Åre kommun, kind: municipality, municipalityCode: "2321", schoolForms: [grundskola], contact: { name: Örjan Ängsö } }',
        'assessment:',
        '  date: 2025-11-20',
        '  answers:',
        '    1.1.a: { current: 2, target: 3, comment: Förra året }',
        '    1.1.b: { status: not-relevant }',
        '    2.1.a: { current: 1, target: 2, importance: high }',
        'planning: { start: 2026-VT, terms: 4, capacity: { actionsPerTerm: 2 } }',
        'actions:',
        '  - { id: A01, title: Skriv ett utkast, indicators: [1.1.a], status: done }',
        '',
      ].join('\n'),
    );
    const t = fakeTerminal();
    const done = run(t.ctx, [], opts({ from: 'plan-2025.yaml', output: 'plan-2026.yaml' }));
    await choose('Vilken sorts huvudman');
    await at('Vilken kommun');
    for (let i = 0; i < 20 && !screen.getScreen().includes('❯ Åre (2321'); i++) await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 50))]);
    screen.keypress('enter');
    for (const m of ['Huvudmannens namn', 'Gäller bedömningen', 'Vilka skolformer', 'Kontaktperson: namn', 'Kontaktperson: roll', 'Kontaktperson: e-post'])
      await choose(m);
    for (const m of ['Finns en plan?', 'Vilken nivå', 'Får personalen', 'Har eleverna', 'Vilken nivå', 'Granska och ändra']) await choose(m);
    await planning();
    expect(await settled(done)).toBe(0);
    expect(t.out()).toContain('Ramarna: 4 terminer från 2027-VT, högst 2 åtgärder per termin, ingen budgetgräns.');
    expect(t.out()).toContain('Svaren från plan-2025.yaml (2025-11-20) är förifyllda.');
    const plan = parse(readFileSync(join(dir, 'plan-2026.yaml'), 'utf8'));
    expect(plan.assessment).toEqual({
      date: '2026-11-28',
      answers: {
        '1.1.a': { current: 2, target: 3, comment: 'Förra året' },
        '1.1.b': { status: 'not-relevant' },
        '2.1.a': { current: 1, target: 2, importance: 'high' },
      },
    });
    expect(plan.planning).toEqual({ start: '2027-VT', terms: 4, capacity: { actionsPerTerm: 2 } });
    expect(plan.actions.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      ['A01', 'done'],
      ['A02', 'planned'],
      ['A03', 'planned'],
    ]);
  });

  test('an unfinished draft beside the plan is offered before a new assessment starts', async () => {
    const t = fakeTerminal();
    const first = run(t.ctx, [], opts());
    await choose('Vilken sorts huvudman', 'down');
    await write('Huvudmannens namn', 'Friskolan Lärkan AB');
    await write('Organisationsnummer', '556000-0002');
    await at('Organisationsnummer');
    for (let i = 0; i < 20 && !screen.getScreen().includes('kontrollsiffran'); i++) await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 50))]);
    expect(screen.getScreen()).toContain('Organisationsnumret stämmer inte (kontrollsiffran är fel)');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(first).rejects.toBeInstanceOf(CancelledError);

    const second = fakeTerminal();
    const again = run(second.ctx, [], opts());
    await at('Det finns en påbörjad bedömning i plan.yaml.draft');
    screen.keypress('enter');
    // Kind and name were given; the flow goes on at the organisation number.
    await at('Organisationsnummer');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(again).rejects.toBeInstanceOf(CancelledError);
    expect(parse(readFileSync(join(dir, 'plan.yaml.draft'), 'utf8')).resume.organisation).toEqual({ name: 'Friskolan Lärkan AB', kind: 'independent' });
  });

  test('--lang en asks in English', async () => {
    const t = fakeTerminal('en');
    const done = run(t.ctx, [], opts());
    await at('What kind of school organiser');
    expect(screen.getScreen()).toContain('↑↓ move • ⏎ confirm');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).rejects.toBeInstanceOf(CancelledError);
    expect(t.out()).toContain('Assessment against Test catalogue for the assessment: 3 questions.');
  });
});

// `assess --from` a plan made with an older catalogue version: answers the catalogue asks to assess again (`reassess`)
// are asked afresh, without last year's answer as the default; the others are pre-filled as usual.
test("--from a plan of an older catalogue asks an indicator to assess again without last year's answer, and says why", async () => {
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
  const t = fakeTerminal();
  const done = run(t.ctx, [], { from: 'plan-2025.yaml', output: 'plan-2026.yaml', format: ['md'], catalogue: 'catalogue.yaml' });
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
  expect(await settled(done)).toBe(0);
  expect(t.out().replace(/\s+/g, ' ')).toContain(
    'Frågorna eller nivåerna har ändrats sedan katalogversion 1.0.0 för 1.1.a: de ställs utan förra svaret, så bedöm dem på nytt.',
  );
  const plan = parse(readFileSync(join(dir, 'plan-2026.yaml'), 'utf8'));
  expect(plan.catalogue).toEqual({ id: 'skoltest', version: '1.1.0' });
  expect(plan.assessment.answers).toEqual({ '1.1.a': { current: 3, target: 4 }, '1.1.b': { status: 'not-relevant' }, '2.1.a': { current: 1, target: 2 } });
});
