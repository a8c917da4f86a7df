// The comparison PDF keeps each heading on the page where what it leads to begins: over many generated pairs of
// plans, headings fall at every height of a page, and none is left as the last line of one.
import { describe, expect, it } from 'vitest';
import { loadDefaults, synthesisePlans } from '../../bench/generate-plans.ts';
import { comparePlans } from '../../src/core/compare.ts';
import { compareText } from '../../src/i18n/compare.ts';
import { renderComparePdf } from '../../src/render/compare-pdf.ts';
import { compareView } from '../../src/render/compare-view.ts';
import { readPdf } from '../pdf/read-pdf.ts';

describe('comparison PDF headings', () => {
  it('never end a page', async () => {
    const { catalogue, municipalities } = loadDefaults();
    const older = [...synthesisePlans({ count: 12, seed: 11, catalogue, municipalities })];
    const newer = [...synthesisePlans({ count: 12, seed: 12, catalogue, municipalities })];
    const alone: string[] = [];
    let pages = 0;
    for (let k = 0; k < older.length; k++) {
      // The same organisation both years, with last year's answers and actions from another generated plan.
      const before = { ...older[k]!.plan, organisation: newer[k]!.plan.organisation };
      const result = comparePlans({ plan: before, catalogue }, { plan: newer[k]!.plan, catalogue }, { referenceDate: '2027-11-28' });
      const headings = new Set(compareView(result, catalogue, 'sv').flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
      const pdf = await readPdf(await renderComparePdf(result, catalogue, 'sv'));
      pages += pdf.pages.length;
      pdf.pages.forEach((p, n) => {
        const lines = p.items.map((i) => i.str.trim()).filter((s) => s && !s.startsWith(compareText.sv.pdf.page(n + 1, pdf.pages.length)));
        const last = lines.at(-1);
        if (n < pdf.pages.length - 1 && last !== undefined && headings.has(last)) alone.push(`plan ${k}, page ${n + 1}: ${last}`);
      });
    }
    expect(pages).toBeGreaterThan(24);
    expect(alone).toEqual([]);
  }, 60_000);
});
