// The built `skoldigiplan assess` without a terminal: it refuses to prompt, and --answers does the whole job from a file.
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Catalogue } from '../../src/core/model.ts';
import { ROOT, runCli, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const CATALOGUE = join(ROOT, 'test/fixtures/assess/catalogue.yaml');
const ANSWERS = join(ROOT, 'test/fixtures/assess/answers.yaml');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('the end-to-end tests need the build: run npm run build first');
});

const folder = testDir;

describe('without a terminal', () => {
  test.each([
    ['a closed stdin', ''],
    ['piped answers', 'Kommun\nÅre\n'],
  ])('%s: exits 2 at once with the explanation, and writes nothing', (_, input) => {
    const dir = folder();
    const started = Date.now();
    const r = runCli(['assess', '--catalogue', CATALOGUE], { cwd: dir, input, timeout: 15_000 });
    expect(r.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.stderr).toContain('fel: assess ställer frågor och behöver en terminal');
    expect(r.stderr).toContain('skoldigiplan assess --answers svar.yaml');
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(false);
  });

  test('in English with --lang en', async () => {
    const r = await runMain(['assess', '--lang', 'en'], { cwd: folder() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: assess asks questions and needs a terminal');
  });

  test('--resume without a terminal says the draft is kept', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'plan.yaml.draft'),
      'schemaVersion: 1\ndraft: true\nresume: { step: org.kind, output: plan.yaml, lang: sv }\ncatalogue: { id: nationell, version: 1.0.0 }\n',
    );
    const r = await runMain(['assess', '--resume'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Utkastet plan.yaml.draft finns kvar');
    expect(existsSync(join(dir, 'plan.yaml.draft'))).toBe(true);
  });

  test.each([
    [['--answers', 'a.yaml', '--from', 'b.yaml'], '--answers och --from kan inte användas samtidigt'],
    [['--from', 'b.yaml', '--resume'], '--from och --resume kan inte användas samtidigt'],
    [['-o', '-'], 'kan inte skriva till standard ut'],
    [['-o', 'plan.txt'], 'ska sluta på .yaml'],
  ])('usage problems exit 2: %j', async (args, message) => {
    const r = await runMain(['assess', ...args], { cwd: folder() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('--answers', () => {
  test('the built-in catalogue: every indicator answered, a valid plan with Markdown and PDF beside it', async () => {
    const dir = folder();
    const catalogue = JSON.parse(readFileSync(join(ROOT, 'dist/catalogue/nationell.json'), 'utf8')) as Catalogue;
    const answers = Object.fromEntries(
      catalogue.indicators.map((ind, i) => [
        ind.id,
        i % 5 === 3 ? { status: 'unknown' } : i % 7 === 6 ? { status: 'not-relevant' } : { current: 1 + (i % 3), target: Math.min(4, 2 + (i % 3)) },
      ]),
    );
    const file = {
      schemaVersion: 1,
      catalogue: { id: catalogue.id, version: catalogue.version },
      organisation: { name: 'Göteborgs Stad', kind: 'municipality', municipalityCode: '1480', schoolForms: ['grundskola', 'gymnasieskola'] },
      assessment: { date: '2026-11-28', answers },
      planning: { start: '2027-VT', terms: 6, capacity: { actionsPerTerm: 3, budgetPerYear: 800000 } },
    };
    writeFileSync(join(dir, 'svar.yaml'), stringify(file));
    const r = runCli(['assess', '--answers', 'svar.yaml', '-o', 'goteborg.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('goteborg.yaml');
    for (const f of ['goteborg.yaml', 'goteborg.md', 'goteborg.pdf']) expect(existsSync(join(dir, f)), f).toBe(true);
    const plan = readFileSync(join(dir, 'goteborg.yaml'), 'utf8');
    expect(plan.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(plan).toContain('id: A01');
    const check = await runMain(['validate', 'goteborg.yaml'], { cwd: dir });
    expect(check.code, check.stderr).toBe(0);
  });

  test('a plan that only draws warnings (an action with no indicator, one longer than the period) is saved, and the warnings shown', async () => {
    const dir = folder();
    const text = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8')
      .replace('    indicators: [1.2.a]\n    owner: Skolchef', '    indicators: []\n    owner: Skolchef')
      .replace('    end: 2027-VT\n', '    end: 2045-HT\n');
    expect(text).toContain('indicators: []');
    expect(text).toContain('2045-HT');
    writeFileSync(join(dir, 'svar.yaml'), text);
    const r = await runMain(['assess', '--answers', 'svar.yaml', '-o', 'plan.yaml', '--format', 'md', '--date', '2027-11-28'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('internt fel');
    // Each warning once: said about the answers file, not again about the plan made from it.
    const warned = r.stderr.split('\n').filter((l) => l.includes(': varning: '));
    expect(warned.map((l) => l.replace(/^svar\.yaml:\d+:\d+: /, ''))).toEqual([
      'varning: åtgärden A01 är inte kopplad till någon indikator',
      'varning: åtgärden pågår 38 terminer (från 2027-VT till 2045-HT), längre än hela planeringsperioden på 6 terminer',
    ]);
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'plan.md'))).toBe(true);
    const check = await runMain(['validate', 'plan.yaml'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stderr).toContain('varning:');
  });

  test("keeps a plan.md of one's own beside the plan: the plan is saved, the Markdown refused; --force replaces it", async () => {
    const dir = folder();
    writeFileSync(join(dir, 'svar.yaml'), readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8'));
    writeFileSync(join(dir, 'plan.md'), 'egna anteckningar\n');
    const args = ['assess', '--answers', 'svar.yaml', '-o', 'plan.yaml', '--format', 'md', '--date', '2027-11-28'];
    const r = await runMain(args, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plan.md finns redan men är inte gjord av skoldigiplan, så den skrivs inte över');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('egna anteckningar\n');
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(true);
    const forced = await runMain([...args, '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toMatch(/^# Handlingsplan/);
  });

  test('a bad answers file is reported at file:line:col and exits 1', async () => {
    const dir = folder();
    const text = readFileSync(ANSWERS, 'utf8')
      .replace('municipalityCode: "2321"', 'municipalityCode: "9999"')
      .replace('{ current: 1, target: 3,', '{ current: 3, target: 2,');
    writeFileSync(join(dir, 'answers.yaml'), text);
    const r = await runMain(['assess', '--answers', 'answers.yaml', '--catalogue', CATALOGUE], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = text.split('\n');
    const codeLine = lines.findIndex((l) => l.includes('9999')) + 1;
    const targetLine = lines.findIndex((l) => l.includes('target: 2')) + 1;
    expect(r.stderr).toMatch(new RegExp(`answers\\.yaml:${codeLine}:\\d+: fel: `));
    expect(r.stderr).toMatch(new RegExp(`answers\\.yaml:${targetLine}:\\d+: fel: `));
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(false);
  });

  test('an existing plan file is kept unless --force is given', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'plan.yaml'), 'min egen plan\n');
    const refused = await runMain(['assess', '--answers', ANSWERS, '--catalogue', CATALOGUE, '--format', 'md'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('plan.yaml finns redan och skrivs inte över');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('min egen plan\n');
    const forced = await runMain(['assess', '--answers', ANSWERS, '--catalogue', CATALOGUE, '--format', 'md', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain('name: Åre kommun');
  });

  test('a draft is not an answers file', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'plan.yaml.draft'),
      'schemaVersion: 1\ndraft: true\nresume: { step: org.kind, output: plan.yaml, lang: sv }\ncatalogue: { id: nationell, version: 1.0.0 }\n',
    );
    const r = await runMain(['assess', '--answers', 'plan.yaml.draft'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('är ett utkast');
    expect(r.stderr).toContain('--resume plan.yaml.draft');
  });
});
