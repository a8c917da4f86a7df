// `skoldigiplan compare` end to end: golden Markdown and JSON, the JSON schema, the PDF, and the refusals.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCompareResult } from '../../src/generated/validators.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const FIXTURES = 'test/fixtures/follow-up';
const GOLDEN = join(ROOT, FIXTURES, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup(): string {
  const t = tempDir([`${FIXTURES}/plan-2026.yaml`, `${FIXTURES}/plan-2027.yaml`, `${FIXTURES}/catalogue.yaml`]);
  cleanup = t.cleanup;
  return t.dir;
}

/** The fixture catalogue keeps the golden files independent of edits to the built-in catalogue's wording. */
const compare = (dir: string, args: string[] = [], env: Record<string, string> = {}) =>
  runMain(['compare', 'plan-2026.yaml', 'plan-2027.yaml', '--catalogue', 'catalogue.yaml', '--date', '2027-11-30', ...args], { cwd: dir, env });

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (update) writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing; run with UPDATE_GOLDEN=1 to create it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

describe('compare: golden output', () => {
  it('Markdown in Swedish: summary first, then tables', async () => {
    const r = await compare(setup());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    golden('compare.md', r.stdout);
    const summary = r.stdout.indexOf('## Sammanfattning');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(r.stdout.indexOf('| Delmål |'));
    expect(r.stdout).toContain('- 3 av 9 delmål har höjts, 1 har sänkts, 4 är oförändrade och 1 går inte att jämföra.');
    expect(r.stdout).toContain('Referensdatum: 2027-11-30.');
  });

  it('escapes user text for Markdown', async () => {
    const r = await compare(setup());
    expect(r.stdout).toContain('| A06 Gemensam lärplattform \\| pilot | planerad | inställd: Ersätts av den regionala upphandlingen &lt;2028> |');
  });

  it('Markdown in English with --lang en', async () => {
    const r = await compare(setup(), ['--lang', 'en']);
    expect(r.code).toBe(0);
    golden('compare.en.md', r.stdout);
    expect(r.stdout).toContain('- 3 of 9 sub-goals have been raised, 1 lowered, 4 unchanged and 1 cannot be compared.');
  });

  it('JSON that matches schemas/compare-result.schema.json', async () => {
    const r = await compare(setup(), ['--format', 'json']);
    expect(r.code).toBe(0);
    golden('compare.json', r.stdout);
    const data = JSON.parse(r.stdout);
    expect(validateCompareResult(data), JSON.stringify(validateCompareResult.errors)).toBe(true);
    expect(data.summary.goals).toEqual({ total: 9, raised: 3, lowered: 1, unchanged: 4, notComparable: 1 });
    expect(data.summary.actions).toMatchObject({ done: 2, late: 1, dropped: 2, new: 2 });
    expect(data.actions.late.map((a: { id: string }) => a.id)).toEqual(['A05']);
  });

  it('gives the same bytes for the same plans and date, with the date from SOURCE_DATE_EPOCH too', async () => {
    const dir = setup();
    const a = (await compare(dir, ['--format', 'json'])).stdout;
    const epoch = String(Date.UTC(2027, 10, 30) / 1000);
    const b = (
      await runMain(['compare', 'plan-2026.yaml', 'plan-2027.yaml', '--catalogue', 'catalogue.yaml', '--format', 'json'], {
        cwd: dir,
        env: { SOURCE_DATE_EPOCH: epoch },
      })
    ).stdout;
    expect(b).toBe(a);
  });

  it('writes -o to a file atomically and says where', async () => {
    const dir = setup();
    const r = await compare(dir, ['-o', 'rapport/jamforelse.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Skrev rapport/jamforelse.md');
    expect(readFileSync(join(dir, 'rapport/jamforelse.md'), 'utf8')).toBe(readFileSync(join(GOLDEN, 'compare.md'), 'utf8'));
    expect(readdirSync(join(dir, 'rapport'))).toEqual(['jamforelse.md']);
  });
});

describe('compare: PDF', () => {
  it('writes a tagged PDF with an embedded font beside the newer plan, the same bytes each time', async () => {
    const dir = setup();
    const r = await compare(dir, ['--format', 'pdf']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Skrev plan-2027-comparison.pdf');
    const bytes = readFileSync(join(dir, 'plan-2027-comparison.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toContain('/FontFile2');
    const text = await pdfText(bytes);
    expect(text).toContain('3 av 9 delmål har höjts');
    expect(text).toContain('A05 Programmering i teknikundervisningen');
    expect((await compare(dir, ['--format', 'pdf'])).code).toBe(0);
    expect(readFileSync(join(dir, 'plan-2027-comparison.pdf')).equals(bytes)).toBe(true);
  });

  it('names the plans without the absolute paths of the machine', async () => {
    const dir = setup();
    // Run from another folder, so the plans can only be named by their absolute paths.
    mkdirSync(join(dir, 'elsewhere'));
    const r = await runMain(
      [
        'compare',
        join(dir, 'plan-2026.yaml'),
        join(dir, 'plan-2027.yaml'),
        '--catalogue',
        join(dir, 'catalogue.yaml'),
        '--date',
        '2027-11-30',
        '--format',
        'pdf',
        '-o',
        'cmp.pdf',
      ],
      { cwd: join(dir, 'elsewhere') },
    );
    expect(r.code).toBe(0);
    const text = await pdfText(readFileSync(join(dir, 'elsewhere', 'cmp.pdf')));
    const folder = dir.split('/').filter(Boolean).at(-1)!;
    expect(text).toContain(`${folder}/plan-2026.yaml`);
    expect(text).not.toContain(dir);
  });

  it('takes --pdf-profile archive and writes PDF/A-2a', async () => {
    const dir = setup();
    const r = await compare(dir, ['--format', 'pdf', '--pdf-profile', 'archive']);
    expect(r.code).toBe(0);
    const raw = readFileSync(join(dir, 'plan-2027-comparison.pdf')).toString('latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('/OutputIntents');
    expect(raw).not.toContain('pdfuaid');
  });
});

describe('compare: refusals', () => {
  it('refuses plans of different organisations with exit 1, unless --force', async () => {
    const dir = setup();
    const newer = join(dir, 'plan-2027.yaml');
    writeFileSync(newer, readFileSync(newer, 'utf8').replace('municipalityCode: "0180"', 'municipalityCode: "0114"'));
    const r = await compare(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('plan-2026.yaml och plan-2027.yaml gäller olika organisationer: kommunkod 0180 och 0114');
    const forced = await compare(dir, ['--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('> **Obs! Planerna gäller olika organisationer (kommunkod 0180 och 0114).');
  });

  it('refuses an invalid plan with exit 1 and its diagnostics', async () => {
    const dir = setup();
    const older = join(dir, 'plan-2026.yaml');
    writeFileSync(older, readFileSync(older, 'utf8').replace('1.2.b: {', '1.2.x: {'));
    // As a process, as each exit path of compare is once.
    const r = runCli(['compare', 'plan-2026.yaml', 'plan-2027.yaml', '--catalogue', 'catalogue.yaml', '--date', '2027-11-30'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan-2026\.yaml:22:5: fel: okänd indikator 1\.2\.x/);
  });

  it('will not write the report over one of the plans', async () => {
    const dir = setup();
    const before = readFileSync(join(dir, 'plan-2027.yaml'), 'utf8');
    const r = runCli(['compare', 'plan-2026.yaml', 'plan-2027.yaml', '--catalogue', 'catalogue.yaml', '--date', '2027-11-30', '-o', 'plan-2027.yaml'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('utfilen plan-2027.yaml är en av planfilerna');
    expect(readFileSync(join(dir, 'plan-2027.yaml'), 'utf8')).toBe(before);
  });

  it('warns when the older plan is given second', () => {
    const dir = setup();
    const r = runCli(['compare', 'plan-2027.yaml', 'plan-2026.yaml', '--catalogue', 'catalogue.yaml', '--date', '2027-11-30'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('plan-2027.yaml:15:9: varning: bedömningen här (2027-11-26) är senare än den i plan-2026.yaml (2026-11-28)');
  });

  it('rejects an unknown format as a usage error', async () => {
    const r = await compare(setup(), ['--format', 'docx']);
    expect(r.code).toBe(2);
  });
});
