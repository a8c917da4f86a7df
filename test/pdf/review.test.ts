// What a careful reader of the PDF found: paraphrased goals marked as in Markdown, no text too small to read, statuses
// told apart by more than colour, Swedish text in an English plan tagged as Swedish, and no absolute paths printed.
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanMarkdown } from '../../src/render/markdown.ts';
import { renderPlanPdf } from '../../src/render/pdf/index.ts';
import { fixtureReport } from './fixture.ts';
import { readPdf, squash, type PdfRead } from './read-pdf.ts';

const date = new Date('2026-11-28T00:00:00Z');

/** The fixture with goals 2.3, 2.4 and 3.1 in our own words and the others verbatim, as in the catalogue. */
function paraphrased() {
  const report = fixtureReport();
  for (const g of report.catalogue.goals) g.wording = ['2.3', '2.4', '3.1'].includes(g.id) ? 'paraphrase' : 'verbatim';
  return report;
}

describe('paraphrase markers', () => {
  let pdf: PdfRead;
  beforeAll(async () => {
    pdf = await readPdf(await renderPlanPdf(paraphrased(), { lang: 'sv', profile: 'ua', creationDate: date }));
  });

  it('marks goals 2.3, 2.4 and 3.1 as paraphrases in the PDF, as the Markdown does, and no other goal', () => {
    const marker = 'omskrivning, strategins ordalydelse ej bekräftad';
    const md = renderPlanMarkdown(paraphrased(), { lang: 'sv' });
    const text = squash(pdf.text);
    for (const g of paraphrased().catalogue.goals) {
      const inMd = md.split('\n').find((l) => l.includes(`Delmål ${g.id}:`))!;
      const withMarker = squash(`${g.id} ${g.text.sv} (${marker})`);
      expect(inMd.includes(`(${marker})`), g.id).toBe(g.wording === 'paraphrase');
      expect(text.includes(withMarker), g.id).toBe(g.wording === 'paraphrase');
    }
    expect(text.split(squash(marker)).length - 1).toBe(3);
  });
});

describe('the timeline', () => {
  it('marks a term over capacity in the figure, its legend and its alt text', async () => {
    const report = fixtureReport();
    report.limits = { ...report.limits, actionsPerTerm: 2 };
    const pdf = await readPdf(await renderPlanPdf(report, { lang: 'sv', profile: 'ua', creationDate: date }));
    const page = pdf.pages.find((p) => p.alts.some((a) => a.startsWith('Tidsplan')))!;
    const alt = page.alts.find((a) => a.startsWith('Tidsplan'))!;
    // Three actions run in VT 2027 and three in HT 2027 (A01, A02, A03; A02, A04, S01).
    expect(alt).toContain('Över kapaciteten (fler än 2 åtgärder): VT 2027, HT 2027.');
    expect(page.text).toContain('fler än 2 åtgärder (över kapaciteten)');
    const plain = await readPdf(await renderPlanPdf(fixtureReport(), { lang: 'sv', profile: 'ua', creationDate: date }));
    expect(plain.text).not.toContain('över kapaciteten');
  });
});

/** The text inside each Span marked-content sequence, in page order. */
async function spans(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const out: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true });
    const open: string[] = [];
    let text = '';
    for (const it of content.items as { type?: string; tag?: string; str?: string }[]) {
      if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') {
        open.push(it.tag ?? '');
        if (it.tag === 'Span') text = '';
      } else if (it.type === 'endMarkedContent') {
        if (open.pop() === 'Span') out.push(text.replace(/\s+/g, ' ').trim());
      } else if (open.includes('Span')) text += `${it.str ?? ''} `;
    }
  }
  await doc.destroy();
  return out;
}

/** How many marked-content sequences in the page contents declare this language. */
function langMarks(bytes: Uint8Array, lang: string): number {
  const raw = Buffer.from(bytes).toString('latin1');
  let n = 0;
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      n += inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1').split(`/Span <<\n/Lang (${lang})\n>> BDC`).length - 1;
    } catch {
      // Not a compressed stream (fonts, XMP).
    }
  }
  return n;
}

describe("language of the organisation's own words", () => {
  it('tags the Swedish titles, owners and texts of an English plan as Swedish, and nothing of the English', async () => {
    const bytes = await renderPlanPdf(fixtureReport(), { lang: 'en', profile: 'ua', creationDate: date });
    const swedish = await spans(bytes);
    expect(swedish).toContain('Exempelby kommun – barn- och utbildningsförvaltningen');
    expect(swedish).toContain('A05 Fortbildning i digital kompetens för alla lärare');
    expect(swedish).toContain('Skolchef');
    expect(swedish).toContain('Nämnden har beslutat planen och alla rektorer känner till målen.');
    // The catalogue's suggestions and the plan's own wording are in English.
    expect(swedish.join('\n')).not.toContain('Map network capacity');
    expect(swedish.join('\n')).not.toContain('Actions');
    expect(langMarks(bytes, 'sv-SE')).toBe(swedish.length);
  });

  it('marks no language apart in a Swedish plan', async () => {
    const bytes = await renderPlanPdf(fixtureReport(), { lang: 'sv', profile: 'ua', creationDate: date });
    expect(await spans(bytes)).toEqual([]);
    expect(langMarks(bytes, 'sv-SE')).toBe(0);
  });
});
