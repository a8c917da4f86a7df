// The one door to Inquirer: questions described as data, asked with Swedish (or English) key hints and labels.
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import type { Lang } from '../core/model.ts';
import { CancelledError } from '../errors.ts';
import { assessText } from '../i18n/assess.ts';

export interface Choice {
  value: string;
  /** What the list shows. */
  name: string;
  /** What stays on screen once the question is answered. */
  short?: string;
  description?: string;
}

export interface CheckboxChoice extends Choice {
  checked?: boolean;
}

/** A check on a typed answer: true when it is fine, otherwise the message to show. */
export type Validate<T> = (value: T) => true | string;

export type Question =
  | { type: 'select'; message: string; choices: Choice[]; default?: string; pageSize?: number }
  | { type: 'search'; message: string; source: (term: string) => Choice[]; default?: string; empty: string; pageSize?: number }
  | { type: 'input'; message: string; default?: string; validate?: Validate<string> }
  | { type: 'checkbox'; message: string; choices: CheckboxChoice[]; validate?: Validate<string[]>; pageSize?: number }
  | { type: 'confirm'; message: string; default: boolean };

export type AnswerOf<Q extends Question> = Q extends { type: 'checkbox' } ? string[] : Q extends { type: 'confirm' } ? boolean : string;
export type AnswerValue = string | string[] | boolean;

export interface Prompter {
  ask(q: Question): Promise<AnswerValue>;
  /** Text between questions (headers, help, tables), written where the prompts are drawn. */
  write(text: string): void;
}

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Terminal height: long lists are cut to fit, so the question and the key hints stay on screen. */
  rows?: number;
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

/** Themes per kind of prompt: translated key hints, yes/no words and error texts. */
export function themeFor(lang: Lang) {
  const t = assessText[lang];
  return {
    list: { style: { keysHelpTip: keysHelpTip(lang) }, i18n: { disabledError: t.disabled } },
    search: { style: { keysHelpTip: keysHelpTip(lang) } },
    input: { validationFailureMode: 'keep' as const },
    confirm: { keywords: { yes: t.yes, no: t.no, error: ({ yes, no }: { yes: string; no: string }) => t.yesNoError(yes, no) } },
  };
}

/** The Inquirer configuration for a question; exported so prompt rendering can be tested on its own. */
export function selectConfig(q: Extract<Question, { type: 'select' }>, lang: Lang) {
  return {
    message: q.message,
    choices: q.choices.map((c) => ({ value: c.value, name: c.name, short: c.short ?? c.name, description: c.description })),
    default: q.default,
    pageSize: q.pageSize ?? 12,
    loop: false,
    theme: themeFor(lang).list,
  };
}

export function searchConfig(q: Extract<Question, { type: 'search' }>, lang: Lang) {
  return {
    message: q.message,
    source: (term: string | undefined) => {
      const found = q.source(term ?? '');
      return found.length > 0 ? found.map((c) => ({ value: c.value, name: c.name, short: c.short ?? c.name })) : [{ value: '', name: q.empty, disabled: ' ' }];
    },
    default: q.default,
    pageSize: q.pageSize ?? 10,
    validate: (v: string) => (v === '' ? q.empty : true),
    theme: themeFor(lang).search,
  };
}

export function inputConfig(q: Extract<Question, { type: 'input' }>, lang: Lang) {
  const check = q.validate;
  return {
    message: q.message,
    default: q.default === '' ? undefined : q.default,
    // Free text is trimmed here so that every answer is checked and stored in the same form.
    validate: check ? (v: string) => check(v.trim()) : undefined,
    theme: themeFor(lang).input,
  };
}

export function checkboxConfig(q: Extract<Question, { type: 'checkbox' }>, lang: Lang) {
  const check = q.validate;
  return {
    message: q.message,
    choices: q.choices.map((c) => ({ value: c.value, name: c.name, short: c.short ?? c.name, checked: c.checked ?? false })),
    pageSize: q.pageSize ?? 12,
    loop: false,
    validate: check ? (v: readonly { value: string }[]) => check(v.map((c) => c.value)) : undefined,
    theme: themeFor(lang).list,
  };
}

export function confirmConfig(q: Extract<Question, { type: 'confirm' }>, lang: Lang) {
  return { message: q.message, default: q.default, theme: themeFor(lang).confirm };
}

function isPromptExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError' || e.name === 'CancelPromptError');
}

/** Asks on the given terminal streams; Ctrl-C (or a closed terminal) becomes a CancelledError. */
export function createPrompter(lang: Lang, streams: PromptStreams): Prompter {
  const context = { input: streams.input, output: streams.output };
  const rows = streams.rows;
  const fit = <T extends { pageSize?: number }>(q: T, fallback: number): T =>
    rows && rows > 0 ? { ...q, pageSize: Math.max(5, Math.min(q.pageSize ?? fallback, rows - 6)) } : q;
  const ask = async (question: Question): Promise<AnswerValue> => {
    const q = question.type === 'select' || question.type === 'checkbox' ? fit(question, 12) : question.type === 'search' ? fit(question, 10) : question;
    try {
      switch (q.type) {
        case 'select':
          return await select(selectConfig(q, lang), context);
        case 'search':
          return await search(searchConfig(q, lang), context);
        case 'input':
          return (await input(inputConfig(q, lang), context)).trim();
        case 'checkbox':
          return await checkbox(checkboxConfig(q, lang), context);
        case 'confirm':
          return await confirm(confirmConfig(q, lang), context);
      }
    } catch (e) {
      if (isPromptExit(e)) throw new CancelledError();
      throw e;
    }
  };
  return { ask, write: (text) => void streams.output.write(text) };
}
