// Reads a YAML file safely (size limit, binary check, no aliases) and keeps node positions for error messages.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Diagnostic } from '../errors.ts';
import type { Lang } from '../core/model.ts';
import { ioText } from '../i18n/io.ts';
import { readBlockYaml } from './block-yaml.ts';
import { cutText } from '../core/graphemes.ts';
import { readInputFile } from './read-file.ts';
import { collectionKeys, type CollectionKey } from './yaml-keys.ts';
import { findUnclosed, firstLine, FOLLOW_ON, isUnclosedFlowError } from './yaml-unclosed.ts';

/** Plan and catalogue files are small; anything larger is a mistake, refused before it is parsed. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;

export interface YamlSource {
  file: string;
  /** The text without a leading byte-order mark; `bom` says whether the file had one. */
  text: string;
  bom: boolean;
  /** The parsed document, with every node's position; made on first use when the quick reader read the file. */
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/**
 * How every plan and catalogue file is parsed: YAML 1.2, strict, duplicate keys reported, errors with positions.
 * A duplicate key is reported but not fatal: as in other YAML tools, the later value is the one read. The library's
 * warnings are never printed (`logLevel`): every problem is said in the tool's words, at its position.
 */
export const PARSE_OPTIONS = { prettyErrors: true, uniqueKeys: true, strict: true, version: '1.2', logLevel: 'error' } as const;

/** The full parse, keeping each node's position. */
function parseWithPositions(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, ...PARSE_OPTIONS }), lineCounter };
}

/** A source read by the quick reader: the full parse, needed only to point at a position, waits until asked for. */
function laterParsedSource(file: string, text: string, bom: boolean): YamlSource {
  let parsed: ReturnType<typeof parseWithPositions> | undefined;
  return {
    file,
    text,
    bom,
    get doc() {
      parsed ??= parseWithPositions(text);
      return parsed.doc;
    },
    get lineCounter() {
      parsed ??= parseWithPositions(text);
      return parsed.lineCounter;
    },
  };
}

export type PathSegment = string | number;

export interface ReadResult {
  source?: YamlSource;
  value?: unknown;
  diagnostics: Diagnostic[];
  /**
   * Set when the file has syntax errors but a value could still be recovered: findings on and below this line are
   * unreliable. Duplicate keys do not set it: the later value is read, and the rest of the file is checked.
   */
  syntaxErrorLine?: number;
}

function fail(file: string, code: string, message: string, hint?: string): ReadResult {
  return { diagnostics: [{ file, severity: 'error', code, message, hint }] };
}

/** Reads and parses; `display` is the path shown in messages. Never throws for bad input. */
export function readYamlFile(path: string, display: string, lang: Lang): ReadResult {
  const t = ioText[lang];
  const read = readInputFile(path, MAX_YAML_BYTES);
  if (read.ok) return parseYamlText(read.bytes, display, lang);
  switch (read.reason) {
    case 'not-found':
      return fail(display, 'not-found', t.notFound, t.notFoundHint);
    case 'is-directory':
      return fail(display, 'is-directory', t.isDirectory, t.isDirectoryHint);
    case 'not-a-file':
      return fail(display, 'not-a-file', t.notAFile(read.kind), t.notAFileHint);
    case 'too-large':
      return fail(display, 'too-large', t.tooLarge(read.size, MAX_YAML_BYTES), t.tooLargeHint);
    case 'no-access':
      return fail(display, 'no-access', t.noAccess, t.noAccessHint);
    case 'unreadable':
      return fail(display, 'read-error', t.readError(read.detail), t.readErrorHint);
  }
}

