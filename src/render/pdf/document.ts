// Document setup: the PDF/UA or PDF/A-2a profile, language, metadata, embedded fonts and fixed dates for reproducible bytes.
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
    const iso = date.toISOString().split('.')[0] + 'Z';
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

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Ends the document and resolves with its bytes. */
export function finish(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
