// A list to choose from, drawn at the terminal's width of the moment: keys that pick a row by its meaning (1–4 pick
// that level), help that opens and closes under the list without being an answer, and rows redrawn on resize.
import { styleText } from 'node:util';
import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isUpKey,
  makeTheme,
  useEffect,
  useKeypress,
  usePagination,
  usePrefix,
  useState,
  type Status,
} from '@inquirer/core';
import { wrapText } from '../core/text-wrap.ts';

export interface PickChoice {
  value: string;
  /** The row; a function when the row is laid out for the width there is (a table row). */
  name: string | ((width: number) => string);
  /** What stays on screen once chosen. */
  short?: string;
  /** A key that moves to this row ("3" for level 3). */
  key?: string;
}

export interface PickConfig {
  message: string;
  /** Replaces the message once answered ("1.1.a nuläge:"). */
  done?: string;
  choices: PickChoice[];
  default?: string;
  pageSize: number;
  /** Help text: `?` (or Enter on the row whose value is `help`) shows and hides it under the list. */
  help?: string;
  /** A key that chooses the row under the cursor and asks for more; the answer then ends in MORE. */
  more?: string;
  /** The key hint line. */
  hint: string;
  /** The terminal's width now. */
  columns: () => number;
  /** Calls back when the terminal is resized; returns the function that stops it. */
  onResize?: (redraw: () => void) => () => void;
}

/** Ends an answer chosen with the `more` key. */
export const MORE = '+';

const HELP_ROW = 'help';

export const pick = createPrompt<string, PickConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<Status>('idle');
  const prefix = usePrefix({ status, theme });
  const first = Math.max(
    0,
    config.choices.findIndex((c) => c.value === config.default),
  );
  const [active, setActive] = useState(first);
  const [helpShown, setHelpShown] = useState(false);
  const [, setSize] = useState(0);
  useEffect(() => {
    if (!config.onResize) return undefined;
    return config.onResize(() => setSize(config.columns()));
  }, []);

  useKeypress((key) => {
    const chosen = config.choices[active]!;
    if (isEnterKey(key)) {
      if (chosen.value === HELP_ROW && config.help) return setHelpShown(!helpShown);
      setStatus('done');
      return done(chosen.value);
    }
    if (isUpKey(key)) return setActive(Math.max(0, active - 1));
    if (isDownKey(key)) return setActive(Math.min(config.choices.length - 1, active + 1));
    const name = key.name === undefined || key.name === '' ? '' : key.name;
    if (config.help && (name === '?' || (key as { sequence?: string }).sequence === '?')) return setHelpShown(!helpShown);
    if (config.more && name === config.more && chosen.value !== HELP_ROW) {
      setStatus('done');
      return done(`${chosen.value}${MORE}`);
    }
    const at = config.choices.findIndex((c) => c.key !== undefined && c.key === name);
    if (at >= 0) setActive(at);
  });

  const width = Math.max(20, config.columns());
  const chosen = config.choices[active]!;
  if (status === 'done') {
    const short = chosen.short ?? (typeof chosen.name === 'string' ? chosen.name : chosen.value);
    // Room is kept on the last line for the answer, so that it is not cut in the middle of a word.
    return `${prefix} ${wrapText(config.done ?? config.message, width - 2 - 16, '  ')} ${styleText('cyan', short)}`;
  }
  const page = usePagination({
    items: config.choices,
    active,
    pageSize: config.pageSize,
    loop: false,
    renderItem({ item, isActive }) {
      const text = typeof item.name === 'function' ? item.name(width - 2) : wrapText(item.name, width - 2, '  ');
      const row = `${isActive ? '❯' : ' '} ${text}`;
      return isActive ? styleText('cyan', row) : row;
    },
  });
  const lines = [`${prefix} ${styleText('bold', wrapText(config.message, width - 2, '  '))}`, page];
  if (helpShown && config.help) lines.push(styleText('dim', wrapText(config.help, width - 1)));
  lines.push(wrapText(config.hint, width - 1));
  return lines.join('\n');
});
