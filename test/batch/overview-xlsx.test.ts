// overview.xlsx as a spreadsheet reads it: codes as text, figures as numbers, readable headings, a frozen header row,
// filters, and the action, cost and late-action columns; overview.csv keeps the codes as text too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.ts';
import { columnLetter, parseCsv } from '../../src/core/csv.ts';
import { renderOverviewXlsx } from '../../src/render/overview-xlsx.ts';
import { builtinCatalogue } from '../../src/io/load-catalogue.ts';
import { testDir } from '../helpers/cli.ts';

/** The entries of a zip file, read from its central directory. */
function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const b = Buffer.from(bytes);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const out = new Map<string, Buffer>();
  let p = b.readUInt32LE(eocd + 16);
  for (let n = b.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = b.readUInt16LE(p + 10);
    const size = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28);
    const local = b.readUInt32LE(p + 42);
    const name = b.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + b.readUInt32LE(p + 20 - 4));
    out.set(name, method === 8 ? inflateRawSync(data) : data.subarray(0, size));
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface Sheet {
  xml: string;
  workbook: string;
  /** Cell by reference (A1): its text for a string, its number for a number. */
  cells: Map<string, string | number>;
  rows: (string | number | undefined)[][];
}

function readSheet(bytes: Uint8Array): Sheet {
  const files = unzip(bytes);
  const xml = files.get('xl/worksheets/sheet1.xml')!.toString('utf8');
  const strings = [
    ...files
      .get('xl/sharedStrings.xml')!
      .toString('utf8')
      .matchAll(/<si>(.*?)<\/si>/gs),
  ].map((m) => unescapeXml([...m[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')));
  const cells = new Map<string, string | number>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(?:<v>([^<]*)<\/v>)?<\/c>/g)) {
    const [, ref, attrs, v] = m;
    if (v === undefined) continue;
    cells.set(ref!, /t="s"/.test(attrs!) ? strings[Number(v)]! : Number(v));
  }
  const col = (ref: string) =>
    ref
      .replace(/\d+/, '')
      .split('')
      .reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const rows: (string | number | undefined)[][] = [];
  for (const [ref, v] of cells) {
    const r = Number(ref.replace(/[A-Z]+/, '')) - 1;
    rows[r] ??= [];
    rows[r][col(ref)] = v;
  }
  return { xml, workbook: files.get('xl/workbook.xml')!.toString('utf8'), cells, rows };
}

async function batch(dir: string, input = 'plans', cwd = dir) {
  let err = '';
  const code = await main(['batch', input, '--out', join(dir, 'out'), '--date', '2027-09-01'], {
    cwd,
    env: {},
    stdin: process.stdin,
    stdout: { write: () => true },
    stderr: { write: (s: string | Uint8Array) => (err += String(s)) },
    now: () => new Date('2027-09-01T12:00:00Z'),
  });
  return { code, err };
}

const PLAN = (code: string, name: string, extra = '') => `schemaVersion: 1
catalogue: { id: nationell, version: 1.0.0 }
organisation:
  name: ${name}
  kind: municipality
  municipalityCode: "${code}"
  schoolForms: [grundskola]
assessment:
  date: 2026-10-01
  answers:
    1.1.a: { current: 1, target: 3 }
    1.2.a: { status: unknown }
planning: { start: 2027-VT, terms: 4 }
actions:
  - { id: A01, title: Egen åtgärd, indicators: [1.1.a], start: 2027-VT, end: 2027-VT, cost: 120000 }
${extra}`;

describe('overview.xlsx', () => {
  afterEach(() => void vi.useRealTimers());

  it('keeps codes as text, figures as numbers, with readable headings, a frozen header, filters and action columns', async () => {
    const dir = testDir();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'stockholm.yaml'), PLAN('0180', 'Stockholms kommun'));
    writeFileSync(join(dir, 'plans', 'upplands-vasby.yaml'), PLAN('0114', 'Upplands Väsby kommun'));
    const r = await batch(dir);
    expect(r.err).toContain('overview.xlsx');
    expect(r.code).toBe(0);
    const sheet = readSheet(readFileSync(join(dir, 'out', 'overview.xlsx')));
    const head = sheet.rows[0]!.map(String);
    const at = (h: string) => head.indexOf(h);
    const cat = builtinCatalogue('nationell')!;
    const title = cat.indicators.find((i) => i.id === '1.1.a')!.title.sv;
    expect(head).toContain(`1.1.a ${title} – nuläge`);
    for (const h of ['Kommunkod', 'Egna åtgärder', 'Förslag från katalogen', 'Kostnad under perioden (kr)', 'Försenade åtgärder'])
      expect(at(h)).toBeGreaterThanOrEqual(0);
    const byFile = new Map(sheet.rows.slice(1).map((row) => [row[0], row]));
    const sthlm = byFile.get('plans/stockholm.yaml')!;
    expect(sthlm[at('Kommunkod')]).toBe('0180');
    expect(byFile.get('plans/upplands-vasby.yaml')![at('Kommunkod')]).toBe('0114');
    expect(sthlm[at('Egna åtgärder')]).toBe(1);
    expect(typeof sthlm[at('Kostnad under perioden (kr)')]).toBe('number');
    expect(sthlm[at('Kostnad under perioden (kr)')]).toBeGreaterThanOrEqual(120000);
    // A01 was to end in VT 2027 and is not done by September 2027.
    expect(sthlm[at('Försenade åtgärder')]).toBe(1);
    expect(sthlm[at(`1.1.a ${title} – nuläge`)]).toBe(1);
    expect(sthlm[at(`1.2.a ${cat.indicators.find((i) => i.id === '1.2.a')!.title.sv} – nuläge`)]).toBe('vet ej');
    // The header row stays in view, and filters span the table.
    expect(sheet.xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet.xml).toContain(`<autoFilter ref="A1:${columnLetter(head.length)}${sheet.rows.length}"/>`);
    expect(sheet.workbook).toContain('_xlnm._FilterDatabase');

    const csv = readFileSync(join(dir, 'out', 'overview.csv'), 'utf8');
    expect(csv).toContain(';="0180";');
    const rows = parseCsv(csv).records.map((x) => x.cells);
    expect(rows[0]).toEqual(expect.arrayContaining(['egna åtgärder', 'kostnad under perioden (kr)', 'försenade åtgärder']));
  });

  it('gives the same bytes for the same roll-up, whenever it is written', async () => {
    const cat = builtinCatalogue('nationell')!;
    const digest = {
      file: 'a.yaml',
      organisation: { name: 'A', kind: 'municipality' as const, municipalityCode: '0180' },
      catalogue: { id: 'nationell', version: cat.version },
      assessmentDate: '2026-10-01',
      answers: [],
      priorities: [],
    };
    const date = new Date('2027-09-01T00:00:00Z');
    vi.useFakeTimers({ now: new Date('2030-01-01T10:00:00Z') });
    const a = await renderOverviewXlsx([digest], { failed: [], paths: [] }, cat, { lang: 'sv', creationDate: date });
    vi.setSystemTime(new Date('2031-06-01T17:31:00Z'));
    const b = await renderOverviewXlsx([digest], { failed: [], paths: [] }, cat, { lang: 'sv', creationDate: date });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('counts questionnaire respondents per role and school unit', async () => {
    const cat = builtinCatalogue('nationell')!;
    const digest = {
      file: 'a.yaml',
      organisation: { name: 'A', kind: 'municipality' as const, municipalityCode: '0180' },
      catalogue: { id: 'nationell', version: cat.version },
      assessmentDate: '2026-10-01',
      answers: [],
      priorities: [],
      respondents: {
        count: 4,
        roles: { rektor: 3, larare: 1 },
        units: [
          { name: 'Norrskolan', count: 3 },
          { name: 'Söderskolan', count: 1 },
        ],
      },
    };
    const sheet = readSheet(await renderOverviewXlsx([digest], { failed: [], paths: [] }, cat, { lang: 'sv', creationDate: new Date() }));
    const head = sheet.rows[0]!.map(String);
    const row = sheet.rows[1]!;
    expect(row[head.indexOf('Svarande i enkäten')]).toBe(4);
    expect(row[head.indexOf('Svarande per roll')]).toBe('3 rektorer, 1 lärare');
    expect(row[head.indexOf('Svarande per skolenhet')]).toBe('Norrskolan 3, Söderskolan 1');
  });

  it('names the plans in every overview file without the absolute paths of the machine', async () => {
    const dir = testDir();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'stockholm.yaml'), PLAN('0180', 'Stockholms kommun'));
    writeFileSync(join(dir, 'plans', 'trasig.yaml'), 'schemaVersion: [\n');
    // Run from another folder, so the plans can only be named by their absolute paths.
    mkdirSync(join(dir, 'elsewhere'));
    const r = await batch(dir, join(dir, 'plans'), join(dir, 'elsewhere'));
    expect(r.err).toContain(join(dir, 'plans', 'trasig.yaml'));
    const md = readFileSync(join(dir, 'out', 'overview.md'), 'utf8');
    const csv = readFileSync(join(dir, 'out', 'overview.csv'), 'utf8');
    const sheet = readSheet(readFileSync(join(dir, 'out', 'overview.xlsx')));
    const strings = [...sheet.cells.values()].filter((v) => typeof v === 'string').join('\n');
    for (const text of [csv, strings]) expect(text).toContain('plans/stockholm.yaml');
    for (const text of [md, csv, strings]) {
      expect(text).toContain('plans/trasig.yaml');
      expect(text).not.toContain(dir);
    }
  });
});
