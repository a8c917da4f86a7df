// `skoldigiplan status <plan> <action-id> <status>`: changes one action's status in the plan file, keeping its comments and layout.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Context } from '../context.ts';
import type { ActionLogEntry, ActionStatus } from '../core/model.ts';
import { UsageError, UserError } from '../errors.ts';
import { statusText } from '../i18n/status.ts';
import { loadPlan, type LoadPlanOptions } from '../io/load-plan.ts';
import { printDiagnostics } from '../io/report.ts';
import { referenceDate } from '../io/reference-date.ts';
import { rewritePlan } from '../io/rewrite-plan.ts';
import { PARSE_OPTIONS, parseYamlText } from '../io/yaml-file.ts';

export const STATUSES: readonly ActionStatus[] = ['planned', 'in-progress', 'done', 'postponed', 'cancelled'];

/** The status a user typed: the file's English value, or its Swedish name (with or without å, ä, ö). */
export function parseStatus(value: string): ActionStatus | undefined {
  const v = value.trim().toLowerCase();
  if ((STATUSES as readonly string[]).includes(v)) return v as ActionStatus;
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const s of STATUSES) if (fold(statusText.sv.names[s]) === fold(v)) return s;
  return undefined;
}

/** The options of `status`, as src/cli.ts declares and checks them. */
export interface Options {
  note?: string;
  date?: string;
  catalogue?: string;
}

export async function run(ctx: Context, [path, id, wanted]: string[], opts: Options): Promise<number> {
  const t = statusText[ctx.lang];
  const status = parseStatus(wanted ?? '');
  if (!status) throw new UsageError(t.invalidStatus(wanted ?? '', STATUSES.join(', ')), t.invalidStatusHint);
  const date = referenceDate(ctx, opts.date);
  const note = opts.note?.trim() || undefined;
  const loadOpts: LoadPlanOptions = { cwd: ctx.cwd, lang: ctx.lang, catalogueFile: opts.catalogue };

  const entry: ActionLogEntry = { date, status, ...(note !== undefined ? { note } : {}) };
  // Read, changed and written under the plan's lock; made again if another program changed the file meanwhile.
  let done: { before: ActionStatus; reformatted: boolean } | undefined;
  let warned = false;
  const { target, written } = await rewritePlan(ctx, path!, (read) => {
    const load = loadPlan(path!, loadOpts, read);
    if (!load.ok || !load.plan || !load.source) throw new UserError(t.invalidBefore, load.diagnostics);
    if (!warned) printDiagnostics(load.diagnostics, ctx);
    warned = true;
    const actions = load.plan.actions;
    const index = actions.findIndex((a) => a.id === id);
    if (index < 0) {
      throw new UserError(actions.length > 0 ? t.unknownAction(id!, actions.map((a) => a.id).join(', ')) : t.noActions(id!), [], t.unknownActionHint);
    }
    const before = actions[index]!.status;
    if (before === status && !note) return undefined;
    const edit = editActionStatus(load.source.text, index, entry);
    const text = (load.source.bom ? '\uFEFF' : '') + edit.text;
    checkValid(load.file, load.display, text, loadOpts, ctx);
    done = { before, reformatted: edit.reformatted };
    return text;
  });
  if (!written || !done) {
    ctx.stderr.write(`${t.sameStatus(id!, t.names[status])}\n${ctx.colour.dim(t.sameStatusHint)}\n`);
    return 0;
  }
  const { before, reformatted } = done;
  ctx.stderr.write(`${before === status ? t.sameStatusLogged(id!, t.names[status]) : t.changed(id!, t.names[before], t.names[status])}\n`);
  ctx.stderr.write(`${ctx.colour.dim(reformatted ? t.wroteReformatted(target.display) : t.wrote(target.display))}\n`);
  return 0;
}

/** Checks the new text with the same loader as `validate`, so the plan file is either the old one or a valid new one. */
function checkValid(file: string, display: string, text: string, loadOpts: LoadPlanOptions, ctx: Context): void {
  const t = statusText[ctx.lang];
  const check = loadPlan(file, loadOpts, parseYamlText(text, display, ctx.lang));
  if (!check.ok) throw new UserError(t.invalidAfter, check.diagnostics, t.invalidAfterHint);
}

