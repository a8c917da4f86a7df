// CSV reading and writing: separators detected, quotes, line breaks in fields, BOM, row numbers, formula safety.
import { describe, expect, it } from 'vitest';
import { columnLetter, csvLine, detectSeparator, formatCsv, formatNumber, parseCsv } from '../../src/core/csv.ts';

describe('detectSeparator', () => {
  it.each([
    ['a;b;c\n1;2;3', ';'],
    ['a,b,c\n1,2,3', ','],
    ['a\tb\tc', '\t'],
    ['"x;y",b,c', ','],
    ['"a,b";c', ';'],
    ['single', ';'],
    ['a;b,c', ';'],
  ])('%j → %j', (text, sep) => {
    expect(detectSeparator(text)).toBe(sep);
  });
});

describe('parseCsv', () => {
  it('reads a Swedish Excel export: BOM, semicolons, CRLF', () => {
    const r = parseCsv('\uFEFFkommunkod;huvudman\r\n0180;Stockholms stad\r\n1480;Göteborgs Stad\r\n');
    expect(r.separator).toBe(';');
    expect(r.records.map((x) => x.cells)).toEqual([
      ['kommunkod', 'huvudman'],
      ['0180', 'Stockholms stad'],
      ['1480', 'Göteborgs Stad'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('keeps separators, quotes and line breaks inside quoted fields, and counts rows as a spreadsheet does', () => {
    const r = parseCsv('a,b,c\n"x, y","say ""hi""","line 1\nline 2"\nlast,2,3');
    expect(r.records.map((x) => x.cells)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line 1\nline 2'],
      ['last', '2', '3'],
    ]);
    expect(r.records.map((x) => [x.row, x.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
  });

  it('keeps empty fields, and numbers rows past a blank line as a spreadsheet does', () => {
    const r = parseCsv('a;b;c\n\n1;;3\n;;\n');
    expect(r.records.map((x) => x.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['', '', ''],
    ]);
    expect(r.records.map((x) => x.row)).toEqual([1, 3, 4]);
  });

  it('reports an unclosed quote with its row and column', () => {
    const r = parseCsv('a;b\n1;"open\n2;3');
    expect(r.problems).toEqual([{ row: 2, line: 2, column: 2, code: 'unclosed-quote' }]);
  });

  it('reports text after a closing quote and keeps it', () => {
    const r = parseCsv('a;b\n"x"y;2');
    expect(r.records[1]!.cells).toEqual(['xy', '2']);
    expect(r.problems[0]).toMatchObject({ row: 2, column: 1, code: 'text-after-quote' });
  });

  it('reads a lone CR as a line end (old Mac exports)', () => {
    expect(parseCsv('a;b\r1;2\r').records.map((x) => x.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('writing', () => {
  it('quotes only what needs quoting', () => {
    expect(csvLine(['plain', 'a;b', 'say "x"', 'two\nlines', 3, undefined], ';')).toBe('plain;"a;b";"say ""x""";"two\nlines";3;');
  });

  it('keeps text from becoming a spreadsheet formula, but leaves numbers alone', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1+2', '@SUM(A1)', '-0,5', '-3', '- item'], ';')).toBe(`"'=HYPERLINK(""x"")";'+1+2;'@SUM(A1);-0,5;-3;'- item`);
  });

  it('writes a BOM and CRLF line ends, and round-trips through the parser', () => {
    const rows = [
      ['a', 'b'],
      ['x;y', 'q"'],
      ['1', ''],
    ];
    const text = formatCsv(rows, ';');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    expect(parseCsv(text).records.map((r) => r.cells)).toEqual(rows);
  });

  it.each([
    [2.333, 2, true, '2,33'],
    [2.335, 1, false, '2.3'],
    [0.5, 2, true, '0,50'],
  ])('formatNumber(%d, %d, %s) → %s', (n, d, comma, expected) => {
    expect(formatNumber(n, d, comma)).toBe(expected);
  });

  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %d is %s', (n, letter) => {
    expect(columnLetter(n)).toBe(letter);
  });
});
