// The embedded TrueType fonts as pdfkit uses them: the font's header values, simple layout and a subsetter, read straight from the file.
//
// pdfkit takes any object with a `layout` method as an already parsed font. Given this one it
// never parses the file with fontkit, which is the costliest part of a first PDF: fontkit decodes
// each glyph's outline while subsetting, though a subset only needs the glyph's bytes.
import { byCodeUnits } from '../../core/code-units.ts';
import { fontTables, layoutSimple, needTable as table, type TrueTypeMetrics, type SimpleRun, type TableEntry } from './font-metrics.ts';

/** The subset pdfkit fills while text is written and embeds when the document ends. */
interface FontSubset {
  /** Index of glyph `id` in the subset, added if new. */
  includeGlyph(id: number): number;
  /** The subset as a TrueType file. */
  encode(): Uint8Array;
}

/** The BBox shape pdfkit reads from fontkit. */
interface FontBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface Tables {
  view: DataView;
  bytes: Uint8Array;
  /** Offset and length of each table. */
  at: Map<string, TableEntry>;
}

function readTables(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { view, bytes, at: fontTables(view) };
}

/**
 * A TrueType font (glyf outlines) with the properties pdfkit's embedded font reads, each with
 * the value fontkit would give, so the PDF's font dictionaries are the same.
 */
export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  /** From OS/2 version 2 and later; undefined before, as with fontkit. */
  readonly capHeight: number | undefined;
  readonly xHeight: number | undefined;
  readonly italicAngle: number;
  readonly bbox: FontBox;
  readonly postscriptName: string | null;
  readonly 'OS/2': { sFamilyClass: number } | undefined;
  readonly post: { isFixedPitch: boolean };
  readonly head: { macStyle: { italic: boolean } };

  readonly glyphCount: number;
  private readonly t: Tables;
  private readonly loca: number[];
  private readonly lsb: number[] = [];

  constructor(
    bytes: Uint8Array,
    readonly metrics: TrueTypeMetrics,
    private readonly kerning: ReadonlyMap<number, number>,
  ) {
    const t = readTables(bytes);
    this.t = t;
    const v = t.view;
    const head = table(t.at, 'head').offset;
    this.unitsPerEm = v.getUint16(head + 18);
    this.bbox = Object.freeze({ minX: v.getInt16(head + 36), minY: v.getInt16(head + 38), maxX: v.getInt16(head + 40), maxY: v.getInt16(head + 42) });
    this.head = { macStyle: { italic: (v.getUint16(head + 44) & 2) !== 0 } };
    const hhea = table(t.at, 'hhea').offset;
    this.ascent = v.getInt16(hhea + 4);
    this.descent = v.getInt16(hhea + 6);
    this.lineGap = v.getInt16(hhea + 8);
    const os2 = t.at.get('OS/2');
    if (os2) {
      const version = v.getUint16(os2.offset);
      this['OS/2'] = { sFamilyClass: v.getInt16(os2.offset + 30) };
      this.xHeight = version >= 2 ? v.getInt16(os2.offset + 86) : undefined;
      this.capHeight = version >= 2 ? v.getInt16(os2.offset + 88) : undefined;
    } else {
      this.xHeight = 0;
      this.capHeight = this.ascent;
    }
    const post = table(t.at, 'post').offset;
    this.italicAngle = v.getInt32(post + 4) / 65536;
    this.post = { isFixedPitch: v.getUint32(post + 12) !== 0 };
    this.postscriptName = postscriptName(t);

    const numGlyphs = v.getUint16(table(t.at, 'maxp').offset + 4);
    this.glyphCount = numGlyphs;
    const long = v.getInt16(head + 50) === 1;
    const locaAt = table(t.at, 'loca').offset;
    this.loca = [];
    for (let i = 0; i <= numGlyphs; i++) this.loca.push(long ? v.getUint32(locaAt + i * 4) : v.getUint16(locaAt + i * 2) * 2);
    const hmtx = table(t.at, 'hmtx').offset;
    const metricsCount = v.getUint16(hhea + 34);
    for (let i = 0; i < numGlyphs; i++) {
      this.lsb.push(i < metricsCount ? v.getInt16(hmtx + i * 4 + 2) : v.getInt16(hmtx + metricsCount * 4 + (i - metricsCount) * 2));
    }
  }

  /** What pdfkit asks of glyph 0 (the width of .notdef). */
  getGlyph(id: number): { id: number; advanceWidth: number } {
    return { id, advanceWidth: this.metrics.advance(id) };
  }

  layout(text: string): SimpleRun {
    return layoutSimple(this.metrics, text, this.kerning);
  }

  glyphsForString(text: string) {
    return this.metrics.glyphsForString(text);
  }

  createSubset(): FontSubset {
    return new TrueTypeSubset(this);
  }

  /** The outline bytes of a glyph, as stored in the font. */
  glyphBytes(id: number): Uint8Array {
    const glyf = table(this.t.at, 'glyf').offset;
    const start = this.loca[id] ?? 0;
    const end = this.loca[id + 1] ?? start;
    return this.t.bytes.subarray(glyf + start, glyf + Math.max(start, end));
  }

  leftBearing(id: number): number {
    return this.lsb[Math.min(id, this.lsb.length - 1)] ?? 0;
  }

  /** A table's bytes, or undefined. */
  rawTable(tag: string): Uint8Array | undefined {
    const e = this.t.at.get(tag);
    return e ? this.t.bytes.subarray(e.offset, e.offset + e.length) : undefined;
  }
}

