// The built `skoldigiplan assess` in a 60×20 pseudo-terminal: number keys pick levels, help opens and closes in place,
// the review table fits and follows a resize, the binding limit is named, and overfilling a term warns at once.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, ROOT, testDir } from '../helpers/cli.ts';
import { runInPty, type PtyRun } from '../helpers/pty.ts';

const CATALOGUE = join(ROOT, 'test/fixtures/assess/catalogue.yaml');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error(`${BIN} needs the build: run npm run build first`);
});

const runs: PtyRun[] = [];
afterEach(() => {
  for (const r of runs.splice(0)) r.kill();
});

async function answer(r: PtyRun, prompt: string, keys: { type?: string; down?: number; space?: boolean } = {}): Promise<void> {
  await r.waitFor(`? ${prompt}`);
  if (keys.down) r.press('down', keys.down);
  if (keys.space) r.press('space');
  if (keys.type) r.type(keys.type);
  r.press('enter');
}

/** Waits until the text is no longer on screen. */
async function gone(r: PtyRun, text: string): Promise<void> {
  for (let i = 0; i < 200 && r.screen().includes(text); i++) await new Promise((done) => setTimeout(done, 20));
  expect(r.screen()).not.toContain(text);
}

/** A level question: each key in turn, waiting for the row it should highlight (undefined: the highlight stays). */
async function levels(r: PtyRun, prompt: string, keys: [string, string][]): Promise<void> {
  await r.waitFor(`? ${prompt}`);
  for (const [key, highlighted] of keys) {
    r.type(key);
    await r.waitFor(`❯ ${highlighted}`);
  }
  r.press('enter');
}