/** Keeps a leading byte-order mark, which is read below. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function parseYamlText(buf: Buffer | string, display: string, lang: Lang): ReadResult {
  const t = ioText[lang];
  if (typeof buf !== 'string') {
    // UTF-16 first: its text is full of zero bytes, which would otherwise read as a file that is not text.
    if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return fail(display, 'binary', t.utf16, t.utf16Hint);
    if (buf.includes(0)) return fail(display, 'binary', t.binary, t.binaryHint);
  }
  let text: string;
  if (typeof buf === 'string') text = buf;
  else {
    // Only bytes that are not UTF-8 are refused: a U+FFFD written in the file (as UTF-8) is a character like any other.
    try {
      text = utf8.decode(buf);
    } catch {
      return fail(display, 'encoding', t.notUtf8, t.notUtf8Hint);
    }
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (text.trim() === '') return fail(display, 'empty', t.empty, t.emptyHint);
  // Most plan files are plain block YAML, which the quick reader reads several times faster than the full parser. It
  // leaves deep nesting to the full parser, so only that reading needs the depth check.
  const quick = readBlockYaml(text);
  if (quick) return { source: laterParsedSource(display, text, bom), value: quick, diagnostics: [] };
  // The full parser's time grows with the errors a text of stray brackets gives it, up to minutes: such text is refused first.
  const crowded = bracketCrowding(text);
  if (crowded?.line) {
    const at = { file: display, line: crowded.line, severity: 'error' as const };
    // A line that starts with a bracket and has a colon after a closing one is a key written as a list or a mapping.
    const eol = text.indexOf('\n', crowded.offset);
    const lineText = text.slice(crowded.offset, eol < 0 ? undefined : eol);
    const key = /^(\s*(?:\?\s+)?)([[{])/.exec(lineText);
    if (key && /[\]}]\s*:(\s|$)/.test(lineText))
      return {
        diagnostics: [{ ...at, col: key[1]!.length + 1, code: 'key-not-text', message: t.keyNotText(key[2] === '[' ? 'list' : 'map'), hint: t.keyNotTextHint }],
      };
    if (crowded.deep) return { diagnostics: [{ ...at, code: 'too-deep', message: t.tooDeep(MAX_DEPTH), hint: t.tooDeepHint }] };
    return { diagnostics: [{ ...at, code: 'too-many-brackets', message: t.bracketLine(crowded.count, MAX_BRACKETS_PER_LINE), hint: t.bracketHint }] };
  }
  if (crowded) return fail(display, 'too-many-brackets', t.bracketFile(crowded.count, MAX_BRACKETS), t.bracketHint);
  const tooDeep = () => fail(display, 'too-deep', t.tooDeep(MAX_DEPTH), t.tooDeepHint);
  let read: ReadResult;
  try {
    read = parseFull(text, bom, display, lang);
  } catch (e) {
    // Thousands of nested brackets or indents exhaust the parser's stack; what reads such a value would, too.
    if (e instanceof RangeError) return tooDeep();
    throw e;
  }
  return read.value !== undefined && deeperThan(read.value, MAX_DEPTH) ? tooDeep() : read;
}

/**
 * Deeper than any plan or catalogue goes (they need about ten levels; the quick reader stops well below); the checks
 * after reading walk values recursively.
 */
const MAX_DEPTH = 64;

/**
 * Stray brackets: a line with more than 64 brackets that do not pair up (or nest deeper than any plan does), or more
 * brackets in the file than the largest plan or catalogue has. A plan written as JSON on one line pairs its brackets
 * and is read. Comment lines are not counted.
 */
const MAX_BRACKETS_PER_LINE = 64;
const MAX_BRACKETS = 5000;

/** The first line of stray brackets, or the count in the whole file when that is too many. */
function bracketCrowding(text: string): { line?: number; offset: number; count: number; deep?: boolean } | undefined {
  let total = 0;
  let line = 1;
  let offset = 0;
  let count = 0;
  let depth = 0;
  let stray = false;
  let deep = false;
  let comment = false;
  let start = true;
  const crowded = () => count > MAX_BRACKETS_PER_LINE && (stray || deep || depth !== 0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (crowded()) return { line, offset, count, deep };
      total += count;
      line++;
      offset = i + 1;
      count = depth = 0;
      stray = deep = comment = false;
      start = true;
      continue;
    }
    if (start && c !== 32 && c !== 9) {
      comment = c === 35; // #
      start = false;
    }
    if (comment) continue;
    if (c === 91 || c === 123) {
      count++;
      if (++depth > MAX_DEPTH) deep = true;
    } else if (c === 93 || c === 125) {
      count++;
      if (--depth < 0) stray = true;
    }
  }
  if (crowded()) return { line, offset, count, deep };
  total += count;
  return total > MAX_BRACKETS ? { offset: 0, count: total } : undefined;
}

