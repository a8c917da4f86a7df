// CSV as spreadsheets write it: `;` or `,` (detected), quoted fields with separators and line breaks, a BOM; and back.
import { withoutInvisible } from './control-chars.ts';

export type Separator = ';' | ',' | '\t';

export interface CsvRecord {
  /** 1-based record number, as a spreadsheet numbers its rows (the header is row 1). */
  row: number;
  /** 1-based line where the record starts in the file; differs from `row` after a field with a line break. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  row: number;
  line: number;
  /** 1-based column (field number). */
  column: number;
  code: 'unclosed-quote' | 'text-after-quote';
}

export interface CsvParse {
  separator: Separator;
  records: CsvRecord[];
  problems: CsvProblem[];
}

/**
 * The separator of the header line: the one of `;`, tab and `,` that occurs most outside quotes.
 * Swedish Excel writes `;` (the comma is the decimal sign), so `;` wins a tie.
 */
export function detectSeparator(text: string): Separator {
  const counts = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return counts[','] > 0 ? ',' : ';';
}

/** Parses CSV text; never throws. Blank lines give no record but keep their row number, as in a spreadsheet; a BOM is ignored. */
export function parseCsv(input: string, separator?: Separator): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let row = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // A blank line between records is an empty row in a spreadsheet: no record, but it counts.
    if (text[i] === '\n' || text[i] === '\r') {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      row++;
      continue;
    }
    row++;
    const startLine = line;
    const cells: string[] = [];
    let done = false;
    while (!done) {
      let cell = '';
      // Cells are sliced from the text, never built a character at a time: a field of megabytes built so is a chain of
      // millions of strings, some 30 times its size in memory.
      if (text[i] === '"') {
        i++;
        let closed = false;
        let from = i;
        while (i < n) {
          const quote = text.indexOf('"', i);
          const end = quote < 0 ? n : quote;
          line += lineBreaks(text, i, end);
          if (quote < 0) {
            cell += text.slice(from, n);
            i = n;
            break;
          }
          if (text[quote + 1] === '"') {
            cell += text.slice(from, quote + 1);
            i = from = quote + 2;
            continue;
          }
          cell += text.slice(from, quote);
          i = quote + 1;
          closed = true;
          break;
        }
        if (!closed) problems.push({ row, line: startLine, column: cells.length + 1, code: 'unclosed-quote' });
        // Text between the closing quote and the separator is kept, but reported.
        const extraFrom = i;
        while (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') i++;
        const extra = text.slice(extraFrom, i);
        if (extra.trim() !== '') {
          problems.push({ row, line, column: cells.length + 1, code: 'text-after-quote' });
          cell += extra;
        }
      } else {
        const from = i;
        while (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') i++;
        cell = text.slice(from, i);
      }
      cells.push(cell);
      if (i >= n) done = true;
      else if (text[i] === sep) i++;
      else {
        if (text[i] === '\r' && text[i + 1] === '\n') i++;
        i++;
        line++;
        done = true;
      }
    }
    records.push({ row, line: startLine, cells });
  }
  return { separator: sep, records, problems };
}

/** The line breaks in `text` from `from` to `to`: a `\n`, or a `\r` not followed by one. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/**
 * A field: text, a number, empty, or a code of digits that must stay text (`{ code: '0180' }`), written as
 * `="0180"`: Excel (and LibreOffice with formulas evaluated) shows it as the text 0180, where a plain 0180 would
 * lose its leading zero and a long code become a number.
 */
export type CsvCell = string | number | undefined | { code: string };

/** Decimal sign per language: Swedish spreadsheets expect a comma. */
export function formatNumber(value: number, decimals: number, decimalComma: boolean): string {
  const s = value.toFixed(decimals);
  return decimalComma ? s.replace('.', ',') : s;
}

/**
 * One CSV line. Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
 * is prefixed with an apostrophe, so a name in a plan file can never become a formula; plain numbers such as
 * `-0,5` are left as they are.
 */
export function csvLine(cells: readonly CsvCell[], sep: Separator): string {
  return cells.map((c) => csvField(c, sep)).join(sep);
}

function csvField(cell: CsvCell, sep: Separator): string {
  if (cell === undefined) return '';
  // Only digits and hyphens go inside the formula, so a code can never carry a formula of its own.
  if (typeof cell === 'object') return /^[0-9-]+$/.test(cell.code) ? `="${cell.code}"` : csvField(cell.code, sep);
  let s = typeof cell === 'number' ? String(cell) : withoutInvisible(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return s.includes(sep) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV file with a byte-order mark and CRLF line ends, as Excel reads UTF-8 correctly only with a BOM. */
export function formatCsv(rows: readonly (readonly CsvCell[])[], sep: Separator): string {
  return `\uFEFF${rows.map((r) => `${csvLine(r, sep)}\r\n`).join('')}`;
}

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
