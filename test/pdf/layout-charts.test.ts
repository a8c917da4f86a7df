// The chart and table geometry behind the PDF, table-driven: scales, bars, term columns, row splits, kerning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { layoutSimple, readKerning, TrueTypeMetrics, type GlyphLike } from '../../src/render/pdf/font-metrics.ts';
import { layoutLevelChart, type LevelChartOptions } from '../../src/render/pdf/layout/levels.ts';
import { integerTicks, linearScale } from '../../src/render/pdf/layout/scale.ts';
import { columnWidths, moveRowWhole, rowHeight, splitRow, splitRows } from '../../src/render/pdf/layout/table.ts';
import { barFor, layoutTimeline } from '../../src/render/pdf/layout/timeline.ts';
import { termIndex } from '../../src/core/terms.ts';

const mono = (s: string) => Array.from(s).length * 5;

describe('linearScale', () => {
  const x = linearScale([0, 4], [100, 300]);
  it.each([
    [0, 100],
    [1, 150],
    [2.5, 225],
    [4, 300],
    [5, 300],
    [-1, 100],
    [Number.NaN, 100],
  ])('maps %d to %d', (v, px) => expect(x(v)).toBeCloseTo(px));
  it('gives the range start for an empty domain', () => expect(linearScale([2, 2], [10, 20])(3)).toBe(10));
  it.each([
    [1, 4, [1, 2, 3, 4]],
    [0.5, 3.2, [1, 2, 3]],
    [3, 2, []],
  ])('integerTicks(%d, %d)', (a, b, ticks) => expect(integerTicks(a, b)).toEqual(ticks));
});

describe('level chart', () => {
  const opts: LevelChartOptions = {
    width: 400,
    labelWidth: 160,
    valueWidth: 40,
    maxLevel: 4,
    lineHeight: 10,
    indent: 10,
    measure: { area: mono, goal: mono },
    maxLabelLines: { area: 2, goal: 3 },
    barHeight: { target: 12, current: 6 },
    rowPadding: 4,
    axisHeight: 16,
  };

  it.each([
    ['level 2 of 4 is half the plot', 2, 3, 100, 150],
    ['level 4 fills the plot', 4, 4, 200, 200],
    ['a target below current is drawn at current', 3, 2, 150, 150],
    ['levels above the scale stay inside the plot', 5, 6, 200, 200],
  ])('%s', (_name, current, target, currentW, targetW) => {
    const lay = layoutLevelChart([{ kind: 'goal', label: 'x', current, target, valueText: 'v' }], opts);
    expect(lay.plotX0).toBe(160);
    expect(lay.plotX1).toBe(360);
    expect(lay.rows[0]!.current!.w).toBeCloseTo(currentW);
    expect(lay.rows[0]!.target!.w).toBeCloseTo(targetW);
  });

  it('puts ticks at every level', () => {
    const lay = layoutLevelChart([], opts);
    expect(lay.ticks).toEqual([
      { value: 1, x: 210 },
      { value: 2, x: 260 },
      { value: 3, x: 310 },
      { value: 4, x: 360 },
    ]);
  });

  it('centres both bars on the row and grows the row with its label', () => {
    const long = 'ett långt namn på ett delmål som behöver flera rader i diagrammet och ännu fler än så för att få plats';
    const lay = layoutLevelChart(
      [
        { kind: 'area', label: 'Fokusområde 1', current: 2, target: 3, valueText: '2 → 3' },
        { kind: 'goal', label: long, current: 1, target: 2, valueText: '1 → 2' },
        { kind: 'goal', label: 'tomt', emptyText: 'ingen indikator bedömd' },
      ],
      opts,
    );
    const [area, goal, empty] = lay.rows as [(typeof lay.rows)[0], (typeof lay.rows)[0], (typeof lay.rows)[0]];
    expect(area.height).toBe(20);
    expect(goal.labelLines.length).toBe(3);
    expect(goal.labelLines.at(-1)!.endsWith('…')).toBe(true);
    expect(goal.height).toBe(38);
    expect(goal.y).toBe(20);
    expect(goal.labelX).toBe(10);
    expect(goal.target!.y + goal.target!.h / 2).toBeCloseTo(goal.y + goal.height / 2);
    expect(goal.current!.y + goal.current!.h / 2).toBeCloseTo(goal.y + goal.height / 2);
    expect(empty.target).toBeUndefined();
    expect(empty.emptyText).toBe('ingen indikator bedömd');
    expect(lay.rowsHeight).toBe(area.height + goal.height + empty.height);
    for (const r of lay.rows) for (const l of r.labelLines) expect(mono(l)).toBeLessThanOrEqual(opts.labelWidth - r.labelX - 8);
  });
});

