// A quick reader for the plain block YAML that plan files are made of, tried before the full yaml parser.
//
// It reads block mappings and sequences, one-line plain and quoted scalars, one-line flow collections
// (`{ id: x, version: 1.0.0 }`, `[a, b]`), comments and blank lines, and resolves plain scalars as YAML 1.2's
// core schema does (null, booleans, decimal integers, strings). On anything else (block scalars, anchors,
// aliases, tags, scalars or collections over several lines, floats, duplicate keys, tabs, uneven indentation,
// document markers) it returns undefined and the caller parses the text with `yaml`, which also reports every
// error with its position. For a text it accepts,
// its value equals what `yaml` gives (test/foundation/block-yaml.test.ts compares the two on generated texts).

export type BlockValue = null | boolean | number | string | BlockValue[] | { [key: string]: BlockValue };

interface Line {
  indent: number;
  /** The line without its indentation. */
  text: string;
}

/**
 * How deep this reader nests: block collections, and flow collections within one line. Plans go a few levels deep;
 * anything deeper is left to the full parser, which refuses values deeper than any plan (yaml-file.ts). Together they
 * stay under that limit, so what this reader returns needs no depth check.
 */
const MAX_BLOCK_DEPTH = 32;
const MAX_FLOW_DEPTH = 16;

/** Thrown to leave the reader as soon as the text needs the full parser. */
const GIVE_UP: unique symbol = Symbol('give up');

function giveUp(): never {
  throw GIVE_UP;
}

// Characters YAML does not allow in a document, or that this reader leaves to the full parser: tabs, other
// control characters, NEL, the line and paragraph separators, a byte-order mark inside the text, non-characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters YAML does not allow are what this looks for.
const UNSUPPORTED_CHAR = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const LONE_CR = /\r(?!\n)/;

/** The top-level mapping of `text`, or undefined when the full parser must read it. */
export function readBlockYaml(text: string): { [key: string]: BlockValue } | undefined {
  if (UNSUPPORTED_CHAR.test(text)) return undefined;
  if (text.includes('\r')) {
    if (LONE_CR.test(text)) return undefined;
    text = text.replace(/\r\n/g, '\n');
  }
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length || raw.charCodeAt(indent) === 35 /* # */) continue;
    const body = raw.slice(indent);
    if (indent === 0 && (body.startsWith('---') || body.startsWith('...') || body.startsWith('%'))) return undefined;
    lines.push({ indent, text: body });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  try {
    const reader = new Reader(lines);
    const value = reader.mapping(0);
    return reader.done() ? value : undefined;
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

function isSequenceItem(text: string): boolean {
  return text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text.charCodeAt(1) === 32);
}

class Reader {
  private pos = 0;
  private depth = 0;

  constructor(private readonly lines: Line[]) {}

  done(): boolean {
    return this.pos === this.lines.length;
  }

  /** A block mapping whose keys start at column `indent`. */
  mapping(indent: number): { [key: string]: BlockValue } {
    if (++this.depth > MAX_BLOCK_DEPTH) giveUp();
    const map: { [key: string]: BlockValue } = {};
    const lines = this.lines;
    while (this.pos < lines.length) {
      const line = lines[this.pos]!;
      if (line.indent !== indent || isSequenceItem(line.text)) break;
      const entry = splitKey(line.text) ?? giveUp();
      this.pos++;
      addEntry(map, entry.key, this.valueAfter(entry.rest, indent, true));
    }
    this.depth--;
    return map;
  }

  /** A block sequence whose dashes stand at column `indent`. */
  sequence(indent: number): BlockValue[] {
    if (++this.depth > MAX_BLOCK_DEPTH) giveUp();
    const items: BlockValue[] = [];
    const lines = this.lines;
    while (this.pos < lines.length) {
      const line = lines[this.pos]!;
      if (line.indent !== indent || !isSequenceItem(line.text)) break;
      let i = 1;
      while (line.text.charCodeAt(i) === 32) i++;
      const rest = line.text.slice(i);
      if (splitKey(rest)) {
        // `- key: value`: a mapping whose keys line up with this first key.
        lines[this.pos] = { indent: indent + i, text: rest };
        items.push(this.mapping(indent + i));
      } else {
        if (isSequenceItem(rest)) giveUp();
        this.pos++;
        items.push(this.valueAfter(rest, indent, false));
      }
    }
    this.depth--;
    return items;
  }