/** Whether `value` nests lists and mappings more than `max` levels deep, found without recursion. */
function deeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** The full parser's reading, with every problem at its position. */
function parseFull(text: string, bom: boolean, display: string, lang: Lang): ReadResult {
  const t = ioText[lang];
  const { doc, lineCounter } = parseWithPositions(text);
  // Nothing is read from a document with a list or a mapping as a key: reading would turn the key into a string.
  const keys = collectionKeys(doc);
  // The parser's errors inside such a key (brackets nested past its limit, a key longer than it allows) are the same mistake.
  const inKey = (e: YAMLError) => keys.some((k) => e.pos[0] >= k.offset && e.pos[0] < k.end);
  const { diagnostics, syntaxErrorLine } = parseDiagnostics(doc, text, lineCounter, display, lang, inKey);
  if (keys.length > 0) return { diagnostics: byPosition([...collectionKeyDiagnostics(keys, lineCounter, display, lang), ...diagnostics]) };
  const source: YamlSource = { file: display, text, bom, doc, lineCounter };
  let value: unknown;
  try {
    // After a syntax error the recovered document is still read, so problems above the error are reported too.
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    const msg = String((e as Error).message);
    if (/alias/i.test(msg))
      return { diagnostics: [{ file: display, ...firstAlias(doc, lineCounter), severity: 'error', code: 'alias', message: t.alias, hint: t.aliasHint }] };
    if (diagnostics.length > 0) return { diagnostics };
    return fail(display, 'yaml-syntax', t.yamlSyntax(cutText(firstLine(msg), QUOTED_MAX)), t.yamlSyntaxHint);
  }
  if (diagnostics.length > 0) {
    const usable = value !== null && typeof value === 'object' && !Array.isArray(value);
    return usable ? { source, value, diagnostics, syntaxErrorLine } : { diagnostics };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const pos = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : undefined;
    return {
      source,
      diagnostics: [
        {
          file: display,
          line: pos?.line,
          col: pos?.col,
          severity: 'error',
          code: 'not-a-map',
          message: Array.isArray(value) ? t.isList : t.notAMap,
          hint: t.notAMapHint,
        },
      ],
    };
  }
  return { source, value, diagnostics: [] };
}

/** Where the document's first alias (`*name`) is. */
function firstAlias(doc: Document.Parsed, lineCounter: LineCounter): { line?: number; col?: number } {
  let at: { line?: number; col?: number } = {};
  visit(doc, {
    Alias(_, node) {
      if (node.range) at = lineCounter.linePos(node.range[0]);
      return visit.BREAK;
    },
  });
  return at;
}

/** One error for each key that is a list or a mapping. */
function collectionKeyDiagnostics(keys: CollectionKey[], lineCounter: LineCounter, file: string, lang: Lang): Diagnostic[] {
  const t = ioText[lang];
  return keys.map((k) => {
    const pos = lineCounter.linePos(k.offset);
    return { file, line: pos.line, col: pos.col, severity: 'error', code: 'key-not-text', message: t.keyNotText(k.kind), hint: t.keyNotTextHint };
  });
}

function byPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}

/** The most characters of the file's own text quoted in one message: a message stays a few lines, whatever the file. */
const QUOTED_MAX = 80;

/** How many of the parser's errors are shown for one line; a line of stray brackets can give one for each column. */
const ERRORS_PER_LINE = 3;

/** The first errors of each line (sorted by position), the last one shown saying how many more that line has. */
function capPerLine(diagnostics: Diagnostic[], lang: Lang): Diagnostic[] {
  const t = ioText[lang];
  const kept: Diagnostic[] = [];
  for (let i = 0; i < diagnostics.length; ) {
    let end = i;
    while (end < diagnostics.length && diagnostics[end]!.line === diagnostics[i]!.line) end++;
    const line = diagnostics.slice(i, end);
    const shown = line.slice(0, ERRORS_PER_LINE);
    if (line.length > ERRORS_PER_LINE) {
      const last = shown[shown.length - 1]!;
      shown[shown.length - 1] = { ...last, message: `${last.message} ${t.moreOnLine(line.length - ERRORS_PER_LINE)}` };
    }
    kept.push(...shown);
    i = end;
  }
  return kept;
}

/**
 * The parser's errors as diagnostics. A tab used as indentation throws the parser off for the rest of its top-level
 * section: the tab is reported once there, and the follow-on errors in that section are left out. A `[`, `{` or quote
 * that is never closed is reported where it opens, without the errors the parser makes of the lines below it.
 */
