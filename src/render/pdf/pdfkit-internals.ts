// Every use of pdfkit's private members, in one place: faster output, shared shaping, direct text, and the fixes
// to what pdfkit 0.20 writes (the XMP packet, the CIDSet, the stray /length key and the document ID).
//
// test/pdf/pdfkit-internals.test.ts checks that each member used here is still where this module expects it,
// so that an upgrade of pdfkit that moves one fails a test instead of quietly writing a different file.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/** The document members this module reads or replaces (pdfkit 0.20). */
interface DocInternals {
  _write(data: string | Uint8Array): void;
  _offset: number;
  /** The document's output, kept by bufferOutput. */
  _parts?: (string | Uint8Array)[];
  addContent(data: string): DocInternals;
  page: PageInternals;
  /** 1 for PDF/UA (and PDF/A-1), 2 for PDF/A-2: pdfkit writes a CIDSet for each font when it is 1. */
  subset?: number;
  _fontFamilies: Record<string, { finalize(): void }>;
  /** The file identifier written twice in the trailer. */
  _id: Uint8Array;
  /** Writes the cross-reference table and the trailer. */
  _finalize(): void;
  endMetadata(): void;
  appendXML(xml: string, newline?: boolean): void;
  info: Record<string, unknown>;
  ref(data?: Record<string, unknown>): unknown;
}

interface PageInternals {
  write(chunk: string): void;
  end(): void;
  content: { write(chunk: Uint8Array): void; compress: boolean; data: Record<string, unknown> };
  _parts?: string[];
}

/** The parts of pdfkit's embedded font (0.20) that text-ops.ts writes text with. */
export type EmbeddedFont = Pick<PDFKit.EmbeddedFont, 'id' | 'ascender' | 'ref' | 'subset' | 'widths' | 'unicode'>;

/**
 * The members of a fresh document and of its embedded font that this module relies on, each with whether it is
 * there in the shape used; the test asks that all are.
 */
export function internalsPresent(pdf: PDFKit.PDFDocument, fontName: string): Record<string, boolean> {
  const doc = pdf as unknown as DocInternals;
  const fn = (v: unknown) => typeof v === 'function';
  pdf.font(fontName);
  const f = pdf._font;
  return {
    _write: fn(doc._write),
    _offset: typeof doc._offset === 'number',
    addContent: fn(doc.addContent),
    _fontFamilies: typeof doc._fontFamilies === 'object' && doc._fontFamilies !== null,
    'font.finalize': Object.values(doc._fontFamilies ?? {}).every((x) => fn(x.finalize)),
    subset: typeof doc.subset === 'number',
    _id: doc._id instanceof Uint8Array,
    _finalize: fn(doc._finalize),
    endMetadata: fn(doc.endMetadata),
    appendXML: fn(doc.appendXML),
    info: typeof doc.info === 'object',
    ref: fn(doc.ref),
    'page.write': fn(doc.page?.write),
    'page.end': fn(doc.page?.end),
    'page.content': typeof doc.page?.content?.write === 'function' && typeof doc.page.content.data === 'object',
    'font.layoutCache': typeof f?.layoutCache === 'object',
    'font.embedded': embeddedFont(pdf, fontName) !== undefined,
  };
}

/** Makes pdfkit's output what the renderer promises; call once, right after the document is made. */
export function patchDocument(pdf: PDFKit.PDFDocument, date: Date): void {
  bufferOutput(pdf);
  fixMetadata(pdf, date);
  omitCidSet(pdf);
  contentId(pdf);
}

/** pdfkit's embedded font for `face`, made current; undefined when it lacks a part the text writer uses. */
export function embeddedFont(doc: PDFKit.PDFDocument, face: string): EmbeddedFont | undefined {
  doc.font(face);
  const f = doc._font;
  const ok =
    f &&
    typeof f.id === 'string' &&
    typeof f.ascender === 'number' &&
    typeof f.ref === 'function' &&
    typeof f.subset?.includeGlyph === 'function' &&
    Array.isArray(f.widths) &&
    Array.isArray(f.unicode);
  return ok ? (f as EmbeddedFont) : undefined;
}

/** Makes the document's current font keep its shaped words in `shared`, which every document of the process uses. */
export function shareLayoutCache(doc: PDFKit.PDFDocument, face: string, shared: Record<string, unknown>): void {
  doc.font(face);
  if (doc._font?.layoutCache) doc._font.layoutCache = shared;
}

/**
 * pdfkit writes the document info into the XMP packet without escaping it, so a name such as
 * "Skola & Co" would break the XML; it leaves out xmp:ModifyDate, which PDF/A wants to match
 * the info's ModDate; and it gives the packet's stream a lowercase `length` key besides its
 * Length, which no reader knows. All are put right just while the packet is written.
 */
