// overview.html and overview.pdf count questionnaire respondents per organisation and unit, as overview.md does, in
// Swedish and English, and show none of the respondents' comments.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/merge.ts';
import type { Catalogue } from '../../src/core/model.ts';
import { buildReport } from '../../src/core/report.ts';
import { digestReport, rollUp, type Rollup } from '../../src/core/rollup.ts';
import { batchText } from '../../src/i18n/batch.ts';
import { mergeText } from '../../src/i18n/merge.ts';
import { loadValidPlan } from '../../src/io/load-plan.ts';
import { renderOverviewHtml } from '../../src/render/html/overview.ts';
import { renderOverviewPdf } from '../../src/render/overview-pdf.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { answersFile, context } from '../merge/helpers.ts';
import { readPdf, squash } from '../pdf/read-pdf.ts';

const DATE = '2027-01-15';
let withAnswers: Rollup;
let without: Rollup;
let catalogue: Catalogue;

beforeAll(async () => {
  const { dir, cleanup } = tempDir();
  try {
    mkdirSync(join(dir, 'svar'));
    // Three principals and one teacher; the teacher alone in a role at Norrskolan, a group small enough to identify.
    const units = ['Norrskolan', 'Norrskolan', 'Söderskolan', 'Norrskolan'];
    units.forEach((unit, i) => {
      const answers = { '1.1.a': { current: 2 as const, comment: `Hemlig kommentar ${i}`, evidence: `Hemligt underlag ${i}` } };
      writeFileSync(join(dir, 'svar', `${i}.yaml`), answersFile({ id: `a${i}`, role: i < 3 ? 'rektor' : 'larare', unit, answers }));
    });
    copyFileSync(join(ROOT, 'examples/landsbygd.yaml'), join(dir, 'landsbygd.yaml'));
    expect(await run(context(dir), ['svar'], { into: 'landsbygd.yaml' })).toBe(0);
    const digest = (f: string) => {
      const p = loadValidPlan(f, { cwd: dir, lang: 'sv' });
      return digestReport(buildReport(p.plan, p.catalogue, { referenceDate: DATE }), f);
    };
    catalogue = loadValidPlan('landsbygd.yaml', { cwd: dir, lang: 'sv' }).catalogue;
    const storstad = digest(join(ROOT, 'examples/storstad.yaml'));
    withAnswers = rollUp([digest('landsbygd.yaml'), storstad], catalogue);
    without = rollUp([storstad], catalogue);
  } finally {
    cleanup();
  }
});

const expected = {
  sv: { roles: '3 rektorer, 1 lärare', units: 'Norrskolan 3, Söderskolan 1' },
  en: { roles: '3 principals, 1 teacher', units: 'Norrskolan 3, Söderskolan 1' },
};

describe('respondents in overview.html', () => {
  it.each(['sv', 'en'] as const)('has a table of them after the counts, with caption and header scopes (%s)', (lang) => {
    const html = renderOverviewHtml(withAnswers, catalogue, { lang, referenceDate: DATE });
    const doc = new JSDOM(html).window.document;
    const t = mergeText[lang].rollup;
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.indexOf(t.heading)).toBe(headings.indexOf(batchText[lang].overview.counts.heading) + 1);
    expect(doc.body.textContent).toContain(t.intro(4, 1));
    const table = doc.querySelector('#respondents-table')!;
    expect(table.querySelector('caption')?.textContent).toBe(t.heading);
    const heads = [...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent]);
    expect(heads).toEqual([t.organisation, t.respondents, t.roles, t.units].map((h) => ['col', h]));
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => [c.tagName, c.textContent]));
    expect(rows).toEqual([
      [
        ['TH', 'Exempelby kommun'],
        ['TD', '4'],
        ['TD', expected[lang].roles],
        ['TD', expected[lang].units],
      ],
    ]);
    expect(table.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    // The organisation's and the units' own names are Swedish, and marked so in an English overview.
    if (lang === 'en') expect([...table.querySelectorAll('tbody [lang="sv"]')].map((e) => e.textContent)).toEqual(['Exempelby kommun', expected.en.units]);
    expect(html).not.toContain('Hemlig');
  });

  it('has no such table when no plan has merged answers', () => {
    const doc = new JSDOM(renderOverviewHtml(without, catalogue, { lang: 'sv', referenceDate: DATE })).window.document;
    expect(doc.querySelector('#respondents-table')).toBeNull();
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).not.toContain(mergeText.sv.rollup.heading);
  });
});

describe('respondents in overview.pdf', () => {
  it.each(['sv', 'en'] as const)('counts them after the counts and shows no comment (%s)', async (lang) => {
    const bytes = await renderOverviewPdf(withAnswers, catalogue, { lang, referenceDate: DATE, creationDate: new Date(0) });
    const pdf = await readPdf(bytes);
    const text = squash(pdf.text);
    const t = mergeText[lang].rollup;
    const at = (s: string) => text.indexOf(squash(s));
    // The section stands between the counts and the goals, its table row reads whole.
    expect(at(t.heading)).toBeGreaterThan(at(batchText[lang].overview.counts.heading));
    expect(at(batchText[lang].overview.goals.heading)).toBeGreaterThan(at(t.heading));
    expect(text).toContain(squash(t.intro(4, 1)));
    expect(text).toContain(squash([t.organisation, t.respondents, t.roles, t.units].join('')));
    expect(text).toContain(squash(`Exempelby kommun 4 ${expected[lang].roles} ${expected[lang].units}`));
    expect(text).not.toContain('Hemlig');
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
    await doc.destroy();
    expect(outline.slice(1, 3)).toEqual([batchText[lang].overview.counts.heading, t.heading]);
  });

  it('has no such section when no plan has merged answers', async () => {
    const pdf = await readPdf(await renderOverviewPdf(without, catalogue, { lang: 'sv', referenceDate: DATE, creationDate: new Date(0) }));
    expect(squash(pdf.text)).not.toContain(squash(mergeText.sv.rollup.heading));
  });
});
