// Commands that rewrite a plan at the same moment: each change is either in the file with its log entry, or reported
// as not made (exit 1, "kör kommandot igen"); never lost after a success. The processes themselves are what is tested.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run as status } from '../../src/commands/status.ts';
import { run as validate } from '../../src/commands/validate.ts';
import { run as render } from '../../src/commands/render.ts';
import { UserError } from '../../src/errors.ts';
import { BIN, ROOT, testDir } from '../helpers/cli.ts';
import { testContext } from '../helpers/context.ts';

/** storstad.yaml with ten actions A01–A10: seven planned ones added after its three. */
function tenActionPlan(dir: string): string {
  const extra = Array.from(
    { length: 7 },
    (_, i) => `  - id: A${String(i + 4).padStart(2, '0')}\n    title: Åtgärd ${i + 4}\n    indicators: [1.3.b]\n    status: planned\n`,
  ).join('');
  const file = join(dir, 'p.yaml');
  writeFileSync(file, readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8') + extra);
  return file;
}

interface Outcome {
  id: string;
  code: number | null;
  stderr: string;
}

function statusProcess(dir: string, id: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'status', 'p.yaml', id, 'cancelled', '--date', '2027-03-01', '--note', `stängd ${id}`], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ id, code, stderr }));
  });
}

/** What the file says of each action: its status and whether its log has this test's entry. */
function actionsIn(file: string): Map<string, { status: string; logged: boolean }> {
  const plan = parse(readFileSync(file, 'utf8')) as { actions: { id: string; status: string; log?: { note?: string; status: string }[] }[] };
  return new Map(
    plan.actions.map((a) => [a.id, { status: a.status, logged: (a.log ?? []).some((e) => e.note === `stängd ${a.id}` && e.status === 'cancelled') }]),
  );
}

/** Checks one round: every success is in the file with its log entry, every failure said so and left no trace. */
function checkRound(dir: string, file: string, outcomes: Outcome[]): { made: number; refused: number } {
  const actions = actionsIn(file);
  let made = 0;
  for (const o of outcomes) {
    const a = actions.get(o.id)!;
    if (o.code === 0) {
      expect(o.stderr, o.id).toContain('p.yaml är uppdaterad');
      expect(a, o.id).toEqual({ status: 'cancelled', logged: true });
      made++;
    } else {
      expect(o.code, o.stderr).toBe(1);
      expect(o.stderr).toMatch(/fel: (p\.yaml skrivs just nu av ett annat kommando|planen ändrades av ett annat kommando medan den lästes)/);
      expect(o.stderr).toContain('kör kommandot igen');
      expect(a.logged, o.id).toBe(false);
      expect(a.status, o.id).not.toBe('cancelled');
    }
  }
  // As many "uppdaterad" as changes in the file.
  const said = outcomes.filter((o) => o.stderr.includes('är uppdaterad')).length;
  expect(said).toBe([...actions.values()].filter((a) => a.logged).length);
  expect(said).toBe(made);
  // No lock and no temporary file is left, and the plan is still valid.
  expect(readdirSync(dir).filter((n) => n.endsWith('.lock') || n.endsWith('.tmp') || n.endsWith('.stale'))).toEqual([]);
  return { made, refused: outcomes.length - made };
}

