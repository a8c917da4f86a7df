// The comparison as an accessible PDF, drawn with the plan PDF's document, text flow and table helpers and its embedded fonts.
import type { CompareResult } from '../core/compare.ts';
import type { Catalogue, Lang } from '../core/model.ts';
import { compareText } from '../i18n/compare.ts';
import { localeTag } from '../i18n/locale.ts';
import { compareView, type Block } from './compare-view.ts';
import { createDocument, finish, type PdfProfile } from './pdf/document.ts';
import { Flow, type Struct } from './pdf/flow.ts';
import { loadFaces } from './pdf/fonts.ts';
import { alignCell, drawTable, tableGeometry, type TableColumn } from './pdf/table.ts';
import { STYLE } from './pdf/theme.ts';

const BULLET = '•';
const LIST_INDENT = 12;

/** A bulleted list, each item flowing over pages when it must. */
function list(flow: Flow, parent: Struct, items: readonly string[]): void {
  flow.list(
    parent,
    items.map((item) => ({ label: BULLET, body: flow.lines(item, STYLE.body, flow.width - LIST_INDENT) })),
    { indent: LIST_INDENT, gap: 3, labelX: 2 },
  );
  flow.space(4);
}

/** Column widths by content: the first column (the name of a goal, indicator or action) and long notes get more room. */
function columns(b: Extract<Block, { kind: 'table' }>): TableColumn[] {
  return b.head.map((head, i) => {
    const longest = Math.max(head.length, ...b.rows.map((r) => (r[i] ?? '').length));
    const weight = i === 0 ? 4 : Math.min(3, Math.max(1, longest / 12));
    return { head, align: b.align[i] ?? 'left', weight };
  });
}

function table(flow: Flow, parent: Struct, b: Extract<Block, { kind: 'table' }>): void {
  const cols = columns(b);
  const geo = tableGeometry(flow, cols);
  const rows = b.rows.map((r) => r.map((cell, i) => alignCell(flow.lines(cell, STYLE.cell, geo.inner[i]!), cols[i]!, geo.inner[i]!)));
  drawTable(flow, parent, cols, geo, rows, { rowHeaders: true });
}

/** The creation date is the reference date, so the same plans and date give the same bytes. */
export async function renderComparePdf(result: CompareResult, catalogue: Catalogue, lang: Lang, profile: PdfProfile = 'ua'): Promise<Uint8Array> {
  const t = compareText[lang];
  const faces = loadFaces();
  const blocks = compareView(result, catalogue, lang);
  const title = blocks.find((b): b is Extract<Block, { kind: 'title' }> => b.kind === 'title')?.text ?? t.pdf.subject;
  const doc = createDocument(
    {
      title,
      subject: t.pdf.subject,
      author: result.newer.organisation.name,
      keywords: t.pdf.keywords,
      lang: localeTag(lang),
      profile,
      creationDate: new Date(`${result.referenceDate}T00:00:00Z`),
    },
    faces,
  );
  const flow = new Flow(doc, faces);
  flow.newPage();
  const root = flow.root;
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        flow.heading(root, 1, b.text);
        break;
      case 'heading':
        flow.heading(root, b.level, b.text);
        break;
      case 'paragraph':
        flow.paragraph(root, b.text);
        break;
      case 'notice':
        flow.paragraph(root, b.text, STYLE.bodyLate);
        break;
      case 'list':
        list(flow, root, b.items);
        break;
      case 'table':
        table(flow, root, b);
        break;
    }
  }
  flow.numberPages(t.pdf.page);
  root.end();
  return finish(doc);
}
