// Text a board reads shows what the plan holds, in the order it holds it: bidirectional controls and zero-width
// characters are removed from Markdown, PDF and CSV (JSON keeps the text as data); a Mermaid label is cut on whole
// characters; and a U+FFFD that a valid UTF-8 file holds is read, not taken for a broken encoding.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { csvLine } from '../../src/core/csv.ts';
import { cutText } from '../../src/core/graphemes.ts';
import { mermaidLabel } from '../../src/render/markdown-escape.ts';
import { parseYamlText } from '../../src/io/yaml-file.ts';
import { ROOT, testDir } from '../helpers/cli.ts';

const HIDDEN = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069]/;

async function render(dir: string, args: string[]): Promise<number> {
  return main(['render', ...args], {
    cwd: dir,
    env: {},
    stdin: process.stdin,
    stdout: { write: () => true },
    stderr: { write: () => true },
    now: () => new Date('2026-11-29T12:00:00Z'),
  });
}

async function pdfText(file: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) pages.push((await (await doc.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' '));
  return pages.join('\n');
}

describe('bidirectional and zero-width characters in a plan', () => {
  it('are not in the Markdown or the PDF, which show the title as stored; the JSON keeps them', async () => {
    const dir = testDir();
    const plan = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8')
      .replace('title: Ta fram en digitaliseringsplan för förskola och skola', 'title: "Budget \\u202E0001 kr\\u202C och\\u200B plan"')
      .replace('name: Exempelby kommun', 'name: "Exempelby\\u2066 kommun\\u2069"');
    writeFileSync(join(dir, 'plan.yaml'), plan);
    expect(await render(dir, ['plan.yaml', '--format', 'md,pdf,json', '-o', 'ut'])).toBe(0);
    const md = readFileSync(join(dir, 'ut.md'), 'utf8');
    expect(md).not.toMatch(HIDDEN);
    expect(md).toContain('Budget 0001 kr och plan');
    expect(md).toContain('Exempelby kommun');
    const pdf = await pdfText(join(dir, 'ut.pdf'));
    expect(pdf).not.toMatch(HIDDEN);
    expect(pdf).toContain('Budget 0001 kr och plan');
    expect(readFileSync(join(dir, 'ut.json'), 'utf8')).toContain('Budget \u202E0001 kr\u202C och\u200B plan');
  });

  it('are not in a CSV cell; a zero-width joiner inside an emoji is kept', () => {
    expect(csvLine(['Exempelby\u202E kommun\u200B', 'Team 👩\u200D💻'], ';')).toBe('Exempelby kommun;Team 👩\u200D💻');
  });
});

describe('a Mermaid label', () => {
  it('is cut on whole characters: an emoji at the cut is kept whole or left out, never split', () => {
    const label = mermaidLabel(`${'a'.repeat(78)}😀😀 slut`);
    expect(label).toBe(`${'a'.repeat(78)}😀…`);
  });
});

describe('cutting text short', () => {
  it('reads only the start of a long text, and still cuts on whole characters', () => {
    expect(cutText('😀'.repeat(1_000_000), 5)).toBe('😀😀😀😀…');
    expect(cutText('e\u0301'.repeat(10), 3)).toBe('e\u0301e\u0301…');
    expect(cutText('kort', 5)).toBe('kort');
  });
});

describe('U+FFFD in a file', () => {
  it('is read when the file is valid UTF-8; bytes that are not UTF-8 are still refused', () => {
    const valid = parseYamlText(Buffer.from('schemaVersion: 1\ntitle: "a\uFFFDb"\n', 'utf8'), 'plan.yaml', 'sv');
    expect(valid.diagnostics).toEqual([]);
    expect(valid.value).toEqual({ schemaVersion: 1, title: 'a\uFFFDb' });
    const latin1 = parseYamlText(Buffer.from('schemaVersion: 1\ntitle: "aåb"\n', 'latin1'), 'plan.yaml', 'sv');
    expect(latin1.diagnostics.map((d) => d.message)).toEqual(['filen är inte sparad som UTF-8']);
  });
});
