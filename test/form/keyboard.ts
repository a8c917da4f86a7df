// What the questionnaire's browser tests share, whatever drives the browser (Playwright, puppeteer, WebDriver): the
// indicators, answering by keyboard alone, and the scripts run in the page. Scripts are function bodies that end in
// `return`, as WebDriver takes them; `inPage` makes one an expression for page.evaluate.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { validateAnswers } from '../../src/generated/validateAnswers.js';
import { builtinCatalogue } from '../../src/io/load-catalogue.ts';

export const IDS = builtinCatalogue('nationell')!.indicators.map((i) => i.id);
export const COMMENT = 'Vi saknar en gemensam plan, "än så länge".';

export interface Focused {
  tag: string;
  type: string;
  name: string;
  /** A radio button of a group that already has a choice. */
  answered: boolean;
  disabled: boolean;
}

/** The focused element, as `Focused`. */
export const FOCUSED = `
  var e = document.activeElement;
  var name = e.name || '';
  return {
    tag: e.tagName,
    type: e.type || '',
    name: name,
    answered: name !== '' && document.querySelector('input[name="' + name + '"]:checked') !== null,
    disabled: Boolean(e.disabled),
  };`;

/** Whether the page is wider than its window, so that a reader must scroll sideways. */
export const SCROLLS_SIDEWAYS = 'var r = document.documentElement; return r.scrollWidth > r.clientWidth + 1;';

/** axe at the WCAG 2.1 A and AA tags; resolves to the violations, each with its nodes. */
export function axeScript(): string {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return `${source}
    ;return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then(function (r) {
      return r.violations.map(function (v) {
        return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) { return { target: n.target, failureSummary: n.failureSummary }; }) };
      });
    });`;
}

/** A script body as an expression, for drivers that evaluate expressions (Playwright, puppeteer). */
export const inPage = (body: string): string => `(function () {${body}\n})()`;

export type Key = 'Tab' | 'Space' | 'ArrowDown' | 'ArrowRight';

/** The keyboard of one driver. */
export interface Keyboard {
  press(...keys: Key[]): Promise<void>;
  type(text: string): Promise<void>;
  focused(): Promise<Focused>;
}

/**
 * Tabs through the form and answers what it lands on, with the keyboard only: Space takes the first choice of a
 * group, each arrow key the next. The role is Teacher; indicator n gets level n % 4 + 1, every fifth "don't know",
 * a target one above; the first also gets COMMENT. Stops after `stopAfter` indicators, or at the save button.
 */
export async function answerByKeyboard(k: Keyboard, stopAfter: number): Promise<number> {
  let answered = 0;
  for (let step = 0; step < 600; step++) {
    await k.press('Tab');
    const f = await k.focused();
    if (f.tag === 'BUTTON' && f.type === 'submit') return answered;
    if (f.type !== 'radio' || f.answered || f.disabled) continue;
    if (f.name === 'role') {
      await k.press('Space', 'ArrowDown'); // Principal, then Teacher
      continue;
    }
    const index = IDS.findIndex((id) => f.name.endsWith(`-${id.replace(/\./g, '-')}`));
    if (f.name.startsWith('current-')) {
      await k.press('Space', ...Array<Key>(index % 5 === 4 ? 4 : index % 4).fill('ArrowDown'));
      if (index === 0) {
        await k.press('Tab', 'Space', 'ArrowRight', 'Tab'); // the target levels, one above, then the comment
        await k.type(COMMENT);
      }
      answered++;
      if (answered === stopAfter) return answered;
    } else if (f.name.startsWith('target-')) {
      await k.press('Space', ...Array<Key>(Math.min(3, (index % 4) + 1)).fill('ArrowRight'));
    }
  }
  throw new Error('the save button was never reached');
}

/** The answers file saved after `answerByKeyboard` over the whole form of the example municipality (2506): its name and its content. */
export function expectKeyboardAnswers(name: string, text: string): void {
  expect(name).toMatch(/^svar-larare-\d{4}-\d{2}-\d{2}-[0-9a-f]{6}\.yaml$/);
  const answers = parse(text);
  expect(validateAnswers(answers), JSON.stringify(validateAnswers.errors)).toBe(true);
  expect(answers.respondent).toEqual({ role: 'larare' });
  expect(answers.organisation.municipalityCode).toBe('2506');
  expect(Object.keys(answers.assessment.answers)).toEqual(IDS);
  expect(answers.assessment.answers['1.1.a']).toEqual({ current: 1, target: 2, comment: COMMENT });
  expect(answers.assessment.answers[IDS[4]!]).toEqual({ status: 'unknown' });
}
