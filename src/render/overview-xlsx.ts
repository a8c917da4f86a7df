// Renders the roll-up as overview.xlsx (with write-excel-file, loaded only here): one row per plan, codes as text so
// that their leading zeros stay, figures as numbers, readable column headings, a frozen header row and filters.
import { text } from '../core/catalogue.ts';
import { columnLetter } from '../core/csv.ts';
import type { Catalogue, Lang } from '../core/model.ts';
import type { PlanDigest, Rollup } from '../core/rollup.ts';
import { overviewXlsxText } from '../i18n/overview-xlsx.ts';
import type { Feature, SheetData } from 'write-excel-file/node';
import { overviewRows, type LevelCell, type OverviewRow } from './overview-rows.ts';
import { respondentCells } from './overview-respondents.ts';
import type { Blob } from 'node:buffer';
import type Stream from 'node:stream';

/** What write-excel-file's Node build takes as a file's content. */
type FileContent = Stream | Buffer | Blob;

export interface OverviewXlsxOptions {
  lang: Lang;
  /** The time written into the file's entries, so the same roll-up gives the same bytes. */
  creationDate: Date;
}

interface Cell {
  value?: string | number;
  type?: StringConstructor | NumberConstructor;
  format?: string;
  fontWeight?: 'bold';
  wrap?: boolean;
  alignVertical?: 'top';
}

interface Column {
  head: string;
  width: number;
  cell(row: OverviewRow): Cell | null;
}

const str = (value: string | undefined): Cell | null => (value === undefined || value === '' ? null : { value, type: String });
const num = (value: number | undefined, format?: string): Cell | null => (value === undefined ? null : { value, type: Number, ...(format ? { format } : {}) });

