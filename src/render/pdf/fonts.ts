// The embedded typefaces: read from data/fonts once per process, parsed once, and measured as they will be drawn.
import { readFileSync } from 'node:fs';
import { packagePath } from '../../io/paths.ts';
import { chunksOf, DirectWidths, glyphChunk, readKerning, TrueTypeMetrics, type GlyphChunk } from './font-metrics.ts';
import { shareLayoutCache } from './pdfkit-internals.ts';
import { TrueTypeFont } from './truetype.ts';

export type FaceName = 'regular' | 'bold' | 'italic';

const FILES: Record<FaceName, string> = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  italic: 'DejaVuSansCondensed-Oblique.ttf',
};

export interface Face {
  name: FaceName;
  /** What each document registers: the font, read once per process. */
  source: TrueTypeFont;
  /** Width of `s` at `size` points, exactly as pdfkit will lay it out. */
  widthOf(s: string, size: number): number;
  /** The width of a line is the sum of the widths of its words and spaces (no kerning across a space). */
  additive: boolean;
  /** Makes the document's instance of this face reuse the words already shaped in this process. */
  shareShaping(doc: PDFKit.PDFDocument): void;
  /** The glyphs of one chunk of a line (see chunksOf). */
  chunk(s: string): GlyphChunk;
  /** Glyphs and widths of common characters from tables, when the font allows (see DirectWidths). */
  direct?: DirectWidths;
}

export type Faces = Record<FaceName, Face>;

let faces: Faces | undefined;

/** The three faces, loaded on first use and shared by every document of the process. */
export function loadFaces(): Faces {
  faces ??= {
    regular: openFace('regular'),
    bold: openFace('bold'),
    italic: openFace('italic'),
  };
  return faces;
}

function openFace(name: FaceName): Face {
  const bytes = readFileSync(packagePath('data', 'fonts', FILES[name]));
  const metrics = new TrueTypeMetrics(bytes);
  const kerning = readKerning(bytes);
  // The font as pdfkit takes it: read from the file's tables here, with the simple layout and a
  // subsetter that copies glyph outlines as they are, so fontkit never parses the file.
  const font = new TrueTypeFont(bytes, metrics, kerning);
  const scale = 1000 / font.unitsPerEm;
  // A line is drawn in chunks that end at a space, as pdfkit lays a line out (see chunksOf): each
  // from the character tables (DirectWidths, below) when they hold all its characters, else from
  // these chunks, laid out once per process. A width comes from the same tables when they hold
  // every character of the text, else is summed over these chunks; both give the same glyphs,
  // advances and kerning, so a measured line is exactly as wide as the drawn one.
  const chunks = new Map<string, GlyphChunk>();
  const chunk = (c: string): GlyphChunk => {
    let g = chunks.get(c);
    if (g === undefined) {
      g = glyphChunk(metrics, c, kerning, scale);
      chunks.set(c, g);
    }
    return g;
  };
  // Laid-out chunks depend only on the font, so all documents of the process share one cache.
  let shared = Object.create(null) as Record<string, unknown>;
  // Most text is measured from per-character tables, without making chunks: a word is measured
  // long before it is drawn (if it is drawn at all), and a first PDF measures thousands.
  const widths = DirectWidths.for(metrics, kerning, scale, font.glyphCount);
  return {
    name,
    source: font,
    additive: widths !== undefined,
    ...(widths ? { direct: widths } : {}),
    widthOf(s: string, size: number): number {
      const w = widths ? widths.width(s) : -1;
      if (w >= 0) return (w * size) / 1000;
      let total = 0;
      for (const c of chunksOf(s)) total += chunk(c).width;
      return (total * size) / 1000;
    },
    chunk,
    shareShaping(doc: PDFKit.PDFDocument): void {
      if (chunks.size >= 50_000) {
        // A long batch with many unique words: start afresh rather than grow without bound.
        chunks.clear();
        shared = Object.create(null) as Record<string, unknown>;
      }
      shareLayoutCache(doc, name, shared);
    },
  };
}