  /** The value after `key:` or `-`: inline on the line, or a block on the lines below, or null. */
  private valueAfter(rest: string, indent: number, inMapping: boolean): BlockValue {
    const next = this.lines[this.pos];
    if (rest === '' || rest.charCodeAt(0) === 35 /* # */) {
      if (!next) return null;
      if (next.indent > indent) return isSequenceItem(next.text) ? this.sequence(next.indent) : this.mapping(next.indent);
      // A sequence may stand at its key's own column.
      if (inMapping && next.indent === indent && isSequenceItem(next.text)) return this.sequence(indent);
      return null;
    }
    // A deeper line below an inline value (a scalar over several lines) is left unread, so the whole text gives up.
    return inlineValue(rest);
  }
}

const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** An unquoted key this reader takes: a plain name that the core schema reads as a string (not 1, true, null, 1.5). */
function isPlainKey(key: string): boolean {
  return PLAIN_KEY.test(key) && resolvePlain(key) === key;
}

/** Adds a key to a mapping; a duplicate, `__proto__` or a key over 1,000 characters is left to the full parser. */
function addEntry(map: { [key: string]: BlockValue }, key: string, value: BlockValue): void {
  if (key === '__proto__' || key.length > 1000 || Object.hasOwn(map, key)) giveUp();
  map[key] = value;
}

/** `key:` and what follows it, or undefined when the line does not start with a key this reader takes. */
function splitKey(text: string): { key: string; rest: string } | undefined {
  let key: string;
  let end: number;
  const first = text.charCodeAt(0);
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const q = quoted(text, 0);
    if (!q) return undefined;
    key = q.value;
    end = q.end;
  } else {
    end = text.indexOf(':');
    if (end <= 0) return undefined;
    key = text.slice(0, end);
    if (!isPlainKey(key)) return undefined;
  }
  if (text.charCodeAt(end) !== 58 /* : */) return undefined;
  const after = text.charCodeAt(end + 1);
  if (end + 1 < text.length && after !== 32) return undefined;
  let i = end + 1;
  while (text.charCodeAt(i) === 32) i++;
  return { key, rest: text.slice(i) };
}

/** A scalar or a one-line flow collection that fills the rest of a line, with an optional comment after it. */
function inlineValue(text: string): BlockValue {
  const first = text[0]!;
  if (first === '"' || first === "'" || first === '[' || first === '{') {
    const node = flowNode(text, 0);
    endOfLine(text, node.end);
    return node.value;
  }
  if ('?:,]}#&*!|>%@`'.includes(first)) giveUp();
  if (first === '-' && (text.length === 1 || text[1] === ' ')) giveUp();
  const comment = text.indexOf(' #');
  const plain = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  if (plain.includes(': ') || plain.endsWith(':')) giveUp();
  return resolvePlain(plain);
}

interface Parsed {
  value: BlockValue;
  /** Index just after the node. */
  end: number;
}

/** A node inside a flow collection (or a quoted scalar): `{…}`, `[…]`, a quoted or a plain scalar. */
function flowNode(text: string, at: number, depth = 0): Parsed {
  const c = text[at];
  if (c === '{' || c === '[') return flowCollection(text, at, depth + 1);
  if (c === '"' || c === "'") return quoted(text, at) ?? giveUp();
  const plain = flowPlain(text, at);
  return { value: resolvePlain(plain.raw), end: plain.end };
}

