// Renders the roll-up as a tagged PDF (overview.pdf) with the plan PDF's document setup, fonts and Flow: headings,
// paragraphs and compact tables, one line per row, that repeat their header after a page break.
import type { Catalogue, Lang } from '../core/model.ts';
import type { Rollup, RollupChanges } from '../core/rollup.ts';
import { TOP_PRIORITIES } from '../core/rollup.ts';
import { indexCatalogue, text } from '../core/catalogue.ts';
import { batchText, formatCount } from '../i18n/batch.ts';
import { formatChange, formatMean, shade } from './overview-markdown.ts';
import { createDocument, finish, type PdfProfile } from './pdf/document.ts';
import { Flow, type Line, type Struct } from './pdf/flow.ts';
import { loadFaces } from './pdf/fonts.ts';
import { COLOUR, STYLE, type TextStyle } from './pdf/theme.ts';

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

/** Height of a line in a table row; a cell has at most MAX_LINES of them. */
const ROW = 12;
const MAX_LINES = 2;
const CELL: TextStyle = { ...STYLE.smallInk, leading: ROW };
const HEAD: TextStyle = { ...STYLE.cellHead, leading: ROW };
/** Space before an indented first cell (a goal under its focus area, a school unit under its organiser). */
const INDENT = 10;
// Light tints from low to high level; black text stays readable on each (contrast above 7:1).
const TINTS = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1'];

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** A cell's text; an indented one stands under the row above it. */
type Cell = string | { text: string; indent: true };