// ───────────────────────── Editing the YAML text ─────────────────────────

interface Edit {
  /** Offsets in the text: `[start, end)` is replaced by `text`; start === end inserts. */
  start: number;
  end: number;
  text: string;
}

/**
 * The plan text with the action's status set and a log entry appended. The yaml Document locates the nodes; the change is
 * spliced into the original text at their ranges, because `Document.toString()` also normalises spacing before comments, flow
 * collections and long lines elsewhere in the file. The result is parsed again and must hold exactly the intended data;
 * otherwise (unusual layouts such as an action written as a flow map) the Document itself is edited and printed.
 */
export function editActionStatus(text: string, index: number, entry: ActionLogEntry): { text: string; reformatted: boolean } {
  const doc = parseDocument(text, PARSE_OPTIONS);
  const expected = doc.toJS({ maxAliasCount: 0 }) as { actions: Record<string, unknown>[] };
  const action = expected.actions[index]!;
  action.status = entry.status;
  action.log = [...((action.log as unknown[] | undefined) ?? []), { ...entry }];

  const spliced = splice(text, doc, index, entry);
  if (spliced !== undefined && holds(spliced, expected)) return { text: spliced, reformatted: false };
  const rewritten = rewrite(text, index, entry);
  if (!holds(rewritten, expected)) throw new Error(`status: the edited plan does not hold the intended data (action ${index})`);
  return { text: rewritten, reformatted: true };
}

function holds(text: string, expected: unknown): boolean {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  return isDeepStrictEqual(doc.toJS({ maxAliasCount: 0 }), expected);
}