describe('timeline', () => {
  const terms = ['2027-VT', '2027-HT', '2028-VT', '2028-HT'];
  const first = termIndex(terms[0]!);
  const last = termIndex(terms[3]!);
  it.each([
    ['one term', '2027-HT', '2027-HT', { x: 152, w: 46, cutStart: false, cutEnd: false }],
    ['the whole period', '2027-VT', '2028-HT', { x: 102, w: 196, cutStart: false, cutEnd: false }],
    ['starts before the period', '2026-HT', '2027-VT', { x: 102, w: 46, cutStart: true, cutEnd: false }],
    ['ends after the period', '2028-HT', '2030-VT', { x: 252, w: 46, cutStart: false, cutEnd: true }],
    ['end before start is read the other way round', '2028-VT', '2027-HT', { x: 152, w: 96, cutStart: false, cutEnd: false }],
  ])('barFor: %s', (_name, start, end, expected) => {
    expect(barFor(start, end, first, last, 100, 50)).toEqual(expected);
  });

  it.each([
    ['before', '2025-VT', '2026-HT'],
    ['after', '2029-VT', '2029-HT'],
  ])('barFor: no bar wholly %s the period', (_name, start, end) => {
    expect(barFor(start, end, first, last, 100, 50)).toBeUndefined();
  });

  it('divides the width into term columns, groups years and fits the heads', () => {
    const lay = layoutTimeline([{ label: 'A01 Planen', start: '2027-VT', end: '2027-HT' }], {
      width: 300,
      labelWidth: 100,
      terms,
      lineHeight: 10,
      maxLabelLines: 2,
      barHeight: 11,
      rowPadding: 4,
      measureLabel: mono,
      measureHead: mono,
      termHeads: (t) => [t.endsWith('VT') ? 'VT' : 'HT', t.endsWith('VT') ? 'V' : 'H'],
    });
    expect(lay.columns.map((c) => [c.x, c.w, c.head])).toEqual([
      [100, 50, 'VT'],
      [150, 50, 'HT'],
      [200, 50, 'VT'],
      [250, 50, 'HT'],
    ]);
    expect(lay.years).toEqual([
      { year: 2027, x: 100, w: 100 },
      { year: 2028, x: 200, w: 100 },
    ]);
    expect(lay.rows[0]!.bar).toMatchObject({ x: 102, w: 96 });
    expect(lay.rows[0]!.height).toBe(19);
  });

  it('shortens the term heads when the columns are narrow', () => {
    const many = Array.from({ length: 12 }, (_, i) => `${2027 + Math.floor(i / 2)}-${i % 2 ? 'HT' : 'VT'}`);
    const lay = layoutTimeline([], {
      width: 250,
      labelWidth: 100,
      terms: many,
      lineHeight: 10,
      maxLabelLines: 2,
      barHeight: 11,
      rowPadding: 4,
      measureLabel: mono,
      measureHead: mono,
      termHeads: (t) => [t.endsWith('VT') ? 'VT' : 'HT', t.endsWith('VT') ? 'V' : 'H'],
    });
    expect(lay.columns.every((c) => c.head.length === 1)).toBe(true);
    expect(lay.columns.at(-1)!.x + lay.columns.at(-1)!.w).toBeCloseTo(250);
  });
});

