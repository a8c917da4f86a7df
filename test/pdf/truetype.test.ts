// The TrueType font and subsetter of the PDF renderer, checked against fontkit (which pdfkit brings along).
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { chunksOf, DirectWidths, glyphChunk, readKerning, TrueTypeMetrics } from '../../src/render/pdf/font-metrics.ts';
import { loadFaces } from '../../src/render/pdf/fonts.ts';
import { TrueTypeFont } from '../../src/render/pdf/truetype.ts';

const FILES = ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf'];

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  path: { toSVG(): string };
}

interface Fontkit {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  postscriptName: string;
  numGlyphs: number;
  'OS/2': { sFamilyClass: number };
  post: { isFixedPitch: boolean };
  head: { macStyle: { italic: boolean } };
  getGlyph(id: number): FontkitGlyph;
  glyphsForString(s: string): FontkitGlyph[];
}

/** A font file parsed by fontkit, as pdfkit does with a font given as bytes. */
function fontkit(bytes: Uint8Array): Fontkit {
  return new PDFDocument({ autoFirstPage: false, font: null }).font(Buffer.from(bytes))._font!.font as unknown as Fontkit;
}

function open(file: string): { bytes: Buffer; font: TrueTypeFont } {
  const bytes = readFileSync(new URL(`../../data/fonts/${file}`, import.meta.url));
  return { bytes, font: new TrueTypeFont(bytes, new TrueTypeMetrics(bytes), readKerning(bytes)) };
}

function sum32(b: Uint8Array): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let s = 0;
  for (let i = 0; i + 4 <= b.length; i += 4) s = (s + v.getUint32(i)) >>> 0;
  return s;
}

describe('TrueType font read from the file', () => {
  it.each(FILES)('has the values fontkit gives for %s', (file) => {
    const { bytes, font } = open(file);
    const theirs = fontkit(bytes);
    for (const key of ['unitsPerEm', 'ascent', 'descent', 'lineGap', 'capHeight', 'xHeight', 'italicAngle', 'postscriptName'] as const) {
      expect([key, font[key]]).toEqual([key, theirs[key]]);
    }
    expect({ ...font.bbox }).toEqual({ minX: theirs.bbox.minX, minY: theirs.bbox.minY, maxX: theirs.bbox.maxX, maxY: theirs.bbox.maxY });
    expect(font['OS/2']?.sFamilyClass).toBe(theirs['OS/2'].sFamilyClass);
    expect(font.post.isFixedPitch).toBe(Boolean(theirs.post.isFixedPitch));
    expect(font.head.macStyle.italic).toBe(Boolean(theirs.head.macStyle.italic));
    expect(font.getGlyph(0).advanceWidth).toBe(theirs.getGlyph(0).advanceWidth);
  });

  it.each(FILES)('subsets %s to a valid file with the same outlines and widths', (file) => {
    const { bytes, font } = open(file);
    const theirs = fontkit(bytes);
    const subset = font.createSubset();
    // Letters with diacritics are often composite glyphs: their components come along.
    const text = 'Åtgärd för skolväsendet – “120 000 kr” € § ½ → ✓ ÆØ ŁŠŽ ǺǼ ΑΩ ЖЯ ﬁ';
    const ids = font.glyphsForString(text).map((g) => g.id);
    const codes = ids.map((id) => subset.includeGlyph(id));
    const file2 = subset.encode();
    expect(sum32(file2)).toBe(0xb1b0afba);
    const mine = fontkit(file2);
    ids.forEach((id, i) => {
      const a = mine.getGlyph(codes[i]!);
      const b = theirs.getGlyph(id);
      expect(a.advanceWidth).toBe(b.advanceWidth);
      expect(a.path.toSVG()).toBe(b.path.toSVG());
    });
    expect(mine.numGlyphs).toBeGreaterThanOrEqual(new Set(ids).size + 1);
    expect(mine.numGlyphs).toBeLessThan(theirs.numGlyphs);
  });

  it('keeps glyph 0 first and the order of first use', () => {
    const { font } = open(FILES[0]!);
    const subset = font.createSubset();
    expect(subset.includeGlyph(40)).toBe(1);
    expect(subset.includeGlyph(30)).toBe(2);
    expect(subset.includeGlyph(40)).toBe(1);
    expect(subset.includeGlyph(0)).toBe(0);
  });
});

describe('widths from character tables', () => {
  it.each(FILES)('match laid-out chunks for %s', (file) => {
    const { bytes, font } = open(file);
    const metrics = new TrueTypeMetrics(bytes);
    const kerning = readKerning(bytes);
    const scale = 1000 / font.unitsPerEm;
    const direct = DirectWidths.for(metrics, kerning, scale, font.glyphCount)!;
    expect(direct).toBeDefined();
    for (const s of ['AVATAR', 'Tå Yö To', 'Åtgärd för skolväsendet – “120 000 kr” € § ½ → ÆØ ŁŠŽ', 'x\u20C0 (a sign the font lacks)', 'L’Ty', '']) {
      expect(direct.width(s)).toBeCloseTo(glyphChunk(metrics, s, kerning, scale).width, 9);
    }
    // Characters outside the tables (here a check mark and a decomposed letter) are left to the chunks.
    expect(direct.width('✓')).toBe(-1);
    expect(direct.width('a\u0308')).toBe(-1);
  });

  it('make the width of a line the width pdfkit lays it out at, and the width of the chunks it is drawn in', () => {
    const lines = [
      'Åtgärder för AVANCERAD Ty kommunens – “digitala” lärresurser.',
      'AVATAR  L’Ty Tå Yö To',
      'x\u20C0 ✓ a\u0308 120 000 kr',
      ' Två  mellanslag ',
      '',
    ];
    for (const face of Object.values(loadFaces())) {
      expect(face.additive).toBe(true);
      // pdfkit's own measure, with its own split into words, of the font as each document registers it.
      const doc = new PDFDocument({ autoFirstPage: false, font: null });
      doc.registerFont(face.name, face.source);
      doc.font(face.name);
      for (const line of lines) {
        for (const size of [7.5, 10]) {
          const laidOut = doc.fontSize(size).widthOfString(line);
          expect([face.name, line, size, face.widthOf(line, size)]).toEqual([face.name, line, size, expect.closeTo(laidOut, 9)]);
          // Text is drawn chunk by chunk (see text-ops.ts): the chunks are as wide as the measured line. For a line
          // the character tables hold this checks the tables against the chunks; for the others widthOf sums the
          // same chunks, and only the comparison with pdfkit above is a check.
          const drawn = chunksOf(line).reduce((w, c) => w + face.chunk(c).width, 0) * (size / 1000);
          expect([face.name, line, size, drawn]).toEqual([face.name, line, size, expect.closeTo(laidOut, 9)]);
        }
      }
      // Measured word by word, as wrapping does, the line is as wide: no kerning across a space.
      const words = lines[0]!.split(' ');
      const sum = words.reduce((w, s, i) => w + face.widthOf(s, 10) + (i > 0 ? face.widthOf(' ', 10) : 0), 0);
      expect(face.widthOf(lines[0]!, 10)).toBeCloseTo(sum, 9);
    }
  });
});
