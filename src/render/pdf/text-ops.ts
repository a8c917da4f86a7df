// Writes lines of text straight into the page's content stream, as pdfkit's text() would, in one block per call.
//
// pdfkit's text() costs several content writes, a graphics-state save and two layouts per line,
// and a plan has thousands of lines. Here each call writes one BT…ET block for all its lines. The
// glyphs come from the process-wide chunk cache of the faces; each document's pdfkit font object
// still records which glyphs it uses, with their widths and characters, so embedding and text
// extraction work exactly as with text().
import type { FaceName, Faces } from './fonts.ts';
import { chunksOf } from './font-metrics.ts';
import type { TextStyle } from './theme.ts';

export interface PlacedLine {
  text: string;
  style: TextStyle;
  x: number;
  /** Top of the line, from the top of the page. */
  y: number;
}

/** The parts of pdfkit's embedded font (0.20) the writer uses. */
interface EmbeddedFont {
  id: string;
  ascender: number;
  ref(): unknown;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
}

const rgb = new Map<string, string>();

function colourOp(hex: string): string {
  let op = rgb.get(hex);
  if (!op) {
    const n = Number.parseInt(hex.slice(1), 16);
    op = `${num(((n >> 16) & 255) / 255)} ${num(((n >> 8) & 255) / 255)} ${num((n & 255) / 255)} rg`;
    rgb.set(hex, op);
  }
  return op;
}

function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function embedded(doc: PDFKit.PDFDocument, face: FaceName): EmbeddedFont | undefined {
  doc.font(face);
  const f = doc._font as Partial<EmbeddedFont> | undefined;
  const ok = f && typeof f.id === 'string' && typeof f.ascender === 'number' && typeof f.ref === 'function' && typeof f.subset?.includeGlyph === 'function' && Array.isArray(f.widths) && Array.isArray(f.unicode);
  return ok ? (f as EmbeddedFont) : undefined;
}

/** A chunk as TJ material: runs of subset glyph ids (hex), each followed by the kerning after it. */
type Encoded = { hex: string; kern: number }[];

export class TextWriter {
  /** Per face: glyph id in the font → glyph id in this document's subset, as four hex digits. */
  private readonly hex = new Map<FaceName, Map<number, string>>();
  /** Per face: chunks already encoded for this document (words repeat a lot). */
  private readonly encoded = new Map<FaceName, Map<string, Encoded>>();

  private constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly faces: Faces,
  ) {}

  /** A writer for the document, or undefined when pdfkit or the fonts lack what it needs (then use text()). */
  static for(doc: PDFKit.PDFDocument, faces: Faces): TextWriter | undefined {
    for (const face of Object.values(faces)) if (!face.chunk || !embedded(doc, face.name)) return undefined;
    return new TextWriter(doc, faces);
  }

  write(lines: readonly PlacedLine[]): void {
    const doc = this.doc;
    const page = doc.page;
    const out: string[] = ['q', `1 0 0 -1 0 ${num(page.height)} cm`, 'BT'];
    let face: FaceName | '' = '';
    let size = 0;
    let colour = '';
    let font: EmbeddedFont | undefined;
    let ids = new Map<number, string>();
    let ascent = 0;
    for (const l of lines) {
      if (!l.text) continue;
      if (l.style.face !== face) {
        face = l.style.face;
        font = embedded(doc, face)!;
        size = 0;
        const fonts = page.fonts as Record<string, unknown>;
        if (fonts[font.id] == null) fonts[font.id] = font.ref();
        ids = this.hex.get(face) ?? new Map();
        this.hex.set(face, ids);
      }
      if (l.style.size !== size) {
        size = l.style.size;
        out.push(`/${font!.id} ${num(size)} Tf`);
        // pdfkit puts the top of the line at y: the baseline sits one ascender lower.
        ascent = (font!.ascender / 1000) * size;
      }
      if (l.style.colour !== colour) {
        colour = l.style.colour;
        out.push(colourOp(colour));
      }
      const parts: string[] = [];
      let seg = '';
      for (const c of chunksOf(l.text)) {
        for (const run of this.encode(face, font!, ids, c)) {
          seg += run.hex;
          if (run.kern !== 0) {
            parts.push(`<${seg}> ${num(-run.kern)}`);
            seg = '';
          }
        }
      }
      if (seg) parts.push(`<${seg}>`);
      out.push(`1 0 0 1 ${num(l.x)} ${num(page.height - l.y - ascent)} Tm [${parts.join(' ')}] TJ`);
    }
    out.push('ET', 'Q');
    doc.addContent(out.join('\n'));
  }

  private encode(face: FaceName, font: EmbeddedFont, ids: Map<number, string>, chunk: string): Encoded {
    let cache = this.encoded.get(face);
    if (!cache) this.encoded.set(face, (cache = new Map()));
    let runs = cache.get(chunk);
    if (runs) return runs;
    runs = [];
    const g = this.faces[face].chunk!(chunk);
    let hex = '';
    for (let i = 0; i < g.ids.length; i++) {
      const id = g.ids[i]!;
      let h = ids.get(id);
      if (h === undefined) {
        // The first use of a glyph in this document: pdfkit's font records it for the subset,
        // with its width and its characters (for the ToUnicode map that text extraction reads).
        const gid = font.subset.includeGlyph(id);
        if (font.widths[gid] == null) font.widths[gid] = g.advances[i]!;
        if (font.unicode[gid] == null) font.unicode[gid] = g.codePoints[i]!;
        h = `0000${gid.toString(16)}`.slice(-4);
        ids.set(id, h);
      }
      hex += h;
      if (g.kerns[i] !== 0) {
        runs.push({ hex, kern: g.kerns[i]! });
        hex = '';
      }
    }
    if (hex) runs.push({ hex, kern: 0 });
    cache.set(chunk, runs);
    return runs;
  }
}
