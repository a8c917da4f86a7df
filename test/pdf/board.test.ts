// What the board decides on: the record and the decision (or "Förslag till beslut") on the cover, and a summary
// whose cost separates own actions from the catalogue's suggestions and whose total is the sum of the years shown.
import { beforeAll, describe, expect, it } from 'vitest';
import { summariseCost } from '../../src/core/cost-summary.ts';
import { renderPlanMarkdown } from '../../src/render/markdown.ts';
import { renderPlanPdf } from '../../src/render/pdf/index.ts';
import { fixtureReport } from './fixture.ts';
import { readPdf, type PdfRead } from './read-pdf.ts';

const date = new Date('2026-11-28T00:00:00Z');
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

function decided() {
  const report = fixtureReport();
  report.plan.document = {
    diarienummer: 'BUN 2027/123',
    version: '1.0',
    owner: 'Utvecklingsledare Kim Ek',
    decision: { body: 'Barn- och utbildningsnämnden', date: '2027-02-15', paragraph: '12' },
  };
  return report;
}

describe('the cost summary', () => {
  const c = summariseCost(fixtureReport());

  it('counts own actions and suggestions apart, and the total is the sum of the years', () => {
    expect(c.own.count).toBe(4);
    expect(c.suggestions.count).toBe(2);
    expect(c.years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    expect(c.years.reduce((s, y) => s + y.total, 0)).toBe(c.total);
    expect(c.own.cost + c.suggestions.cost).toBe(c.total);
    // A01's first term (HT 2026) lies before the period; A05 is postponed: neither is in the years.
    expect(c.years.find((y) => y.year === 2027)!.own).toBe(60000 + 250000 + 300000);
    expect(c.apart).toEqual([
      { id: 'A01', origin: 'plan', cost: 60000, reason: 'outside' },
      { id: 'A05', origin: 'plan', cost: 400000, reason: 'postponed' },
    ]);
  });

  it('rounds estimates to whole thousands', () => {
    expect(c.suggestions.estimated).toBe(true);
    // S02's 200 000 kr over three terms: 133 334 kr in 2028 and 66 666 kr in 2029.
    expect(c.years.map((y) => y.suggestions)).toEqual([50000, 133000, 67000]);
    expect(c.own.estimated).toBe(false);
  });
});

describe('PDF cover and summary', () => {
  let proposal: PdfRead;
  let decision: PdfRead;
  beforeAll(async () => {
    proposal = await readPdf(await renderPlanPdf(fixtureReport(), { lang: 'sv', profile: 'ua', creationDate: date }));
    decision = await readPdf(await renderPlanPdf(decided(), { lang: 'sv', profile: 'ua', creationDate: date }));
  });

  it('says "Förslag till beslut" on the cover while there is no decision', () => {
    expect(proposal.pages[0]!.text).toContain('Förslag till beslut');
  });

  it('shows the decision, diarienummer, version and owner on the cover', () => {
    const cover = decision.pages[0]!.text;
    expect(cover).toContain('Beslut: Barn- och utbildningsnämnden, 2027-02-15, § 12');
    expect(cover).toContain('BUN 2027/123');
    expect(cover).toContain('Utvecklingsledare Kim Ek');
    expect(cover).not.toContain('Förslag till beslut');
  });

  it('gives the summary a cost table whose total row is the sum of its years', () => {
    const summary = nbsp(proposal.pages[1]!.text);
    expect(summary).toContain('4 egna, 2 förslag');
    expect(summary).toMatch(/Summa\s+910 000 kr\s+250 000 kr\s+1 160 000 kr/);
    expect(summary).toMatch(/2027\s+610 000 kr\s+50 000 kr\s+660 000 kr/);
    expect(summary).toContain('A05: uppskjuten (400 000 kr)');
    expect(summary).toContain('avrundade till hela tusental');
  });
});

describe('Markdown cover and summary', () => {
  it('says "Förslag till beslut" under the title while there is no decision, and the decision once taken', () => {
    const md = renderPlanMarkdown(fixtureReport(), { lang: 'sv' });
    expect(md.split('\n').slice(0, 4).join('\n')).toContain('**Förslag till beslut**');
    const en = renderPlanMarkdown(decided(), { lang: 'en' });
    expect(en).toContain('**Decision:** Barn- och utbildningsnämnden, 2027-02-15, § 12');
    expect(en).toContain('Reference number (diarienummer): BUN 2027/123');
  });

  it('splits own actions and suggestions in count and cost, with the total as the sum of the years', () => {
    const md = nbsp(renderPlanMarkdown(fixtureReport(), { lang: 'sv' }));
    expect(md).toContain('Egna åtgärder: 4 st, 910 000 kr; katalogens förslag: 2 st, cirka 250 000 kr.');
    expect(md).toContain('| **Summa** | **910 000 kr** | **250 000 kr** | **1 160 000 kr** |');
    expect(md).toContain('A01: utanför planperioden (60 000 kr)');
  });
});
