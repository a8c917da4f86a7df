// A data table as HTML: a caption, header cells with scope, a row header, and (when wide) a labelled region that
// scrolls sideways on its own and can be reached with the keyboard, so the page itself never does.
import { esc } from './escape.ts';

/** A cell: already-escaped HTML, and optionally a class and a value to sort by. */
export interface Cell {
  html: string;
  cls?: string;
  sort?: string | number;
  /** The cell's language, where it differs from the page's. */
  lang?: string;
}

export type CellLike = Cell | string;

export interface Row {
  cells: CellLike[];
  /** `group` for a heading row (a focus area, an organiser), `sub` for a row that belongs to the row above. */
  kind?: 'group' | 'sub';
}

export interface TableSpec {
  id: string;
  /** Plain text. */
  caption: string;
  /** Plain text. */
  head: string[];
  /** Words read out before a column's head but not shown (`Delmål` before `1.1`), by column. */
  headPrefix?: Record<number, string>;
  /** Columns whose cells hold numbers: right-aligned. */
  numeric?: number[];
  rows: (Row | CellLike[])[];
  /** Which column heads the rows (a th with scope="row"); none when undefined. 0 by default. */
  rowHeader?: number | null;
  /** Sorting and filtering by the page's script; without JavaScript the table is as it is. */
  sortable?: boolean;
  /** Forces or prevents the scrolling region; by default tables of four columns and more get one. */
  scroll?: boolean;
}

const cellOf = (c: CellLike): Cell => (typeof c === 'string' ? { html: c } : c);

export function renderTable(spec: TableSpec): string {
  const numeric = new Set(spec.numeric ?? []);
  const rowHeader = spec.rowHeader === undefined ? 0 : spec.rowHeader;
  const capId = `${spec.id}-caption`;
  const head = spec.head
    .map(
      (h, i) =>
        `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}>${spec.headPrefix?.[i] ? `<span class="vh">${esc(spec.headPrefix[i])} </span>` : ''}${esc(h)}</th>`,
    )
    .join('');
  const body = spec.rows
    .map((r) => {
      const row: Row = Array.isArray(r) ? { cells: r } : r;
      const cells = row.cells
        .map((c0, i) => {
          const c = cellOf(c0);
          const cls = [numeric.has(i) ? 'num' : '', c.cls ?? ''].filter(Boolean).join(' ');
          const attrs = `${cls ? ` class="${cls}"` : ''}${c.sort !== undefined ? ` data-sort="${esc(String(c.sort))}"` : ''}${c.lang ? ` lang="${c.lang}"` : ''}`;
          return i === rowHeader ? `<th scope="row"${attrs}>${c.html}</th>` : `<td${attrs}>${c.html}</td>`;
        })
        .join('');
      return `<tr${row.kind ? ` class="${row.kind}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  const table = `<table id="${spec.id}"${spec.sortable ? ' data-sortable' : ''}>\n<caption id="${capId}">${esc(spec.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  const scroll = spec.scroll ?? spec.head.length >= 4;
  return scroll ? `<div class="table-wrap" role="region" aria-labelledby="${capId}" tabindex="0">\n${table}\n</div>` : table;
}
