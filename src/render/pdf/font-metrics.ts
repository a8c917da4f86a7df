// Simple text layout for the embedded fonts: character map, advance widths and pair kerning, without OpenType shaping.
//
// Full shaping (fontkit's GSUB/GPOS processing) and fontkit's glyph objects are the costliest part
// of a first PDF, and Swedish and English text in these fonts needs none of it: every letter,
// including å, ä, ö and é, has a precomposed glyph, and the font's legacy `kern` table carries the
// same pair kerning as its GPOS. So the few tables needed are read here, straight from the file.

/** The part of a fontkit glyph that pdfkit reads. */
export interface GlyphLike {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

export interface FontLike {
  glyphsForString(text: string): GlyphLike[];
}

/** Glyph ids and advance widths from a TrueType file's `cmap`, `hhea` and `hmtx` tables. */
export class TrueTypeMetrics implements FontLike {
  private readonly view: DataView;
  private readonly advances: number[] = [];
  private readonly lookup: (cp: number) => number;
  private readonly glyphs = new Map<number, GlyphLike>();
  /** Drawn for a character the font lacks, instead of .notdef (which PDF/A forbids using). */
  private readonly replacement: number;

  constructor(ttf: Uint8Array) {
    this.view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
    const tables = fontTables(this.view);
    const hhea = needTable(tables, 'hhea').offset;
    const hmtx = needTable(tables, 'hmtx').offset;
    const count = this.view.getUint16(hhea + 34);
    for (let i = 0; i < count; i++) this.advances.push(this.view.getUint16(hmtx + i * 4));
    this.lookup = cmapLookup(this.view, needTable(tables, 'cmap').offset);
    this.replacement = this.lookup(0xfffd);
  }

  advance(gid: number): number {
    return this.advances[Math.min(gid, this.advances.length - 1)] ?? 0;
  }