function parseDiagnostics(
  doc: Document.Parsed,
  text: string,
  lineCounter: LineCounter,
  file: string,
  lang: Lang,
  leaveOut: (e: YAMLError) => boolean,
): { diagnostics: Diagnostic[]; syntaxErrorLine?: number } {
  // A file that parsed cleanly (most files the quick reader leaves to this parser) needs none of the work below.
  if (doc.errors.length === 0 && doc.warnings.length === 0) return { diagnostics: [] };
  const t = ioText[lang];
  const lines = text.split('\n');
  const tabSections = tabIndentSections(doc.errors, lines);
  const inTabSection = (line: number | undefined) => line !== undefined && tabSections.some((b) => line >= b.from && line < b.to);
  const unclosed = findUnclosed(doc, lineCounter, text, lines);
  const followsUnclosed = (e: YAMLError, line: number | undefined) =>
    line !== undefined && unclosed.some((u) => u.errors.has(e) || (FOLLOW_ON.has(e.code) && line >= u.followOn.from && line < u.followOn.to));
  const duplicates = doc.errors.some((e) => e.code === 'DUPLICATE_KEY') ? duplicateKeyLines(doc, lineCounter) : new Map();
  const diagnostics: Diagnostic[] = [];
  let syntaxErrorLine: number | undefined;
  const fatal = (line: number | undefined) => {
    syntaxErrorLine = Math.min(syntaxErrorLine ?? Infinity, line ?? 1);
  };
  for (const b of tabSections) {
    const others = [...b.others.slice(0, 5), ...(b.others.length > 5 ? ['…'] : [])].join(', ');
    diagnostics.push({
      file,
      line: b.from,
      col: b.col,
      severity: 'error',
      code: 'yaml-syntax',
      message: t.yamlSyntax(t.tabIndent(others)),
      hint: t.tabIndentHint,
    });
    // The key that opens the block the tab is in reads as empty: what is said about that empty value is a follow-on too.
    fatal(b.opener ?? b.from);
  }
  for (const u of unclosed) {
    diagnostics.push({ file, line: u.line, col: u.col, severity: 'error', code: 'yaml-syntax', message: t.yamlSyntax(t.unclosed(u)), hint: t.unclosedHint(u) });
    fatal(u.line);
  }
  for (const e of doc.errors) {
    const pos = e.linePos?.[0];
    if (e.code === 'TAB_AS_INDENT' || leaveOut(e) || inTabSection(pos?.line) || followsUnclosed(e, pos?.line)) continue;
    const at = { file, line: pos?.line, col: pos?.col, severity: 'error' as const };
    if (e.code === 'DUPLICATE_KEY') {
      const first = duplicates.get(e.pos[0]);
      const key = cutText(first?.key ?? text.slice(e.pos[0], e.pos[1]), QUOTED_MAX);
      diagnostics.push({ ...at, code: 'duplicate-key', message: t.duplicateKey(key, first?.line ?? pos?.line ?? 1), hint: t.duplicateKeyHint });
      continue;
    }
    fatal(pos?.line);
    if (e.code === 'MULTIPLE_DOCS') {
      diagnostics.push({ ...at, code: 'yaml-syntax', message: t.yamlSyntax(t.multipleDocs), hint: t.multipleDocsHint });
      continue;
    }
    const colon = unquotedColon(e, text);
    if (colon !== undefined) {
      const shown = cutText(colon, QUOTED_MAX);
      // A text cut short is not shown quoted in the hint, where it would read as the text to write.
      diagnostics.push({
        ...at,
        code: 'yaml-syntax',
        message: t.yamlSyntax(t.unquotedColon(shown)),
        hint: shown === colon ? t.unquotedColonHint(quoteYaml(colon)) : t.unquotedColonLongHint,
      });
      continue;
    }
    const code = isUnclosedFlowError(e) ? 'MISSING_CHAR' : e.code;
    diagnostics.push({
      ...at,
      code: 'yaml-syntax',
      message: t.yamlSyntax(t.yamlCodes[code] ?? cutText(firstLine(e.message), QUOTED_MAX)),
      hint: t.yamlHints[code] ?? t.yamlSyntaxHint,
    });
  }
  for (const w of doc.warnings) {
    const pos = w.linePos?.[0];
    if (inTabSection(pos?.line) || leaveOut(w)) continue;
    fatal(pos?.line);
    diagnostics.push({
      file,
      line: pos?.line,
      col: pos?.col,
      severity: 'error',
      code: 'yaml-syntax',
      message: t.yamlSyntax(t.yamlCodes[w.code] ?? cutText(firstLine(w.message), QUOTED_MAX)),
      hint: t.yamlHints[w.code] ?? t.yamlSyntaxHint,
    });
  }
  return { diagnostics: capPerLine(byPosition(diagnostics), lang), syntaxErrorLine };
}

interface TabSection {
  /** The first line indented with a tab, and the column of the tab. */
  from: number;
  col: number;
  /** The next line that starts at column 1: the next top-level key. */
  to: number;
  /** Other lines of the section indented with a tab. */
  others: number[];
  /** The line above `from`, when it is a key whose value the tabbed lines were meant to be. */
  opener?: number;
}

