// The one door to Inquirer: questions described as data, asked with Swedish (or English) key hints and labels.
import { styleText } from 'node:util';
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import type { Lang } from '../core/model.ts';
import { CancelledError } from '../errors.ts';
import { assessText } from '../i18n/assess.ts';
import { wrapText } from '../core/text-wrap.ts';
import { MORE, pick, type PickConfig } from './select-prompt.ts';

export { MORE };

export interface Choice {
  value: string;
  /** What the list shows. */
  name: string;
  /** What stays on screen once the question is answered. */
  short?: string;
  description?: string;
  /** A key that moves to this choice (level questions: "3" for level 3, whatever the position). */
  key?: string;
  /** The row laid out for the width there is (table rows); `name` is its plain form. */
  row?: (width: number) => string;
}

export interface CheckboxChoice extends Choice {
  checked?: boolean;
}

/** A check on a typed answer: true when it is fine, otherwise the message to show. */
export type Validate<T> = (value: T) => true | string;

interface Common {
  message: string;
  /** A short label that replaces a long message once the question is answered ("Nuläge: Nivå 2"). */
  done?: string;
}

export type Question =
  | (Common & {
      type: 'select';
      choices: Choice[];
      default?: string;
      pageSize?: number;
      /** Shown and hidden under the list with `?` (or Enter on the choice whose value is `help`); never an answer. */
      help?: string;
      /** A key that chooses the highlighted row and asks for more; the answer then ends in MORE. */
      more?: { key: string; label: string };
    })
  | (Common & { type: 'search'; source: (term: string) => Choice[]; default?: string; empty: string; pageSize?: number })
  | (Common & { type: 'input'; default?: string; validate?: Validate<string> })
  | (Common & {
      type: 'checkbox';
      choices: CheckboxChoice[];
      validate?: Validate<string[]>;
      pageSize?: number;
      /** What stays on screen once answered, instead of every chosen label ("15 av 15"). */
      summary?: (chosen: number, of: number) => string;
    })
  | (Common & { type: 'confirm'; default: boolean });

export type AnswerValue = string | string[] | boolean;

export interface Prompter {
  ask(q: Question): Promise<AnswerValue>;
  /** Text between questions (headers, help, tables), written where the prompts are drawn and wrapped to fit. */
  write(text: string): void;
}

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Terminal height: long lists are cut to fit, so the question and the key hints stay on screen. */
  rows?: () => number | undefined;
  /** Terminal width now (read at every question and redraw): texts are wrapped between words to fit it. */
  columns?: () => number | undefined;
  /** Calls back when the terminal is resized; returns the function that stops it. */
  onResize?: (redraw: () => void) => () => void;
  /** Applied to the text written between questions (commands named the way the user started the tool). */
  rewrite?: (text: string) => string;
}

/** Key hints in the user's language: the prompts pass pairs like ['↑↓', 'navigate']. */
export function keysHelpTip(lang: Lang): (keys: [string, string][]) => string {
  const k = assessText[lang].keys;
  return (keys) =>
    keys
      .map(([key, action]) => {
        const label = key === 'space' && action === 'select' ? k.toggle : (k[action] ?? action);
        return `${k[key] ?? key} ${label}`;
      })
      .join(' • ');
}

/** Room kept on the last line of an answered question for the answer beside it. */
const ANSWER_ROOM = 16;

/**
 * Bold while asked (as Inquirer draws it), and the short label once answered; wrapped between words at the
 * terminal's width, since Inquirer itself would cut a long line wherever it ends.
 */
function messageStyle(q: Common, width?: number) {
  const fit = (text: string, room: number) => (width ? wrapText(text, width - 2 - room, '  ') : text);
  return (text: string, status: string) => (status === 'done' ? fit(q.done ?? text, ANSWER_ROOM) : styleText('bold', fit(text, 0)));
}

/** Themes per kind of prompt: translated key hints, yes/no words and error texts. */
export function themeFor(lang: Lang, q: Common = { message: '' }, width?: number) {
  const t = assessText[lang];
  const message = messageStyle(q, width);
  return {
    list: { style: { keysHelpTip: keysHelpTip(lang), message }, i18n: { disabledError: t.disabled } },
    search: { style: { keysHelpTip: keysHelpTip(lang), message } },
    input: { style: { message }, validationFailureMode: 'keep' as const },
    confirm: { style: { message }, keywords: { yes: t.yes, no: t.no, error: ({ yes, no }: { yes: string; no: string }) => t.yesNoError(yes, no) } },
  };
}

/** The Inquirer configuration for a question; exported so prompt rendering can be tested on its own. */
export function selectConfig(q: Extract<Question, { type: 'select' }>, lang: Lang, width?: number) {
  return {
    message: q.message,
    choices: q.choices.map((c) => ({
      value: c.value,
      name: width ? wrapText(c.name, width - 2, '  ') : c.name,
      short: c.short ?? c.name,
      description: c.description,
    })),
    default: q.default,
    pageSize: q.pageSize ?? 12,
    loop: false,
    theme: themeFor(lang, q, width).list,
  };
}

