// The prompt wrapper drawn on a test screen: Swedish key hints, yes/no words and messages (render() only, no auto-mock here).
import { describe, expect, test } from 'vitest';
import { render } from '@inquirer/testing';
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import { EventEmitter } from 'node:events';
import { checkboxConfig, confirmConfig, inputConfig, keysHelpTip, pickConfig, searchConfig, selectConfig } from '../../src/io/prompts.ts';
import { pick } from '../../src/io/select-prompt.ts';
import { wrapText } from '../../src/core/text-wrap.ts';

describe('key hints', () => {
  test.each([
    [
      'sv',
      [
        ['↑↓', 'navigate'],
        ['⏎', 'select'],
      ],
      '↑↓ välj • ⏎ bekräfta',
    ],
    [
      'sv',
      [
        ['↑↓', 'navigate'],
        ['space', 'select'],
        ['a', 'all'],
        ['i', 'invert'],
        ['⏎', 'submit'],
      ],
      '↑↓ välj • mellanslag markera • a alla • i invertera • ⏎ bekräfta',
    ],
    [
      'en',
      [
        ['↑↓', 'navigate'],
        ['⏎', 'select'],
      ],
      '↑↓ move • ⏎ confirm',
    ],
  ] as const)('%s: %j', (lang, keys, expected) => {
    expect(keysHelpTip(lang)(keys.map((k) => [...k] as [string, string]))).toBe(expected);
  });
});

describe('word wrap', () => {
  test.each([
    ['kort text', 40, '', 'kort text'],
    ['Nivå 3: Varje skolenhet har en dokumenterad plan som visar ämnen', 30, '  ', 'Nivå 3: Varje skolenhet har\n  en dokumenterad plan som\n  visar ämnen'],
    // Seen breaking mid-word at 80 columns before: a message with a long file name, and --help's --lang line.
    [
      `Det finns en påbörjad bedömning i planer/sundsvall-2026.yaml.draft (sparad 2026-11-28 10:15). Vill du fortsätta den?`,
      79,
      '  ',
      'Det finns en påbörjad bedömning i planer/sundsvall-2026.yaml.draft (sparad\n  2026-11-28 10:15). Vill du fortsätta den?',
    ],
    ['språk för allt som skrivs ut: sv eller en (standard: sv)', 31, '', 'språk för allt som skrivs ut:\nsv eller en (standard: sv)'],
    ['ettmycketlångtordsomintefårplatspåenradalls', 20, '', 'ettmycketlångtordsom\nintefårplatspåenrada\nlls'],
    ['\x1b[1mFet rubrik\x1b[22m med mer text efter', 22, '', '\x1b[1mFet rubrik\x1b[22m med mer\ntext efter'],
  ])('%j at %i columns', (text, width, indent, expected) => {
    expect(wrapText(text, width, indent)).toBe(expected);
  });
});

