// Every --json output of the foundation commands matches the JSON Schema that documents it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
// @ts-expect-error build script without types
import { createAjv } from '../../scripts/validators.mjs';

function validator(name: string) {
  const ajv = createAjv();
  for (const f of readdirSync(join(ROOT, 'schemas')).filter((x) => x.endsWith('.schema.json')))
    ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')));
  return ajv.getSchema(`https://cdn.jsdelivr.net/npm/skoldigiplan/schemas/${name}.schema.json`)!;
}

function expectValid(name: string, data: unknown) {
  const v = validator(name);
  const ok = v(data);
  expect(ok, JSON.stringify(v.errors?.slice(0, 3))).toBe(true);
}

describe('--json outputs follow their schemas', () => {
  it('validate --json (valid and invalid files)', async () => {
    expectValid('validate-result', JSON.parse((await runMain(['validate', '--json', 'examples/storstad.yaml'])).stdout));
    expectValid('validate-result', JSON.parse((await runMain(['validate', '--json', 'package.json', 'missing.yaml'])).stdout));
  });

  it('catalogue --json is a catalogue; catalogue <id> --json is an entry', async () => {
    expectValid('catalogue', JSON.parse((await runMain(['catalogue', '--json'])).stdout));
    for (const id of ['1', '1.2', '1.2.a', 'i13']) expectValid('catalogue-entry', JSON.parse((await runMain(['catalogue', id, '--json'])).stdout));
  });

  it('catalogue --stale --json, with undated entries and every kind of owner', async () => {
    const own = JSON.parse(
      (await runMain(['catalogue', '--catalogue', 'test/fixtures/catalogue-1.1/catalogue.yaml', '--stale', '--months', '0', '--json', '--date', '2026-12-07']))
        .stdout,
    );
    expect(own.stale.some((e: { checked: string | null }) => e.checked === null)).toBe(true);
    expectValid('catalogue-stale', own);
    expectValid('catalogue-stale', JSON.parse((await runMain(['catalogue', '--stale', '--months', '0', '--json', '--lang', 'en'])).stdout));
  });

  it('render --format json', async () => {
    for (const ex of ['landsbygd', 'storstad', 'fristaende']) {
      const r = await runMain(['render', `examples/${ex}.yaml`, '--format', 'json', '-o', '-', '--date', '2026-11-28']);
      expect(r.code).toBe(0);
      expectValid('plan-report', JSON.parse(r.stdout));
    }
  });
});