describe('assess in a narrow terminal', () => {
  test('number keys, help in place, a review table that fits and follows a resize, the binding limit and a capacity warning', async () => {
    const dir = testDir();
    const r = runInPty(['assess', '--catalogue', CATALOGUE, '--date', '2026-11-28'], { cwd: dir, cols: 60, rows: 20 });
    runs.push(r);
    await answer(r, 'Vilken sorts huvudman');
    await r.waitFor('? Vilken kommun');
    r.type('åre');
    await r.waitFor('Åre (2321');
    r.press('enter');
    await answer(r, 'Huvudmannens namn');
    await answer(r, 'Gäller bedömningen');
    await answer(r, 'Vilka skolformer', { space: true });
    await answer(r, 'Kontaktperson: namn');

    // Help opens and closes with ? and leaves no answer line.
    await r.waitFor('? Finns en plan?');
    expect(r.screen()).toContain('1–4 nivå');
    r.type('?');
    await r.waitFor('Hjälp: En beslutad plan med mål.');
    r.type('?');
    await gone(r, 'Hjälp: En beslutad plan med mål.');
    // The number is the level, on the current level and on the target, whatever the position in the list.
    await levels(r, 'Finns en plan?', [
      ['2', 'Nivå 2'],
      ['4', 'Nivå 4'],
      ['2', 'Nivå 2'],
    ]);
    await r.waitFor('✔ 1.1.a nuläge: Nivå 2');
    await levels(r, 'Vilken nivå', [
      ['4', 'Nivå 4'],
      ['3', 'Nivå 3'],
      ['1', 'Nivå 3'],
    ]);
    await r.waitFor('✔ 1.1.a målnivå: Nivå 3');
    await levels(r, 'Får personalen', [['1', 'Nivå 1']]);
    await levels(r, 'Vilken nivå', [['4', 'Nivå 4']]);
    await levels(r, 'Har eleverna', [['1', 'Nivå 1']]);
    await answer(r, 'Vilken nivå');
    expect(r.history()).not.toContain('Visa hjälp');

    // The review table: one line per indicator at 60 columns, nothing cut off onto a line of its own.
    await r.waitFor('? Granska och ändra');
    const table = r.screen();
    expect(table).toMatch(/^\s+1\.1\.a\s+Plan\s+2 → 3\s+\S+/m);
    expect(table).toMatch(/^\s+1\.1\.b\s+Fortbildning\s+1 → 4\s+\S+/m);
    for (const line of table.split('\n')) expect(line.trim()).not.toMatch(/^(Medelhög|Hög|Låg|Ej relevant|Vet ej)$/);
    // Narrower: each indicator takes two lines, its title under the id and answer; wider again: one line.
    r.resize(40, 20);
    await r.waitFor(/^\s+Fortbildning$/m);
    expect(r.screen()).toMatch(/^\s+1\.1\.b\s+1 → 4\s+\S+/m);
    r.resize(60, 20);
    await r.waitFor(/^\s+1\.1\.b\s+Fortbildning\s+1 → 4/m);
    r.press('enter');

    // Tight limits: 2 terms, 1 action per term. The planning step names what binds and what more would make room.
    await answer(r, 'Vill ni gå vidare', { down: 1 });
    await answer(r, 'Vilken termin');
    await answer(r, 'Hur många terminer', { type: '2' });
    await answer(r, 'Hur många åtgärder', { type: '1' });
    await answer(r, 'Budget');
    await r.waitFor('? Vill ni gå vidare');
    const flat = r.history().replace(/\n/g, ' ');
    expect(flat).toMatch(/Det som binder: \d+ ryms inte, \d+ för att terminerna är fulla \(1 åtgärd per termin\)/);
    expect(flat).toMatch(/Med 2 åtgärder per termin ryms [1-9]\d* till; med 4 terminer ryms [1-9]\d* till\./);
    r.press('enter');
    await answer(r, 'Vilka åtgärder tar ni med');
    // Moving the second action into the first term warns as soon as the start term is given.
    await answer(r, 'Vill ni ändra', { down: 2 });
    await answer(r, 'Ansvarig');
    await answer(r, 'Startar termin', { type: '2027-VT' });
    await r.waitFor('? Klar termin');
    expect(r.history().replace(/\n/g, ' ')).toContain('Varning: 2027-VT har nu 2 åtgärder, men ramen är 1 per termin.');
    r.press('enter');
    await answer(r, 'Kostnad');
    await answer(r, 'Vill ni ändra');
    expect(await r.exited).toBe(0);
    const plan = parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'));
    expect(plan.planning).toMatchObject({ terms: 2, capacity: { actionsPerTerm: 1 } });
    expect(plan.actions.map((a: { start: string }) => a.start)).toEqual(['2027-VT', '2027-VT']);
  }, 120_000);

  test('at 80 columns a long question and its answer line break between words', async () => {
    const dir = testDir();
    const args = ['assess', '--catalogue', CATALOGUE, '--date', '2026-11-28', '-o', 'handlingsplan-for-sundsvalls-kommun-2026.yaml'];
    const first = runInPty(args, { cwd: dir, cols: 80, rows: 24 });
    runs.push(first);
    await answer(first, 'Vilken sorts huvudman');
    await first.waitFor('? Vilken kommun');
    first.press('ctrlC');
    expect(await first.exited).toBe(130);

    const again = runInPty(args, { cwd: dir, cols: 80, rows: 24 });
    runs.push(again);
    await again.waitFor('Vill du fortsätta den?');
    const lines = again.screen().split('\n');
    const message = 'Det finns en påbörjad bedömning i handlingsplan-for-sundsvalls-kommun-2026.yaml.draft (sparad Vill du fortsätta den?';
    for (const word of message.split(' '))
      expect(
        lines.some((l) => l.includes(word)),
        `${word} in\n${lines.join('\n')}`,
      ).toBe(true);
    again.press('enter');
    await again.waitFor('? Vilken kommun');
    for (const word of message.split(' '))
      expect(
        again
          .history()
          .split('\n')
          .some((l) => l.includes(word)),
        word,
      ).toBe(true);
  }, 60_000);
});