/** Name ID 6, the PostScript name: from a Windows (UTF-16BE) record, else a Macintosh (Roman) one. */
function postscriptName(t: Tables): string | null {
  const e = t.at.get('name');
  if (!e) return null;
  const v = t.view;
  const count = v.getUint16(e.offset + 2);
  const strings = e.offset + v.getUint16(e.offset + 4);
  let mac: string | null = null;
  for (let i = 0; i < count; i++) {
    const rec = e.offset + 6 + i * 12;
    const platform = v.getUint16(rec);
    const nameId = v.getUint16(rec + 6);
    if (nameId !== 6) continue;
    const length = v.getUint16(rec + 8);
    const at = strings + v.getUint16(rec + 10);
    if (platform === 3 || platform === 0) {
      let s = '';
      for (let k = 0; k + 1 < length; k += 2) s += String.fromCharCode(v.getUint16(at + k));
      return s;
    }
    if (platform === 1 && mac === null) {
      mac = '';
      for (let k = 0; k < length; k++) mac += String.fromCharCode(v.getUint8(at + k));
    }
  }
  return mac;
}

// Composite glyph flags.
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/**
 * A subset that keeps the glyphs in the order they were first used (glyph 0 first), so the
 * content streams can use subset indices as character codes (pdfkit's Identity CIDToGIDMap).
 * Composite glyphs bring their components, added after the glyphs used.
 */
