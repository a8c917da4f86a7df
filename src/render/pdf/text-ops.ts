// Writes lines of text straight into the page's content stream, as pdfkit's text() would, in one block per call.
//
// pdfkit's text() costs several content writes, a graphics-state save and two layouts per line,
// and a plan has thousands of lines. Here each call writes one BT…ET block for all its lines. The
// glyphs come from the faces' character tables (or, for rarer characters, their chunk cache); each
// document's pdfkit font object still records which glyphs it uses, with their widths and
// characters, so embedding and text extraction work exactly as with text().
import type { FaceName, Faces } from './fonts.ts';
import { isDirect } from './font-metrics.ts';
import { embeddedFont as embedded, type EmbeddedFont } from './pdfkit-internals.ts';
import type { TextStyle } from './theme.ts';

export interface PlacedLine {
  text: string;
  style: TextStyle;
  x: number;
  /** Top of the line, from the top of the page. */
  y: number;
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

/**
 * A glyph code (its index in the document's subset, two bytes with Identity-H) as it stands in a
 * PDF literal string: the bytes themselves, with the string delimiters, the backslash and line
 * ends escaped (a raw CR or LF inside a string would be read back as a line feed).
 */
function codeChars(code: number): string {
  return byteChars(code >> 8) + byteChars(code & 255);
}

function byteChars(b: number): string {
  switch (b) {
    case 0x28:
      return '\\(';
    case 0x29:
      return '\\)';
    case 0x5c:
      return '\\\\';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    default:
      return String.fromCharCode(b);
  }
}

/**
 * The code of a glyph used for the first time in this document: pdfkit's font records it for the
 * subset, with its width and its characters (for the ToUnicode map that text extraction reads).
 */
function firstUse(font: EmbeddedFont, codes: Map<number, string>, id: number, advance: number, codePoints: number[]): string {
  const gid = font.subset.includeGlyph(id);
  if (font.widths[gid] == null) font.widths[gid] = advance;
  if (font.unicode[gid] == null) font.unicode[gid] = codePoints;
  const code = codeChars(gid);
  codes.set(id, code);
  return code;
}

export class TextWriter {
  /** Per face: glyph id in the font → its code in this document's subset, as literal-string characters. */
  private readonly codes = new Map<FaceName, Map<number, string>>();
  /**
   * Per face: chunks already encoded for this document (words repeat a lot), as the inside of a
   * TJ array that is open in a string: `ab) -17.6 (c` for glyphs a, b, c with kerning after b.
   */
  private readonly encoded = new Map<FaceName, Map<string, string>>();

  private constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly faces: Faces,
  ) {}

  /**
   * A writer for the document, or undefined when pdfkit's font object for a face lacks a part the writer uses (its
   * id, ascender, ref(), subset, widths or unicode, as another pdfkit version might): then use text().
   */
  static for(doc: PDFKit.PDFDocument, faces: Faces): TextWriter | undefined {
    for (const face of Object.values(faces)) if (!embedded(doc, face.name)) return undefined;
    return new TextWriter(doc, faces);
  }

  /**
   * Writes the lines as one text object. pdfkit's page coordinates run from the top down (its
   * matrix flips the page), so each line's text matrix flips the glyphs upright again.
   */
  write(lines: readonly PlacedLine[]): void {
    const doc = this.doc;
    const page = doc.page;
    let out = 'BT';
    let face: FaceName | '' = '';
    let size = 0;
    let colour = '';
    let font: EmbeddedFont | undefined;
    let codes = new Map<number, string>();
    let chunks = new Map<string, string>();
    let ascent = 0;
    for (const l of lines) {
      const text = l.text;
      if (!text) continue;
      if (l.style.face !== face) {
        face = l.style.face;
        font = embedded(doc, face)!;
        size = 0;
        const fonts = page.fonts as Record<string, unknown>;
        if (fonts[font.id] == null) fonts[font.id] = font.ref();
        codes = this.codes.get(face) ?? new Map();
        this.codes.set(face, codes);
        chunks = this.encoded.get(face) ?? new Map();
        this.encoded.set(face, chunks);
      }
      if (l.style.size !== size) {
        size = l.style.size;
        out += `\n/${font!.id} ${num(size)} Tf`;
        // pdfkit puts the top of the line at y: the baseline sits one ascender lower.
        ascent = (font!.ascender / 1000) * size;
      }
      if (l.style.colour !== colour) {
        colour = l.style.colour;
        out += `\n${colourOp(colour)}`;
      }
      let tj = '';
      // Chunks end after each space or tab, as pdfkit splits a line (see chunksOf).
      let last = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9) {
          tj += this.chunk(chunks, face, font!, codes, text.slice(last, i + 1));
          last = i + 1;
        }
      }
      if (last < text.length) tj += this.chunk(chunks, face, font!, codes, last === 0 ? text : text.slice(last));
      out += `\n1 0 0 -1 ${num(l.x)} ${num(l.y + ascent)} Tm [(${tj})] TJ`;
    }
    doc.addContent(`${out}\nET`);
  }

  private chunk(chunks: Map<string, string>, face: FaceName, font: EmbeddedFont, codes: Map<number, string>, chunk: string): string {
    let enc = chunks.get(chunk);
    if (enc !== undefined) return enc;
    enc = this.direct(face, font, codes, chunk);
    if (enc !== undefined) {
      chunks.set(chunk, enc);
      return enc;
    }
    const g = this.faces[face].chunk(chunk);
    enc = '';
    for (let i = 0; i < g.ids.length; i++) {
      const id = g.ids[i]!;
      enc += codes.get(id) ?? firstUse(font, codes, id, g.advances[i]!, g.codePoints[i]!);
      // Kerning moves the next glyph: a negative adjustment in TJ moves it right.
      if (g.kerns[i] !== 0) enc += `) ${num(-g.kerns[i]!)} (`;
    }
    chunks.set(chunk, enc);
    return enc;
  }

  /** A chunk of common characters, encoded from the face's tables (the same glyphs, widths and kerning as its chunks). */
  private direct(face: FaceName, font: EmbeddedFont, codes: Map<number, string>, chunk: string): string | undefined {
    const direct = this.faces[face].direct;
    if (!direct) return undefined;
    for (let i = 0; i < chunk.length; i++) if (!isDirect(chunk.charCodeAt(i))) return undefined;
    let enc = '';
    let next = direct.glyph(chunk.charCodeAt(0));
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      const id = next;
      enc += codes.get(id) ?? firstUse(font, codes, id, direct.advance(c), direct.codePoints(c) as number[]);
      if (i + 1 < chunk.length) {
        next = direct.glyph(chunk.charCodeAt(i + 1));
        const k = direct.kern(id, next);
        if (k !== 0) enc += `) ${num(-k)} (`;
      }
    }
    return enc;
  }
}
