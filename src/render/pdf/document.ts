// Document setup: the PDF/UA or PDF/A-2a profile, language, metadata, embedded fonts and fixed dates for reproducible bytes.
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { VERSION } from '../../generated/version.ts';
import type { Faces } from './fonts.ts';
import { MARGIN, PAGE } from './theme.ts';

export type PdfProfile = 'ua' | 'archive';

export interface DocumentSetup {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  lang: 'sv-SE' | 'en-GB';
  profile: PdfProfile;
  creationDate: Date;
}

export function createDocument(setup: DocumentSetup, faces: Faces): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { ...MARGIN },
    autoFirstPage: false,
    // Pages stay open until the end, so the running header can say "page 3 of 12".
    bufferPages: true,
    pdfVersion: '1.7',
    // pdfkit declares one subset per file: PDF/UA for accessibility, or PDF/A-2a (tagged too) for the archive.
    subset: setup.profile === 'archive' ? 'PDF/A-2a' : 'PDF/UA',
    tagged: true,
    lang: setup.lang,
    displayTitle: true,
    font: null,
    info: {
      Title: setup.title,
      Author: setup.author,
      Subject: setup.subject,
      Keywords: setup.keywords,
      Creator: `skoldigiplan ${VERSION}`,
      Producer: `skoldigiplan ${VERSION} (PDFKit)`,
      CreationDate: setup.creationDate,
      ModDate: setup.creationDate,
    },
  });
  bufferOutput(doc);
  for (const face of Object.values(faces)) doc.registerFont(face.name, face.source);
  for (const face of Object.values(faces)) face.shareShaping(doc);
  fixMetadata(doc, setup.creationDate);
  return doc;
}

/**
 * pdfkit writes the document info into the XMP packet without escaping it, so a name such as
 * "Skola & Co" would break the XML; and it leaves out xmp:ModifyDate, which PDF/A wants to match
 * the info's ModDate. Both are put right just while the packet is written.
 */
function fixMetadata(doc: PDFKit.PDFDocument, date: Date): void {
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
    try {
      endMetadata();
    } finally {
      Object.assign(info, saved);
    }
  };
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

interface Internals {
  _write(data: string | Uint8Array): void;
  _offset: number;
  /** The document's output, kept by bufferOutput. */
  _parts?: (string | Uint8Array)[];
  addContent(data: string): Internals;
  page: PageInternals;
}

interface PageInternals {
  write(chunk: string): void;
  end(): void;
  content: { write(chunk: Uint8Array): void; compress: boolean; data: Record<string, unknown> };
  _parts?: string[];
}

/**
 * pdfkit writes a document through a stream a few bytes at a time, turning each string into
 * bytes with a loop: every object, and every operator of a page's content. Here the document
 * keeps its output and each page its content as strings, made into bytes once, when the page
 * or the document ends. The bytes are the same.
 */
function bufferOutput(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as Internals;
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
      const parts = (doc as unknown as Internals)._parts;
      resolve(Buffer.concat(parts ? [...chunks, ...outputBytes(parts)] : chunks));
    });
    doc.on('error', reject);
    doc.end();
  });
}
