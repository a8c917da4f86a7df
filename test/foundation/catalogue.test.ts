// `skoldigiplan catalogue` and `skoldigiplan schema` as a user meets them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('catalogue', () => {
  it('shows 3 focus areas, 9 goals and 18 initiatives, and says which titles are not confirmed', () => {
    const r = runCli(['catalogue']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^Fokusområde \d:/gm)).toHaveLength(3);
    expect(r.stdout.match(/^ {2}Delmål \d\.\d:/gm)).toHaveLength(9);
    const initiatives = r.stdout.slice(r.stdout.indexOf('Nationella initiativ'));
    expect(initiatives.match(/^ {2}[ 1]\d {2}/gm)).toHaveLength(18);
    expect(initiatives).toContain('Säker och effektiv åtkomst till digitala resurser säkerställs');
    expect(initiatives).toContain('(titeln är inte bekräftad mot den nationella handlingsplanen)');
    expect(r.stdout).toMatch(/3 fokusområden, 9 delmål, \d+ indikatorer, 18 nationella initiativ \(4 med bekräftad titel\)/);
  });

  it('shows one indicator in full, in Swedish and in English', async () => {
    const sv = await runMain(['catalogue', '1.2.a']);
    expect(sv.code).toBe(0);
    for (const s of ['Fråga:', 'Hjälp:', 'Nivåer:', 'Föreslagna åtgärder:', '1 → 2', '3 → 4', 'Källor:']) expect(sv.stdout).toContain(s);
    const en = await runMain(['catalogue', '1.2.a', '--lang', 'en']);
    for (const s of ['Question:', 'Levels:', 'Suggested actions:']) expect(en.stdout).toContain(s);
  });

  it('says once, not twice, that a goal is our paraphrase and its wording is not confirmed', async () => {
    const goals: { id: string; text: { sv: string }; wording: string; verified: boolean }[] = JSON.parse((await runMain(['catalogue', '--json'])).stdout).goals;
    const goal = goals.find((g) => g.wording === 'paraphrase' && !g.verified)!;
    const sv = await runMain(['catalogue', goal.id]);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain('Ordalydelse: omskrivning; strategins ordalydelse ej bekräftad\n');
    const en = await runMain(['catalogue', goal.id, '--lang', 'en']);
    expect(en.stdout).toContain("Wording: paraphrase; the strategy's wording not confirmed\n");
    const overview = (await runMain(['catalogue'])).stdout.replace(/\s+/g, ' ');
    expect(overview).toContain(`Delmål ${goal.id}: ${goal.text.sv.replace(/\s+/g, ' ')} (omskrivning; strategins ordalydelse ej bekräftad)`);
  });

  it("lists a focus area's goals under the heading for goals", async () => {
    const sv = (await runMain(['catalogue', '1'])).stdout;
    expect(sv).toMatch(/\nDelmål:\n {2}Delmål 1\.1: /);
    expect(sv).not.toContain('Indikatorer:');
    expect((await runMain(['catalogue', '1', '--lang', 'en'])).stdout).toMatch(/\nGoals:\n {2}Goal 1\.1: /);
  });

  it('shows an unverified initiative without a title', async () => {
    const r = await runMain(['catalogue', 'i7']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Initiativ 7: (titeln är inte bekräftad mot den nationella handlingsplanen)');
  });

  it('gives JSON for scripts', async () => {
    const all = JSON.parse((await runMain(['catalogue', '--json'])).stdout);
    expect(all.focusAreas).toHaveLength(3);
    expect(all.goals).toHaveLength(9);
    expect(all.initiatives).toHaveLength(18);
    const one = JSON.parse((await runMain(['catalogue', '2.2', '--json'])).stdout);
    expect(one).toMatchObject({ kind: 'goal', entry: { id: '2.2', focusArea: '2' } });
  });

  it('an unknown id exits 1 with a hint', () => {
    const r = runCli(['catalogue', '9.9.z']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fel: 9.9.z finns inte i katalogen');
  });
});

describe('schema', () => {
  it('prints the plan schema with its $id', () => {
    const r = runCli(['schema', 'plan']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$id).toBe('https://cdn.jsdelivr.net/npm/skoldigiplan/schemas/plan.schema.json');
  });

  it('saves a schema and does not overwrite it without --force', async () => {
    expect((await runMain(['schema', 'catalogue', '-o', 'cat.json'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'cat.json'), 'utf8')).title).toContain('katalog');
    const again = await runMain(['schema', 'catalogue', '-o', 'cat.json'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finns redan');
    expect((await runMain(['schema', 'catalogue', '-o', 'cat.json', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('an unknown schema is a usage error', () => {
    expect(runCli(['schema', 'nope']).code).toBe(2);
  });

  it('every schema ships in the package', () => {
    for (const f of ['plan', 'catalogue']) expect(existsSync(join(ROOT, 'schemas', `${f}.schema.json`))).toBe(true);
  });
});