/** The line after `from`'s top-level section: the next line that starts at column 1 with a key. Lines count from 1. */
function sectionEnd(lines: readonly string[], from: number): number {
  let to = from + 1;
  while (to <= lines.length && !/^[^\s#]/.test(lines[to - 1]!)) to++;
  return to;
}

/** The top-level sections that hold a line the parser found indented with a tab. Line numbers count from 1. */
function tabIndentSections(errors: readonly YAMLError[], lines: string[]): TabSection[] {
  const sections: TabSection[] = [];
  const content = (i: number) => /^\s*[^\s#]/.test(lines[i]!);
  for (const e of errors) {
    if (e.code !== 'TAB_AS_INDENT' || !e.linePos) continue;
    const from = e.linePos[0].line;
    if (sections.some((b) => from >= b.from && from < b.to)) continue;
    const to = sectionEnd(lines, from);
    const others: number[] = [];
    for (let l = from + 1; l < to; l++) if (/^ *\t/.test(lines[l - 1]!) && content(l - 1)) others.push(l);
    let above = from - 1;
    while (above >= 1 && !content(above - 1)) above--;
    const opener = above >= 1 && /:\s*(#.*)?\r?$|^\s*-\s*\r?$/.test(lines[above - 1]!) ? above : undefined;
    sections.push({ from, col: e.linePos[0].col, to, others, opener });
  }
  return sections;
}

/** For each key that repeats an earlier key of its mapping: its offset → the key and the line of its first appearance. */
function duplicateKeyLines(doc: Document.Parsed, lineCounter: LineCounter): Map<number, { key: string; line: number }> {
  const found = new Map<number, { key: string; line: number }>();
  visit(doc, {
    Map(_, map) {
      const first = new Map<string, number>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key) || !key.range) continue;
        const name = String(key.value);
        const earlier = first.get(name);
        if (earlier === undefined) first.set(name, key.range[0]);
        else found.set(key.range[0], { key: name, line: lineCounter.linePos(earlier).line });
      }
    },
  });
  return found;
}

/**
 * The value an error points into, when it holds a colon followed by a space: text such as
 * `comment: Ingen plan: sedan 2019.` that YAML reads as a key and a value. Undefined for other errors.
 */
function unquotedColon(e: YAMLError, text: string): string | undefined {
  let value: string;
  if (e.code === 'BLOCK_IN_FLOW') value = text.slice(e.pos[0], e.pos[1]);
  else if (e.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const end = text.indexOf('\n', e.pos[0]);
    value = text.slice(e.pos[0], end < 0 ? text.length : end);
    // Only `key: text: more`, where the error points into the value after the key on the same line.
    const lineStart = text.lastIndexOf('\n', e.pos[0] - 1) + 1;
    if (!/^\s*(?:-\s+)?[^\s:#][^:#]*:\s+$/.test(text.slice(lineStart, e.pos[0]))) return undefined;
  } else return undefined;
  value = value.replace(/\s+#.*$/, '').trim();
  return /:(\s|$)/.test(value) && !/^["'[{]/.test(value) ? value : undefined;
}

/** A value as YAML text inside double quotes, or single quotes when it holds a double quote or a backslash. */
function quoteYaml(value: string): string {
  return /["\\]/.test(value) ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
}

/** Where a value lives: the node at `path`, or the nearest existing parent. `key` points at the key instead of the value. */
export function positionOf(source: YamlSource, path: readonly PathSegment[], opts: { key?: boolean } = {}): { line: number; col: number } {
  let node: unknown = source.doc.contents;
  let best: { line: number; col: number } = node && (node as Node).range ? source.lineCounter.linePos((node as Node).range![0]) : { line: 1, col: 1 };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      // With a duplicate key, the later pair holds the value read.
      const pair = node.items.findLast((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      const target = last && opts.key ? pair.key : (pair.value ?? pair.key);
      const range = (target as Node | null)?.range ?? (pair.key as Node | null)?.range;
      if (range) best = source.lineCounter.linePos(range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return best;
      if (item.range) best = source.lineCounter.linePos(item.range[0]);
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

/** The node at `path`, or undefined; with a duplicate key, the later one (the value read). */
export function nodeAt(source: YamlSource, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = source.doc.contents;
  for (const seg of path) {
    if (isMap(node)) node = node.items.findLast((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg))?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

/** Splits an ajv instancePath (JSON pointer) into path segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