class TrueTypeSubset implements FontSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly font: TrueTypeFont) {
    this.includeGlyph(0);
  }

  includeGlyph(id: number): number {
    let i = this.mapping.get(id);
    if (i === undefined) {
      i = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, i);
    }
    return i;
  }

  encode(): Uint8Array {
    const font = this.font;
    const outlines: Uint8Array[] = [];
    // Components are added to `glyphs` while it is walked.
    for (let i = 0; i < this.glyphs.length; i++) outlines.push(this.outline(this.glyphs[i]!));
    const n = this.glyphs.length;
    const offsets: number[] = [0];
    for (const o of outlines) offsets.push(offsets[offsets.length - 1]! + o.length);
    const glyfLength = offsets[n]!;
    // Outlines are padded to even lengths, so the short loca format holds any subset under 128 KB.
    const long = glyfLength > 0x1fffe;

    const glyf = new Uint8Array(glyfLength);
    outlines.forEach((o, i) => {
      glyf.set(o, offsets[i]!);
    });
    const loca = new Uint8Array((n + 1) * (long ? 4 : 2));
    const lv = new DataView(loca.buffer);
    offsets.forEach((o, i) => {
      if (long) lv.setUint32(i * 4, o);
      else lv.setUint16(i * 2, o / 2);
    });
    const hmtx = new Uint8Array(n * 4);
    const hv = new DataView(hmtx.buffer);
    this.glyphs.forEach((id, i) => {
      hv.setUint16(i * 4, font.metrics.advance(id));
      hv.setInt16(i * 4 + 2, font.leftBearing(id));
    });
    const head = copy(font.rawTable('head')!);
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0);
    headView.setInt16(50, long ? 1 : 0);
    const hhea = copy(font.rawTable('hhea')!);
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = copy(font.rawTable('maxp')!);
    new DataView(maxp.buffer).setUint16(4, n);

    const tables: [string, Uint8Array][] = [
      ['head', head],
      ['hhea', hhea],
      ['loca', loca],
      ['maxp', maxp],
      ['glyf', glyf],
      ['hmtx', hmtx],
    ];
    // Hinting, when the font has it, goes along unchanged (instructions refer to no glyph ids).
    for (const tag of ['cvt ', 'fpgm', 'prep']) {
      const raw = font.rawTable(tag);
      if (raw) tables.push([tag, raw]);
    }
    const file = sfnt(tables);
    // The whole file sums to 0xB1B0AFBA, as the head table's checksum adjustment says.
    const headAt = new DataView(file.buffer).getUint32(
      12 +
        tables
          .map(([t]) => t)
          .sort()
          .indexOf('head') *
          16 +
        8,
    );
    new DataView(file.buffer).setUint32(headAt + 8, (0xb1b0afba - checksum(file)) >>> 0);
    return file;
  }

  /** A glyph's outline, with the component ids of a composite glyph mapped into the subset. */
  private outline(id: number): Uint8Array {
    const bytes = this.font.glyphBytes(id);
    let out: Uint8Array = bytes;
    if (bytes.length >= 10 && ((bytes[0]! << 8) | bytes[1]!) & 0x8000) {
      out = copy(bytes);
      const v = new DataView(out.buffer);
      let at = 10;
      for (;;) {
        const flags = v.getUint16(at);
        v.setUint16(at + 2, this.includeGlyph(v.getUint16(at + 2)));
        at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
        if (flags & WE_HAVE_A_SCALE) at += 2;
        else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
        else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
        if (!(flags & MORE_COMPONENTS)) break;
      }
    }
    if (out.length % 2 === 1) {
      const padded = new Uint8Array(out.length + 1);
      padded.set(out);
      out = padded;
    }
    return out;
  }
}

function copy(b: Uint8Array): Uint8Array {
  const c = new Uint8Array(b.length);
  c.set(b);
  return c;
}

function checksum(b: Uint8Array): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let sum = 0;
  const whole = b.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (whole < b.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < b.length ? b[i]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** An sfnt file (version 1.0) of the tables, in tag order, each on a four-byte boundary with its checksum. */
function sfnt(tables: [string, Uint8Array][]): Uint8Array {
  const sorted = [...tables].sort(([a], [b]) => byCodeUnits(a, b));
  const n = sorted.length;
  let size = 12 + n * 16;
  for (const [, data] of sorted) size += (data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(n));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  v.setUint16(6, power * 16);
  v.setUint16(8, Math.log2(power));
  v.setUint16(10, n * 16 - power * 16);
  let at = 12 + n * 16;
  sorted.forEach(([tag, data], i) => {
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) v.setUint8(rec + k, tag.charCodeAt(k));
    v.setUint32(rec + 4, checksum(data));
    v.setUint32(rec + 8, at);
    v.setUint32(rec + 12, data.length);
    out.set(data, at);
    at += (data.length + 3) & ~3;
  });
  return out;
}
