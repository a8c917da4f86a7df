// Reads a YAML file safely (size limit, binary check, no aliases) and keeps node positions for error messages.
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../errors.ts';
import type { Lang } from '../core/model.ts';
import { ioText } from '../i18n/io.ts';
import { readBlockYaml } from './block-yaml.ts';

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

/** How every plan and catalogue file is parsed: YAML 1.2, strict, duplicate keys refused, errors with positions. */
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
      return (parsed ??= parseWithPositions(text)).doc;
    },
    get lineCounter() {
      return (parsed ??= parseWithPositions(text)).lineCounter;
    },
  };
}

export type PathSegment = string | number;

export interface ReadResult {
  source?: YamlSource;
  value?: unknown;
  diagnostics: Diagnostic[];
  /** Set when the file has syntax errors but a value could still be recovered: findings below this line are unreliable. */
  syntaxErrorLine?: number;
}

function fail(file: string, code: string, message: string, hint?: string): ReadResult {
  return { diagnostics: [{ file, severity: 'error', code, message, hint }] };
}

/** Reads and parses; `display` is the path shown in messages. Never throws for bad input. */
export function readYamlFile(path: string, display: string, lang: Lang): ReadResult {
  const t = ioText[lang];
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fail(display, 'is-directory', t.isDirectory, t.isDirectoryHint);
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(display, 'not-found', t.notFound, t.notFoundHint);
    if (code === 'EACCES') return fail(display, 'no-access', t.noAccess);
    return fail(display, 'read-error', t.readError(String((e as Error).message)));
  }
  if (size > MAX_YAML_BYTES) return fail(display, 'too-large', t.tooLarge(size, MAX_YAML_BYTES), t.tooLargeHint);
  const buf = readFileSync(path);
  return parseYamlText(buf, display, lang);
}

export function parseYamlText(buf: Buffer | string, display: string, lang: Lang): ReadResult {
  const t = ioText[lang];
  if (typeof buf !== 'string') {
    if (buf.includes(0)) return fail(display, 'binary', t.binary, t.binaryHint);
    if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return fail(display, 'binary', t.utf16, t.utf16Hint);
  }
  let text = typeof buf === 'string' ? buf : buf.toString('utf8');
  if (text.includes('\uFFFD') && typeof buf !== 'string') return fail(display, 'encoding', t.notUtf8, t.notUtf8Hint);
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (text.trim() === '') return fail(display, 'empty', t.empty, t.emptyHint);
  // Most plan files are plain block YAML, which the quick reader reads several times faster than the full parser.
  const quick = readBlockYaml(text);
  if (quick) return { source: laterParsedSource(display, text, bom), value: quick, diagnostics: [] };
  const { doc, lineCounter } = parseWithPositions(text);
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const pos = e.linePos?.[0];
    const duplicate = e.code === 'DUPLICATE_KEY';
    diagnostics.push({
      file: display,
      line: pos?.line,
      col: pos?.col,
      severity: 'error',
      code: duplicate ? 'duplicate-key' : 'yaml-syntax',
      message: duplicate ? t.duplicateKey : t.yamlSyntax(t.yamlCodes[/must .*end with a [\]}]/.test(e.message) ? 'MISSING_CHAR' : e.code] ?? firstLine(e.message)),
      hint: duplicate ? t.duplicateKeyHint : t.yamlSyntaxHint,
    });
  }
  for (const w of doc.warnings) {
    const pos = w.linePos?.[0];
    diagnostics.push({ file: display, line: pos?.line, col: pos?.col, severity: 'error', code: 'yaml-syntax', message: t.yamlSyntax(t.yamlCodes[w.code] ?? firstLine(w.message)), hint: t.yamlSyntaxHint });
  }
  const source: YamlSource = { file: display, text, bom, doc, lineCounter };
  let value: unknown;
  try {
    // After a syntax error the recovered document is still read, so problems above the error are reported too.
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    const msg = String((e as Error).message);
    if (/alias/i.test(msg)) return fail(display, 'alias', t.alias, t.aliasHint);
    if (diagnostics.length > 0) return { diagnostics };
    return fail(display, 'yaml-syntax', t.yamlSyntax(firstLine(msg)));
  }
  if (diagnostics.length > 0) {
    const usable = value !== null && typeof value === 'object' && !Array.isArray(value);
    return usable ? { source, value, diagnostics, syntaxErrorLine: Math.min(...diagnostics.map((d) => d.line ?? 1)) } : { diagnostics };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const pos = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : undefined;
    return { source, diagnostics: [{ file: display, line: pos?.line, col: pos?.col, severity: 'error', code: 'not-a-map', message: Array.isArray(value) ? t.isList : t.notAMap, hint: t.notAMapHint }] };
  }
  return { source, value, diagnostics: [] };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** Where a value lives: the node at `path`, or the nearest existing parent. `key` points at the key instead of the value. */
export function positionOf(source: YamlSource, path: readonly PathSegment[], opts: { key?: boolean } = {}): { line: number; col: number } {
  let node: unknown = source.doc.contents;
  let best: { line: number; col: number } = node && (node as Node).range ? source.lineCounter.linePos((node as Node).range![0]) : { line: 1, col: 1 };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
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

/** Splits an ajv instancePath (JSON pointer) into path segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
