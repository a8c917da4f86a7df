// The HTML documents in a real browser: every one of the examples' plans, a plan merged from answers files, a
// comparison, the examples' overview, an overview with questionnaire respondents and a 290-plan overview passes axe-core at WCAG 2.1 AA, reflows at 320 CSS px,
// prints to PDF without clipped text and makes no request; the overview's tables sort and filter from the keyboard, and every table is there without JavaScript.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePlans } from '../../bench/generate-plans.ts';
import { axeViolations, describeViolations, openFile, scrollsSideways, useBrowser } from '../helpers/browser.ts';
import { tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
import type { SheetAnswer } from '../../src/core/merge.ts';
import type { Level } from '../../src/core/model.ts';
import { answersFile } from '../merge/helpers.ts';

const browser = useBrowser();
const DATE = '2026-11-28';
const FOLLOW_UP = 'test/fixtures/follow-up';

const docs: Record<string, string> = {};

let cleanup: (() => void) | undefined;
afterAll(() => cleanup?.());

beforeAll(async () => {
  const made = tempDir();
  cleanup = made.cleanup;
  const out = made.dir;
  const run = async (args: string[]) => {
    const r = await runMain(args);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  for (const name of ['storstad', 'landsbygd', 'fristaende']) {
    await run(['render', `examples/${name}.yaml`, '--format', 'html', '-o', join(out, `${name}.html`), '--date', DATE]);
    docs[name] = join(out, `${name}.html`);
  }
  await run(['render', 'examples/storstad.yaml', '--format', 'html', '-o', join(out, 'storstad-en.html'), '--date', DATE, '--lang', 'en']);
  docs['storstad (en)'] = join(out, 'storstad-en.html');
  await run([
    'compare',
    `${FOLLOW_UP}/plan-2026.yaml`,
    `${FOLLOW_UP}/plan-2027.yaml`,
    '--catalogue',
    `${FOLLOW_UP}/catalogue.yaml`,
    '--format',
    'html',
    '-o',
    join(out, 'compare.html'),
    '--date',
    '2027-12-01',
  ]);
  docs.compare = join(out, 'compare.html');
  // A plan made by merging questionnaire answers: the spread chapter with its tables and comments.
  mkdirSync(join(out, 'svar'));
  const levels: Level[] = [1, 2, 2, 3, 4, 2];
  levels.forEach((current, i) => {
    const role = i < 3 ? 'rektor' : i < 5 ? 'larare' : 'elev';
    const answers: Record<string, SheetAnswer> = {
      '1.1.a': { current, target: 3, comment: `Kommentar <b>${i}</b> & mer` },
      '2.2.a': { current: 2 },
      '3.1.a': { status: 'unknown' },
    };
    writeFileSync(join(out, 'svar', `${i}.yaml`), answersFile({ id: `b${i}`, role, unit: 'Norrskolan', answers }));
  });
  await run(['merge', join(out, 'svar'), '--into', join(out, 'merged.yaml')]);
  await run(['render', join(out, 'merged.yaml'), '--format', 'html', '-o', join(out, 'merged.html'), '--date', DATE]);
  docs['merged answers'] = join(out, 'merged.html');
  if (!readFileSync(docs['merged answers'], 'utf8').includes('Här skiljer sig bilden åt')) throw new Error('merged.html: no spread chapter');
  await run([
    'batch',
    'examples/landsbygd.yaml',
    'examples/storstad.yaml',
    'examples/fristaende.yaml',
    '--out',
    join(out, 'examples'),
    '--format',
    'html',
    '--date',
    DATE,
    '--quiet',
  ]);
  docs.overview = join(out, 'examples', 'overview.html');
  // An English overview over the merged plan and one more: the table of questionnaire respondents.
  await run([
    'batch',
    join(out, 'merged.yaml'),
    'examples/storstad.yaml',
    '--out',
    join(out, 'respondents'),
    '--format',
    'html',
    '--date',
    DATE,
    '--lang',
    'en',
    '--quiet',
  ]);
  docs['overview with respondents'] = join(out, 'respondents', 'overview.html');
  if (!readFileSync(docs['overview with respondents'], 'utf8').includes('<table id="respondents-table"'))
    throw new Error('overview.html: no respondents table');
  const plans = join(out, 'plans-290');
  generatePlans({ dir: plans, count: 290, seed: 2026 });
  await run(['batch', plans, '--out', join(out, 'out-290'), '--format', 'html', '--date', DATE, '--quiet']);
  docs['290-plan overview'] = join(out, 'out-290', 'overview.html');
}, 240_000);

/** HTML elements whose content is wider than their box (cut off or spilling over), as `tag#id: text`. */
async function clipped(page: Page): Promise<string[]> {
  return page.$$eval('body *', (all) =>
    all
      .filter((e) => e.namespaceURI === 'http://www.w3.org/1999/xhtml' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}: ${(e.textContent ?? '').slice(0, 60)}`),
  );
}

describe('HTML documents in the browser', () => {
  it.each(['storstad', 'landsbygd', 'fristaende', 'storstad (en)', 'merged answers', 'compare', 'overview', 'overview with respondents', '290-plan overview'])(
    '%s: no axe violation, no request, reflow at 320 px, prints unclipped',
    async (name) => {
      const { page, requests, errors } = await openFile(await browser(), docs[name]!);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(errors).toEqual([]);

      await page.setViewportSize({ width: 320, height: 640 });
      expect(await scrollsSideways(page)).toBe(false);

      // Printed: A4 portrait for plans and comparisons, landscape for the overview (the width inside the page margins).
      await page.setViewportSize({ width: name.includes('overview') ? 1030 : 680, height: 900 });
      await page.emulateMedia({ media: 'print' });
      expect(await clipped(page)).toEqual([]);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

      expect(requests).toEqual([]);
      await page.context().close();
    },
  );

  it('has every table, with its rows, when JavaScript is off', async () => {
    const b = await browser();
    for (const name of ['storstad', 'compare', 'overview']) {
      const source = readFileSync(docs[name]!, 'utf8');
      const off = await openFile(b, docs[name]!, { javaScript: false });
      const shape = () => off.page.$$eval('table', (ts) => ts.map((t) => `${t.id}:${(t as unknown as { rows: ArrayLike<unknown> }).rows.length}`));
      const tables = await shape();
      expect(tables.length).toBe(source.match(/<table /g)!.length);
      expect(tables.length).toBeGreaterThan(2);
      // Nothing was added: no filter field, no sort button.
      expect(await off.page.$$('input, button')).toHaveLength(0);
      const on = await openFile(b, docs[name]!);
      expect(await on.page.$$eval('table', (ts) => ts.map((t) => `${t.id}:${(t as unknown as { rows: ArrayLike<unknown> }).rows.length}`))).toEqual(tables);
      await Promise.all([off.page.context().close(), on.page.context().close()]);
    }
  });

  it("sorts and filters the overview's heatmap with the keyboard alone", async () => {
    const { page } = await openFile(await browser(), docs.overview!);
    const focused = () =>
      page.evaluate(() => {
        const e = (globalThis as unknown as { document: { activeElement: { id: string; textContent: string | null } | null } }).document.activeElement;
        return { id: e?.id ?? '', textContent: e?.textContent ?? '' };
      });
    // Tab to the heatmap's filter field.
    let steps = 0;
    while ((await focused())?.id !== 'heatmap-table-filter') {
      await page.keyboard.press('Tab');
      expect(++steps).toBeLessThan(200);
    }
    const names = () => page.$$eval('#heatmap-table tbody tr:not([hidden]) th', (cells) => cells.map((c) => (c.textContent ?? '').trim()));
    expect(await names()).toHaveLength(3);
    await page.keyboard.type('Exempelby');
    expect(await names()).toEqual(['Exempelby kommun']);
    await expect.poll(() => page.textContent('#heatmap-table-filter ~ [role="status"]')).toMatch(/1 av 3/);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    expect(await names()).toHaveLength(3);

    // On from the field: the table's region, then the sort buttons in the column heads; sort by goal 1.1.
    while ((await focused())?.textContent?.trim() !== 'Delmål 1.1') {
      await page.keyboard.press('Tab');
      expect(++steps).toBeLessThan(220);
    }
    const head = '#heatmap-table thead th:nth-child(3)';
    expect(await page.getAttribute(head, 'aria-sort')).toBeNull();
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(head, 'aria-sort')).toBe('ascending');
    const ascending = await names();
    const level = (n: string) => page.$eval(`#heatmap-table tbody tr:nth-child(${n}) td:nth-child(3)`, (c) => Number(c.getAttribute('data-sort') ?? ''));
    expect(await level('1')).toBeLessThanOrEqual(await level('2'));
    expect(await level('2')).toBeLessThanOrEqual(await level('3'));
    await page.keyboard.press('Space');
    expect(await page.getAttribute(head, 'aria-sort')).toBe('descending');
    expect(await names()).toEqual([...ascending].reverse());
  });
});
