// The questionnaire in Firefox (Debian's firefox-esr), opened from a file as a respondent would: answered with the
// keyboard alone, kept over a reload, saved as a downloaded answers file that merges into a plan, checked with axe at
// WCAG 2.1 AA and at 320 px, and never once reaching the network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeViolations, type AxeViolation } from '../helpers/browser.ts';
import { downloaded, openFileInFirefox, useFirefox } from '../helpers/browser-firefox.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
import {
  answerByKeyboard,
  expectKeyboardAnswers,
  axeScript,
  COMMENT,
  FOCUSED,
  type Focused,
  IDS,
  inPage,
  type Keyboard,
  SCROLLS_SIDEWAYS,
} from './keyboard.ts';

const firefox = useFirefox();
const text = (page: Page, selector: string): Promise<string | null> => page.$eval(selector, (e) => e.textContent);

/** puppeteer's keyboard, for the shared keyboard walk (Firefox takes Space only as the character). */
const keyboard = (page: Page): Keyboard => ({
  press: async (...keys) => {
    for (const key of keys) await page.keyboard.press(key === 'Space' ? ' ' : key);
  },
  type: (t) => page.keyboard.type(t),
  focused: () => page.evaluate(inPage(FOCUSED)) as Promise<Focused>,
});

/** axe evaluated through the protocol, which the page's policy (no inline script but its own) does not govern. */
const axe = (page: Page) => page.evaluate(inPage(axeScript())) as Promise<AxeViolation[]>;
const scrollsSideways = (page: Page) => page.evaluate(inPage(SCROLLS_SIDEWAYS)) as Promise<boolean>;

describe('the questionnaire in Firefox', () => {
  it('is answered by keyboard, survives a reload, downloads an answers file that merges, and passes axe, all offline', { timeout: 120_000 }, async () => {
    const dir = testDir();
    const made = await runMain(['form', '--organisation', join(ROOT, 'examples/landsbygd.yaml'), '-o', 'enkat.html'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const opened = await openFileInFirefox(await firefox(), join(dir, 'enkat.html'), join(dir, 'hämtade'));
    let page = opened.page;
    const ready = () => page.$eval('html', (h) => h.getAttribute('data-ready'));
    await expect.poll(ready).toBe('true');
    expect(await text(page, '#progress')).toBe(`0 av ${IDS.length} frågor besvarade`);
    expect(await page.$eval('#storage-off', (e) => (e as unknown as { hidden: boolean }).hidden)).toBe(true);

    const half = Math.floor(IDS.length / 2);
    expect(await answerByKeyboard(keyboard(page), half)).toBe(half);
    expect(await text(page, '#progress')).toBe(`${half} av ${IDS.length} frågor besvarade`);

    // A reload keeps the answers. Firefox itself refills a reloaded form's fields; the message says the page's own
    // storage did, and it alone brings them back in a new tab.
    await page.reload({ waitUntil: 'load' });
    await expect.poll(ready).toBe('true');
    expect(await text(page, '#progress')).toBe(`${half} av ${IDS.length} frågor besvarade`);
    expect(await text(page, '#message')).toBe('Dina tidigare svar i den här webbläsaren är ifyllda.');
    page = await opened.reopen();
    await expect.poll(ready).toBe('true');
    expect(await text(page, '#progress')).toBe(`${half} av ${IDS.length} frågor besvarade`);
    expect(await page.$eval('#role-larare', (e) => (e as unknown as { checked: boolean }).checked)).toBe(true);
    expect(await page.$eval('#comment-1-1-a', (e) => (e as unknown as { value: string }).value)).toBe(COMMENT);

    expect(await answerByKeyboard(keyboard(page), IDS.length)).toBe(IDS.length - half);
    expect(await text(page, '#progress')).toBe(`${IDS.length} av ${IDS.length} frågor besvarade`);
    // Focus is visible in Firefox too: the focused save button has the page's own outline.
    const outline = await page.evaluate(() => {
      const g = globalThis as unknown as {
        document: { activeElement: { type?: string } };
        getComputedStyle: (e: unknown) => { outlineStyle: string; outlineWidth: string };
      };
      const st = g.getComputedStyle(g.document.activeElement);
      return { type: g.document.activeElement.type, style: st.outlineStyle, width: parseFloat(st.outlineWidth) };
    });
    expect(outline).toEqual({ type: 'submit', style: 'solid', width: 3 });
    await page.keyboard.press('Enter');
    const file = await downloaded(opened.downloads);
    expectKeyboardAnswers(file.name, file.text);
    expect(await text(page, '#message')).toContain(file.name);

    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    for (const width of [320, 1280]) {
      await page.setViewport({ width, height: 800 });
      const shot = await page.screenshot();
      expect(Buffer.from(shot).readUInt32BE(16)).toBe(width);
      expect(await scrollsSideways(page)).toBe(false);
    }
    // Not one request beyond the file itself, and no error nor refusal by the page's own policy.
    expect(opened.requests).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.context.close();

    // The file Firefox saved merges into a new plan for the organisation it names.
    const merged = await runMain(['merge', join('hämtade', file.name), '--into', 'plan.yaml'], { cwd: dir });
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toContain('1 svarsfil');
    const plan = parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'));
    expect(plan.organisation.municipalityCode).toBe('2506');
    expect(plan.assessment.answers['1.1.a']).toMatchObject({ current: 1, target: 2 });
  });

  it('says so when the browser keeps nothing, and still saves the answers file', { timeout: 60_000 }, async () => {
    const dir = testDir();
    const made = await runMain(['form', '-o', 'enkat.html'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const opened = await openFileInFirefox(await firefox(), join(dir, 'enkat.html'), join(dir, 'hämtade'), { storageBlocked: true });
    let page = opened.page;
    const ready = () => page.$eval('html', (h) => h.getAttribute('data-ready'));
    await expect.poll(ready).toBe('true');
    const warning = () => page.$eval('#storage-off', (e) => ((e as unknown as { hidden: boolean }).hidden ? null : e.textContent));
    expect(await warning()).toBe(
      'Den här webbläsaren låter inte sidan spara svaren medan du svarar, så de försvinner om du stänger sidan. Spara dem med knappen Spara svaren innan du stänger den.',
    );
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.click('#role-rektor');
    await page.click('#current-1-1-a-3');
    await page.click('button[type=submit]');
    const file = await downloaded(opened.downloads);
    expect(parse(file.text).assessment.answers).toEqual({ '1.1.a': { current: 3 } });
    // What the warning says is true: a new tab starts empty.
    page = await opened.reopen();
    await expect.poll(ready).toBe('true');
    expect(await text(page, '#progress')).toBe(`0 av ${IDS.length} frågor besvarade`);
    expect(await warning()).not.toBeNull();
    expect(opened.requests).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });
});
