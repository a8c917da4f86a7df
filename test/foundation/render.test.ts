// `skoldigiplan render` to Markdown: the examples' committed action plans are reproduced byte for byte.
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const EXAMPLES = ['landsbygd', 'storstad', 'fristaende'];
const DATE = '2026-11-28';
const update = process.env.UPDATE_GOLDEN === '1';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir(['examples'])));
afterAll(() => cleanup());

describe('golden Markdown plans', () => {
  for (const name of EXAMPLES) {
    it(`${name}.yaml renders to the committed ${name}.md`, async () => {
      const r = await runMain(['render', `examples/${name}.yaml`, '--format', 'md', '-o', '-', '--date', DATE]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const golden = join(ROOT, 'examples', `${name}.md`);
      if (update || !existsSync(golden)) writeFileSync(golden, r.stdout);
      expect(r.stdout).toBe(readFileSync(golden, 'utf8'));
    });
  }

  it("carries the catalogue's framework and every policy note, as the PDF does, in both languages", async () => {
    const catalogue = JSON.parse((await runMain(['catalogue', '--json'])).stdout);
    expect(catalogue.policyContext.length).toBeGreaterThan(0);
    for (const lang of ['sv', 'en'] as const) {
      const r = await runMain(['render', 'examples/storstad.yaml', '--format', 'md', '-o', '-', '--date', DATE, '--lang', lang]);
      expect(r.code).toBe(0);
      const at = r.stdout.indexOf(lang === 'sv' ? '## Om underlaget' : '## About the basis of this plan');
      expect(at).toBeGreaterThan(0);
      const about = r.stdout.slice(at);
      expect(about.indexOf(lang === 'sv' ? '### Policyläget' : '### Policy context')).toBeGreaterThan(0);
      expect(about).toContain(catalogue.framework[lang].slice(0, 60));
      for (const note of catalogue.policyContext) expect(about).toContain(`- **${note.title[lang]}** (${note.date}).`);
    }
  });

  it("keeps the organisation's comments and evidence: in the Markdown under the prioritised gaps, in the JSON with every gap", async () => {
    const plan = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8').replace(
      '1.2.a: { current: 1, target: 3, comment: Ingen beslutad plan sedan 2019. }',
      '1.2.a: { current: 1, target: 3, comment: Ingen beslutad plan sedan 2019., evidence: Protokoll från nämnden 2025-03-12 }',
    );
    expect(plan).toContain('evidence: Protokoll');
    writeFileSync(join(dir, 'commented.yaml'), plan);
    const md = await runMain(['render', 'commented.yaml', '--format', 'md', '-o', '-', '--date', DATE], { cwd: dir });
    expect(md.code).toBe(0);
    const notes = md.stdout.slice(md.stdout.indexOf('**Kommentarer och underlag**'), md.stdout.indexOf('## Tidsplan'));
    expect(notes).toContain(
      '- **1.2.a Strategi och mål för digitaliseringen** – Kommentar: Ingen beslutad plan sedan 2019. Underlag: Protokoll från nämnden 2025-03-12.',
    );
    expect(notes).toContain('Kommentar: Skolorna i ytterområdena har svag uppkoppling.');
    const en = await runMain(['render', 'commented.yaml', '--format', 'md', '-o', '-', '--date', DATE, '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('Comment: Ingen beslutad plan sedan 2019. Evidence: Protokoll från nämnden 2025-03-12');
    const json = JSON.parse((await runMain(['render', 'commented.yaml', '--format', 'json', '-o', '-', '--date', DATE], { cwd: dir })).stdout);
    const byId = new Map(json.gaps.map((g: { indicator: string }) => [g.indicator, g]));
    expect(byId.get('1.2.a')).toMatchObject({ comment: 'Ingen beslutad plan sedan 2019.', evidence: 'Protokoll från nämnden 2025-03-12' });
    expect(byId.get('1.3.b')).toMatchObject({ state: 'unknown', comment: 'Ingen har frågat rektorerna ännu.' });
    expect(byId.get('1.2.b')).not.toHaveProperty('comment');
  });

  it("gives the catalogue's remarks on its sources in the plan's language, after the title the source has", async () => {
    const catalogue = JSON.parse((await runMain(['catalogue', '--json'])).stdout);
    const noted = [catalogue.sources, ...catalogue.goals.map((g: { sources: unknown[] }) => g.sources)].flat().filter((s: { note?: unknown }) => s.note);
    expect(noted.length).toBeGreaterThan(0);
    const sources = async (lang: string) => {
      const md = (await runMain(['render', 'examples/storstad.yaml', '--format', 'md', '-o', '-', '--date', DATE, '--lang', lang])).stdout;
      return md.slice(md.indexOf(lang === 'sv' ? '## Källor' : '## Sources'));
    };
    const sv = await sources('sv');
    const en = await sources('en');
    const s = noted.find((x: { url: string }) => sv.includes(x.url))!;
    expect(sv).toContain(`[${s.title} (${s.note.sv})](${s.url})`);
    expect(en).toContain(`[${s.title} (${s.note.en})](${s.url})`);
    for (const word of ['andrahandskälla', 'nyhetsartikel', 'sammanfattning']) expect(en).not.toContain(word);
  });

  it('renders in English with --lang en', async () => {
    const r = await runMain(['render', 'examples/storstad.yaml', '-o', '-', '--date', DATE, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Action plan for digital development – Exempelstad kommun/);
    expect(r.stdout).toContain('## Prioritised gaps');
  });
});

describe('render writes beside the plan and never touches the plan file', () => {
  it('plan.yaml → plan.md, rewritten on every render', async () => {
    const plan = join(dir, 'examples', 'storstad.yaml');
    const before = readFileSync(plan, 'utf8');
    const r1 = runCli(['render', 'examples/storstad.yaml', '--date', DATE], { cwd: dir });
    expect(r1.code).toBe(0);
    expect(r1.stderr).toContain('Skrev examples/storstad.md');
    const md = join(dir, 'examples', 'storstad.md');
    const first = statSync(md).mtimeMs;
    const r2 = await runMain(['render', 'examples/storstad.yaml', '--date', DATE], { cwd: dir });
    expect(r2.code).toBe(0);
    expect(statSync(md).mtimeMs).toBeGreaterThanOrEqual(first);
    expect(readFileSync(plan, 'utf8')).toBe(before);
  });

  it('a plan with errors renders nothing and exits 1', () => {
    writeFileSync(join(dir, 'bad.yaml'), readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8').replace('"2506"', '2506'));
    const r = runCli(['render', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'bad.md'))).toBe(false);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+: fel:/);
  });

  it('what-if flags change the schedule and the limits the plan shows, never the file', async () => {
    const before = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8');
    const r = await runMain(['render', 'examples/landsbygd.yaml', '-o', '-', '--date', DATE, '--capacity', '4', '--budget', '1 000 000 kr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\| \*\*Kapacitet\*\* \| 4 åtgärder per termin, budget 1\s000\s000 kr per år \|/);
    expect(r.stdout).not.toContain(readFileSync(join(ROOT, 'examples/landsbygd.md'), 'utf8').match(/\| \*\*Kapacitet\*\* \|[^\n]*/)![0]);
    expect(readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8')).toBe(before);
  });

  it('-o - with two formats is a usage error', async () => {
    const r = await runMain(['render', 'examples/storstad.yaml', '--format', 'md,json', '-o', '-']);
    expect(r.code).toBe(2);
  });

  it('JSON output parses and holds the priorities', async () => {
    const r = await runMain(['render', 'examples/storstad.yaml', '--format', 'json', '-o', '-', '--date', DATE]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.organisation.municipalityCode).toBe('1480');
    expect(json.priorities.length).toBeGreaterThan(0);
    expect(json.priorities[0].text.length).toBeGreaterThan(0);
  });
});

describe('user text never breaks the Markdown', () => {
  it('pipes, newlines and HTML in names and comments are escaped', async () => {
    const src = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8')
      .replace('name: Exempelby kommun', 'name: "Exempelby | <script>alert(1)</script> kommun"')
      .replace('title: Ta fram en digitaliseringsplan för förskola och skola', 'title: "Rad ett\\nrad två | *fet*"');
    writeFileSync(join(dir, 'hostile.yaml'), src);
    const r = await runMain(['render', 'hostile.yaml', '-o', '-', '--date', DATE], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('<script>');
    expect(r.stdout).toContain('&lt;script&gt;');
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('|') && l.includes('Rad ett'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain('Rad ett rad två \\| \\*fet\\*');
    // Every table row of the actions table has the same number of unescaped pipes as its header.
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('| Id | Åtgärd |'));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (let i = head; i < lines.length && lines[i]!.startsWith('|'); i++) expect(cells(lines[i]!)).toBe(cells(lines[head]!));
  });
});
