// Renders the roll-up as a tagged PDF (overview.pdf) with the plan PDF's document setup, fonts and Flow: headings with
// bookmarks, paragraphs and the plan's tables (drawTable), compact, with cells wrapped whole (never cut) and the header
// repeated after a page break; a running header on every page after the first.
import type { Catalogue, Lang } from '../core/model.ts';
import type { Rollup, RollupChanges } from '../core/rollup.ts';
import { TOP_PRIORITIES } from '../core/rollup.ts';
import { indexCatalogue, text } from '../core/catalogue.ts';
import { batchText, formatCount } from '../i18n/batch.ts';
import { localeTag } from '../i18n/locale.ts';
import { formatChange, formatMean, shade, shadeBand } from './overview-markdown.ts';
import { indicatorName } from './indicator-name.ts';
import { levelCounts, levelHeads } from './overview-levels.ts';
import { respondentsSection } from './overview-respondents.ts';
import { createDocument, finish, type PdfProfile } from './pdf/document.ts';
import { Flow, type Line } from './pdf/flow.ts';
import { runningHeader } from './pdf/running-header.ts';
import { loadFaces } from './pdf/fonts.ts';
import { alignCell, drawTable, tableGeometry, tableLead, type TableColumn, type TableGeometry, type TableOptions } from './pdf/table.ts';
import { STYLE } from './pdf/theme.ts';
import { overviewCounts } from './overview-counts.ts';

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

const CELL = STYLE.smallInk;
/** Space before an indented first cell (a goal under its focus area, a school unit under its organiser). */
const INDENT = 10;
// Light tints by shadeBand, from low to high level; black text stays readable on each (contrast above 7:1).
const TINTS = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1'];