export async function renderOverviewXlsx(
  digests: readonly PlanDigest[],
  failures: Pick<Rollup, 'failed' | 'paths'>,
  catalogue: Catalogue,
  opts: OverviewXlsxOptions,
): Promise<Uint8Array> {
  const t = overviewXlsxText[opts.lang];
  const lang = opts.lang;
  const plan =
    <T>(f: (r: Extract<OverviewRow, { kind: 'plan' }>) => T) =>
    (r: OverviewRow): T | null =>
      r.kind === 'plan' ? f(r) : null;
  const level = (x: LevelCell): Cell | null => (x === 'unknown' ? str(t.unknown) : x === 'not-relevant' ? str(t.notRelevant) : num(x));
  // Means to two decimals, as in overview.csv; without a number format, which costs the writer a style look-up per cell.
  const mean = (x: number | undefined) => num(x === undefined ? undefined : Math.round(x * 100) / 100);
  const columns: Column[] = [
    { head: t.file, width: 28, cell: (r) => str(r.file) },
    { head: t.status, width: 10, cell: (r) => str(r.kind === 'plan' ? t.ok : r.kind === 'failed' ? t.failed : t.path) },
    { head: t.kommunkod, width: 12, cell: plan((r) => str(r.organisation.municipalityCode)) },
    { head: t.organisationsnummer, width: 16, cell: plan((r) => str(r.organisation.organisationNumber)) },
    { head: t.huvudman, width: 32, cell: plan((r) => str(r.organisation.name)) },
    { head: t.skolenhetskod, width: 14, cell: plan((r) => str(r.organisation.unit?.schoolUnitCode)) },
    { head: t.skolenhet, width: 26, cell: plan((r) => str(r.organisation.unit?.name)) },
    { head: t.datum, width: 14, cell: plan((r) => str(r.date)) },
    { head: t.ownActions, width: 12, cell: plan((r) => num(r.actions?.own)) },
    { head: t.suggestions, width: 12, cell: plan((r) => num(r.actions?.suggestions)) },
    { head: t.notScheduled, width: 12, cell: plan((r) => num(r.actions?.notScheduled)) },
    { head: t.cost, width: 16, cell: plan((r) => num(r.actions?.cost, '#,##0')) },
    { head: t.estimated, width: 12, cell: plan((r) => (r.actions ? str(r.actions.estimated ? t.yes : t.no) : null)) },
    { head: t.late, width: 12, cell: plan((r) => num(r.actions?.late)) },
    { head: t.respondents, width: 12, cell: plan((r) => num(r.respondents?.count)) },
    { head: t.respondentRoles, width: 24, cell: plan((r) => str(respondentCells(r.respondents, lang)[1])) },
    { head: t.respondentUnits, width: 28, cell: plan((r) => str(respondentCells(r.respondents, lang)[2])) },
    ...catalogue.focusAreas.map((f, i): Column => ({ head: t.area(f.id, text(f.title, lang)), width: 18, cell: plan((r) => mean(r.focusAreas[i]?.meanGap)) })),
    ...catalogue.goals.flatMap((g, i): Column[] =>
      (['current', 'target', 'gap'] as const).map((what) => ({
        head: t.goal(g.id, text(g.text, lang), what),
        width: 18,
        cell: plan((r) => {
          const m = r.goals[i];
          return mean(what === 'current' ? m?.meanCurrent : what === 'target' ? m?.meanTarget : m?.meanGap);
        }),
      })),
    ),
    { head: t.priorities, width: 22, cell: plan((r) => str(r.priorities.join(', '))) },
    ...catalogue.indicators.flatMap((ind, i): Column[] =>
      (['current', 'target'] as const).map((what) => ({
        head: t.indicator(ind.id, text(ind.title, lang), what),
        width: 16,
        cell: plan((r) => level(r.indicators[i]?.[what])),
      })),
    ),
  ];
  const rows = overviewRows(digests, failures, catalogue);
  const data = [
    columns.map((c): Cell => ({ value: c.head, type: String, fontWeight: 'bold', wrap: true, alignVertical: 'top' })),
    ...rows.map((r) => columns.map((c) => c.cell(r))),
  ];
  const range = `A1:${columnLetter(columns.length)}${data.length}`;
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const bytes = await writeXlsxFile(
    data as SheetData,
    {
      sheet: t.sheet,
      columns: columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
    },
    { features: [autoFilter(range, t.sheet)] },
  ).toBuffer();
  return fixZipTimes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), opts.creationDate);
}

/** Filter buttons on the header row over the table's range, with the name Excel gives a sheet's filter range. */
function autoFilter(range: string, sheet: string): Feature<FileContent> {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string) => (xml.includes('<autoFilter') ? xml : xml.replace('</sheetData>', `</sheetData><autoFilter ref="${range}"/>`)),
        },
        'xl/workbook.xml': {
          transform: (xml: string) => {
            if (xml.includes('_xlnm._FilterDatabase')) return xml;
            const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${quoted}!${absolute}</definedName>`;
            if (xml.includes('<definedNames/>')) return xml.replace('<definedNames/>', `<definedNames>${name}</definedNames>`);
            if (xml.includes('</definedNames>')) return xml.replace('</definedNames>', `${name}</definedNames>`);
            return xml.replace('</sheets>', `</sheets><definedNames>${name}</definedNames>`);
          },
        },
      },
    },
  };
}

/**
 * The zip library dates each entry with the time it was written; here every entry (its local header and its central
 * directory record) gets `date` instead, so the same roll-up gives the same bytes.
 */
function fixZipTimes(zip: Uint8Array, date: Date): Uint8Array {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const entries = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  for (let n = 0; n < entries && p + 46 <= zip.length && v.getUint32(p, true) === 0x02014b50; n++) {
    v.setUint16(p + 12, time, true);
    v.setUint16(p + 14, day, true);
    const local = v.getUint32(p + 42, true);
    if (local + 30 <= zip.length && v.getUint32(local, true) === 0x04034b50) {
      v.setUint16(local + 10, time, true);
      v.setUint16(local + 12, day, true);
    }
    p += 46 + v.getUint16(p + 28, true) + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  return zip;
}
