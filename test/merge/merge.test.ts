// `merge` run in process: a plan made or updated from answers files, and every bad file named with its line.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/merge.ts';
import { UserError } from '../../src/errors.ts';
import { loadPlan } from '../../src/io/load-plan.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { answersFile, context, type SheetSpec } from './helpers.ts';

function folder(dir: string, specs: SheetSpec[], name = 'svar'): string {
  mkdirSync(join(dir, name), { recursive: true });
  specs.forEach((s, i) => {
    writeFileSync(join(dir, name, `svar-${i + 1}.yaml`), answersFile(s));
  });
  return name;
}

const FIVE: SheetSpec[] = [
  { id: 'a1', role: 'rektor', unit: 'Norrskolan', answers: { '1.1.a': { current: 1, target: 3 }, '1.1.b': { status: 'unknown' } } },
  { id: 'a2', role: 'rektor', unit: 'Norrskolan', answers: { '1.1.a': { current: 2, target: 3 }, '1.1.b': { current: 2, target: 2 } } },
  { id: 'a3', role: 'rektor', unit: 'Söderskolan', answers: { '1.1.a': { current: 3, target: 4 }, '1.1.b': { current: 2, target: 3 } } },
  { id: 'a4', role: 'larare', unit: 'Norrskolan', answers: { '1.1.a': { current: 2, target: 3, comment: 'Mer fortbildning behövs.' } } },
  { id: 'a5', role: 'larare', answers: { '1.1.a': { current: 2, target: 2 }, '1.1.b': { status: 'not-relevant' } } },
];

