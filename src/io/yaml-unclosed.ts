// A `[`, `{` or quote that is never closed, found from the parser's errors. The parser reports such a mistake where it
// gives up (a line late for a bracket, at the end of the file for a quote) and then reads the lines below as broken
// keys; this finds the character that opened it, says what is wrong with it, and which errors follow from it.
import { visit, isMap, isScalar, isSeq, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { UnclosedKind, UnclosedMark } from '../core/unclosed.ts';

/** An unclosed bracket or quote as the parser's errors show it. */
export interface Unclosed extends UnclosedMark {
  /** The parser's errors this one stands for, and the lines below it whose broken-key errors follow from it. */
  errors: ReadonlySet<YAMLError>;
  followOn: { from: number; to: number };
}

/** The parser's own text for an unclosed bracket (its code is BAD_INDENT or MISSING_CHAR): the first line only, since the rest quotes the file. */
const FLOW_NOT_CLOSED = /^Flow (sequence|map) .*must .*end with an? ([\]}])/;
const QUOTE_NOT_CLOSED = /^Missing closing (["'])quote/;
/** What the parser says about the lines it reads on after an unclosed bracket. */
export const FOLLOW_ON: ReadonlySet<string> = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT']);

/** The first line of the parser's message, without its position: the rest quotes the file. */
export function firstLine(message: string): string {
  return message
    .split('\n', 1)[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

/** True when the parser's error says a `[` or `{` is never closed. */
export function isUnclosedFlowError(e: YAMLError): boolean {
  return (e.code === 'BAD_INDENT' || e.code === 'MISSING_CHAR') && FLOW_NOT_CLOSED.test(firstLine(e.message));
}

interface Span {
  kind: UnclosedKind;
  start: number;
  end: number;
  close: string;
}

/** Every list, mapping and quoted text written inline, with the offsets it spans. */
function inlineSpans(doc: Document.Parsed): Span[] {
  const spans: Span[] = [];
  visit(doc, (_, node) => {
    if ((isSeq(node) || isMap(node)) && node.flow && node.range)
      spans.push({ kind: isSeq(node) ? 'list' : 'map', start: node.range[0], end: node.range[2], close: isSeq(node) ? ']' : '}' });
    else if (isScalar(node) && node.range && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'))
      spans.push({ kind: 'quote', start: node.range[0], end: node.range[2], close: node.type === 'QUOTE_DOUBLE' ? '"' : "'" });
  });
  return spans;
}

/** The innermost span of `kind` closed by `close` that reaches `at`. */
function innermost(spans: readonly Span[], kind: UnclosedKind, close: string, at: number): Span | undefined {
  let best: Span | undefined;
  for (const s of spans) if (s.kind === kind && s.close === close && s.start < at && at <= s.end && (!best || s.start > best.start)) best = s;
  return best;
}

/**
 * Whether a closing character of the span's own was typed up to the end of the line where the parser gave up: more of
 * them than openers after the span's own (a later line's `{ … }` closes itself).
 */
function closerTyped(text: string, span: Span, at: number): boolean {
  const open = span.close === ']' ? '[' : '{';
  const lineEnd = text.indexOf('\n', at);
  let depth = 0;
  for (const c of text.slice(span.start + 1, lineEnd < 0 ? text.length : lineEnd)) {
    if (c === open) depth++;
    else if (c === span.close && --depth < 0) return true;
  }
  return false;
}

export function findUnclosed(doc: Document.Parsed, lineCounter: LineCounter, text: string, lines: readonly string[]): Unclosed[] {
  const quoteErrors = doc.errors.filter((e) => e.code === 'MISSING_CHAR' && QUOTE_NOT_CLOSED.test(firstLine(e.message)));
  const flowErrors = doc.errors.filter(isUnclosedFlowError);
  if (quoteErrors.length + flowErrors.length === 0) return [];
  const spans = inlineSpans(doc);
  const found: { span: Span; errors: Set<YAMLError>; at: number }[] = [];
  const add = (span: Span | undefined, e: YAMLError) => {
    if (!span) return false;
    const same = found.find((f) => f.span === span);
    if (same) same.errors.add(e);
    else found.push({ span, errors: new Set([e]), at: e.pos[0] });
    return true;
  };
  for (const e of quoteErrors) add(innermost(spans, 'quote', QUOTE_NOT_CLOSED.exec(firstLine(e.message))![1]!, e.pos[0]), e);
  // A quote that runs on takes any closing bracket after it along: the bracket errors from there on are its doing.
  const quote = found.reduce<(typeof found)[number] | undefined>((q, f) => (q && q.at <= f.at ? q : f), undefined);
  for (const e of flowErrors) {
    if (quote && e.pos[0] >= quote.at) quote.errors.add(e);
    else {
      const [, kind, close] = FLOW_NOT_CLOSED.exec(firstLine(e.message))!;
      add(innermost(spans, kind === 'sequence' ? 'list' : 'map', close!, e.pos[0]), e);
    }
  }
  // A bracket that holds another unclosed one is reported through the inner one: its closing character was taken by it.
  const inner = found.filter((f) => !found.some((g) => g !== f && f.span.start < g.span.start && g.span.start <= f.span.end));
  for (const f of found) {
    if (inner.includes(f)) continue;
    const into = inner.find((g) => f.span.start < g.span.start && g.span.start <= f.span.end)!;
    for (const e of f.errors) into.errors.add(e);
  }
  const lineHasFollowOn = new Set(doc.errors.filter((e) => FOLLOW_ON.has(e.code) && e.linePos).map((e) => e.linePos![0].line));
  return inner
    .map(({ span, errors, at }): Unclosed => {
      const { line, col } = lineCounter.linePos(span.start);
      const other = span.close === ']' ? '}' : span.close === '}' ? ']' : undefined;
      const problem = other === undefined ? 'missing' : text[at] === other ? 'wrong' : closerTyped(text, span, at) ? 'uncounted' : 'missing';
      // The lines below that the parser read as broken keys, as long as they run on (blank lines and comments between).
      let to = line + 1;
      while (to <= lines.length && (lineHasFollowOn.has(to) || !/^\s*[^\s#]/.test(lines[to - 1]!))) to++;
      return { kind: span.kind, line, col, close: span.close, problem, gaveUpLine: lineCounter.linePos(at).line, errors, followOn: { from: line, to } };
    })
    .sort((a, b) => a.line - b.line || a.col - b.col);
}