/** A table laid out for drawTable: compact rows of small text. */
interface Table {
  cols: TableColumn[];
  geo: TableGeometry;
  rows: Line[][][];
  o: TableOptions;
}

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
      keywords: t.pdf.keywords,
      lang: localeTag(lang),
      profile: opts.profile ?? 'ua',
      creationDate: opts.creationDate,
    },
    faces,
  );
  const flow = new Flow(doc, faces);
  flow.newPage();
  const root = flow.root;
  const n = (x: number) => formatCount(x, lang);
  const mean = (x: number | undefined) => formatMean(x, lang);
  const indicator = (id: string) => indicatorName(idx, id, lang);

  const paragraph = (s: string) => flow.paragraph(root, s);
  /**
   * A table of wrapped cells, numbers right-aligned; where `indented` says so, a row's first cell stands under the row
   * above it.
   */
  const layout = (cols: TableColumn[], cells: readonly (readonly string[])[], o: TableOptions = {}, indented?: (row: number) => boolean): Table => {
    const geo = tableGeometry(flow, cols, { compact: true, figures: { cells, style: CELL } });
    const rows = cells.map((row, ri) =>
      cols.map((c, i) => {
        const dx = i === 0 && indented?.(ri) ? INDENT : 0;
        return alignCell(flow.lines(row[i] ?? '', CELL, geo.inner[i]! - dx, dx ? { dx } : {}), c, geo.inner[i]!);
      }),
    );
    return { cols, geo, rows, o };
  };
  /** A section's heading and opening paragraphs, kept on one page with the start of its table (or `follow` points). */
  const section = (title: string, opening: readonly string[], then?: Table | number) => {
    const follow = then === undefined ? 0 : typeof then === 'number' ? then : tableLead(flow, then.cols, then.geo, then.rows, then.o);
    flow.heading(root, 2, title, opening.reduce((h, p) => h + flow.paragraphHeight(p), 0) + follow);
    doc.outline.addItem(title);
    for (const p of opening) paragraph(p);
    if (typeof then === 'object') drawTable(flow, root, then.cols, then.geo, then.rows, then.o);
  };

  flow.heading(root, 1, t.title);
  paragraph(t.intro(r.plans, r.organisers, r.units));
  paragraph(t.meta(`${catalogue.id} ${catalogue.version}`, opts.referenceDate));
  paragraph(t.noScore);
  paragraph(t.privacy);

  const counts = overviewCounts(r, t.counts).map(([label, count]) => [label, n(count)]);
  section(
    t.counts.heading,
    [],
    layout(
      [
        { head: '', width: 220 },
        { head: '', width: 60, align: 'right' },
      ],
      counts,
      { header: false, rowHeaders: true },
    ),
  );

  // Questionnaire respondents per organisation and unit: counts only, never a comment.
  const respondents = respondentsSection(r.respondents, lang);
  if (respondents) {
    const [organisation, count, roles, units] = respondents.head;
    section(
      respondents.heading,
      [respondents.intro],
      layout(
        [{ head: organisation }, { head: count, width: 60, align: 'right' }, { head: roles, width: 130 }, { head: units }],
        respondents.rows.map((x) => [x.name, n(x.count), x.roles || '–', x.units || '–']),
      ),
    );
  }

  const goalRows: string[][] = [];
  const goalRow = new Set<number>();
  for (const fa of catalogue.focusAreas) {
    const m = r.focusAreas.find((x) => x.id === fa.id);
    goalRows.push([`${fa.id} ${text(fa.title, lang)}`, n(m?.answered ?? 0), mean(m?.meanCurrent), mean(m?.meanTarget), mean(m?.meanGap)]);
    for (const g of catalogue.goals.filter((x) => x.focusArea === fa.id)) {
      const gm = r.goals.find((x) => x.id === g.id);
      goalRow.add(goalRows.length);
      goalRows.push([`${t.goals.goal(g.id)} ${text(g.text, lang)}`, n(gm?.answered ?? 0), mean(gm?.meanCurrent), mean(gm?.meanTarget), mean(gm?.meanGap)]);
    }
  }
  section(
    t.goals.heading,
    [t.goals.intro],
    layout(
      [
        { head: t.goals.area },
        ...[t.goals.answered, t.goals.current, t.goals.target, t.goals.gap].map((h) => ({ head: h, width: 58, align: 'right' as const })),
      ],
      goalRows,
      {},
      (i) => goalRow.has(i),
    ),
  );

  // The indicator's name, then narrow columns for the eight levels and wider ones for the four counts after them.
  const levelCols = levelHeads(t.levels).map((head, i): TableColumn => (i === 0 ? { head } : { head, width: i <= 8 ? 24 : 30, align: 'right' }));
  section(
    t.levels.heading,
    [t.levels.intro],
    layout(
      levelCols,
      r.indicators.map((d) => [indicator(d.indicator), ...levelCounts(d).map(n)]),
    ),
  );

  if (r.priorities.length === 0) section(t.priorities.heading, [t.priorities.intro(TOP_PRIORITIES), t.priorities.none]);
  else {
    section(
      t.priorities.heading,
      [t.priorities.intro(TOP_PRIORITIES)],
      layout(
        [{ head: t.priorities.indicator }, { head: t.priorities.plans, width: 60, align: 'right' }],
        r.priorities.slice(0, 15).map((p) => [indicator(p.indicator), n(p.plans)]),
      ),
    );
  }

  if (r.initiatives.length === 0) section(t.initiatives.heading, [t.initiatives.intro, t.initiatives.none]);
  else {
    const rows = r.initiatives.map((i) => {
      const ini = idx.initiative.get(i.number);
      const title = ini?.verified && ini.title ? `${i.number}. ${lang === 'en' && ini.titleEn ? ini.titleEn : ini.title}` : t.initiatives.unverified(i.number);
      return [title, n(i.gaps), n(i.plans)];
    });
    section(
      t.initiatives.heading,
      [t.initiatives.intro],
      layout(
        [{ head: t.initiatives.initiative }, { head: t.initiatives.gaps, width: 60, align: 'right' }, { head: t.initiatives.plans, width: 60, align: 'right' }],
        rows,
      ),
    );
  }

  if (opts.changes) {
    const c = opts.changes;
    const tc = t.compare;
    if (c.matched === 0) section(tc.heading, [tc.intro(c.matched, c.plans), tc.none]);
    else {
      section(
        tc.heading,
        [tc.intro(c.matched, c.plans)],
        layout(
          [{ head: tc.goal }, ...[tc.before, tc.now, tc.change, tc.raised, tc.lowered].map((h) => ({ head: h, width: 55, align: 'right' as const }))],
          c.goals.map((g) => [g.goal, mean(g.olderMean), mean(g.newerMean), formatChange(g.change, lang), n(g.raised), n(g.lowered)]),
        ),
      );
      paragraph(tc.actions(c.actionsDone, c.actionsLate));
    }
    if (c.unmatchedOlder > 0) paragraph(tc.unmatched(c.unmatchedOlder));
  }

  const allRows = r.groups.reduce((s, g) => s + (g.rows.length > 1 ? g.rows.length + 1 : 1), 0);
  const wholeOnly = allRows > PDF_HEAT_ROWS;
  const heatRows: { cells: string[]; indent?: true; values: (number | undefined)[] }[] = [];
  for (const g of r.groups) {
    const code = g.municipalityCode ?? g.organisationNumber ?? '';
    if (g.rows.length > 1) {
      heatRows.push({ cells: [`${g.name} – ${t.heatmap.whole(g.rows.length)}`, code], values: g.whole });
      if (wholeOnly) continue;
      for (const row of g.rows) {
        const u = row.organisation.unit;
        heatRows.push({ cells: [u ? u.name : t.heatmap.own, u?.schoolUnitCode ?? code], indent: true, values: row.goals });
      }
    } else {
      const row = g.rows[0]!;
      const u = row.organisation.unit;
      heatRows.push({ cells: [u ? `${g.name}: ${u.name}` : g.name, u?.schoolUnitCode ?? code], values: row.goals });
    }
  }
  // The heatmap's columns are the goals' numbers: their names stand in a key before it.
  const goalKey = r.goalIds.map((id) => `${id} ${text(idx.goal.get(id)?.text, lang)}`);
  section(
    t.heatmap.heading,
    [t.heatmap.intro, ...(wholeOnly ? [t.heatmap.wholeOnly(r.units)] : []), t.heatmap.legend, t.heatmap.key, ...goalKey],
    layout(
      [{ head: t.heatmap.organisation, width: 155 }, { head: t.heatmap.code, width: 60 }, ...r.goalIds.map((g) => ({ head: g, align: 'right' as const }))],
      heatRows.map((h) => [...h.cells, ...h.values.map((v) => (v === undefined ? '–' : `${shade(v)} ${mean(v)}`))]),
      {
        cellFill: (row, col) => {
          const v = col >= 2 ? heatRows[row]?.values[col - 2] : undefined;
          return v === undefined ? undefined : TINTS[shadeBand(v)];
        },
      },
      (i) => heatRows[i]?.indent === true,
    ),
  );

  const failed = [...r.failed, ...r.paths];
  if (failed.length) {
    section(
      r.paths.length ? t.failed.headingWithPaths : t.failed.heading,
      [r.paths.length ? t.failed.introWithPaths : t.failed.intro],
      layout(
        [{ head: t.failed.file, width: 170 }, { head: t.failed.errors, width: 35, align: 'right' }, { head: t.failed.first }],
        failed.map((f) => [
          f.file,
          n(f.errors),
          f.first ? `${f.first.line !== undefined ? `${f.first.line}:${f.first.col ?? 1}: ` : ''}${f.first.message}` : '–',
        ]),
      ),
    );
  }
  if (r.otherCatalogue.length) {
    section(t.other.heading, [t.other.intro(catalogue.id)], flow.paragraphHeight(r.otherCatalogue[0]!));
    for (const f of r.otherCatalogue) paragraph(f);
  }

  runningHeader(flow, t.title, opts.referenceDate);
  flow.numberPages(t.pdf.page);
  root.end();
  return finish(doc);
}
