// Renders the roll-up as a tagged PDF (overview.pdf) with the plan PDF's document setup and fonts: headings, paragraphs, real tables.
import type { Catalogue, Lang } from '../core/model.ts';
import type { Rollup, RollupChanges } from '../core/rollup.ts';
import { TOP_PRIORITIES } from '../core/rollup.ts';
import { indexCatalogue, text } from '../core/catalogue.ts';
import { batchText, formatCount } from '../i18n/batch.ts';
import { formatChange, formatMean, shade } from './overview-markdown.ts';
import { createDocument, finish, type PdfProfile } from './pdf/document.ts';
import { loadFaces, type Faces } from './pdf/fonts.ts';
import { CONTENT_WIDTH, MARGIN, PAGE } from './pdf/theme.ts';

export interface OverviewPdfOptions {
  lang: Lang;
  referenceDate: string;
  /** Fixed creation date, so the same roll-up gives the same bytes. */
  creationDate: Date;
  profile?: PdfProfile;
  changes?: RollupChanges;
}

/** Above this many heatmap rows the PDF shows organisers as a whole only; overview.md and .csv keep every unit. */
export const PDF_HEAT_ROWS = 400;

const LEFT = MARGIN.left;
const FONT = 8;
const ROW = 12;
// Light tints from low to high level; black text stays readable on each (contrast above 7:1).
const TINTS = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1'];

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export function renderOverviewPdf(r: Rollup, catalogue: Catalogue, opts: OverviewPdfOptions): Promise<Uint8Array> {
  const { lang } = opts;
  const t = batchText[lang].overview;
  const idx = indexCatalogue(catalogue);
  const faces = loadFaces();
  const doc = createDocument(
    {
      title: t.title,
      subject: t.pdf.subject,
      author: 'skoldigiplan',
      keywords: 'skolDigiplan, digitalisering, sammanställning',
      lang: lang === 'sv' ? 'sv-SE' : 'en-GB',
      profile: opts.profile ?? 'ua',
      creationDate: opts.creationDate,
    },
    faces,
  );
  doc.addPage();
  doc.font('regular');

  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = CONTENT_WIDTH;
  const n = (x: number) => formatCount(x, lang);
  const mean = (x: number | undefined) => formatMean(x, lang);
  const indicatorName = (id: string) => {
    const ind = idx.indicator.get(id);
    return ind ? `${id} ${text(ind.title, lang)}` : id;
  };

  const heading = (level: 'H1' | 'H2', s: string) => {
    const size = level === 'H1' ? 16 : 12;
    ensureSpace(doc, size * 3);
    if (level === 'H2') doc.moveDown(0.6);
    root.add(doc.struct(level, {}, () => doc.font('bold').fontSize(size).text(s, LEFT, doc.y, { width })));
    doc.moveDown(0.3);
  };
  const paragraph = (s: string) => {
    root.add(doc.struct('P', {}, () => doc.font('regular').fontSize(9).text(s, LEFT, doc.y, { width })));
    doc.moveDown(0.4);
  };

  heading('H1', t.title);
  paragraph(t.intro(r.plans, r.organisers, r.units));
  paragraph(t.meta(`${catalogue.id} ${catalogue.version}`, opts.referenceDate));
  paragraph(t.noScore);
  paragraph(t.privacy);

  heading('H2', t.counts.heading);
  const counts: string[][] = [
    [t.counts.plans, n(r.plans)],
    [t.counts.organisers, n(r.organisers)],
    [t.counts.units, n(r.units)],
    [t.counts.failed, n(r.failed.length)],
  ];
  if (r.otherCatalogue.length) counts.push([t.counts.other, n(r.otherCatalogue.length)]);
  table(doc, faces, root, [{ header: '', width: 220 }, { header: '', width: 60, align: 'right' }], counts, { header: false });

  heading('H2', t.goals.heading);
  paragraph(t.goals.intro);
  const goalRows: string[][] = [];
  for (const fa of catalogue.focusAreas) {
    const m = r.focusAreas.find((x) => x.id === fa.id);
    goalRows.push([`${fa.id} ${text(fa.title, lang)}`, n(m?.answered ?? 0), mean(m?.meanCurrent), mean(m?.meanTarget), mean(m?.meanGap)]);
    for (const g of catalogue.goals.filter((x) => x.focusArea === fa.id)) {
      const gm = r.goals.find((x) => x.id === g.id);
      goalRows.push([`   ${t.goals.goal(g.id)}`, n(gm?.answered ?? 0), mean(gm?.meanCurrent), mean(gm?.meanTarget), mean(gm?.meanGap)]);
    }
  }
  table(doc, faces, root, [{ header: t.goals.area, width: width - 4 * 58 }, ...[t.goals.answered, t.goals.current, t.goals.target, t.goals.gap].map((h) => ({ header: h, width: 58, align: 'right' as const }))], goalRows);

  heading('H2', t.levels.heading);
  paragraph(t.levels.intro);
  const levelCols: Column[] = [
    { header: t.levels.indicator, width: width - 8 * 25 - 4 * 32 },
    ...[1, 2, 3, 4].map((k) => ({ header: t.levels.current(k), width: 25, align: 'right' as const })),
    ...[1, 2, 3, 4].map((k) => ({ header: t.levels.target(k), width: 25, align: 'right' as const })),
    ...[t.levels.unknown, t.levels.notRelevant, t.levels.unanswered, t.levels.withGap].map((h) => ({ header: h, width: 32, align: 'right' as const })),
  ];
  table(doc, faces, root, levelCols, r.indicators.map((d) => [indicatorName(d.indicator), ...d.current.map(n), ...d.target.map(n), n(d.unknown), n(d.notRelevant), n(d.unanswered), n(d.withGap)]));

  heading('H2', t.priorities.heading);
  paragraph(t.priorities.intro(TOP_PRIORITIES));
  if (r.priorities.length === 0) paragraph(t.priorities.none);
  else table(doc, faces, root, [{ header: t.priorities.indicator, width: width - 60 }, { header: t.priorities.plans, width: 60, align: 'right' }], r.priorities.slice(0, 15).map((p) => [indicatorName(p.indicator), n(p.plans)]));

  heading('H2', t.initiatives.heading);
  paragraph(t.initiatives.intro);
  if (r.initiatives.length === 0) paragraph(t.initiatives.none);
  else {
    table(
      doc,
      faces,
      root,
      [{ header: t.initiatives.initiative, width: width - 120 }, { header: t.initiatives.gaps, width: 60, align: 'right' }, { header: t.initiatives.plans, width: 60, align: 'right' }],
      r.initiatives.map((i) => {
        const ini = idx.initiative.get(i.number);
        const title = ini?.verified && ini.title ? `${i.number}. ${lang === 'en' && ini.titleEn ? ini.titleEn : ini.title}` : t.initiatives.unverified(i.number);
        return [title, n(i.gaps), n(i.plans)];
      }),
    );
  }

  if (opts.changes) {
    const c = opts.changes;
    const tc = t.compare;
    heading('H2', tc.heading);
    paragraph(tc.intro(c.matched, c.plans));
    if (c.matched === 0) paragraph(tc.none);
    else {
      table(
        doc,
        faces,
        root,
        [{ header: tc.goal, width: width - 5 * 55 }, ...[tc.before, tc.now, tc.change, tc.raised, tc.lowered].map((h) => ({ header: h, width: 55, align: 'right' as const }))],
        c.goals.map((g) => [g.goal, mean(g.olderMean), mean(g.newerMean), formatChange(g.change, lang), n(g.raised), n(g.lowered)]),
      );
      paragraph(tc.actions(c.actionsDone, c.actionsLate));
    }
    if (c.unmatchedOlder > 0) paragraph(tc.unmatched(c.unmatchedOlder));
  }

  heading('H2', t.heatmap.heading);
  paragraph(t.heatmap.intro);
  paragraph(t.heatmap.legend);
  const allRows = r.groups.reduce((s, g) => s + (g.rows.length > 1 ? g.rows.length + 1 : 1), 0);
  const wholeOnly = allRows > PDF_HEAT_ROWS;
  const heatRows: { cells: string[]; values: (number | undefined)[]; bold?: boolean }[] = [];
  for (const g of r.groups) {
    const code = g.municipalityCode ?? g.organisationNumber ?? '';
    if (g.rows.length > 1) {
      heatRows.push({ cells: [`${g.name} – ${t.heatmap.whole(g.rows.length)}`, code], values: g.whole, bold: true });
      if (wholeOnly) continue;
      for (const row of g.rows) {
        const u = row.organisation.unit;
        heatRows.push({ cells: [`   ${u ? u.name : t.heatmap.own}`, u?.schoolUnitCode ?? code], values: row.goals });
      }
    } else {
      const row = g.rows[0]!;
      const u = row.organisation.unit;
      heatRows.push({ cells: [u ? `${g.name}: ${u.name}` : g.name, u?.schoolUnitCode ?? code], values: row.goals });
    }
  }
  const goalWidth = Math.floor((width - 215) / Math.max(1, r.goalIds.length));
  table(
    doc,
    faces,
    root,
    [{ header: t.heatmap.organisation, width: 165 }, { header: t.heatmap.code, width: 50 }, ...r.goalIds.map((g) => ({ header: g, width: goalWidth, align: 'right' as const }))],
    heatRows.map((h) => [...h.cells, ...h.values.map((v) => (v === undefined ? '–' : `${shade(v)} ${mean(v)}`))]),
    {
      fill: (row, col) => {
        const v = col >= 2 ? heatRows[row]?.values[col - 2] : undefined;
        return v === undefined ? undefined : TINTS[Math.min(3, Math.max(0, Math.round(v) - 1))];
      },
    },
  );

  if (r.failed.length) {
    heading('H2', t.failed.heading);
    paragraph(t.failed.intro);
    table(
      doc,
      faces,
      root,
      [{ header: t.failed.file, width: 170 }, { header: t.failed.errors, width: 35, align: 'right' }, { header: t.failed.first, width: width - 205 }],
      r.failed.map((f) => [f.file, n(f.errors), f.first ? `${f.first.line !== undefined ? `${f.first.line}:${f.first.col ?? 1}: ` : ''}${f.first.message}` : '–']),
    );
  }
  if (r.otherCatalogue.length) {
    heading('H2', t.other.heading);
    paragraph(t.other.intro(catalogue.id));
    for (const f of r.otherCatalogue) paragraph(f);
  }

  root.end();
  pageNumbers(doc, t.pdf.page);
  return finish(doc);
}