describe('table geometry', () => {
  it.each([
    ['fixed and shared', [{ width: 50 }, { weight: 1 }, { weight: 3 }], 450, [50, 100, 300]],
    ['only shared', [{}, {}], 100, [50, 50]],
    ['fixed widths that overrun are scaled down', [{ width: 300 }, { width: 300 }], 400, [200, 200]],
  ])('columnWidths: %s', (_name, cols, total, expected) => {
    const w = columnWidths(cols, total);
    expect(w.map((x) => Math.round(x))).toEqual(expected);
    expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total + 1e-6);
  });

  it('rowHeight is the tallest cell plus padding', () => {
    expect(rowHeight([[10, 10], [10, 10, 10], []], 4)).toBe(38);
  });

  it.each([
    ['everything fits', [[10, 10], [10]], 100, { take: [2, 1], height: 28 }],
    ['the first lines of each cell', [[10, 10, 10], [10]], 28, { take: [2, 1], height: 28 }],
    ['empty cells take nothing', [[10, 10, 10], []], 18, { take: [1, 0], height: 18 }],
    ['nothing fits', [[10], [10]], 12, undefined],
  ])('splitRow: %s', (_name, cells, available, expected) => {
    expect(splitRow(cells, available, 4)).toEqual(expected);
  });

  it.each([
    ['a small row that does not fit moves', 40, 20, 700, true],
    ['a row taller than a page never moves whole', 900, 300, 700, false],
    ['a large row splits when there is room for some lines', 500, 300, 700, false],
    ['a large row moves when only a line would fit', 500, 15, 700, true],
  ])('moveRowWhole: %s', (_name, rowH, available, pageBody, expected) => {
    expect(moveRowWhole(rowH, available, pageBody, 2, 11)).toBe(expected);
  });

  it.each([
    ['all rows fit', [10, 10, 10], 40, 100, [[10, 10, 10]]],
    ['later rows go to the next part', [10, 10, 10], 25, 100, [[10, 10], [10]]],
    ['each later part gets a full page', [30, 30, 30, 30], 35, 65, [[30], [30, 30], [30]]],
    ['an oversized first row starts a new part', [50, 10], 20, 100, [[], [50, 10]]],
    ['an oversized row still makes progress', [150, 10], 100, 100, [[150], [10]]],
    [
      'the last part takes rows from the one before, not one left over',
      [10, 10, 10, 10, 10, 10, 10],
      65,
      100,
      [
        [10, 10, 10, 10],
        [10, 10, 10],
      ],
    ],
    [
      'and not two',
      [10, 10, 10, 10, 10, 10, 10, 10],
      65,
      100,
      [
        [10, 10, 10, 10, 10],
        [10, 10, 10],
      ],
    ],
    [
      'a later part gives rows and keeps three',
      [10, 10, 10, 10, 10, 10, 10, 10],
      25,
      50,
      [
        [10, 10],
        [10, 10, 10],
        [10, 10, 10],
      ],
    ],
    ['a later part that would keep fewer than three gives none', [10, 10, 10, 10, 10, 10, 10], 25, 40, [[10, 10], [10, 10, 10, 10], [10]]],
    ['the first part may keep one row', [10, 10, 10, 10], 35, 100, [[10], [10, 10, 10]]],
  ])('splitRows: %s', (_name, heights, first, next, expected) => {
    const parts = splitRows(
      heights.map((height) => ({ height })),
      first,
      next,
    );
    expect(parts.map((p) => p.map((r) => r.height))).toEqual(expected);
  });
});

describe('simple font layout', () => {
  it('reads the pair kerning of the embedded font', () => {
    const kern = readKerning(readFileSync(new URL('../../data/fonts/DejaVuSansCondensed.ttf', import.meta.url)));
    expect(kern.size).toBeGreaterThan(1000);
  });

  it.each(['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf'])(
    'reads the same glyphs and widths as fontkit from %s',
    (file) => {
      const bytes = readFileSync(new URL(`../../data/fonts/${file}`, import.meta.url));
      const fontkit = new PDFDocument({ autoFirstPage: false, font: null }).font(bytes)._font!.font!;
      const text = 'Åtgärd för skolväsendet – “120 000 kr” € § ½ → ✓ ÆØ ŁŠŽ đŋŧ ΑΩ ЖЯ ﬁ \u{1F600}';
      const mine = new TrueTypeMetrics(bytes).glyphsForString(text);
      const theirs = fontkit.glyphsForString(text);
      const replacement = fontkit.glyphsForString('\ufffd')[0]!.id;
      expect(mine.map((g) => [g.id, g.advanceWidth])).toEqual(
        theirs.map((g) => [g.id === 0 ? replacement : g.id, g.id === 0 ? fontkit.glyphsForString('\ufffd')[0]!.advanceWidth : g.advanceWidth]),
      );
      // The emoji is not in the font: it becomes the replacement character, never .notdef.
      expect(mine.some((g) => g.id === 0)).toBe(false);
      expect(mine.at(-1)!.codePoints).toEqual([0xfffd]);
    },
  );

  it('gives no kerning for a file without a kern table', () => {
    expect(readKerning(new Uint8Array(64)).size).toBe(0);
  });

  it('applies kerning between pairs and composes letters first', () => {
    const glyph = (c: string): GlyphLike => ({ id: c.codePointAt(0)!, advanceWidth: 100, codePoints: [c.codePointAt(0)!] });
    const font = { glyphsForString: (s: string) => Array.from(s).map(glyph) };
    const kern = new Map([[65 * 65536 + 86, -20]]);
    const run = layoutSimple(font, 'AVA', kern);
    expect(run.positions.map((p) => p.xAdvance)).toEqual([80, 100, 100]);
    expect(run.advanceWidth).toBe(280);
    expect(layoutSimple(font, 'a\u0308', kern).glyphs.map((g) => g.id)).toEqual([0xe4]);
  });
});
