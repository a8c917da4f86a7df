// A name that speaks of another municipality than its kommunkod is a warning with the file's line and column.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherMunicipalityNamed } from '../../src/core/municipality-name.ts';
import { municipalityNames } from '../../src/io/municipalities.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

describe('otherMunicipalityNamed', () => {
  const all = municipalityNames();
  it.each([
    ['Sundsvalls kommun', '0180', 'Sundsvall'],
    ['Barn- och utbildningsförvaltningen i Upplands Väsby', '0180', 'Upplands Väsby'],
    ['Malung-Sälens kommun', '1480', 'Malung-Sälen'],
  ])('%j with %s names %s', (name, code, other) => expect(otherMunicipalityNamed(name, code, all)?.name).toBe(other));
  it.each([
    ['Sundsvalls kommun', '2281'],
    ['Stockholms stad, utbildningsförvaltningen', '0180'],
    ['Exempelstad kommun', '1480'],
    ['Barn- och utbildningsförvaltningen', '2281'],
    // A municipality's own name wins over another one in the same text.
    ['Göteborgs Stad, samarbete med Mölndal', '1480'],
    // A name inside a longer word is no name.
    ['Salaborgsskolan', '2281'],
  ])('%j with %s names no other municipality', (name, code) => expect(otherMunicipalityNamed(name, code, all)).toBeUndefined());
});

const validate = async (dir: string, file: string, lang: 'sv' | 'en' = 'sv') => {
  const r = await runMain(['validate', file, ...(lang === 'en' ? ['--lang', 'en'] : [])], { cwd: dir });
  return { code: r.code, err: r.stderr };
};

describe('validate', () => {
  it('warns at the kommunkod when the name says Sundsvall and the code is Stockholm', async () => {
    const dir = testDir();
    const text = readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8')
      .replace(/name: Exempelstad kommun[^\n]*/, 'name: Sundsvalls kommun')
      .replace('municipalityCode: "1480"', 'municipalityCode: "0180"');
    writeFileSync(join(dir, 'plan.yaml'), text);
    const line = text.split('\n').findIndex((l) => l.includes('municipalityCode')) + 1;
    const r = await validate(dir, 'plan.yaml');
    expect(r.code).toBe(0);
    expect(r.err).toContain(`plan.yaml:${line}:21: varning: namnet säger Sundsvall (2281) men kommunkoden är 0180, Stockholm`);
    expect(r.err).toContain('skriv municipalityCode: "2281" om planen gäller Sundsvall');
    const en = await validate(dir, 'plan.yaml', 'en');
    expect(en.err).toContain('the name says Sundsvall (2281) but the municipality code is 0180, Stockholm');
  });

  it('says nothing when the name and the code agree', async () => {
    const dir = testDir();
    const text = readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8').replace(/name: Exempelstad kommun[^\n]*/, 'name: Göteborgs Stad');
    writeFileSync(join(dir, 'plan.yaml'), text);
    const r = await validate(dir, 'plan.yaml');
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('varning');
  });
});
