// `status` run from source: the plan is checked before it is written, keeps its byte order mark, and no temporary file is left.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/status.ts';
import { UserError } from '../../src/errors.ts';
import { tempDir } from '../helpers/cli.ts';
import { testContext } from '../helpers/context.ts';

const FIXTURES = 'test/fixtures/follow-up';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const context = (cwd: string) => testContext(cwd);

const opts = { catalogue: 'catalogue.yaml', date: '2027-03-01' };

describe('status run', () => {
  it('writes the new status and a log entry, keeps a byte order mark, and leaves no temporary file', async () => {
    const t = tempDir([`${FIXTURES}/plan-2026.yaml`, `${FIXTURES}/catalogue.yaml`]);
    cleanup = t.cleanup;
    const file = join(t.dir, 'plan-2026.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, `\uFEFF${before}`);
    const id = /^\s*- id: (\S+)/m.exec(before)![1]!;
    const ctx = context(t.dir);
    expect(await run(ctx, ['plan-2026.yaml', id, 'klar'], { ...opts, note: 'Klart i tid' })).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after).toContain('note: Klart i tid');
    expect(after).not.toBe(`\uFEFF${before}`);
    expect(readdirSync(t.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(ctx.err.join('')).toContain(`${id}:`);
  });

  it('leaves the file as it was when the status is the same and there is no note', async () => {
    const t = tempDir([`${FIXTURES}/plan-2026.yaml`, `${FIXTURES}/catalogue.yaml`]);
    cleanup = t.cleanup;
    const file = join(t.dir, 'plan-2026.yaml');
    const before = readFileSync(file, 'utf8');
    const m = /^\s*- id: (\S+)[\s\S]*?\n\s*status: (\S+)/m.exec(before)!;
    expect(await run(context(t.dir), ['plan-2026.yaml', m[1]!, m[2]!], opts)).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses an unknown action with the ids that exist', async () => {
    const t = tempDir([`${FIXTURES}/plan-2026.yaml`, `${FIXTURES}/catalogue.yaml`]);
    cleanup = t.cleanup;
    const before = readFileSync(join(t.dir, 'plan-2026.yaml'), 'utf8');
    const ids = [...before.matchAll(/^\s*- id: (\S+)/gm)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(1);
    const error = await run(context(t.dir), ['plan-2026.yaml', 'X99', 'klar'], opts).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`åtgärden X99 finns inte i planen; åtgärder som finns: ${ids.join(', ')}`);
    expect(readFileSync(join(t.dir, 'plan-2026.yaml'), 'utf8')).toBe(before);
  });
});
