// The text flow: a cursor down the page, page breaks, tagged paragraphs and headings, and lines drawn at exact positions.
import { withoutInvisible } from '../../core/control-chars.ts';
import type { Faces } from './fonts.ts';
import { splitRows } from './layout/table.ts';
import { clampLines, wrapText, type Measure } from './layout/wrap.ts';
import { TextWriter, type PlacedLine } from './text-ops.ts';
import { COLOUR, CONTENT_WIDTH, MARGIN, PAGE, STYLE, type TextStyle } from './theme.ts';

/** A list item: its label (a bullet or a number) and the lines of its body. */
export interface ListItem {
  label: string;
  body: readonly Line[];
}

export interface ListOptions {
  /** Where the bodies start, from the left edge. */
  indent?: number;
  /** Space after each item. */
  gap?: number;
  /** The label's face and colour; it takes the size and leading of the body's first line. */
  labelStyle?: TextStyle;
  /** Where the labels start, from the left edge. */
  labelX?: number;
}

/** One line of text, ready to draw; `dx` shifts it right within its block. */
export interface Line {
  text: string;
  style: TextStyle;
  dx?: number;
  /** Right-align within this width (from the block's left edge). */
  alignWidth?: number;
  /** The line is a link to this address. */
  link?: string;
  /** The line's language when it differs from the document's (the organisation's Swedish in an English plan). */
  lang?: string;
}

export type Struct = PDFKit.PDFStructureElement;

/**
 * Wrapped text for the whole process, by face, size, width, line limit and text: every plan of a
 * batch repeats the catalogue's texts (indicators, resources, sources), and measuring is the
 * costliest part of laying text out. Widths depend only on the fonts, which never change.
 */
const wrapped = new Map<string, readonly string[]>();
const WRAPPED_MAX = 20_000;

/** A PDF string: ASCII as bytes (written in hex), anything else as a string object (UTF-16). */
// biome-ignore lint/complexity/noBannedTypes: pdfkit writes a String object as a PDF string and a primitive string as a PDF name.
function pdfString(s: string): Uint8Array | String {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return new String(s);
  return Buffer.from(s, 'latin1');
}

export class Flow {
  readonly doc: PDFKit.PDFDocument;
  readonly faces: Faces;
  /** The Document element: every structure element of the plan hangs below it. */
  readonly root: Struct;
  y: number = MARGIN.top;
  readonly left = MARGIN.left;
  readonly width = CONTENT_WIDTH;
  readonly top = MARGIN.top;
  readonly bottom = PAGE.height - MARGIN.bottom;
  /** Writes text straight into the content stream (see text-ops.ts), when pdfkit allows it. */
  private writer: TextWriter | undefined | null = null;
  /** Level-1 headings and the page (1-based) each starts on, for the table of contents. */
  readonly contents: { title: string; page: number }[] = [];
  private readonly measures = new Map<TextStyle, Measure>();
  /** URI actions by address. */
  private readonly actions = new Map<string, PDFKit.PDFKitReference>();

