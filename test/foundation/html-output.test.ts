// `--format html` from the command line: the cover with the record and the decision, the language marks, one file that
// asks for nothing else, where each command puts it, and that only an earlier output of skoldigiplan is replaced.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT, testDir } from '../helpers/cli.ts';

const DOCUMENT = `document:
  diarienummer: BUN 2027/123
  version: "1.0"
  owner: Barn- och utbildningsnämnden
  decision: { body: Barn- och utbildningsnämnden, date: 2027-02-15, paragraph: "§ 12" }
`;
const FOLLOW_UP = join(ROOT, 'test/fixtures/follow-up');

async function run(dir: string, args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd: dir,
    env: {},
    stdin: process.stdin,
    stdout: {
      write: (s: string | Uint8Array) => {
        out += String(s);
        return true;
      },
    },
    stderr: {
      write: (s: string | Uint8Array) => {
        err += String(s);
        return true;
      },
    },
    now: () => new Date('2026-12-07T12:00:00Z'),
  });
  return { code, out, err };
}

const example = () => readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8');

/** What a page would fetch: stylesheets, scripts, images, frames, fonts or imports from elsewhere. */
const EXTERNAL = /<(?:link|img|iframe|object|embed|source|audio|video)\b|<script[^>]*\bsrc=|@import|url\((?!#)|\bsrc=/i;

describe('render --format html', () => {
  it('shows the record and the decision on the cover when the plan has them', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'plan.yaml'), `${example()}${DOCUMENT}`);
    const r = await run(dir, ['render', 'plan.yaml', '--format', 'html', '-o', '-', '--date', '2026-11-28']);
    expect(r.code).toBe(0);
    const cover = r.out.slice(r.out.indexOf('<header'), r.out.indexOf('</header>'));
    expect(cover).toContain('<dt>Diarienummer</dt><dd>BUN 2027/123</dd>');
    expect(cover).toContain('<dt>Version</dt><dd>1.0</dd>');
    expect(cover).toContain('<dt>Dokumentansvarig</dt><dd>Barn- och utbildningsnämnden</dd>');
    expect(cover).toContain('<dt>Beslut</dt><dd>Barn- och utbildningsnämnden, 2027-02-15, § 12</dd>');
    expect(r.out).not.toContain('Förslag till beslut');
  });

  it('says "Förslag till beslut" when no decision is recorded, and is one file that fetches nothing', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'plan.yaml'), example());
    const r = await run(dir, ['render', 'plan.yaml', '--format', 'html', '--date', '2026-11-28']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('Skrev plan.html\n');
    const html = readFileSync(join(dir, 'plan.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).toContain('<span class="proposal">Förslag till beslut</span>');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).not.toMatch(EXTERNAL);
  });

  it('ends the comment and the evidence below the priorities each as a sentence, as the Markdown plan does', async () => {
    const dir = testDir();
    writeFileSync(
      join(dir, 'plan.yaml'),
      example().replace('1.2.a: { current: 3, target: 4, evidence:', '1.2.a: { current: 3, target: 4, comment: Saknas helt, evidence:'),
    );
    const html = await run(dir, ['render', 'plan.yaml', '--format', 'html', '-o', '-', '--date', '2026-11-28']);
    const md = await run(dir, ['render', 'plan.yaml', '--format', 'md', '-o', '-', '--date', '2026-11-28']);
    expect(html.code).toBe(0);
    expect(html.out).toContain('Kommentar: Saknas helt. Underlag: Digitaliseringsplan 2025–2027, beslutad i nämnden.</li>');
    expect(md.out).toContain('Kommentar: Saknas helt. Underlag: Digitaliseringsplan 2025–2027, beslutad i nämnden.');
  });

  it("marks the organisation's own Swedish text in an English plan", async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'plan.yaml'), example());
    const r = await run(dir, ['render', 'plan.yaml', '--format', 'html', '-o', '-', '--date', '2026-11-28', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(r.out).toContain('<h1>Action plan for digital development – <span lang="sv">Exempelstad kommun, utbildningsförvaltningen</span></h1>');
    // The plan's own action title, in the actions table.
    expect(r.out).toContain('<span lang="sv">Gemensam kravbild för upphandling av digitala verktyg</span>');
    expect(r.out).toContain('<span class="proposal">Proposal for decision</span>');
  });

  it('gives the same cost figures as the Markdown plan: own and suggested apart, the total the sum of the years', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'plan.yaml'), example());
    const html = await run(dir, ['render', 'plan.yaml', '--format', 'html', '-o', '-', '--date', '2026-11-28']);
    const md = await run(dir, ['render', 'plan.yaml', '--format', 'md', '-o', '-', '--date', '2026-11-28']);
    expect(html.code).toBe(0);
    expect(md.code).toBe(0);
    const text = (s: string) =>
      s
        .replace(/<[^>]+>/g, '')
        .replace(/\*\*/g, '')
        .replace(/&amp;/g, '&');
    // The summary's lines on own actions, suggestions and the total.
    const mdLines = md.out.split('\n').filter((l) => /^- (Egna åtgärder:|Summa under perioden:)/.test(l));
    expect(mdLines).toHaveLength(2);
    for (const l of mdLines) expect(text(html.out)).toContain(l.slice(2));
    // The cost per year, row by row, with the same figures.
    const mdRows = md.out.split('\n').filter((l) => /^\| (\*\*)?(\d{4}|Summa)(\*\*)? \|/.test(l));
    expect(mdRows.length).toBeGreaterThan(1);
    const section = html.out.slice(html.out.indexOf('Kostnad under perioden'));
    const htmlRows = [...section.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
      [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!).trim()),
    );
    for (const row of mdRows) {
      const cells = text(row)
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      expect(htmlRows).toContainEqual(cells);
    }
    const total = htmlRows.find((r) => r[0] === 'Summa')!;
    const years = htmlRows.filter((r) => /^\d{4}$/.test(r[0]!));
    const kr = (s: string) => Number(s.replace(/\D/g, ''));
    expect(kr(total[3]!)).toBe(years.reduce((s, r) => s + kr(r[3]!), 0));
    if (mdLines[0]!.includes('cirka')) expect(text(html.out)).toContain('avrundade till hela tusental kronor');
  });

  it("prints the organisation's text as text: markup in a name or a title is not markup on the page", async () => {
    const dir = testDir();
    const plan = example()
      .replace('name: Exempelstad kommun, utbildningsförvaltningen', 'name: "Exempelstad <script>alert(1)</script> & co"')
      .replace('title: Gemensam kravbild för upphandling av digitala verktyg', 'title: "Kravbild <img src=x onerror=alert(1)> \\"ny\\""');
    writeFileSync(join(dir, 'plan.yaml'), plan);
    const r = await run(dir, ['render', 'plan.yaml', '--format', 'html', '-o', '-', '--date', '2026-11-28']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('<h1>Handlingsplan för digital utveckling – Exempelstad &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>');
    expect(r.out).toContain('Kravbild &lt;img src=x onerror=alert(1)&gt; &quot;ny&quot;');
    expect(r.out).not.toMatch(/<script>alert|<img/);
  });

  it('draws the timeline within its terms: an action past the period has no bar, one running over is cut', async () => {
    const dir = testDir();
    // A02 now runs 2027-VT to 2029-VT; with --terms 2 (2027-VT, 2027-HT) it is cut at the edge, and A01 moved to
    // 2029 lies wholly after the period.
    const plan = example().replace('end: 2028-VT', 'end: 2029-VT').replace('start: 2027-VT\n    end: 2027-HT', 'start: 2029-VT\n    end: 2029-HT');
    writeFileSync(join(dir, 'plan.yaml'), plan);
    const r = await run(dir, ['render', 'plan.yaml', '--format', 'html', '-o', '-', '--date', '2026-11-28', '--terms', '2']);
    expect(r.code).toBe(0);
    const svg = /<svg class="gantt"[^>]* width="(\d+)"[\s\S]*?<\/svg>/.exec(r.out)!;
    const width = Number(svg[1]);
    const rows = [...svg[0].matchAll(/<text x="4" y="(\d+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ id: m[2]!, y: Number(m[1]) }));
    const bars = [...svg[0].matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="16"/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      w: Number(m[3]),
    }));
    const barOf = (id: string) => bars.find((b) => b.y === rows.find((x) => x.id === id)!.y - 12);
    expect(rows.map((x) => x.id)).toContain('A01');
    expect(barOf('A01')).toBeUndefined();
    expect(barOf('A02')).toBeDefined();
    for (const b of bars) expect(b.x + b.w).toBeLessThanOrEqual(width);
  });

  it("replaces its own earlier page but not a page of someone else's", async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'plan.yaml'), example());
    const args = ['render', 'plan.yaml', '--format', 'html', '--date', '2026-11-28'];
    expect((await run(dir, args)).code).toBe(0);
    expect((await run(dir, args)).code).toBe(0);
    writeFileSync(join(dir, 'plan.html'), '<!doctype html>\n<html lang="sv"><head><title>Vår webbsida</title></head><body></body></html>\n');
    const r = await run(dir, args);
    expect(r.code).toBe(1);
    expect(r.err).toContain('plan.html');
    expect(readFileSync(join(dir, 'plan.html'), 'utf8')).toContain('Vår webbsida');
  });
});