/** `{ key: value, … }` or `[value, …]`, ending on its line; a trailing comma, a key without value and the like give up. */
function flowCollection(text: string, at: number, depth: number): Parsed {
  if (depth > MAX_FLOW_DEPTH) giveUp();
  const isMap = text[at] === '{';
  const close = isMap ? '}' : ']';
  const map: { [key: string]: BlockValue } = {};
  const list: BlockValue[] = [];
  let i = skipSpaces(text, at + 1);
  if (text[i] === close) return { value: isMap ? map : list, end: i + 1 };
  for (;;) {
    if (isMap) {
      let key: string;
      if (text[i] === '"' || text[i] === "'") {
        const q = quoted(text, i) ?? giveUp();
        key = q.value;
        i = q.end;
      } else {
        const plain = flowPlain(text, i);
        key = plain.raw;
        if (!isPlainKey(key)) giveUp();
        i = plain.end;
      }
      if (text[i] !== ':' || text[i + 1] !== ' ') giveUp();
      const value = flowNode(text, skipSpaces(text, i + 1), depth);
      addEntry(map, key, value.value);
      i = value.end;
    } else {
      const item = flowNode(text, i, depth);
      list.push(item.value);
      i = item.end;
    }
    i = skipSpaces(text, i);
    if (text[i] === close) return { value: isMap ? map : list, end: i + 1 };
    if (text[i] !== ',') giveUp();
    i = skipSpaces(text, i + 1);
    if (text[i] === close || text[i] === ',') giveUp();
  }
}

/** A plain scalar inside a flow collection: up to a flow indicator, or a colon that ends a key. */
function flowPlain(text: string, at: number): { raw: string; end: number } {
  const first = text[at];
  if (first === undefined || '?:,[]{}#&*!|>%@`"\''.includes(first) || (first === '-' && ' ,]}'.includes(text[at + 1] ?? ' '))) giveUp();
  let j = at;
  for (; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === ',' || ch === '[' || ch === ']' || ch === '{' || ch === '}') break;
    if (ch === ':' && ' ,[]{}'.includes(text[j + 1] ?? ' ')) break;
    if (ch === '#' && text[j - 1] === ' ') giveUp();
  }
  const raw = text.slice(at, j).trimEnd();
  return { raw, end: at + raw.length };
}

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** Only spaces and a comment may follow a quoted scalar on its line. */
function endOfLine(text: string, from: number): void {
  if (from === text.length) return;
  if (text.charCodeAt(from) !== 32) giveUp();
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  if (i < text.length && text.charCodeAt(i) !== 35) giveUp();
}

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
// The core schema's other numbers: octal, hexadecimal, infinity and NaN, floats with and without an exponent.
const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** A plain scalar as YAML 1.2's core schema reads it; floats and other number forms are left to the full parser. */
function resolvePlain(s: string): BlockValue {
  if (NULL.test(s)) return null;
  if (TRUE.test(s)) return true;
  if (FALSE.test(s)) return false;
  if (INT.test(s)) return parseInt(s, 10);
  if (OTHER_NUMBER.test(s)) giveUp();
  return s;
}

/** The quoted scalar starting at `at` (double or single quotes), when it ends on its line. */
function quoted(text: string, at: number): { value: string; end: number } | undefined {
  return text[at] === '"' ? doubleQuoted(text, at) : singleQuoted(text, at);
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r' };

/** A double-quoted scalar that ends on its line, with the common escapes; undefined otherwise. */
function doubleQuoted(text: string, at: number): { value: string; end: number } | undefined {
  let value = '';
  let start = at + 1;
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return { value: value + text.slice(start, i), end: i + 1 };
    if (c === 92 /* \ */) {
      value += text.slice(start, i);
      const e = text[i + 1];
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
        value += String.fromCharCode(parseInt(hex, 16));
        i += 5;
      } else {
        const s = e === undefined ? undefined : ESCAPES[e];
        if (s === undefined) return undefined;
        value += s;
        i += 1;
      }
      start = i + 1;
    }
  }
  return undefined;
}

/** A single-quoted scalar that ends on its line (`''` is a quote); undefined otherwise. */
function singleQuoted(text: string, at: number): { value: string; end: number } | undefined {
  let value = '';
  let start = at + 1;
  for (let i = at + 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== 39) continue;
    if (text.charCodeAt(i + 1) === 39) {
      value += text.slice(start, i + 1);
      start = i + 2;
      i++;
      continue;
    }
    return { value: value + text.slice(start, i), end: i + 1 };
  }
  return undefined;
}