  glyphsForString(text: string): GlyphLike[] {
    const out: GlyphLike[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let g = this.glyphs.get(cp);
      if (!g) {
        const id = this.lookup(cp);
        // A missing character shows as the replacement character, and is extracted as one too.
        g =
          id === 0 && this.replacement !== 0
            ? { id: this.replacement, advanceWidth: this.advance(this.replacement), codePoints: [0xfffd] }
            : { id, advanceWidth: this.advance(id), codePoints: [cp] };
        this.glyphs.set(cp, g);
      }
      out.push(g);
    }
    return out;
  }
}

export interface TableEntry {
  offset: number;
  length: number;
}

/** The table directory of a TrueType file: offset and length of each table, by tag. */
export function fontTables(view: DataView): Map<string, TableEntry> {
  const tables = new Map<string, TableEntry>();
  const n = view.getUint16(4);
  for (let i = 0; i < n; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    tables.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return tables;
}

export function needTable(tables: ReadonlyMap<string, TableEntry>, tag: string): TableEntry {
  const e = tables.get(tag);
  if (!e) throw new Error(`font has no ${tag} table`);
  return e;
}

/** A code point → glyph id function from the best Unicode subtable: format 12 (full), else format 4 (BMP). */
function cmapLookup(view: DataView, cmap: number): (cp: number) => number {
  const n = view.getUint16(cmap + 2);
  let f4 = -1;
  let f12 = -1;
  for (let i = 0; i < n; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const at = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && f12 < 0) f12 = at;
    if (format === 4 && f4 < 0) f4 = at;
  }
  if (f12 >= 0) {
    const groups = view.getUint32(f12 + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = f12 + 16 + mid * 12;
        const start = view.getUint32(g);
        const end = view.getUint32(g + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(g + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (f4 >= 0) {
    const segs = view.getUint16(f4 + 6) / 2;
    const ends = f4 + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const ranges = deltas + segs * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      let lo = 0;
      let hi = segs - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const end = view.getUint16(ends + mid * 2);
        const start = view.getUint16(starts + mid * 2);
        if (cp > end) lo = mid + 1;
        else if (cp < start) hi = mid - 1;
        else {
          const delta = view.getInt16(deltas + mid * 2);
          const rangeAt = ranges + mid * 2;
          const range = view.getUint16(rangeAt);
          if (range === 0) return (cp + delta) & 0xffff;
          const gid = view.getUint16(rangeAt + range + (cp - start) * 2);
          return gid === 0 ? 0 : (gid + delta) & 0xffff;
        }
      }
      return 0;
    };
  }
  return () => 0;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A glyph run in the shape pdfkit expects from fontkit's `layout`. */
export class SimpleRun {
  constructor(
    readonly glyphs: GlyphLike[],
    readonly positions: Position[],
  ) {}

  /** Computed on demand: pdfkit scales the positions before it asks. */
  get advanceWidth(): number {
    let w = 0;
    for (const p of this.positions) w += p.xAdvance;
    return w;
  }
}

export function layoutSimple(font: FontLike, text: string, kerning: ReadonlyMap<number, number>): SimpleRun {
  const glyphs = font.glyphsForString(text.normalize('NFC'));
  const positions: Position[] = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  if (kerning.size > 0) {
    for (let i = 0; i + 1 < glyphs.length; i++) {
      const k = kerning.get(glyphs[i]!.id * 65536 + glyphs[i + 1]!.id);
      if (k) positions[i]!.xAdvance += k;
    }
  }
  return new SimpleRun(glyphs, positions);
}

/** A word (or any run of text) as glyphs: ids, characters, advances and kerning, in thousandths of an em. */
export interface GlyphChunk {
  ids: number[];
  codePoints: number[][];
  advances: number[];
  /** Kerning after each glyph (added to its advance). */
  kerns: number[];
  /** Width of the whole chunk, kerning included. */
  width: number;
}

export function glyphChunk(font: FontLike, text: string, kerning: ReadonlyMap<number, number>, scale: number): GlyphChunk {
  const run = layoutSimple(font, text, kerning);
  const chunk: GlyphChunk = { ids: [], codePoints: [], advances: [], kerns: [], width: 0 };
  run.glyphs.forEach((g, i) => {
    const advance = g.advanceWidth * scale;
    const kern = (run.positions[i]!.xAdvance - g.advanceWidth) * scale;
    chunk.ids.push(g.id);
    chunk.codePoints.push(g.codePoints);
    chunk.advances.push(advance);
    chunk.kerns.push(kern);
    chunk.width += advance + kern;
  });
  return chunk;
}

/** Splits a line where pdfkit does: after each space or tab, which stays with the chunk before it. */
export function chunksOf(s: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) {
      out.push(s.slice(last, i + 1));
      last = i + 1;
    }
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

/**
 * Horizontal pair kerning from a TrueType `kern` table (format 0 subtables), keyed by
 * `left * 65536 + right` glyph ids. An absent or unreadable table gives no kerning.
 */
export function readKerning(ttf: Uint8Array): Map<number, number> {
  const pairs = new Map<number, number>();
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  try {
    const kern = fontTables(view).get('kern')?.offset ?? -1;
    if (kern < 0 || view.getUint16(kern) !== 0) return pairs;
    const nTables = view.getUint16(kern + 2);
    let at = kern + 4;
    for (let t = 0; t < nTables; t++) {
      const length = view.getUint16(at + 2);
      const coverage = view.getUint16(at + 4);
      const format = coverage >> 8;
      const horizontal = (coverage & 1) === 1;
      const minimum = (coverage & 2) === 2;
      const crossStream = (coverage & 4) === 4;
      if (format === 0 && horizontal && !minimum && !crossStream) {
        const n = view.getUint16(at + 6);
        for (let p = 0; p < n; p++) {
          const o = at + 14 + p * 6;
          pairs.set(view.getUint16(o) * 65536 + view.getUint16(o + 2), view.getInt16(o + 4));
        }
      }
      at += length;
    }
  } catch {
    pairs.clear();
  }
  return pairs;
}

/** Characters `DirectWidths` handles: common in plans, and left as they are by NFC (nothing composes with them). */
export function isDirect(c: number): boolean {
  // Latin-1 and Latin Extended A and B; general punctuation (dashes, quotes, …), currency; arrows.
  return c < 0x300 || (c >= 0x2010 && c <= 0x20cf) || (c >= 0x2190 && c <= 0x21ff);
}

/**
 * Glyphs and widths straight from per-character tables, without laying out chunks: advances and
 * pair kerning, as `glyphChunk` gives them. For a font whose kerning never involves a space or a
 * tab, the width of a line is then the sum of its words' widths, whatever the chunks.
 */
export class DirectWidths {
  /** Glyph id per character, 0xffff until first looked up. */
  private readonly gids = new Uint16Array(0x2200).fill(0xffff);
  /** Advance per character, in thousandths of an em. */
  private readonly advances = new Float64Array(0x2200);
  /** The characters each character's glyph stands for (U+FFFD for one the font lacks). */
  private readonly chars: (readonly number[])[] = [];
  /** Glyphs that start a kerning pair. */
  private readonly kernsAfter: Uint8Array;

  private constructor(
    private readonly font: FontLike,
    private readonly kerning: ReadonlyMap<number, number>,
    private readonly scale: number,
    glyphCount: number,
  ) {
    this.kernsAfter = new Uint8Array(glyphCount + 1);
    for (const key of kerning.keys()) this.kernsAfter[Math.min(Math.floor(key / 65536), glyphCount)] = 1;
  }

  /** Direct widths for the font, or undefined when its kerning involves a space or a tab. */
  static for(font: FontLike, kerning: ReadonlyMap<number, number>, scale: number, glyphCount: number): DirectWidths | undefined {
    const blanks = new Set(font.glyphsForString(' \t').map((g) => g.id));
    for (const key of kerning.keys()) if (blanks.has(Math.floor(key / 65536)) || blanks.has(key % 65536)) return undefined;
    return new DirectWidths(font, kerning, scale, glyphCount);
  }

  /** Width of `s` in thousandths of an em, or -1 when it holds a character that is not `isDirect`. */
  width(s: string): number {
    let total = 0;
    let prev = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!isDirect(c)) return -1;
      const g = this.glyph(c);
      total += this.advances[c]!;
      if (prev >= 0) total += this.kern(prev, g);
      prev = g;
    }
    return total;
  }

  /** The glyph of an `isDirect` character. */
  glyph(c: number): number {
    const g = this.gids[c]!;
    return g === 0xffff ? this.look(c) : g;
  }

  /** Advance of the glyph of `c`, in thousandths of an em (after `glyph(c)`). */
  advance(c: number): number {
    return this.advances[c]!;
  }

  /** The characters the glyph of `c` stands for (after `glyph(c)`). */
  codePoints(c: number): readonly number[] {
    return this.chars[c]!;
  }

  /** Kerning between two glyphs, in thousandths of an em. */
  kern(left: number, right: number): number {
    if (this.kernsAfter[left] !== 1) return 0;
    const k = this.kerning.get(left * 65536 + right);
    return k === undefined ? 0 : k * this.scale;
  }

  private look(c: number): number {
    const g = this.font.glyphsForString(String.fromCharCode(c))[0]!;
    this.gids[c] = g.id;
    this.advances[c] = g.advanceWidth * this.scale;
    this.chars[c] = g.codePoints;
    return g.id;
  }
}