describe('status: concurrent writers on one plan', () => {
  it('ten processes, each on its own action, twice: no change is lost after a success', async () => {
    const dir = testDir();
    let made = 0;
    for (let round = 0; round < 2; round++) {
      const file = tenActionPlan(dir);
      const ids = Array.from({ length: 10 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`);
      const outcomes = await Promise.all(ids.map((id) => statusProcess(dir, id)));
      made += checkRound(dir, file, outcomes).made;
      const check = spawnSync(process.execPath, [BIN, 'validate', 'p.yaml'], { cwd: dir, encoding: 'utf8' });
      expect(check.status, check.stderr).toBe(0);
    }
    // The lock makes writers wait their turn: most changes are made, not refused.
    expect(made).toBeGreaterThan(0);
  }, 120_000);

  // Twenty such runs, with how they ended and how long they took, are in bench/status-lock.bench.ts.
  it('runs of two simultaneous status commands on different actions: both changes, or one refused with the message', async () => {
    const dir = testDir();
    for (let i = 0; i < 4; i++) {
      const file = tenActionPlan(dir);
      checkRound(dir, file, await Promise.all([statusProcess(dir, 'A01'), statusProcess(dir, 'A02')]));
    }
  }, 120_000);
});

const context = (cwd: string) => testContext(cwd);

/** A lock as another process leaves it: `p.yaml.lock/` with its owner. */
function leaveLock(dir: string, owner: { pid: number; host?: string }, ageMs = 0): string {
  const lock = join(dir, 'p.yaml.lock');
  mkdirSync(lock);
  writeFileSync(
    join(lock, 'owner.json'),
    JSON.stringify({ pid: owner.pid, host: owner.host ?? hostname(), time: new Date(Date.now() - ageMs).toISOString(), nonce: `other-${owner.pid}` }),
  );
  if (ageMs > 0) {
    const then = new Date(Date.now() - ageMs);
    utimesSync(lock, then, then);
  }
  return lock;
}

/** The number of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('status: a lock left behind', () => {
  it('takes over a lock whose process was killed (its pid no longer runs)', async () => {
    const dir = testDir();
    const file = tenActionPlan(dir);
    const lock = leaveLock(dir, { pid: deadPid() });
    expect(await status(context(dir), ['p.yaml', 'A04', 'done'], { date: '2027-03-01' })).toBe(0);
    expect(actionsIn(file).get('A04')!.status).toBe('done');
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock older than the stale limit, even of a process that still runs or of another machine', async () => {
    const dir = testDir();
    const file = tenActionPlan(dir);
    const lock = leaveLock(dir, { pid: process.pid, host: 'en-annan-dator' }, 10 * 60_000);
    expect(await status(context(dir), ['p.yaml', 'A05', 'done'], { date: '2027-03-01' })).toBe(0);
    expect(actionsIn(file).get('A05')!.status).toBe('done');
    expect(existsSync(lock)).toBe(false);
  });

  it('waits for a lock that is held, then refuses with the lock named and changes nothing', async () => {
    const dir = testDir();
    const file = tenActionPlan(dir);
    const before = readFileSync(file, 'utf8');
    const lock = leaveLock(dir, { pid: process.pid });
    const error = await status(context(dir), ['p.yaml', 'A06', 'done'], { date: '2027-03-01' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(
      new RegExp(`^p\\.yaml skrivs just nu av ett annat kommando \\(process ${process.pid} på .+\\), så planen ändras inte$`),
    );
    expect((error as UserError).hint).toMatch(/^vänta tills det är klart och kör kommandot igen; finns låset p\.yaml\.lock kvar/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // The other process's lock is left as it was.
    expect(JSON.parse(readFileSync(join(lock, 'owner.json'), 'utf8')).nonce).toBe(`other-${process.pid}`);
  });

  it('validate and render neither wait for a held lock nor take one', async () => {
    const dir = testDir();
    tenActionPlan(dir);
    const lock = leaveLock(dir, { pid: process.pid });
    const ctx = context(dir);
    expect(await validate(ctx, ['p.yaml'], {})).toBe(0);
    expect(await render(ctx, ['p.yaml'], { format: ['md'], date: '2027-03-01' })).toBe(0);
    expect(JSON.parse(readFileSync(join(lock, 'owner.json'), 'utf8')).nonce).toBe(`other-${process.pid}`);
    expect(
      readdirSync(dir)
        .filter((n) => n.includes('.lock'))
        .sort(),
    ).toEqual(['p.yaml.lock']);
    expect(readdirSync(dir)).toContain('p.md');
  });
});
