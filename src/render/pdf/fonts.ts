// The embedded typefaces: read from data/fonts once per process, parsed once, and measured as they will be drawn.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { packagePath } from '../../io/paths.ts';
import { glyphChunk, layoutSimple, readKerning, TrueTypeMetrics, type GlyphChunk } from './font-metrics.ts';

export type FaceName = 'regular' | 'bold' | 'italic';

const FILES: Record<FaceName, string> = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  italic: 'DejaVuSansCondensed-Oblique.ttf',
};

export interface Face {
  name: FaceName;
  /** What each document registers: the parsed font when pdfkit exposes it, else the file's bytes. */
  source: PDFKit.FontkitFont | Buffer;
  /** Width of `s` at `size` points, exactly as pdfkit will lay it out. */
  widthOf(s: string, size: number): number;
  /** Makes the document's instance of this face reuse the words already shaped in this process. */
  shareShaping(doc: PDFKit.PDFDocument): void;
  /** The glyphs of one chunk of a line (see chunksOf), when the simple layout is in use. */
  chunk?(s: string): GlyphChunk;
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
  // A document that is never written parses the font once; the parsed font is then handed to
  // every document, so no document parses the file again.
  const loader = new PDFDocument({ autoFirstPage: false, font: null });
  loader.font(bytes);
  const parsed = loader._font?.font;
  if (!parsed || typeof parsed.layout !== 'function') return measuredByPdfkit(name, bytes);
  const metrics = new TrueTypeMetrics(bytes);
  const kerning = readKerning(bytes);
  const scale = 1000 / parsed.unitsPerEm;
  // The parsed font with its layout replaced by the simple one; everything else (subsetting and
  // embedding) stays fontkit's.
  const fast = Object.create(parsed) as PDFKit.FontkitFont;
  fast.layout = (text: string) => layoutSimple(metrics, text, kerning);
  // pdfkit lays a line out in chunks that end at a space, each cached per document. Widths here
  // are summed over the same chunks, so a measured line is exactly as wide as the drawn one.
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
  return {
    name,
    source: fast,
    widthOf(s: string, size: number): number {
      let total = 0;
      let last = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 32 || c === 9) {
          total += chunk(s.slice(last, i + 1)).width;
          last = i + 1;
        }
      }
      if (last < s.length) total += chunk(s.slice(last)).width;
      return (total * size) / 1000;
    },
    chunk,
    shareShaping(doc: PDFKit.PDFDocument): void {
      if (chunks.size >= 50_000) {
        // A long batch with many unique words: start afresh rather than grow without bound.
        chunks.clear();
        shared = Object.create(null) as Record<string, unknown>;
      }
      doc.font(name);
      if (doc._font?.layoutCache) doc._font.layoutCache = shared;
    },
  };
}

/** If pdfkit ever stops exposing the parsed font: the file's bytes, measured by pdfkit itself. */
function measuredByPdfkit(name: FaceName, bytes: Buffer): Face {
  const probe = new PDFDocument({ autoFirstPage: false, font: null });
  probe.font(bytes).fontSize(1000);
  return {
    name,
    source: bytes,
    widthOf: (s: string, size: number) => (probe.widthOfString(s) * size) / 1000,
    shareShaping: () => {},
  };
}
