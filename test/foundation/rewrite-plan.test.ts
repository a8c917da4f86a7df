// The write path every plan rewrite goes through: a change made again when a program that takes no lock changed the
// plan meanwhile, a refusal when it keeps changing, and assess waiting for another command's lock.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as assess } from '../../src/commands/assess.ts';
import { UserError } from '../../src/errors.ts';
import { rewritePlan } from '../../src/io/rewrite-plan.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { testContext } from '../helpers/context.ts';

const context = (cwd: string) => testContext(cwd);

const STORSTAD = readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8');
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as UserError,
  );

describe('rewritePlan', () => {
  it('makes the change again on what another program wrote while it was being made', async () => {
    const dir = testDir();
    const file = join(dir, 'p.yaml');
    writeFileSync(file, STORSTAD);
    let calls = 0;
    const r = await rewritePlan(context(dir), 'p.yaml', (read) => {
      calls++;
      // An editor saves the plan while the first change is being made.
      if (calls === 1) writeFileSync(file, `${STORSTAD}# sparad i en redigerare\n`);
      return `${read!.source!.text}# ändrad av kommandot\n`;
    });
    expect(r.written).toBe(true);
    expect(calls).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(`${STORSTAD}# sparad i en redigerare\n# ändrad av kommandot\n`);
  });

  it('gives up, changing nothing of its own, when the plan keeps changing under it', async () => {
    const dir = testDir();
    const file = join(dir, 'p.yaml');
    writeFileSync(file, STORSTAD);
    let calls = 0;
    const e = await failure(
      rewritePlan(context(dir), 'p.yaml', (read) => {
        writeFileSync(file, `${STORSTAD}# version ${++calls}\n`);
        return `${read!.source!.text}# ändrad av kommandot\n`;
      }),
    );
    expect(e).toBeInstanceOf(UserError);
    expect(e!.message).toBe('planen ändrades av ett annat kommando medan den lästes, så din ändring är inte gjord');
    expect(e!.hint).toBe('kör kommandot igen');
    expect(readFileSync(file, 'utf8')).toBe(`${STORSTAD}# version ${calls}\n`);
  });
});

describe('assess over an existing plan', () => {
  it("does not write while another command holds the plan's lock", async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'p.yaml'), '# en tidigare plan\n');
    writeFileSync(join(dir, 'svar.yaml'), STORSTAD);
    mkdirSync(join(dir, 'p.yaml.lock'));
    writeFileSync(join(dir, 'p.yaml.lock/owner.json'), JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), nonce: 'other' }));
    const e = await failure(assess(context(dir), [], { answers: 'svar.yaml', output: 'p.yaml', format: [], force: true, date: '2027-03-01' }));
    expect(e).toBeInstanceOf(UserError);
    expect(e!.message).toMatch(/^p\.yaml skrivs just nu av ett annat kommando/);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe('# en tidigare plan\n');
  });
});