describe('prompts as drawn', () => {
  test('an answered question can leave a short label instead of its long message', async () => {
    const q = {
      type: 'select' as const,
      message: 'Får barn och elever undervisning som utvecklar digital kompetens?',
      done: '1.1.a nuläge:',
      choices: [{ value: '1', name: 'Nivå 1: Lite.', short: 'Nivå 1' }],
    };
    const { answer, events, getScreen } = await render(select, selectConfig(q, 'sv', 40));
    expect(getScreen()).toContain('Får barn och elever undervisning som\n  utvecklar digital kompetens?');
    events.keypress('enter');
    await answer;
    expect(getScreen()).toBe('✔ 1.1.a nuläge: Nivå 1');
  });

  test('a select shows Swedish key hints and returns the chosen value', async () => {
    const q = {
      type: 'select' as const,
      message: 'Finns en plan?',
      choices: [
        { value: '1', name: 'Nivå 1: Ingen plan.', short: 'Nivå 1' },
        { value: '2', name: 'Nivå 2: Utkast finns.', short: 'Nivå 2' },
      ],
    };
    const { answer, events, getScreen } = await render(select, selectConfig(q, 'sv'));
    expect(getScreen()).toContain('↑↓ välj • ⏎ bekräfta');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('2');
    expect(getScreen()).toContain('Finns en plan? Nivå 2');
  });

  test('a confirm says j/N and accepts "j" for Ja', async () => {
    const { answer, events, getScreen } = await render(confirm, confirmConfig({ type: 'confirm', message: 'Skriva över?', default: false }, 'sv'));
    expect(getScreen()).toContain('(j/N)');
    events.type('j');
    events.keypress('enter');
    await expect(answer).resolves.toBe(true);
    expect(getScreen()).toContain('Ja');
  });

  test('an input re-asks with the Swedish message until the value is valid', async () => {
    const validate = (v: string) => (/^\d{8}$/.test(v) ? true : 'Skolenhetskoden har åtta siffror');
    const { answer, events, getScreen, nextRender } = await render(input, inputConfig({ type: 'input', message: 'Skolenhetskod', validate }, 'sv'));
    events.type('1234');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('Skolenhetskoden har åtta siffror');
    events.type('5678');
    events.keypress('enter');
    await expect(answer).resolves.toBe('12345678');
  });

  test('a checkbox requires a choice, with a Swedish message', async () => {
    const q = {
      type: 'checkbox' as const,
      message: 'Skolformer',
      choices: [
        { value: 'forskola', name: 'Förskola' },
        { value: 'grundskola', name: 'Grundskola' },
      ],
      validate: (v: string[]) => (v.length > 0 ? true : 'Välj minst en skolform'),
    };
    const { answer, events, getScreen, nextRender } = await render(checkbox, checkboxConfig(q, 'sv'));
    expect(getScreen()).toContain('mellanslag markera');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('Välj minst en skolform');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['grundskola']);
  });

  test('a search filters as you type and says so when nothing matches', async () => {
    const names = ['Åre', 'Örebro', 'Östersund'];
    const q = {
      type: 'search' as const,
      message: 'Vilken kommun?',
      source: (term: string) => names.filter((n) => n.toLowerCase().startsWith(term.toLowerCase())).map((n) => ({ value: n, name: n })),
      empty: 'Ingen kommun matchar',
    };
    const { answer, events, getScreen, nextRender } = await render(search, searchConfig(q, 'sv'));
    events.type('ös');
    await nextRender();
    expect(getScreen()).toContain('Östersund');
    expect(getScreen()).not.toContain('Örebro');
    events.type('x');
    await nextRender();
    expect(getScreen()).toContain('Ingen kommun matchar');
    events.keypress('backspace');
    await nextRender();
    events.keypress('enter');
    await expect(answer).resolves.toBe('Östersund');
  });

  test('a table row is laid out again at the new width when the terminal is resized, and stops listening once answered', async () => {
    const terminal = new EventEmitter();
    let width = 60;
    const q = { type: 'select' as const, message: 'Granska och ändra', choices: [{ value: 'a', name: '1.1.a', row: (w: number) => `1.1.a bredd ${w}` }] };
    const onResize = (redraw: () => void) => {
      terminal.on('resize', redraw);
      return () => void terminal.off('resize', redraw);
    };
    const { answer, events, getScreen } = await render(
      pick,
      pickConfig(q, 'sv', () => width, onResize),
    );
    expect(getScreen()).toContain('1.1.a bredd 58');
    expect(terminal.listenerCount('resize')).toBe(1);
    width = 40;
    terminal.emit('resize');
    for (let i = 0; i < 20 && !getScreen().includes('bredd 38'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(getScreen()).toContain('1.1.a bredd 38');
    events.keypress('enter');
    await expect(answer).resolves.toBe('a');
    expect(terminal.listenerCount('resize')).toBe(0);
  });
});