describe('merge into a new plan', () => {
  it('creates a valid plan whose answers follow the median rule and which keeps the spread', async () => {
    const dir = testDir();
    const svar = folder(dir, FIVE);
    const ctx = context(dir);
    expect(await run(ctx, [svar], { into: 'plan.yaml', rule: 'median' })).toBe(0);
    const load = loadPlan('plan.yaml', { cwd: dir, lang: 'sv' });
    expect(load.diagnostics).toEqual([]);
    const a = load.plan!.assessment;
    expect(a.answers['1.1.a']).toMatchObject({ current: 2, target: 3, responses: { count: 5, current: [1, 3, 1, 0], rule: 'median' } });
    expect(a.answers['1.1.b']).toMatchObject({ current: 2, target: 2, responses: { count: 4, current: [0, 2, 0, 0], unknown: 1, notRelevant: 1 } });
    expect(a.answers['1.2.a']).toBeUndefined();
    expect(a.respondents).toEqual({
      count: 5,
      roles: { rektor: 3, larare: 2 },
      units: [
        { name: 'Norrskolan', count: 3 },
        { name: 'Söderskolan', count: 1 },
      ],
    });
    expect(load.plan!.organisation).toMatchObject({ name: 'Exempelby kommun', municipalityCode: '2506' });
    expect(ctx.err()).toContain('5 svarsfiler är sammanslagna (3 rektorer, 2 lärare)');
    expect(ctx.err()).toContain('1 indikator där bilden skiljer sig åt');
  });

  it('gives the same file when run again with the same answers', async () => {
    const dir = testDir();
    const svar = folder(dir, FIVE);
    await run(context(dir), [svar], { into: 'plan.yaml' });
    const first = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(await run(context(dir), [`${svar}/*.yaml`], { into: 'plan.yaml' })).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(first);
  });

  it('never reads the plan itself as an answers file, when it lies among them', async () => {
    const dir = testDir();
    const svar = folder(dir, FIVE);
    const ctx = context(dir);
    expect(await run(ctx, [svar], { into: `${svar}/plan.yaml` })).toBe(0);
    expect(await run(ctx, [svar], { into: `${svar}/plan.yaml` })).toBe(0);
    expect(loadPlan(`${svar}/plan.yaml`, { cwd: dir, lang: 'sv' }).plan!.assessment.respondents!.count).toBe(5);
    expect(ctx.err()).not.toContain('fel:');
  });

  it('refuses to make a plan when no answers file names the organiser', async () => {
    const dir = testDir();
    const svar = folder(dir, [{ organisation: null, answers: { '1.1.a': { current: 2 } } }]);
    const err = await run(context(dir), [svar], { into: 'plan.yaml' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain('plan.yaml finns inte');
    expect((err as UserError).hint).toContain('--organisation');
  });
});

describe('merge into an existing plan', () => {
  it("keeps the organiser's decisions, comments and the layout outside the answers", async () => {
    const dir = testDir();
    copyFileSync(join(ROOT, 'examples/landsbygd.yaml'), join(dir, 'plan.yaml'));
    const before = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    const svar = folder(dir, FIVE);
    const ctx = context(dir);
    expect(await run(ctx, [svar], { into: 'plan.yaml' })).toBe(0);
    const after = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    // The example's own answers are the organiser's: kept, with the spread beside them.
    const load = loadPlan('plan.yaml', { cwd: dir, lang: 'sv' });
    expect(load.ok).toBe(true);
    expect(load.plan!.assessment.answers['1.1.a']).toMatchObject({
      current: 2,
      target: 3,
      comment: 'Progressionen finns i åk 7–9 men inte i de lägre årskurserna.',
      responses: { count: 5 },
    });
    expect(ctx.err()).toContain('2 egna beslut i planen har behållits');
    expect(ctx.err()).toMatch(/\d+ svar har satts enligt medianregeln; 2 egna beslut/);
    // Everything from planning on is as it was, to the byte; so are the comment lines at the top.
    expect(after.slice(after.indexOf('\nplanning:'))).toBe(before.slice(before.indexOf('\nplanning:')));
    expect(after).toContain('# Fiktivt exempel: en liten landsbygdskommun.');
    expect(after).toContain('    1.1.c: { current: 1, target: 3, importance: high, comment: Elevhälsan saknar överblick över stödprogram. }');
  });
});

describe('bad answers files', () => {
  it('names each with file:line:col, merges the others, and exits 1', async () => {
    const dir = testDir();
    const svar = folder(dir, [
      { id: 'b1', answers: { '1.1.a': { current: 2, target: 3 } } },
      { id: 'b2', version: '0.9.0', answers: { '1.1.a': { current: 1 } } },
      {
        id: 'b3',
        organisation: { name: 'Annan kommun', kind: 'municipality', municipalityCode: '0180', schoolForms: ['grundskola'] },
        answers: { '1.1.a': { current: 1 } },
      },
      { id: 'b1', answers: { '1.1.a': { current: 2, target: 3 } } },
      { id: 'b5', answers: { '1.1.a': { current: 5 as 4 } } },
      { id: 'b6', role: 'larare', answers: { '1.1.a': { current: 3, target: 3 } } },
      { id: 'b7', answers: { '9.9.z': { current: 3 } } },
    ]);
    writeFileSync(join(dir, svar, 'trasig.yaml'), 'schemaVersion: 1\nrespondent: [\n');
    const ctx = context(dir);
    expect(await run(ctx, [svar], { into: 'plan.yaml' })).toBe(1);
    const err = ctx.err();
    expect(err).toMatch(/^svar\/svar-2\.yaml:4:\d+: fel: svaren gäller katalogen nationell 0\.9\.0, men planen använder nationell 1\.1\.0$/m);
    expect(err).toMatch(/^svar\/svar-3\.yaml:5:\d+: fel: svaren gäller Annan kommun \(0180\), men planen gäller Exempelby kommun \(2506\)$/m);
    expect(err).toMatch(/^svar\/svar-4\.yaml:1:1: fel: samma svar som i svar\/svar-1\.yaml/m);
    expect(err).toMatch(/^svar\/svar-5\.yaml:11:\d+: fel: /m);
    expect(err).toMatch(/^svar\/svar-7\.yaml:11:5: fel: indikatorn 9\.9\.z finns inte i katalogen$/m);
    expect(err).toMatch(/^svar\/trasig\.yaml:\d+:\d+: fel: /m);
    expect(err).toContain('6 filer kunde inte slås ihop');
    const plan = loadPlan('plan.yaml', { cwd: dir, lang: 'sv' }).plan!;
    expect(plan.assessment.respondents).toMatchObject({ count: 2, roles: { rektor: 1, larare: 1 } });
  });

  it('leaves an invalid plan untouched', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'plan.yaml'), 'schemaVersion: 1\ncatalogue: { id: nationell, version: 1.0.0 }\n');
    const svar = folder(dir, FIVE);
    await expect(run(context(dir), [svar], { into: 'plan.yaml' })).rejects.toBeInstanceOf(UserError);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('schemaVersion: 1\ncatalogue: { id: nationell, version: 1.0.0 }\n');
  });
});

describe('merge --into and other writers', () => {
  it('waits for a plan another command is writing, then refuses and leaves the plan as it was', async () => {
    const dir = testDir();
    const svar = folder(dir, [{ id: 'a1', answers: { '1.1.a': { current: 2, target: 3 } } }]);
    copyFileSync(join(ROOT, 'examples/landsbygd.yaml'), join(dir, 'plan.yaml'));
    const before = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    // The lock `status` takes on the plan, held by this process as another writer would hold it.
    const lock = join(dir, 'plan.yaml.lock');
    mkdirSync(lock);
    writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), nonce: 'other-writer' }));
    const ctx = context(dir);
    await expect(run(ctx, [svar], { into: 'plan.yaml' })).rejects.toThrow(/plan\.yaml skrivs just nu av ett annat kommando \(process \d+ på /);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(before);
  });
});