function fixMetadata(pdf: PDFKit.PDFDocument, date: Date): void {
  const doc = pdf as unknown as DocInternals;
  const endMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    const info = doc.info;
    const saved = { ...info };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const) {
      const v = info[key];
      if (typeof v === 'string') info[key] = escapeXml(v);
    }
    const iso = `${date.toISOString().split('.')[0]}Z`;
    doc.appendXML(
      `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:ModifyDate>${iso}</xmp:ModifyDate><xmp:MetadataDate>${iso}</xmp:MetadataDate></rdf:Description>`,
    );
    const ref = doc.ref;
    doc.ref = function (data?: Record<string, unknown>) {
      if (data && data.Type === 'Metadata') delete data.length;
      return ref.call(this, data);
    };
    try {
      endMetadata();
    } finally {
      Object.assign(info, saved);
      doc.ref = ref;
    }
  };
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * For PDF/UA, pdfkit gives each embedded font a CIDSet built from the widths it recorded, which
 * leaves out glyph 0 (.notdef) though the font program holds it: PDF/UA-1 (7.21.4.2) and PDF/A-2
 * (6.2.11.4.2) ask that a CIDSet, if there is one, list every glyph. The CIDSet is optional, so
 * the fonts are embedded without one.
 */
function omitCidSet(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as DocInternals;
  const end = pdf.end.bind(pdf);
  pdf.end = () => {
    for (const font of Object.values(doc._fontFamilies)) {
      const finalize = font.finalize.bind(font);
      font.finalize = () => {
        const subset = doc.subset;
        doc.subset = undefined;
        try {
          finalize();
        } finally {
          doc.subset = subset;
        }
      };
    }
    end();
  };
}

/**
 * pdfkit's file identifier is a hash of the document info (title, dates), so two different plans
 * written the same day under the same name would share it. Here it is a hash of everything written
 * before the trailer, so it changes whenever the content does, and stays the same for the same bytes.
 */
function contentId(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as DocInternals;
  const finalize = doc._finalize.bind(doc);
  doc._finalize = () => {
    const parts = doc._parts;
    if (parts) {
      const hash = createHash('md5');
      for (const p of parts) typeof p === 'string' ? hash.update(p, 'latin1') : hash.update(p);
      doc._id = new Uint8Array(hash.digest());
    }
    finalize();
  };
}

/**
 * pdfkit writes a document through a stream a few bytes at a time, turning each string into
 * bytes with a loop: every object, and every operator of a page's content. Here the document
 * keeps its output and each page its content as strings, made into bytes once, when the page
 * or the document ends. The bytes are the same.
 */
function bufferOutput(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as DocInternals;
  if (typeof doc._write !== 'function' || typeof doc._offset !== 'number' || typeof doc.addContent !== 'function') return;
  const parts: (string | Uint8Array)[] = [];
  doc._parts = parts;
  doc._write = (data) => {
    if (typeof data === 'string') {
      parts.push(`${data}\n`);
      doc._offset += data.length + 1;
    } else {
      parts.push(data);
      doc._offset += data.length;
    }
  };
  doc.addContent = (data) => {
    const page = doc.page;
    if (!page._parts) bufferPage(page);
    page.write(data);
    return doc;
  };
}

/** zlib level for page content: 3 compresses a plan's pages about twice as fast as the default 6, and 2 % larger. */
const CONTENT_LEVEL = 3;

function bufferPage(page: PageInternals): void {
  const parts: string[] = [];
  page._parts = parts;
  page.write = (chunk) => void parts.push(chunk);
  const end = page.end.bind(page);
  page.end = () => {
    if (parts.length) {
      const bytes = Buffer.from(`${parts.join('\n')}\n`, 'latin1');
      const content = page.content;
      if (content.compress === true && content.data.Filter === undefined) {
        // Compressed here rather than by pdfkit, at a lower level: a tenth of the time of a plan
        // went into compressing its pages at the default level, for 2 % of the file's size.
        content.compress = false;
        content.write(deflateSync(bytes, { level: CONTENT_LEVEL }));
        content.data.Filter = 'FlateDecode';
      } else content.write(bytes);
    }
    parts.length = 0;
    end();
  };
}

/** The kept output as bytes: runs of strings (Latin-1, one byte per character, as pdfkit writes them) and binary chunks. */
function outputBytes(parts: readonly (string | Uint8Array)[]): Buffer[] {
  const out: Buffer[] = [];
  let run: string[] = [];
  for (const p of parts) {
    if (typeof p === 'string') run.push(p);
    else {
      if (run.length) out.push(Buffer.from(run.join(''), 'latin1'));
      run = [];
      out.push(Buffer.from(p.buffer, p.byteOffset, p.byteLength));
    }
  }
  if (run.length) out.push(Buffer.from(run.join(''), 'latin1'));
  return out;
}

/** Ends the document and resolves with its bytes. */
export function finish(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    // What pdfkit wrote before the output was kept (the file header) comes through the stream.
    const chunks: Uint8Array[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => {
      const parts = (doc as unknown as DocInternals)._parts;
      resolve(Buffer.concat(parts ? [...chunks, ...outputBytes(parts)] : chunks));
    });
    doc.on('error', reject);
    doc.end();
  });
}