export function searchConfig(q: Extract<Question, { type: 'search' }>, lang: Lang, width?: number) {
  return {
    message: q.message,
    source: (term: string | undefined) => {
      const found = q.source(term ?? '');
      return found.length > 0 ? found.map((c) => ({ value: c.value, name: c.name, short: c.short ?? c.name })) : [{ value: '', name: q.empty, disabled: ' ' }];
    },
    default: q.default,
    pageSize: q.pageSize ?? 10,
    validate: (v: string) => (v === '' ? q.empty : true),
    theme: themeFor(lang, q, width).search,
  };
}

export function inputConfig(q: Extract<Question, { type: 'input' }>, lang: Lang, width?: number) {
  const check = q.validate;
  return {
    message: q.message,
    default: q.default === '' ? undefined : q.default,
    // Free text is trimmed here so that every answer is checked and stored in the same form.
    validate: check ? (v: string) => check(v.trim()) : undefined,
    theme: themeFor(lang, q, width).input,
  };
}

export function checkboxConfig(q: Extract<Question, { type: 'checkbox' }>, lang: Lang, width?: number) {
  const check = q.validate;
  const summary = q.summary;
  const theme = themeFor(lang, q, width).list;
  return {
    message: q.message,
    choices: q.choices.map((c) => ({
      value: c.value,
      name: width ? wrapText(c.name, width - 3, '   ') : c.name,
      short: c.short ?? c.name,
      checked: c.checked ?? false,
    })),
    pageSize: q.pageSize ?? 12,
    loop: false,
    validate: check ? (v: readonly { value: string }[]) => check(v.map((c) => c.value)) : undefined,
    theme: summary
      ? {
          ...theme,
          style: { ...theme.style, renderSelectedChoices: (chosen: readonly unknown[], all: readonly unknown[]) => summary(chosen.length, all.length) },
        }
      : theme,
  };
}

export function confirmConfig(q: Extract<Question, { type: 'confirm' }>, lang: Lang, width?: number) {
  return { message: q.message, default: q.default, theme: themeFor(lang, q, width).confirm };
}

function isPromptExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError' || e.name === 'CancelPromptError');
}

/** The configuration of a list with keys, help or table rows (see select-prompt.ts). */
export function pickConfig(q: Extract<Question, { type: 'select' }>, lang: Lang, columns: () => number, onResize?: PickConfig['onResize']): PickConfig {
  const k = assessText[lang].keys;
  const keyed = q.choices.filter((c) => c.key !== undefined).map((c) => c.key!);
  const hint: [string, string][] = [['↑↓', 'navigate']];
  if (keyed.length > 0) hint.push([keyed.length > 1 ? `${keyed[0]}–${keyed[keyed.length - 1]}` : keyed[0]!, k.level!]);
  if (q.help) hint.push(['?', k.help!]);
  hint.push(['⏎', 'select']);
  if (q.more) hint.push([q.more.key, q.more.label]);
  return {
    message: q.message,
    done: q.done,
    choices: q.choices.map((c) => ({ value: c.value, name: c.row ?? c.name, short: c.short ?? c.name, key: c.key })),
    default: q.default,
    pageSize: q.pageSize ?? 12,
    help: q.help,
    more: q.more?.key,
    hint: keysHelpTip(lang)(hint),
    columns,
    onResize,
  };
}

/** True for the questions the own list draws: keys by meaning, help, or rows laid out for the width. */
function needsPick(q: Extract<Question, { type: 'select' }>): boolean {
  return q.help !== undefined || q.more !== undefined || q.choices.some((c) => c.key !== undefined || c.row !== undefined);
}

/** Asks on the given terminal streams; Ctrl-C (or a closed terminal) becomes a CancelledError. */
export function createPrompter(lang: Lang, streams: PromptStreams): Prompter {
  const context = { input: streams.input, output: streams.output };
  const columns = () => streams.columns?.() || undefined;
  const fit = <T extends { pageSize?: number }>(q: T, fallback: number): T => {
    const rows = streams.rows?.();
    return rows && rows > 0 ? { ...q, pageSize: Math.max(5, Math.min(q.pageSize ?? fallback, rows - 6)) } : q;
  };
  const ask = async (q: Question): Promise<AnswerValue> => {
    try {
      switch (q.type) {
        case 'select':
          if (needsPick(q))
            return await pick(
              pickConfig(fit(q, 12), lang, () => columns() ?? 80, streams.onResize),
              context,
            );
          return await select(selectConfig(fit(q, 12), lang, columns()), context);
        case 'search':
          return await search(searchConfig(fit(q, 10), lang, columns()), context);
        case 'input':
          return (await input(inputConfig(q, lang, columns()), context)).trim();
        case 'checkbox':
          return await checkbox(checkboxConfig(fit(q, 12), lang, columns()), context);
        case 'confirm':
          return await confirm(confirmConfig(q, lang, columns()), context);
      }
    } catch (e) {
      if (isPromptExit(e)) throw new CancelledError();
      throw e;
    }
  };
  const write = (given: string) => {
    const text = streams.rewrite ? streams.rewrite(given) : given;
    const width = columns();
    streams.output.write(width ? wrapText(text, width - 1) : text);
  };
  return { ask, write };
}
