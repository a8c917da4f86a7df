// Writes lines of text straight into the page's content stream, as pdfkit's text() would, in one block per call.
//
// pdfkit's text() costs several content writes, a graphics-state save and two layouts per line;
// a plan has thousands of lines. Here each call writes one BT…ET block for all its lines, using
// pdfkit's own font objects for the glyph encoding, so embedding and text extraction are unchanged.
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

/** True when pdfkit exposes what the direct writer needs; otherwise text goes through doc.text(). */
export function canWriteDirectly(doc: PDFKit.PDFDocument, face: string): boolean {
  doc.font(face);
  const f = doc._font;
  return typeof f?.encode === 'function' && typeof f.ref === 'function' && typeof f.id === 'string' && typeof f.ascender === 'number';
}

export function writeLines(doc: PDFKit.PDFDocument, lines: readonly PlacedLine[]): void {
  const page = doc.page;
  const out: string[] = ['q', `1 0 0 -1 0 ${num(page.height)} cm`, 'BT'];
  let face = '';
  let size = 0;
  let colour = '';
  let font = doc._font!;
  let ascent = 0;
  for (const l of lines) {
    if (!l.text) continue;
    if (l.style.face !== face) {
      doc.font(l.style.face);
      font = doc._font!;
      face = l.style.face;
      size = 0;
      const fonts = page.fonts as Record<string, unknown>;
      if (fonts[font.id!] == null) fonts[font.id!] = font.ref!();
    }
    if (l.style.size !== size) {
      size = l.style.size;
      out.push(`/${font.id} ${num(size)} Tf`);
      // pdfkit puts the top of the line at y: the baseline sits one ascender lower.
      ascent = ((font.ascender ?? 0) / 1000) * size;
    }
    if (l.style.colour !== colour) {
      colour = l.style.colour;
      out.push(colourOp(colour));
    }
    const [hex, pos] = font.encode!(l.text);
    const parts: string[] = [];
    let seg = '';
    for (let i = 0; i < hex.length; i++) {
      seg += hex[i];
      const p = pos[i]!;
      const adjust = p.xAdvance - p.advanceWidth;
      if (adjust !== 0) {
        parts.push(`<${seg}> ${num(-adjust)}`);
        seg = '';
      }
    }
    if (seg) parts.push(`<${seg}>`);
    out.push(`1 0 0 1 ${num(l.x)} ${num(page.height - l.y - ascent)} Tm [${parts.join(' ')}] TJ`);
  }
  out.push('ET', 'Q');
  doc.addContent(out.join('\n'));
}
