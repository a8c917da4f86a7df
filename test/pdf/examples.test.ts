// The example plans end to end: loaded and validated, run through the planning engine, rendered as PDF and read back.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { text } from '../../src/core/catalogue.ts';
import { buildReport } from '../../src/core/report.ts';
import { loadValidPlan } from '../../src/io/load-plan.ts';
import { renderPlanPdf } from '../../src/render/pdf/index.ts';
import { MARGIN } from '../../src/render/pdf/theme.ts';
import { readPdf, squash } from './read-pdf.ts';

const root = join(import.meta.dirname, '../..');
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe.each(examples)('examples/%s', (file) => {
  it.each(['sv', 'en'] as const)('renders in %s with every action, the organisation and nothing outside the page', async (lang) => {
    const loaded = loadValidPlan(join(root, 'examples', file), { cwd: root, lang });
    const report = buildReport(loaded.plan, loaded.catalogue, { referenceDate: loaded.plan.assessment.date });
    const date = new Date(`${loaded.plan.assessment.date}T00:00:00Z`);
    const bytes = await renderPlanPdf(report, { lang, profile: 'ua', creationDate: date });
    const pdf = await readPdf(bytes);

    expect(squash(pdf.pages[0]!.text)).toContain(squash(loaded.plan.organisation.name));
    const all = squash(pdf.text).replace(/-/g, '');
    for (const a of [...report.schedule.scheduled, ...report.schedule.notScheduled]) {
      const title = a.titleText ? text(a.titleText, lang) : a.title;
      expect(all, `${a.id} ${title}`).toContain(squash(title).replace(/-/g, ''));
    }
    if (lang === 'sv') expect(pdf.text).toMatch(/[åäö]/);
    expect(pdf.language).toBe(lang === 'sv' ? 'sv-SE' : 'en-GB');
    for (const p of pdf.pages) {
      for (const it of p.items) {
        if (!it.str.trim()) continue;
        expect(it.x).toBeGreaterThanOrEqual(MARGIN.left - 0.5);
        expect(it.x + it.width).toBeLessThanOrEqual(p.width - MARGIN.right + 0.5);
        expect(it.y).toBeGreaterThan(0);
        expect(it.y).toBeLessThan(p.height);
      }
    }
    const again = await renderPlanPdf(report, { lang, profile: 'ua', creationDate: date });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
