// The embedded typefaces: read from data/fonts once per process, parsed once, and measured with pdfkit's own metrics.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { packagePath } from '../../io/paths.ts';
import { layoutSimple, readKerning } from './font-metrics.ts';

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
  let source: PDFKit.FontkitFont | Buffer = bytes;
  if (parsed && typeof parsed.layout === 'function' && typeof parsed.glyphsForString === 'function') {
    const kerning = readKerning(bytes);
    const fast = Object.create(parsed) as PDFKit.FontkitFont;
    fast.layout = (text: string) => layoutSimple(parsed, text, kerning);
    source = fast;
  }
  // Measuring goes through pdfkit itself, so a width is exactly what pdfkit will draw.
  const probe = new PDFDocument({ autoFirstPage: false, font: null });
  probe.font(source).fontSize(1000);
  const units = new Map<string, number>();
  // pdfkit caches laid-out words per document; the probe's cache holds the same runs for the same
  // font, so documents share it and a warm process lays out each word once.
  let shaped = probe._font?.layoutCache;
  return {
    name,
    source,
    widthOf(s: string, size: number): number {
      let w = units.get(s);
      if (w === undefined) {
        w = probe.widthOfString(s);
        units.set(s, w);
      }
      return (w * size) / 1000;
    },
    shareShaping(doc: PDFKit.PDFDocument): void {
      if (!shaped || source === bytes) return;
      if (units.size >= 50_000) {
        // A long batch with many unique words: start afresh rather than grow without bound.
        units.clear();
        shaped = Object.create(null) as Record<string, unknown>;
        if (probe._font) probe._font.layoutCache = shaped;
      }
      doc.font(name);
      if (doc._font && doc._font.layoutCache) doc._font.layoutCache = shaped;
    },
  };
}
