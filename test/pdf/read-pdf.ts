// Reads a PDF back for the tests: text with positions per page (pdfjs), metadata, structure and the raw dictionaries.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageRead {
  width: number;
  height: number;
  items: TextItem[];
  text: string;
  links: string[];
  roles: string[];
  alts: string[];
  /** The page's part of the structure tree: the elements with content on this page, and their parents. */
  tree: StructNode | undefined;
}

export interface PdfRead {
  pages: PageRead[];
  text: string;
  title: string | undefined;
  language: string | undefined;
  xmpTitle: string | undefined;
  /** The file as Latin-1, for looking up dictionary keys (pdfkit writes objects uncompressed). */
  raw: string;
}

export interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

function walk(node: StructNode | null | undefined, roles: string[], alts: string[]): void {
  if (!node) return;
  if (node.role) roles.push(node.role);
  if (node.alt) alts.push(node.alt);
  for (const c of node.children ?? []) walk(c, roles, alts);
}

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  const pages: PageRead[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const it of content.items) {
      if (!('str' in it)) continue;
      items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height });
    }
    const annotations = (await page.getAnnotations()) as { subtype?: string; url?: string }[];
    const roles: string[] = [];
    const alts: string[] = [];
    const tree = ((await page.getStructTree()) as StructNode | null) ?? undefined;
    walk(tree, roles, alts);
    pages.push({
      width: x1 - x0,
      height: y1 - y0,
      items,
      text: items.map((i) => i.str).join(' '),
      links: annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url!),
      roles,
      alts,
      tree,
    });
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string; Language?: string };
  const xmp = meta.metadata as { get(name: string): string | null } | null;
  await doc.destroy();
  return {
    pages,
    text: pages.map((p) => p.text).join('\n'),
    title: info.Title,
    language: info.Language,
    xmpTitle: xmp?.get('dc:title') ?? undefined,
    raw: Buffer.from(bytes).toString('latin1'),
  };
}

/** Text without any white space, for finding strings that were broken over lines. */
export function squash(s: string): string {
  return s.replace(/\s+/g, '');
}
