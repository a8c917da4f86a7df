// Long names, titles and comments still give a valid document, with every piece of text inside the page.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../src/render/pdf/index.ts';
import { MARGIN, PAGE } from '../../src/render/pdf/theme.ts';
import { fixtureReport } from './fixture.ts';
import { readPdf, squash, type PdfRead } from './read-pdf.ts';

const orgName = 'Övre Ärlingsö kommuns gemensamma nämnd för förskola, grundskola och gymnasieskola – '.repeat(3).slice(0, 200);
const actionTitle = Array.from({ length: 640 }, (_, i) => (i % 7 === 6 ? 'digitaliseringsstrategin' : 'åtgärd'))
  .join(' ')
  .slice(0, 5000);
const comment = `${'Kommentaren är lång och full av ord om läget på skolorna. '.repeat(70)}${'x'.repeat(1000)}`.slice(0, 5000);

describe('a plan with very long texts', () => {
  let pdf: PdfRead;
  beforeAll(async () => {
    expect(orgName.length).toBe(200);
    expect(actionTitle.length).toBe(5000);
    expect(comment.length).toBe(5000);
    const report = fixtureReport({ orgName, actionTitle, comment, extraActions: 25 });
    pdf = await readPdf(await renderPlanPdf(report, { lang: 'sv', profile: 'ua', creationDate: new Date('2026-11-28T00:00:00Z') }));
  });

  it('opens every page', () => {
    expect(pdf.pages.length).toBeGreaterThan(12);
    for (const p of pdf.pages) {
      expect(p.width).toBeCloseTo(PAGE.width, 1);
      expect(p.items.length).toBeGreaterThan(0);
    }
  });

  it('keeps all text inside the page and off the side margins', () => {
    const outside: string[] = [];
    pdf.pages.forEach((p, n) => {
      for (const it of p.items) {
        if (!it.str.trim()) continue;
        const inside = it.x >= MARGIN.left - 0.5 && it.x + it.width <= p.width - MARGIN.right + 0.5 && it.y >= 0 && it.y + it.height <= p.height;
        if (!inside) outside.push(`page ${n + 1}: "${it.str.slice(0, 40)}" at ${it.x.toFixed(1)},${it.y.toFixed(1)} width ${it.width.toFixed(1)}`);
      }
    });
    expect(outside).toEqual([]);
  });

  it('keeps body text between the top and bottom margins', () => {
    for (const p of pdf.pages.slice(1)) {
      for (const it of p.items) {
        if (!it.str.trim() || /^Sida \d+ av \d+$/.test(it.str) || it.y > p.height - MARGIN.top + 20) continue;
        expect(it.y).toBeGreaterThanOrEqual(MARGIN.bottom - 12);
      }
    }
  });

  // A long cell runs over pages, where the page header and the row's other cells come in between,
  // so the check counts words: every word of the title and the comment is printed at least as often.
  it('prints the whole long name, title and comment', () => {
    expect(squash(pdf.pages[0]!.text).replace(/-/g, '')).toContain(squash(orgName).replace(/-/g, ''));
    const count = (text: string, word: string) => text.split(word).length - 1;
    const text = pdf.text.replace(/-\s*/g, '');
    for (const word of ['åtgärd', 'digitaliseringsstrategin']) expect(count(text, word)).toBeGreaterThanOrEqual(count(actionTitle, word));
    for (const word of ['Kommentaren', 'skolorna.', 'x']) expect(count(text, word)).toBeGreaterThanOrEqual(count(comment, word));
  });

  it('repeats the table header on the pages a table runs over', () => {
    const heads = pdf.pages.filter((p) => p.items.some((i) => i.str === 'Ansvarig'));
    expect(heads.length).toBeGreaterThan(1);
  });
});

describe('a cover with long facts', () => {
  it('puts the table of contents on the page where room was kept for it', async () => {
    const report = fixtureReport({ orgName: 'Exempelby\nkommun\t med radbrytning' });
    report.plan.organisation.contact = { name: 'Åsa Öberg', role: 'utvecklingsledare '.repeat(120) };
    const pdf = await readPdf(await renderPlanPdf(report, { lang: 'sv', profile: 'ua', creationDate: new Date('2026-11-28T00:00:00Z') }));
    const withContents = pdf.pages.findIndex((p) => p.items.some((i) => i.str === 'Innehåll'));
    expect(withContents).toBeGreaterThanOrEqual(0);
    const page = pdf.pages[withContents]!;
    const heading = page.items.find((i) => i.str === 'Innehåll')!;
    const entry = page.items.find((i) => i.str === 'Sammanfattning')!;
    // The entries sit just below their heading, on the same page.
    expect(heading.y - entry.y).toBeGreaterThan(0);
    expect(heading.y - entry.y).toBeLessThan(40);
    expect(pdf.title).toBe('Handlingsplan för digital utveckling – Exempelby kommun med radbrytning');
    expect(pdf.pages[1]!.text).toContain('Exempelby kommun med radbrytning');
  });
});
