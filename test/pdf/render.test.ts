// The PDF action plan as a reader and an archive see it: its text, language, title, structure, links and bytes.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../src/render/pdf/index.ts';
import { fixtureReport } from './fixture.ts';
import { readPdf, squash, type PdfRead } from './read-pdf.ts';

const date = new Date('2026-11-28T00:00:00Z');

describe('Swedish PDF/UA plan', () => {
  const report = fixtureReport();
  let bytes: Uint8Array;
  let pdf: PdfRead;
  beforeAll(async () => {
    bytes = await renderPlanPdf(report, { lang: 'sv', profile: 'ua', creationDate: date, county: 'Stockholms län' });
    pdf = await readPdf(bytes);
  });

  it('names the organisation and its identifiers on the cover', () => {
    const cover = pdf.pages[0]!.text;
    expect(squash(cover)).toContain(squash(report.plan.organisation.name));
    expect(cover).toContain('0180, Stockholms län');
    expect(cover).toContain('2026-11-28');
    expect(cover).toContain('nationell, version 1.0.0');
    expect(cover).toContain('2027-VT – 2029-HT');
  });

  it('shows every scheduled and unscheduled action by its title', () => {
    const text = squash(pdf.text);
    for (const a of report.schedule.scheduled) expect(text).toContain(squash(a.titleText?.sv ?? a.title));
    for (const a of report.schedule.notScheduled) expect(text).toContain(squash(a.titleText?.sv ?? a.title));
  });

  it('keeps the Swedish letters intact', () => {
    for (const word of ['Åtgärder', 'Nuläge', 'Ändamålsenliga', 'Åsa Öberg', 'förskola', 'skolväsendet']) expect(pdf.text).toContain(word);
    expect(pdf.text).toMatch(/å.*ä.*ö/s);
    expect(pdf.text).toMatch(/[ÅÄÖ]/);
  });

  it('writes money the Swedish way and marks suggestions, estimates and late actions', () => {
    expect(pdf.text.replace(/\u00a0/g, ' ')).toContain('120 000 kr');
    expect(pdf.text).toContain('Förslag');
    expect(pdf.text).toContain('uppskattad');
    expect(pdf.text).toContain('Försenad');
  });

  it('gives reasons in the shared wording', () => {
    expect(pdf.text).toContain('glapp 1→3');
    expect(pdf.text).toContain('hög vikt');
  });

  it('names an unconfirmed initiative by its number only, never a made-up title', () => {
    expect(pdf.text).toContain('Initiativ 7 (titeln är inte bekräftad)');
    expect(pdf.text).toContain('Initiativ 13: Bekräftad titel på initiativ 13');
    expect(pdf.text).not.toMatch(/Initiativ 7:/);
  });

  it('marks the unconfirmed resource and links every resource', () => {
    expect(pdf.text).toContain('Ej bekräftad');
    const links = pdf.pages.flatMap((p) => p.links);
    for (const id of report.resources) expect(links.some((l) => l.includes(`/resurser/${id}/`))).toBe(true);
  });

  it('numbers the pages and runs a header, except on the cover', () => {
    const n = pdf.pages.length;
    expect(pdf.pages[0]!.text).not.toContain('Sida 1');
    expect(pdf.pages[1]!.text).toContain(`Sida 2 av ${n}`);
    expect(pdf.pages[n - 1]!.text).toContain(`Sida ${n} av ${n}`);
    expect(pdf.pages[1]!.text).toContain('Handlingsplan för digital utveckling ·');
  });

  it('declares language, title, tagging and PDF/UA', () => {
    expect(pdf.language).toBe('sv-SE');
    expect(pdf.title).toBe('Handlingsplan för digital utveckling – Exempelby kommun – barn- och utbildningsförvaltningen');
    expect(pdf.xmpTitle).toBe(pdf.title);
    expect(pdf.raw).toContain('/Lang (sv-SE)');
    expect(pdf.raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(pdf.raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(pdf.raw).toContain('/Marked true');
    expect(pdf.raw).toContain('/DisplayDocTitle true');
    expect(pdf.raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(pdf.raw).not.toContain('pdfaid:part');
    expect(pdf.raw).toContain('/Tabs /S');
    // Only embedded fonts: no standard font is ever referenced.
    expect(pdf.raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(pdf.raw).toContain('/FontFile2');
  });

  it('tags headings, tables, lists, links and figures', () => {
    const roles = new Set(pdf.pages.flatMap((p) => p.roles));
    for (const role of ['Document', 'Sect', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody', 'Link', 'Figure', 'TOC', 'TOCI'])
      expect(roles).toContain(role);
  });

  it('lists the sections with their pages on the cover', () => {
    const cover = pdf.pages[0]!.text;
    expect(cover).toContain('Innehåll');
    const timelinePage = pdf.pages.findIndex((p, n) => n > 0 && p.items.some((i) => i.str === 'Tidsplan')) + 1;
    expect(timelinePage).toBeGreaterThan(1);
    const items = pdf.pages[0]!.items;
    const entry = items.find((i) => i.str === 'Tidsplan')!;
    const number = items.find((i) => Math.abs(i.y - entry.y) < 1 && i.x > entry.x + 100)!;
    expect(number.str).toBe(String(timelinePage));
    expect(pdf.raw).toMatch(/\/S \/GoTo/);
  });

  it('gives each chart alt text that states its numbers', () => {
    const alts = pdf.pages.flatMap((p) => p.alts);
    const levels = alts.find((a) => a.startsWith('Stapeldiagram'));
    expect(levels).toContain('Fokusområde 1: Digital kompetens för alla i skolväsendet: nuläge 1,8, mål 3,2.');
    expect(levels).toContain(
      '3.1 Forskningen om hur digitaliseringen påverkar undervisning och lärande ska stärkas (omskrivning, strategins ordalydelse ej bekräftad): ingen indikator bedömd.',
    );
    const timeline = alts.find((a) => a.startsWith('Tidsplan'));
    expect(timeline).toContain('A04 Klassa informationen i elevsystemen: 2027-HT – 2028-VT, planerad.');
    expect(timeline).toContain('S01 Kartlägg nätverkets kapacitet på alla skolor: 2027-HT, planerad, förslag.');
    expect(timeline).toContain('försenad');
  });

  it('gives the same bytes for the same report and date, and other bytes for another date', async () => {
    const again = await renderPlanPdf(fixtureReport(), { lang: 'sv', profile: 'ua', creationDate: date, county: 'Stockholms län' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const later = await renderPlanPdf(fixtureReport(), { lang: 'sv', profile: 'ua', creationDate: new Date('2026-12-01T00:00:00Z'), county: 'Stockholms län' });
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
    expect(Buffer.from(later).toString('latin1')).toContain('(D:20261201000000Z)');
  });
});

describe('English plan', () => {
  let pdf: PdfRead;
  beforeAll(async () => {
    pdf = await readPdf(await renderPlanPdf(fixtureReport(), { lang: 'en', profile: 'ua', creationDate: date }));
  });

  it('is in English, with English money and the English titles of suggestions', () => {
    expect(pdf.language).toBe('en-GB');
    expect(pdf.title).toBe('Action plan for digital development – Exempelby kommun – barn- och utbildningsförvaltningen');
    expect(pdf.text).toContain('SEK 120,000');
    expect(squash(pdf.text)).toContain(squash('Map network capacity at every school'));
    expect(pdf.text).toContain('Initiative 7 (title not confirmed)');
    expect(pdf.text).toContain('Page 2 of');
    expect(pdf.text).not.toContain('Sida ');
  });
});

describe('archive profile', () => {
  it('declares PDF/A-2a with an sRGB output intent, and stays tagged', async () => {
    const bytes = await renderPlanPdf(fixtureReport(), { lang: 'sv', profile: 'archive', creationDate: date });
    const pdf = await readPdf(bytes);
    expect(pdf.raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pdf.raw).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(pdf.raw).toContain('/OutputIntents');
    expect(pdf.raw).toContain('<xmp:ModifyDate>2026-11-28T00:00:00Z</xmp:ModifyDate>');
    expect(pdf.raw).not.toContain('pdfuaid');
    expect(pdf.raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(pdf.language).toBe('sv-SE');
    const again = await renderPlanPdf(fixtureReport(), { lang: 'sv', profile: 'archive', creationDate: date });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('metadata', () => {
  it('keeps the XMP packet valid when the name holds XML characters', async () => {
    const name = 'Skola & Co <Öst> "AB"';
    const pdf = await readPdf(
      await renderPlanPdf(fixtureReport({ orgName: name, kind: 'independent' }), { lang: 'sv', profile: 'archive', creationDate: date }),
    );
    expect(pdf.title).toBe(`Handlingsplan för digital utveckling – ${name}`);
    expect(pdf.xmpTitle).toBe(pdf.title);
    expect(pdf.raw).toContain('Skola &amp; Co &lt;');
    expect(pdf.pages[0]!.text).toContain('556677-8899');
    expect(pdf.pages[0]!.text).toContain('Exempelskolan Östra');
  });
});

describe('characters outside the fonts', () => {
  it('shows them as the replacement character, never as an undefined glyph', async () => {
    const pdf = await readPdf(
      await renderPlanPdf(fixtureReport({ comment: 'Elevrådet skrev 😀 och 漢字 i enkäten.' }), { lang: 'sv', profile: 'archive', creationDate: date }),
    );
    expect(pdf.text).toContain('Elevrådet skrev \ufffd och \ufffd\ufffd i enkäten.');
  });
});

describe('a plan with nothing to do', () => {
  it('still gives every section, with words instead of empty tables and charts', async () => {
    const report = fixtureReport();
    report.priorities = [];
    report.schedule = { terms: [], scheduled: [], notScheduled: [], warnings: [], load: [], spend: [] };
    report.resources = [];
    report.initiatives = [];
    report.late = [];
    const pdf = await readPdf(await renderPlanPdf(report, { lang: 'sv', profile: 'ua', creationDate: date }));
    for (const s of [
      'Inga glapp att prioritera.',
      'Inga åtgärder är inplanerade.',
      'Inga åtgärder.',
      'Inga nationella initiativ i katalogen berör planens glapp.',
      'Inga resurser matchar planens glapp.',
    ])
      expect(pdf.text).toContain(s);
    expect(pdf.text).not.toContain('Ryms inte i planen');
    expect(pdf.pages[0]!.text).toContain('Innehåll');
  });
});