  constructor(doc: PDFKit.PDFDocument, faces: Faces) {
    this.doc = doc;
    this.faces = faces;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** Pages so far: the document keeps every page until it ends (see createDocument). */
  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Points left above the bottom margin. */
  room(): number {
    return this.bottom - this.y;
  }

  /** Starts a new page unless `h` points fit below the cursor. */
  ensure(h: number): void {
    if (this.y + h > this.bottom + 0.01) this.newPage();
  }

  /** Moves the cursor down, without passing the bottom margin. */
  space(h: number): void {
    this.y = Math.min(this.y + h, this.bottom);
  }

  measure(style: TextStyle): Measure {
    let m = this.measures.get(style);
    if (!m) {
      const face = this.faces[style.face];
      const size = style.size;
      m = (s: string) => face.widthOf(s, size);
      m.additive = face.additive;
      this.measures.set(style, m);
    }
    return m;
  }

  /** Lines of `text` at the style's face and size; the same arguments give the same (shared, unchanging) array. */
  wrap(text: string, style: TextStyle, width: number, maxLines?: number): readonly string[] {
    const key = `${style.face} ${style.size} ${width} ${maxLines ?? ''}\n${text}`;
    let lines = wrapped.get(key);
    if (lines === undefined) {
      lines = wrapText(text, maxLines === undefined ? { width, measure: this.measure(style) } : { width, measure: this.measure(style), maxLines });
      if (wrapped.size >= WRAPPED_MAX) wrapped.clear();
      wrapped.set(key, lines);
    }
    return lines;
  }

  /** Wrapped lines of one style; `maxLines` cuts with an ellipsis. */
  lines(text: string, style: TextStyle, width: number, extra: Partial<Line> = {}, maxLines?: number): Line[] {
    return this.wrap(text, style, width, maxLines).map((t) => ({ ...extra, text: t, style }));
  }

  /** The height `paragraph` will take for this text, spacing after it included. */
  paragraphHeight(text: string, style: TextStyle = STYLE.body, after = 5, width = this.width): number {
    return this.wrap(text, style, width).length * style.leading + after;
  }

  /** Ends the last line with an ellipsis if there are more than `max`. */
  clamp(lines: Line[], max: number, width: number): Line[] {
    if (lines.length <= max) return lines;
    const style = lines[max - 1]!.style;
    const texts = clampLines(
      lines.map((l) => l.text),
      max,
      width,
      this.measure(style),
    );
    return lines.slice(0, max).map((l, i) => ({ ...l, text: texts[i]! }));
  }

  /** A structure element added under `parent`. */
  el(parent: Struct, type: string, options?: PDFKit.Mixins.StructureElementOptions): Struct {
    const e = options ? this.doc.struct(type, options) : this.doc.struct(type);
    parent.add(e);
    return e;
  }

  /**
   * A Figure under `parent`, `height` points tall across the text width from the cursor, drawn by
   * `draw` (given the figure's top) as its content; the cursor then moves below it.
   */
  figure(parent: Struct, alt: string, height: number, draw: (y0: number) => void): void {
    const y0 = this.y;
    const fig = this.el(parent, 'Figure', { alt, bbox: [this.left, y0, this.left + this.width, y0 + height], placement: 'Block' });
    fig.add(() => draw(y0));
    fig.end();
    this.y = y0 + height;
  }

  /** Drawing that is decoration, not content: screen readers skip it. */
  artifact(draw: () => void, type: PDFKit.Mixins.MarkingOptions['type'] = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Draws lines from `y` down, as content of `el` (one marked-content sequence). */
  drawLines(lines: readonly Line[], x: number, y: number, el?: Struct): number {
    const doc = this.doc;
    if (this.writer === null) this.writer = TextWriter.for(doc, this.faces);
    // Runs of lines in one language: a run in another language than the document's is marked content with its /Lang.
    const runs: { lang: string | undefined; placed: PlacedLine[] }[] = [];
    let yy = y;
    for (const l of lines) {
      // Every line of a PDF is drawn here: text that could show in another order than stored loses its invisible controls.
      const text = withoutInvisible(l.text);
      if (text) {
        let lx = x + (l.dx ?? 0);
        if (l.alignWidth !== undefined) lx += Math.max(0, l.alignWidth - this.measure(l.style)(text));
        const last = runs.at(-1);
        const run = last && last.lang === l.lang ? last : runs[runs.push({ lang: l.lang, placed: [] }) - 1]!;
        run.placed.push({ text, style: l.style, x: lx, y: yy });
        if (l.link && el) this.linkLine(lx, yy, this.measure(l.style)(text), l.style.leading, l.link, el);
      }
      yy += l.style.leading;
    }
    for (const run of runs) {
      if (run.lang) doc.markContent('Span', { lang: run.lang });
      if (this.writer) this.writer.write(run.placed);
      else {
        for (const p of run.placed) doc.font(p.style.face).fontSize(p.style.size).fillColor(p.style.colour).text(p.text, p.x, p.y, { lineBreak: false });
      }
      if (run.lang) doc.endMarkedContent();
    }
    return yy - y;
  }

  /** One piece of text at an exact place, outside the flow (as in a figure); returns its width. */
  textAt(s: string, x: number, y: number, style: TextStyle): number {
    this.drawLines([{ text: s, style }], x, y);
    return this.measure(style)(s);
  }

  /**
   * A link annotation over a line, tagged under `el`, as pdfkit's link() makes it, except that an
   * address has one URI action however many lines and links show it, and that ASCII text is
   * written as hex strings: pdfkit converts a string object one character at a time, which made
   * links a tenth of the time of a plan.
   */
  private linkLine(x: number, y: number, w: number, h: number, url: string, el: Struct): void {
    let action = this.actions.get(url);
    if (!action) {
      action = this.doc.ref({ S: 'URI', URI: pdfString(url) });
      action.end();
      this.actions.set(url, action);
    }
    this.doc.annotate(x, y, w, h, { Subtype: 'Link', A: action, structParent: el, Contents: pdfString(url) });
  }

  /**
   * Flows lines into `el` at the cursor, continuing on new pages as needed; each page's part is
   * its own marked-content sequence of the same element. `keep` lines at least stay together.
   */
  flowLines(el: Struct, lines: readonly Line[], x: number = this.left, keep = 2): void {
    let i = 0;
    const first = lines.slice(0, Math.min(keep, lines.length)).reduce((s, l) => s + l.style.leading, 0);
    this.ensure(first);
    while (i < lines.length) {
      let n = 0;
      let h = 0;
      while (i + n < lines.length && this.y + h + lines[i + n]!.style.leading <= this.bottom + 0.01) h += lines[i + n++]!.style.leading;
      if (n === 0) {
        this.newPage();
        continue;
      }
      const part = lines.slice(i, i + n);
      const y0 = this.y;
      el.add(() => this.drawLines(part, x, y0, el));
      this.y += h;
      i += n;
      if (i < lines.length) this.newPage();
    }
  }

  /** A paragraph (P, or another type) under `parent`, wrapped to the width and flowed across pages. */
  paragraph(parent: Struct, text: string, style: TextStyle = STYLE.body, o: { x?: number; width?: number; type?: string; after?: number } = {}): void {
    const x = o.x ?? this.left;
    const width = o.width ?? this.left + this.width - x;
    const el = this.el(parent, o.type ?? 'P');
    this.flowLines(el, this.lines(text, style, width), x);
    el.end();
    this.space(o.after ?? 5);
  }

  /** Lines of mixed styles as one paragraph. */
  block(parent: Struct, lines: readonly Line[], o: { x?: number; type?: string; after?: number } = {}): void {
    if (lines.length === 0) return;
    const el = this.el(parent, o.type ?? 'P');
    this.flowLines(el, lines, o.x ?? this.left);
    el.end();
    this.space(o.after ?? 5);
  }

  /**
   * Rows of a chart drawn over as many pages as they need: split into parts (see splitRows) that leave `reserve`
   * points of each page for the chart's frame, each later part on a new page. When no row fits below the cursor, the
   * rows start on the next page, and only one page is begun.
   */
  rowsOverPages<T extends { height: number }>(rows: readonly T[], reserve: number, draw: (part: T[], last: boolean) => void): void {
    const parts = splitRows(rows, this.room() - reserve, this.bottom - this.top - reserve);
    parts.forEach((part, p) => {
      if (part.length === 0) {
        this.newPage();
        return;
      }
      if (p > 0 && parts[p - 1]!.length > 0) this.newPage();
      draw(part, p === parts.length - 1);
    });
  }

  /** A bulleted or numbered list (L, LI, Lbl, LBody) under `parent`; each body may run over pages. */
  list(parent: Struct, items: readonly ListItem[], o: ListOptions = {}): void {
    const indent = o.indent ?? 14;
    const labelStyle = o.labelStyle ?? STYLE.body;
    const l = this.el(parent, 'L');
    for (const item of items) {
      if (item.body.length === 0) continue;
      const li = this.el(l, 'LI');
      const first = item.body.slice(0, 2).reduce((s, x) => s + x.style.leading, 0);
      this.ensure(first);
      const lbl = this.el(li, 'Lbl');
      const y = this.y;
      const style = { ...labelStyle, size: item.body[0]!.style.size, leading: item.body[0]!.style.leading };
      lbl.add(() => this.drawLines([{ text: item.label, style }], this.left + (o.labelX ?? 0), y, lbl));
      lbl.end();
      const body = this.el(li, 'LBody');
      this.flowLines(body, item.body, this.left + indent);
      body.end();
      li.end();
      this.space(o.gap ?? 4);
    }
    l.end();
  }

  /**
   * Page numbers at the right of each page's foot, as pagination artifacts outside the structure tree. Pages before
   * `from` (0-based; a cover) get none, but are counted.
   */
  numberPages(label: (page: number, of: number) => string, from = 0): void {
    const range = this.doc.bufferedPageRange();
    const style = STYLE.running;
    const measure = this.measure(style);
    for (let i = range.start + from; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const text = label(i - range.start + 1, range.count);
      this.artifact(() => this.drawLines([{ text, style }], PAGE.width - MARGIN.right - measure(text), PAGE.height - MARGIN.bottom + 26), 'Pagination');
    }
  }

  /**
   * A heading. It never stands alone at a page's foot: `follow` points must fit after it.
   * Level 1 draws a rule under the heading and adds a bookmark.
   */
  heading(parent: Struct, level: 1 | 2 | 3, text: string, follow = 40): void {
    const style = level === 1 ? STYLE.h1 : level === 2 ? STYLE.h2 : STYLE.h3;
    const before = level === 1 ? 6 : level === 2 ? 10 : 6;
    const after = level === 1 ? 12 : level === 2 ? 5 : 3;
    const lines = this.lines(text, style, this.width);
    const h = lines.length * style.leading;
    if (this.y > this.top) this.space(before);
    this.ensure(h + after + follow);
    if (level === 1) this.contents.push({ title: text, page: this.pageCount });
    const el = this.el(parent, `H${level}`);
    this.flowLines(el, lines, this.left, lines.length);
    el.end();
    if (level === 1) {
      this.doc.outline.addItem(text);
      const ry = this.y + 3;
      this.artifact(() => {
        this.doc
          .moveTo(this.left, ry)
          .lineTo(this.left + this.width, ry)
          .lineWidth(0.8)
          .strokeColor(COLOUR.accentLight)
          .stroke();
      });
    }
    this.space(after);
  }
}
