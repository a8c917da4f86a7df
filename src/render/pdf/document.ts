// Document setup: the PDF/UA or PDF/A-2a profile, language, metadata, embedded fonts and fixed dates for reproducible bytes.
import PDFDocument from 'pdfkit';
import { VERSION } from '../../generated/version.ts';
import type { LocaleTag } from '../../i18n/locale.ts';
import type { Faces } from './fonts.ts';
import { patchDocument } from './pdfkit-internals.ts';
import { MARGIN, PAGE } from './theme.ts';

export type PdfProfile = 'ua' | 'archive';

export interface DocumentSetup {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  lang: LocaleTag;
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
  patchDocument(doc, setup.creationDate);
  for (const face of Object.values(faces)) doc.registerFont(face.name, face.source);
  for (const face of Object.values(faces)) face.shareShaping(doc);
  return doc;
}

export { finish } from './pdfkit-internals.ts';
