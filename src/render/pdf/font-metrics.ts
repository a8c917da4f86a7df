// Simple text layout for the embedded fonts: character map, advance widths and pair kerning, without OpenType shaping.
//
// Full shaping (fontkit's GSUB/GPOS processing) is the costliest part of a first PDF, and Swedish
// and English text in these fonts needs none of it: every letter, including å, ä, ö and é, has a
// precomposed glyph, and the font's legacy `kern` table carries the same pair kerning as its GPOS.

/** The part of a fontkit glyph that pdfkit reads. */
export interface GlyphLike {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

export interface FontLike {
  glyphsForString(text: string): GlyphLike[];
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

/**
 * Horizontal pair kerning from a TrueType `kern` table (format 0 subtables), keyed by
 * `left * 65536 + right` glyph ids. An absent or unreadable table gives no kerning.
 */
export function readKerning(ttf: Uint8Array): Map<number, number> {
  const pairs = new Map<number, number>();
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  try {
    const numTables = view.getUint16(4);
    let kern = -1;
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16;
      const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
      if (tag === 'kern') kern = view.getUint32(rec + 8);
    }
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
