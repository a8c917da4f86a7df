// What a new user would try: mark two actions done, raise two levels by hand, and compare the plans for the board.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { builtinCatalogue } from '../../src/io/load-catalogue.ts';
import { tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

it('status twice, two levels raised by hand, then compare prints a progress report a board member can read', async () => {
  const t = tempDir(['test/fixtures/follow-up/plan-2026.yaml']);
  cleanup = t.cleanup;
  const dir = t.dir;
  // Assessed against the built-in catalogue's current version, as a plan made today would be.
  const current = readFileSync(join(dir, 'plan-2026.yaml'), 'utf8').replace('version: 1.0.0 }', `version: ${builtinCatalogue('nationell')!.version} }`);
  for (const name of ['old.yaml', 'new.yaml']) writeFileSync(join(dir, name), current);

  // The built-in catalogue, as a user would have it.
  const a01 = await runMain(['status', 'new.yaml', 'A01', 'klar', '--note', 'Beslutad i nämnden', '--date', '2027-05-12'], { cwd: dir });
  expect(a01.stderr).toContain('A01: planerad → klar');
  expect(a01.code).toBe(0);
  const a03 = await runMain(['status', 'new.yaml', 'A03', 'done', '--date', '2027-06-10'], { cwd: dir });
  expect(a03.stderr).toContain('A03: pågår → klar');
  expect(a03.code).toBe(0);

  const file = join(dir, 'new.yaml');
  let text = readFileSync(file, 'utf8');
  const edits: [string, string][] = [
    ['1.2.a: { current: 2, target: 3, importance: high }', '1.2.a: { current: 3, target: 3, importance: high }'],
    ['2.2.b: { current: 2, target: 3, importance: high }', '2.2.b: { current: 3, target: 3, importance: high }'],
    ['date: 2026-11-28', 'date: 2027-11-26'],
  ];
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);

  const r = await runMain(['compare', 'old.yaml', 'new.yaml', '--date', '2027-11-30'], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const lines = r.stdout.split('\n');
  // Title, the two plans, and the summary in words come first: what a board member reads.
  expect(lines[0]).toBe('# Uppföljning av den digitala utvecklingen: Exempelby kommun');
  expect(lines[2]).toBe('Jämförelse av bedömningen 2026-11-28 (old.yaml) med bedömningen 2027-11-26 (new.yaml).');
  expect(lines.slice(4, 8)).toEqual([
    '## Sammanfattning',
    '',
    '- 2 av 9 delmål har höjts, 6 är oförändrade och 1 går inte att jämföra.',
    '- 2 av 25 bedömda indikatorer har fått högre nivå, 18 har samma nivå och 5 går inte att jämföra.',
  ]);
  expect(lines[8]).toBe('- 2 åtgärder har blivit klara, 2 är försenade och 3 pågår eller är planerade.');
  expect(r.stdout).toContain('| A01 Besluta en plan för digitaliseringen med mätbara mål | planerad | Beslutad i nämnden |');
  expect(r.stdout).toContain('| A03 Trådlöst nät i alla förskolor | pågår | – |');
  expect(r.stdout).toMatch(/\| 1\.2\.a [^|]+ \| 2 \| 3 \| höjd \(\+1\) \|/);
  expect(r.stdout).toMatch(/\| 2\.2\.b [^|]+ \| 2 \| 3 \| höjd \(\+1\) \|/);
  expect(r.stdout).toContain('### Försenade (2)');
  // Short enough to take in at a glance: a page or two.
  expect(lines.length).toBeLessThan(80);
});