describe('compare and batch --format html', () => {
  it('compare writes <newer>-comparison.html beside the newer plan', async () => {
    const dir = testDir();
    for (const f of ['plan-2026.yaml', 'plan-2027.yaml', 'catalogue.yaml']) cpSync(join(FOLLOW_UP, f), join(dir, f));
    const r = await run(dir, ['compare', 'plan-2026.yaml', 'plan-2027.yaml', '--catalogue', 'catalogue.yaml', '--format', 'html', '--date', '2027-12-01']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const html = readFileSync(join(dir, 'plan-2027-comparison.html'), 'utf8');
    expect(html).toContain('<h1>Uppföljning av den digitala utvecklingen: Exempelby kommun</h1>');
    expect(html).toMatch(/<caption id="[a-z0-9-]+">/);
    expect(html).not.toMatch(EXTERNAL);
    // In English the plans' own titles and notes are marked as Swedish.
    const en = await run(dir, [
      'compare',
      'plan-2026.yaml',
      'plan-2027.yaml',
      '--catalogue',
      'catalogue.yaml',
      '--format',
      'html',
      '-o',
      '-',
      '--date',
      '2027-12-01',
      '--lang',
      'en',
    ]);
    expect(en.code).toBe(0);
    expect(en.out).toContain('<h1>Follow-up of digital development: <span lang="sv">Exempelby kommun</span></h1>');
    expect(en.out).toContain('<th scope="row">A08 <span lang="sv">Kollegialt lärande om digital kompetens i förskolan</span> (new)</th>');
  });

  it('batch writes each plan as HTML and overview.html with sortable tables', async () => {
    const dir = testDir();
    for (const f of ['storstad.yaml', 'landsbygd.yaml']) cpSync(join(ROOT, 'examples', f), join(dir, f));
    const r = await run(dir, ['batch', 'storstad.yaml', 'landsbygd.yaml', '--out', 'ut', '--format', 'md,html', '--date', '2026-11-28', '--quiet']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'ut/1480-goteborg.html'))).toBe(true);
    const overview = readFileSync(join(dir, 'ut/overview.html'), 'utf8');
    expect(overview).toContain('<table id="heatmap-table" data-sortable>');
    // The heatmap's columns are goal numbers; their wording stands beside them.
    expect(overview).toMatch(/<dl class="facts goals"><dt>1\.1<\/dt><dd>[A-ZÅÄÖ][^<]+<\/dd>/);
    expect(overview).toContain('<th scope="row" data-sort="Exempelby kommun">Exempelby kommun</th>');
    expect(overview).not.toMatch(EXTERNAL);
    // --changed keeps an overview that is up to date, and makes overview.html again when it has gone.
    const again = ['batch', 'storstad.yaml', 'landsbygd.yaml', '--out', 'ut', '--format', 'md,html', '--date', '2026-11-28', '--changed'];
    expect((await run(dir, again)).err).toContain('Sammanställningen är oförändrad.');
    rmSync(join(dir, 'ut/overview.html'));
    const rerun = await run(dir, again);
    expect(rerun.err).not.toContain('Sammanställningen är oförändrad.');
    expect(readFileSync(join(dir, 'ut/overview.html'), 'utf8')).toBe(overview);
    // Without html among the formats, no overview.html.
    const md = await run(dir, ['batch', 'storstad.yaml', '--out', 'md-only', '--format', 'md', '--date', '2026-11-28', '--quiet']);
    expect(md.code).toBe(0);
    expect(existsSync(join(dir, 'md-only/overview.html'))).toBe(false);
  });
});
