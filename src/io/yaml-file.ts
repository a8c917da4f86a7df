// Reads a YAML file safely (size limit, binary check, no aliases) and keeps node positions for error messages.
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { Diagnostic } from '../errors.ts';
import type { Lang } from '../core/model.ts';
import { ioText } from '../i18n/io.ts';
import { readBlockYaml } from './block-yaml.ts';
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
 * A duplicate key is reported but not fatal: as in other YAML tools, the later value is the one read.
 */
export const PARSE_OPTIONS = { prettyErrors: true, uniqueKeys: true, strict: true, version: '1.2' } as const;

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
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fail(display, 'is-directory', t.isDirectory, t.isDirectoryHint);
    if (st.size > MAX_YAML_BYTES) return fail(display, 'too-large', t.tooLarge(st.size, MAX_YAML_BYTES), t.tooLargeHint);
    // A file that may be listed but not read (no read permission) fails here, not at stat.
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // ENOTDIR: a file stands where the path has a folder (`plan.yaml/x.yaml`), so there is no such file.
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail(display, 'not-found', t.notFound, t.notFoundHint);
    if (code === 'EACCES' || code === 'EPERM') return fail(display, 'no-access', t.noAccess, t.noAccessHint);
    // The system's error code, not Node's English text (which names the path again).
    return fail(display, 'read-error', t.readError(code ?? String((e as Error).message)), t.readErrorHint);
  }
  return parseYamlText(buf, display, lang);
}

export function parseYamlText(buf: Buffer | string, display: string, lang: Lang): ReadResult {
  const t = ioText[lang];
  if (typeof buf !== 'string') {
    // UTF-16 first: its text is full of zero bytes, which would otherwise read as a file that is not text.
    if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return fail(display, 'binary', t.utf16, t.utf16Hint);
    if (buf.includes(0)) return fail(display, 'binary', t.binary, t.binaryHint);
  }
  let text = typeof buf === 'string' ? buf : buf.toString('utf8');
  if (text.includes('\uFFFD') && typeof buf !== 'string') return fail(display, 'encoding', t.notUtf8, t.notUtf8Hint);
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (text.trim() === '') return fail(display, 'empty', t.empty, t.emptyHint);
  // Most plan files are plain block YAML, which the quick reader reads several times faster than the full parser. It
  // leaves deep nesting to the full parser, so only that reading needs the depth check.
  const quick = readBlockYaml(text);
  if (quick) return { source: laterParsedSource(display, text, bom), value: quick, diagnostics: [] };
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
  const { diagnostics, syntaxErrorLine } = parseDiagnostics(doc, text, lineCounter, display, lang);
  const source: YamlSource = { file: display, text, bom, doc, lineCounter };
  let value: unknown;
  try {
    // After a syntax error the recovered document is still read, so problems above the error are reported too.
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    const msg = String((e as Error).message);
    if (/alias/i.test(msg)) return { diagnostics: [{ file: display, ...firstAlias(doc, lineCounter), severity: 'error', code: 'alias', message: t.alias, hint: t.aliasHint }] };
    if (diagnostics.length > 0) return { diagnostics };
    return fail(display, 'yaml-syntax', t.yamlSyntax(firstLine(msg)), t.yamlSyntaxHint);
  }
  if (diagnostics.length > 0) {
    const usable = value !== null && typeof value === 'object' && !Array.isArray(value);
    return usable ? { source, value, diagnostics, syntaxErrorLine } : { diagnostics };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const pos = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : undefined;
    return { source, diagnostics: [{ file: display, line: pos?.line, col: pos?.col, severity: 'error', code: 'not-a-map', message: Array.isArray(value) ? t.isList : t.notAMap, hint: t.notAMapHint }] };
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

/**
 * The parser's errors as diagnostics. A tab used as indentation throws the parser off for the rest of its top-level
 * section: the tab is reported once there, and the follow-on errors in that section are left out. A `[`, `{` or quote
 * that is never closed is reported where it opens, without the errors the parser makes of the lines below it.
 */
function parseDiagnostics(doc: Document.Parsed, text: string, lineCounter: LineCounter, file: string, lang: Lang): { diagnostics: Diagnostic[]; syntaxErrorLine?: number } {
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
    diagnostics.push({ file, line: b.from, col: b.col, severity: 'error', code: 'yaml-syntax', message: t.yamlSyntax(t.tabIndent(others)), hint: t.tabIndentHint });
    // The key that opens the block the tab is in reads as empty: what is said about that empty value is a follow-on too.
    fatal(b.opener ?? b.from);
  }
  for (const u of unclosed) {
    diagnostics.push({ file, line: u.line, col: u.col, severity: 'error', code: 'yaml-syntax', message: t.yamlSyntax(t.unclosed(u)), hint: t.unclosedHint(u) });
    fatal(u.line);
  }
  for (const e of doc.errors) {
    const pos = e.linePos?.[0];
    if (e.code === 'TAB_AS_INDENT' || inTabSection(pos?.line) || followsUnclosed(e, pos?.line)) continue;
    const at = { file, line: pos?.line, col: pos?.col, severity: 'error' as const };
    if (e.code === 'DUPLICATE_KEY') {
      const first = duplicates.get(e.pos[0]);
      const key = first?.key ?? text.slice(e.pos[0], e.pos[1]);
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
      diagnostics.push({ ...at, code: 'yaml-syntax', message: t.yamlSyntax(t.unquotedColon(colon)), hint: t.unquotedColonHint(quoteYaml(colon)) });
      continue;
    }
    const code = isUnclosedFlowError(e) ? 'MISSING_CHAR' : e.code;
    diagnostics.push({ ...at, code: 'yaml-syntax', message: t.yamlSyntax(t.yamlCodes[code] ?? firstLine(e.message)), hint: t.yamlHints[code] ?? t.yamlSyntaxHint });
  }
  for (const w of doc.warnings) {
    const pos = w.linePos?.[0];
    if (inTabSection(pos?.line)) continue;
    fatal(pos?.line);
    diagnostics.push({ file, line: pos?.line, col: pos?.col, severity: 'error', code: 'yaml-syntax', message: t.yamlSyntax(t.yamlCodes[w.code] ?? firstLine(w.message)), hint: t.yamlHints[w.code] ?? t.yamlSyntaxHint });
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  return { diagnostics, syntaxErrorLine };
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