const BOTTOM = PAGE.height - MARGIN.bottom;

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

/** Cuts text to fit a width, with an ellipsis; names in plan files can be long. */
function fit(widthOf: (s: string) => number, s: string, width: number): string {
  if (widthOf(s) <= width) return s;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (widthOf(`${s.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${s.slice(0, lo)}…`;
}

/** Up to two lines that fit `width`, words kept whole where they can be; the last line gets an ellipsis if needed. */
function wrap2(widthOf: (s: string) => number, s: string, width: number): string[] {
  if (widthOf(s) <= width) return [s];
  const words = s.split(' ');
  let first = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = first ? `${first} ${words[i]}` : words[i]!;
    if (widthOf(next) > width) break;
    first = next;
  }
  if (!first) return [fit(widthOf, s, width)];
  return [first, fit(widthOf, words.slice(i).join(' '), width)];
}

/** A table with TH/TD structure, one line per body row, headers on up to two lines and repeated after each page break. */
function table(doc: Doc, faces: Faces, parent: Struct, cols: Column[], rows: string[][], opts: { header?: boolean; fill?: (row: number, col: number) => string | undefined } = {}): void {
  const tableEl = doc.struct('Table');
  parent.add(tableEl);
  const header = opts.header !== false;
  const headWidth = (x: string) => faces.bold.widthOf(x, FONT);
  const headLines = cols.map((c) => wrap2(headWidth, c.header, c.width - 4));
  const headHeight = ROW * Math.max(1, ...headLines.map((l) => l.length));
  const drawRow = (cells: string[], kind: 'TH' | 'TD', rowIndex: number) => {
    const height = kind === 'TH' ? headHeight : ROW;
    if (doc.y + height + (kind === 'TH' ? ROW : 0) > BOTTOM) {
      doc.addPage();
      if (header && kind === 'TD') drawRow(cols.map((c) => c.header), 'TH', -1);
    }
    const y = doc.y;
    const tr = doc.struct('TR');
    tableEl.add(tr);
    let x = LEFT;
    cols.forEach((c, i) => {
      const fill = kind === 'TD' && opts.fill ? opts.fill(rowIndex, i) : undefined;
      if (fill) {
        // Backgrounds are decoration: the value is in the text.
        doc.markContent('Artifact', { type: 'Layout' } as PDFKit.Mixins.MarkingOptions);
        doc.rect(x, y - 1, c.width, ROW).fill(fill);
        doc.endMarkedContent();
        doc.fillColor('black');
      }
      const value = cells[i] ?? '';
      const face = kind === 'TH' ? faces.bold : faces.regular;
      doc.font(face.name).fontSize(FONT);
      const lines = kind === 'TH' ? (headLines[i] ?? ['']) : [fit((v) => face.widthOf(v, FONT), value, c.width - 4)];
      const cx = x;
      tr.add(
        doc.struct(kind, kind === 'TH' ? { scope: 'Column' } : {}, () => {
          lines.forEach((line, k) => doc.text(line, cx + 2, y + 1 + k * ROW, { width: c.width - 4, align: c.align ?? 'left', lineBreak: false }));
        }),
      );
      x += c.width;
    });
    tr.end();
    if (kind === 'TH') {
      doc.markContent('Artifact', { type: 'Layout' } as PDFKit.Mixins.MarkingOptions);
      doc.moveTo(LEFT, y + height - 1).lineTo(x, y + height - 1).lineWidth(0.5).stroke('#555555');
      doc.endMarkedContent();
    }
    doc.x = LEFT;
    doc.y = y + height;
  };
  if (header) drawRow(cols.map((c) => c.header), 'TH', -1);
  rows.forEach((r, i) => drawRow(r, 'TD', i));
  tableEl.end();
  doc.y += 4;
}

function pageNumbers(doc: Doc, label: (n: number, of: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer lies in the bottom margin; without this pdfkit would start a new page for it.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' } as PDFKit.Mixins.MarkingOptions);
    doc.font('regular').fontSize(7).fillColor('#333333');
    doc.text(label(i + 1, range.count), LEFT, PAGE.height - MARGIN.bottom / 2, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
