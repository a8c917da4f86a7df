// The precompiled validators agree with the schemas they were generated from, and regenerate identically.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
// @ts-expect-error build script without types
import { createAjv, generateValidators } from '../../scripts/validators.mjs';
import { validatePlan } from '../../src/generated/validatePlan.js';
import { validateCatalogue } from '../../src/generated/validateCatalogue.js';

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
const example = (name: string) => parse(readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8'));

describe('precompiled validators', () => {
  it('are what the build generates from the current schemas', () => {
    const generated: Map<string, string> = generateValidators(ROOT);
    expect(generated.size).toBeGreaterThanOrEqual(4);
    for (const [file, text] of generated) {
      const path = file.startsWith('cjs/') ? join(ROOT, 'dist/validators', file.slice(4)) : join(ROOT, 'src/generated', file);
      expect(readFileSync(path, 'utf8'), file).toBe(text);
    }
  });

  const base = example('storstad');
  // biome-ignore lint/suspicious/noExplicitAny: each variant breaks the parsed plan on purpose, in ways no plan type allows.
  const variants: [string, (p: any) => void][] = [
    ['unchanged', () => {}],
    ['kommunkod as a number', (p) => (p.organisation.municipalityCode = 180)],
    ['unknown key', (p) => (p.organisation.colour = 'blå')],
    ['level 5', (p) => (p.assessment.answers['1.2.a'].current = 5)],
    ['bad term', (p) => (p.planning.start = '2027-SOMMAR')],
    ['bad status', (p) => (p.actions[0].status = 'klar')],
    ['status answer with a level', (p) => (p.assessment.answers['1.2.a'] = { status: 'unknown', current: 2 })],
    ['missing planning', (p) => delete p.planning],
    [
      'draft without planning',
      (p) => {
        p.draft = true;
        delete p.planning;
      },
    ],
    ['independent without organisationNumber', (p) => (p.organisation.kind = 'independent')],
  ];
  it.each(variants)('plan: %s — same verdict as ajv compiling the schema', (_, change) => {
    const ajv = createAjv();
    const reference = ajv.compile(schema('plan'));
    const plan = structuredClone(base);
    change(plan);
    expect(validatePlan(plan)).toBe(reference(plan));
  });

  it('the lazily loaded CommonJS copy gives the same verdicts as the ESM module', async () => {
    const { lazyValidator } = await import('../../src/io/lazy-validator.ts');
    const cjs = lazyValidator('validatePlan');
    for (const [, change] of variants) {
      const plan = structuredClone(base);
      change(plan);
      expect(cjs(plan)).toBe(validatePlan(plan));
    }
  });

  it('catalogue: the built catalogue passes both', () => {
    const cat = JSON.parse(readFileSync(join(ROOT, 'dist/catalogue/nationell.json'), 'utf8'));
    const reference = createAjv().compile(schema('catalogue'));
    expect(validateCatalogue(cat)).toBe(true);
    expect(reference(cat)).toBe(true);
    const broken = structuredClone(cat);
    broken.indicators[0].levels.pop();
    expect(validateCatalogue(broken)).toBe(false);
    expect(reference(broken)).toBe(false);
  });
});