const indented = (text: string): Cell => ({ text, indent: true });

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
  const flow = new Flow(doc, faces);
  flow.newPage();
  const root = flow.root;
  const width = flow.width;
  const n = (x: number) => formatCount(x, lang);
  const mean = (x: number | undefined) => formatMean(x, lang);
  const indicatorName = (id: string) => {
    const ind = idx.indicator.get(id);
    return ind ? `${id} ${text(ind.title, lang)}` : id;
  };

  const paragraph = (s: string) => flow.paragraph(root, s);
  /** A section's heading and opening paragraphs, kept on one page with the start of what follows them. */
  const section = (title: string, ...opening: string[]) => {
    flow.heading(root, 2, title, opening.reduce((h, p) => h + flow.paragraphHeight(p), 0) + 3 * ROW);
    for (const p of opening) paragraph(p);
  };
  const table = (cols: Column[], rows: Cell[][], o: TableOptions = {}) => drawCompactTable(flow, root, cols, rows, o);

  flow.heading(root, 1, t.title);
  paragraph(t.intro(r.plans, r.organisers, r.units));
  paragraph(t.meta(`${catalogue.id} ${catalogue.version}`, opts.referenceDate));
  paragraph(t.noScore);
  paragraph(t.privacy);

  section(t.counts.heading);
  const counts: string[][] = [
    [t.counts.plans, n(r.plans)],
    [t.counts.organisers, n(r.organisers)],
    [t.counts.units, n(r.units)],
    [t.counts.failed, n(r.failed.length)],
  ];
  if (r.otherCatalogue.length) counts.push([t.counts.other, n(r.otherCatalogue.length)]);
  table([{ header: '', width: 220 }, { header: '', width: 60, align: 'right' }], counts, { header: false });

  section(t.goals.heading, t.goals.intro);
  const goalRows: Cell[][] = [];
  for (const fa of catalogue.focusAreas) {
    const m = r.focusAreas.find((x) => x.id === fa.id);
    goalRows.push([`${fa.id} ${text(fa.title, lang)}`, n(m?.answered ?? 0), mean(m?.meanCurrent), mean(m?.meanTarget), mean(m?.meanGap)]);
    for (const g of catalogue.goals.filter((x) => x.focusArea === fa.id)) {
      const gm = r.goals.find((x) => x.id === g.id);
      goalRows.push([indented(t.goals.goal(g.id)), n(gm?.answered ?? 0), mean(gm?.meanCurrent), mean(gm?.meanTarget), mean(gm?.meanGap)]);
    }
  }
  table([{ header: t.goals.area, width: width - 4 * 58 }, ...[t.goals.answered, t.goals.current, t.goals.target, t.goals.gap].map((h) => ({ header: h, width: 58, align: 'right' as const }))], goalRows);

  section(t.levels.heading, t.levels.intro);
  const levelCols: Column[] = [
    { header: t.levels.indicator, width: width - 8 * 25 - 4 * 32 },
    ...[1, 2, 3, 4].map((k) => ({ header: t.levels.current(k), width: 25, align: 'right' as const })),
    ...[1, 2, 3, 4].map((k) => ({ header: t.levels.target(k), width: 25, align: 'right' as const })),
    ...[t.levels.unknown, t.levels.notRelevant, t.levels.unanswered, t.levels.withGap].map((h) => ({ header: h, width: 32, align: 'right' as const })),
  ];
  table(levelCols, r.indicators.map((d) => [indicatorName(d.indicator), ...d.current.map(n), ...d.target.map(n), n(d.unknown), n(d.notRelevant), n(d.unanswered), n(d.withGap)]));

  section(t.priorities.heading, t.priorities.intro(TOP_PRIORITIES));
  if (r.priorities.length === 0) paragraph(t.priorities.none);
  else table([{ header: t.priorities.indicator, width: width - 60 }, { header: t.priorities.plans, width: 60, align: 'right' }], r.priorities.slice(0, 15).map((p) => [indicatorName(p.indicator), n(p.plans)]));

  section(t.initiatives.heading, t.initiatives.intro);
  if (r.initiatives.length === 0) paragraph(t.initiatives.none);
  else {
    table(
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
    section(tc.heading, tc.intro(c.matched, c.plans));
    if (c.matched === 0) paragraph(tc.none);
    else {
      table(
        [{ header: tc.goal, width: width - 5 * 55 }, ...[tc.before, tc.now, tc.change, tc.raised, tc.lowered].map((h) => ({ header: h, width: 55, align: 'right' as const }))],
        c.goals.map((g) => [g.goal, mean(g.olderMean), mean(g.newerMean), formatChange(g.change, lang), n(g.raised), n(g.lowered)]),
      );
      paragraph(tc.actions(c.actionsDone, c.actionsLate));
    }
    if (c.unmatchedOlder > 0) paragraph(tc.unmatched(c.unmatchedOlder));
  }

  const allRows = r.groups.reduce((s, g) => s + (g.rows.length > 1 ? g.rows.length + 1 : 1), 0);
  const wholeOnly = allRows > PDF_HEAT_ROWS;
  section(t.heatmap.heading, t.heatmap.intro, ...(wholeOnly ? [t.heatmap.wholeOnly(r.units)] : []), t.heatmap.legend);
  const heatRows: { cells: Cell[]; values: (number | undefined)[] }[] = [];
  for (const g of r.groups) {
    const code = g.municipalityCode ?? g.organisationNumber ?? '';
    if (g.rows.length > 1) {
      heatRows.push({ cells: [`${g.name} – ${t.heatmap.whole(g.rows.length)}`, code], values: g.whole });
      if (wholeOnly) continue;
      for (const row of g.rows) {
        const u = row.organisation.unit;
        heatRows.push({ cells: [indented(u ? u.name : t.heatmap.own), u?.schoolUnitCode ?? code], values: row.goals });
      }
    } else {
      const row = g.rows[0]!;
      const u = row.organisation.unit;
      heatRows.push({ cells: [u ? `${g.name}: ${u.name}` : g.name, u?.schoolUnitCode ?? code], values: row.goals });
    }
  }
  const goalWidth = Math.floor((width - 215) / Math.max(1, r.goalIds.length));
  table(
    [{ header: t.heatmap.organisation, width: 155 }, { header: t.heatmap.code, width: 60 }, ...r.goalIds.map((g) => ({ header: g, width: goalWidth, align: 'right' as const }))],
    heatRows.map((h) => [...h.cells, ...h.values.map((v) => (v === undefined ? '–' : `${shade(v)} ${mean(v)}`))]),
    {
      fill: (row, col) => {
        const v = col >= 2 ? heatRows[row]?.values[col - 2] : undefined;
        return v === undefined ? undefined : TINTS[Math.min(3, Math.max(0, Math.round(v) - 1))];
      },
    },
  );

  if (r.failed.length) {
    section(t.failed.heading, t.failed.intro);
    table(
      [{ header: t.failed.file, width: 170 }, { header: t.failed.errors, width: 35, align: 'right' }, { header: t.failed.first, width: width - 205 }],
      r.failed.map((f) => [f.file, n(f.errors), f.first ? `${f.first.line !== undefined ? `${f.first.line}:${f.first.col ?? 1}: ` : ''}${f.first.message}` : '–']),
    );
  }
  if (r.otherCatalogue.length) {
    section(t.other.heading, t.other.intro(catalogue.id));
    for (const f of r.otherCatalogue) paragraph(f);
  }

  flow.numberPages(t.pdf.page);
  root.end();
  return finish(doc);
}