function splice(text: string, doc: Document.Parsed, index: number, entry: ActionLogEntry): string | undefined {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const seq = doc.get('actions', true);
  if (!isSeq(seq) || seq.flow) return undefined;
  const item = seq.items[index];
  if (!isMap(item) || item.flow || item.items.length === 0) return undefined;
  const pairs = item.items as Pair<Node, Node | null>[];
  const keyOf = (p: Pair<Node, Node | null>) => (isScalar(p.key) ? String(p.key.value) : undefined);
  const indent = columnOf(text, pairs[0]!.key.range![0]);
  // How far a block list's dashes sit from their key: the file's own habit, taken from `actions:`.
  const dashOffset = Math.max(0, columnOf(text, seq.range![0]) - columnOf(text, keyRange(doc, 'actions')[0]));
  const edits: Edit[] = [];
  const added: string[] = [];

  const statusPair = pairs.find((p) => keyOf(p) === 'status');
  if (statusPair) {
    const v = statusPair.value;
    if (!isScalar(v) || !v.range) return undefined;
    const old = text.slice(v.range[0], v.range[1]);
    const quote = old.startsWith('"') ? '"' : old.startsWith("'") ? "'" : '';
    edits.push({ start: v.range[0], end: v.range[1], text: `${quote}${entry.status}${quote}` });
  } else {
    added.push(`${' '.repeat(indent)}status: ${entry.status}`);
  }

  const logPair = pairs.find((p) => keyOf(p) === 'log');
  const blockEntry = (dashCol: number, gap: number) => {
    const pad = ' '.repeat(dashCol);
    const inner = ' '.repeat(dashCol + 1 + gap);
    const lines = [`${pad}-${' '.repeat(gap)}date: ${entry.date}`, `${inner}status: ${entry.status}`];
    if (entry.note !== undefined) lines.push(`${inner}note: ${blockScalar(entry.note)}`);
    return lines;
  };
  if (logPair) {
    const v = logPair.value;
    if (isSeq(v) && !v.flow && v.items.length > 0) {
      const items = v.items as Node[];
      const last = items[items.length - 1]!;
      if (!last.range || !v.range) return undefined;
      const dashCol = columnOf(text, v.range[0]);
      const gap = Math.max(1, items[0]!.range![0] - v.range[0] - 1);
      const line = isMap(last) && last.flow ? [`${' '.repeat(dashCol)}-${' '.repeat(gap)}${flowEntry(text, last, entry)}`] : blockEntry(dashCol, gap);
      edits.push({
        start: lineEndAfter(text, last.range[1]),
        end: lineEndAfter(text, last.range[1]),
        text: withNewlines(text, lineEndAfter(text, last.range[1]), line, nl),
      });
    } else if (isSeq(v) && v.flow && v.items.length === 0 && v.range) {
      // `log: []`, as a generated plan may have it: the first entry turns it into a block list below the key.
      let start = v.range[0];
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      edits.push({ start, end: v.range[1], text: '' });
      const at = lineEndAfter(text, v.range[1]);
      edits.push({ start: at, end: at, text: withNewlines(text, at, blockEntry(indent + dashOffset, 1), nl) });
    } else {
      return undefined;
    }
  } else {
    added.push(`${' '.repeat(indent)}log:`, ...blockEntry(indent + dashOffset, 1));
  }

  if (added.length > 0) {
    // New keys go after the action's last key, or before its log when only the status is new.
    const lastPair = pairs[pairs.length - 1]!;
    let at: number;
    if (!statusPair && logPair && keyOf(lastPair) === 'log' && logPair !== pairs[0]) {
      const start = logPair.key.range![0];
      at = start - columnOf(text, start);
      if (text.slice(at, start).trim() !== '') return undefined;
    } else {
      const end = (lastPair.value ?? lastPair.key).range![1];
      at = lineEndAfter(text, end);
    }
    edits.push({ start: at, end: at, text: withNewlines(text, at, added, nl) });
  }

  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The range of a top-level key. */
function keyRange(doc: Document.Parsed, key: string): [number, number, number] {
  const map = doc.contents as YAMLMap<Node, Node>;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key)!;
  return pair.key.range!;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The start of the line after the one that holds `offset - 1`: where a new line can go. */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Lines to insert at `at`, each ending with a newline; a file without a final newline gets one first. */
function withNewlines(text: string, at: number, lines: string[], nl: string): string {
  const lead = at === text.length && text.length > 0 && !text.endsWith('\n') ? nl : '';
  return lead + lines.map((l) => l + nl).join('');
}

/** A note as a one-line YAML scalar: plain when that reads back the same, otherwise quoted. */
function blockScalar(note: string): string {
  // A note over several lines becomes one double-quoted line (JSON is valid YAML), so no indentation rule can break it.
  if (/[\r\n]/.test(note)) return JSON.stringify(note);
  return stringify(note, { lineWidth: 0, blockQuote: false }).trimEnd();
}

/** A log entry in the style of the flow map before it, with or without spaces inside the braces. */
function flowEntry(text: string, last: YAMLMap, entry: ActionLogEntry): string {
  const padded = /^\{\s/.test(text.slice(last.range![0], last.range![1]));
  const parts = [`date: ${entry.date}`, `status: ${entry.status}`];
  // Inside a flow map, commas and braces end a plain scalar, so a note is always double-quoted there.
  if (entry.note !== undefined) parts.push(`note: ${JSON.stringify(entry.note)}`);
  return padded ? `{ ${parts.join(', ')} }` : `{${parts.join(', ')}}`;
}

/** The fallback: edit the Document and print it, keeping comments; flow padding follows the file's own habit. */
function rewrite(text: string, index: number, entry: ActionLogEntry): string {
  const doc = parseDocument(text, PARSE_OPTIONS);
  doc.setIn(['actions', index, 'status'], entry.status);
  const log = doc.getIn(['actions', index, 'log'], true);
  if (isSeq(log)) (log as YAMLSeq).add(doc.createNode({ ...entry }));
  else doc.setIn(['actions', index, 'log'], doc.createNode([{ ...entry }]));
  const padded = (text.match(/[[{] \S/g) ?? []).length > (text.match(/[[{][^\s\]}]/g) ?? []).length;
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: padded });
  return text.includes('\r\n') ? out.replace(/\r?\n/g, '\r\n') : out;
}
