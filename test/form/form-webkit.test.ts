// The questionnaire in WebKit, Safari's engine (WebKitGTK's MiniBrowser over WebDriver), opened from a file as a
// respondent would: answered with the keyboard alone, kept over a reload, saved as an answers file that merges into a
// plan, checked with axe at WCAG 2.1 AA and at 320 px. WebDriver classic has no download API, so the page's own
// save is watched in the page: the Blob it hands to URL.createObjectURL and the name on the link it clicks.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeViolations, type AxeViolation } from '../helpers/browser.ts';
import { KEY, useWebKit, type WebKitSession } from '../helpers/browser-webkit.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
import { answerByKeyboard, expectKeyboardAnswers, axeScript, COMMENT, FOCUSED, IDS, type Keyboard, SCROLLS_SIDEWAYS } from './keyboard.ts';

const webkit = useWebKit();

const text = (s: WebKitSession, selector: string): Promise<string | null> =>
  s.execute('var e = document.querySelector(arguments[0]); return e ? e.textContent : null;', selector);

const ready = (s: WebKitSession): Promise<string | null> => s.execute("return document.documentElement.getAttribute('data-ready');");

/** WebDriver's keyboard, for the shared keyboard walk. */
const CODES = { Tab: KEY.tab, Space: KEY.space, ArrowDown: KEY.arrowDown, ArrowRight: KEY.arrowRight } as const;
const keyboard = (s: WebKitSession): Keyboard => ({
  press: (...keys) => s.press(...keys.map((k) => CODES[k])),
  type: (t) => s.press(...t),
  focused: () => s.execute(FOCUSED),
});

/** Keeps, in the page, the Blob the page saves and the name it saves it under, and keeps the browser's save dialog away. */
const WATCH_SAVE = `
  window.__saved = null;
  var create = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    window.__saved = { blob: blob, name: '' };
    return create.call(URL, blob);
  };
  var click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && window.__saved && this.href.indexOf('blob:') === 0) {
      window.__saved.name = this.download;
      return;
    }
    return click.call(this);
  };`;

const saved = (s: WebKitSession): Promise<{ name: string; type: string; text: string } | null> =>
  s.execute(`
    var f = window.__saved;
    if (!f || !f.name) return null;
    return f.blob.text().then(function (text) { return { name: f.name, type: f.blob.type, text: text }; });`);

/** axe run through WebDriver, which the page's policy (no inline script but its own) does not govern. */
const axe = (s: WebKitSession): Promise<AxeViolation[]> => s.execute(axeScript());

describe('the questionnaire in WebKit', () => {
  it('is answered by keyboard, survives a reload, saves an answers file that merges, and passes axe, all offline', { timeout: 180_000 }, async () => {
    const dir = testDir();
    const made = await runMain(['form', '--organisation', join(ROOT, 'examples/landsbygd.yaml'), '-o', 'enkat.html'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const s = await webkit();
    expect(s.capabilities.browserName).toBe('MiniBrowser');
    await s.setWindowRect(1280, 900);
    const url = pathToFileURL(join(dir, 'enkat.html')).href;
    await s.navigate(url);
    await expect.poll(() => ready(s)).toBe('true');
    expect(await text(s, '#progress')).toBe(`0 av ${IDS.length} frågor besvarade`);
    // WebKit keeps a file's localStorage, so the page does not warn that the answers are lost on closing it.
    expect(await s.execute("return document.getElementById('storage-off').hidden;")).toBe(true);

    const half = Math.floor(IDS.length / 2);
    expect(await answerByKeyboard(keyboard(s), half)).toBe(half);
    expect(await text(s, '#progress')).toBe(`${half} av ${IDS.length} frågor besvarade`);

    // A reload keeps the answers, and the message says the page's own storage brought them back; so does opening
    // the file anew after leaving it, where nothing of the form's state but that storage is left.
    await s.refresh();
    await expect.poll(() => ready(s)).toBe('true');
    expect(await text(s, '#progress')).toBe(`${half} av ${IDS.length} frågor besvarade`);
    expect(await text(s, '#message')).toBe('Dina tidigare svar i den här webbläsaren är ifyllda.');
    await s.navigate('about:blank');
    await s.navigate(url);
    await expect.poll(() => ready(s)).toBe('true');
    expect(await text(s, '#progress')).toBe(`${half} av ${IDS.length} frågor besvarade`);
    expect(await s.execute("return document.getElementById('role-larare').checked;")).toBe(true);
    expect(await s.execute("return document.getElementById('comment-1-1-a').value;")).toBe(COMMENT);

    expect(await answerByKeyboard(keyboard(s), IDS.length)).toBe(IDS.length - half);
    expect(await text(s, '#progress')).toBe(`${IDS.length} av ${IDS.length} frågor besvarade`);
    await s.execute(WATCH_SAVE);
    expect(await s.execute('return document.activeElement.type;')).toBe('submit');
    await s.press(KEY.enter);
    let file: { name: string; type: string; text: string } | null = null;
    await expect.poll(async () => (file = await saved(s))).not.toBeNull();
    const { name, type, text: yaml } = file!;
    expectKeyboardAnswers(name, yaml);
    expect(type).toBe('application/yaml');
    expect(await text(s, '#message')).toContain(name);

    const violations = await axe(s);
    expect(violations, describeViolations(violations)).toEqual([]);
    await s.setWindowRect(1280, 800);
    expect(await s.execute('return window.innerWidth;')).toBe(1280);
    expect(await s.execute(SCROLLS_SIDEWAYS)).toBe(false);
    // The page fetched nothing beyond itself.
    expect(await s.execute("return performance.getEntriesByType('resource').map(function (e) { return e.name; });")).toEqual([]);

    // MiniBrowser's window is never narrower than its toolbar (about 450 px), so the page is shown 320 px wide in a
    // frame of that width: its own viewport, against which its media queries apply, as on a small phone.
    await writeFile(
      join(dir, 'smal.html'),
      '<!doctype html><meta charset="utf-8"><title>320</title><iframe src="enkat.html" title="Enkäten" style="width:320px;height:800px;border:0"></iframe>',
    );
    await s.navigate(pathToFileURL(join(dir, 'smal.html')).href);
    await s.frame(0);
    await expect.poll(() => ready(s)).toBe('true');
    expect(await s.execute('return window.innerWidth;')).toBe(320);
    expect(await s.execute(SCROLLS_SIDEWAYS)).toBe(false);
    await s.frame(null);

    // The saved file merges into a new plan for the organisation it names.
    await writeFile(join(dir, name), yaml);
    const merged = await runMain(['merge', name, '--into', 'plan.yaml'], { cwd: dir });
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toContain('1 svarsfil');
    const plan = parse(readFileSync(join(dir, 'plan.yaml'), 'utf8'));
    expect(plan.organisation.municipalityCode).toBe('2506');
    expect(plan.assessment.answers['1.1.a']).toMatchObject({ current: 1, target: 2 });
  });
});