interface TableOptions {
  /** Draw the header row (off for key–value tables). */
  header?: boolean;
  /** Background of a body cell, drawn behind it as decoration. */
  fill?: (row: number, col: number) => string | undefined;
}

/**
 * A table tagged Table/TR/TH/TD with cells and headers on up to two lines (longer text ends in an ellipsis; the
 * full text is in overview.md and .csv), and the header repeated after each page break.
 */
function drawCompactTable(flow: Flow, parent: Struct, cols: readonly Column[], rows: readonly Cell[][], o: TableOptions): void {
  const doc = flow.doc;
  const tableEl = flow.el(parent, 'Table');
  const header = o.header !== false;
  const lines = (cell: Cell, col: Column, style: TextStyle, maxLines: number): Line[] => {
    const indent = typeof cell !== 'string';
    const inner = col.width - 4 - (indent ? INDENT : 0);
    const extra: Partial<Line> = { dx: indent ? INDENT : 0, ...(col.align === 'right' ? { alignWidth: inner } : {}) };
    return flow.lines(typeof cell === 'string' ? cell : cell.text, style, inner, extra, maxLines);
  };
  const headLines = cols.map((c) => lines(c.header, c, HEAD, MAX_LINES));
  const drawRow = (cells: readonly Cell[] | undefined, rowIndex: number) => {
    const content = cells ? cols.map((c, i) => lines(cells[i] ?? '', c, CELL, MAX_LINES)) : headLines;
    const height = ROW * Math.max(1, ...content.map((l) => l.length));
    if (flow.y + height + (cells ? 0 : ROW) > flow.bottom + 0.01) {
      flow.newPage();
      if (header && cells) drawRow(undefined, -1);
    }
    const y = flow.y;
    const tr = flow.el(tableEl, 'TR');
    let x = flow.left;
    cols.forEach((c, i) => {
      const fill = cells && o.fill ? o.fill(rowIndex, i) : undefined;
      const cx = x;
      if (fill) flow.artifact(() => doc.rect(cx, y - 1, c.width, height).fill(fill));
      const cell = cells ? flow.el(tr, 'TD') : flow.el(tr, 'TH', { scope: 'Column' });
      const cellLines = content[i]!;
      cell.add(() => flow.drawLines(cellLines, cx + 2, y + 1, cell));
      cell.end();
      x += c.width;
    });
    tr.end();
    if (!cells) flow.artifact(() => doc.moveTo(flow.left, y + height - 1).lineTo(x, y + height - 1).lineWidth(0.5).strokeColor(COLOUR.muted).stroke());
    flow.y = y + height;
  };
  if (header) drawRow(undefined, -1);
  rows.forEach((r, i) => drawRow(r, i));
  tableEl.end();
  flow.space(8);
}
