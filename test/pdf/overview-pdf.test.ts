// overview.pdf drawn from a roll-up of many school units: its tables are tagged once, with a header that repeats
// after a page break as a pagination artifact, and no heading stands alone at the foot of a page.
import { describe, expect, it } from 'vitest';
import { digestReport, rollUp, rollUpChanges, type PlanDigest } from '../../src/core/rollup.ts';
import { batchText } from '../../src/i18n/batch.ts';
import { formatMean, shade, shadeBand } from '../../src/render/overview-markdown.ts';
import { renderOverviewPdf } from '../../src/render/overview-pdf.ts';
import { MARGIN, STYLE } from '../../src/render/pdf/theme.ts';
import { fixtureCatalogue, fixtureReport } from './fixture.ts';
import { readPdf, squash, type StructNode } from './read-pdf.ts';

const catalogue = fixtureCatalogue();
const base = digestReport(fixtureReport(), 'plans/base.yaml');
const levels = [1, 2, 3, 4] as const;
const t = batchText.sv.overview;

/** Three organisers with 25 school units each, answers varied so every tint shows, and one plan that failed. */
function digests(): PlanDigest[] {
  const out: PlanDigest[] = [];
  for (let o = 0; o < 3; o++) {
    for (let u = 0; u < 25; u++) {
      const k = o * 25 + u;
      out.push({
        ...base,
        file: `plans/o${o}/u${String(u).padStart(2, '0')}.yaml`,
        organisation: {
          name: ['Stockholms stad', 'Friskolekoncernen Lärande och Utveckling i Mellansverige AB', 'Umeå kommun'][o]!,
          kind: o === 1 ? 'independent' : 'municipality',
          ...(o === 1 ? { organisationNumber: '556000-0001' } : { municipalityCode: ['0180', '', '2480'][o]! }),
          unit: {
            name: u % 7 === 3 ? `Skolenheten med det mycket långa namnet nummer ${u} i ${['Söderort', 'Norrland', 'Västerbotten'][o]}` : `Skola ${u}`,
            schoolUnitCode: String(30000000 + k),
          },
        },
        answers: base.answers.map((a, i) =>
          a.state === 'answered' ? { ...a, current: levels[(i + k) % 4]!, target: levels[Math.min(3, ((i + k) % 4) + 1)]! } : a,
        ),
      });
    }
  }
  return out;
}

const failed = [
  {
    file: 'plans/trasig.yaml',
    errors: 3,
    first: { line: 12, col: 4, message: 'okänd nyckel: bedömning – menade du "assessment"? Nyckeln finns inte i schemat för version 1 av planen.' },
  },
];

async function overview(lang: 'sv' | 'en' = 'sv', plans: PlanDigest[] = digests()) {
  const r = rollUp(plans, catalogue, failed);
  const comparisons = [{ goals: [], indicators: [{ goal: '1.1', older: { current: 1 }, newer: { current: 2 } }], summary: { actions: { done: 2, late: 1 } } }];
  const bytes = await renderOverviewPdf(r, catalogue, {
    lang,
    referenceDate: '2026-11-28',
    creationDate: new Date(0),
    changes: rollUpChanges(comparisons, r.goalIds, r.plans, 0),
  });
  return readPdf(bytes);
}

/**
 * The plans of digests() up to a school unit chosen so that the heatmap ends 40–70 points above the foot of a page:
 * room for the next heading's line, but not for its table. Chosen on the PDF of all the plans: a table is laid out from
 * the top down, so the rows above the cut stay where they are (only counts and means change), whatever the texts.
 */
async function endingNearFoot(): Promise<PlanDigest[]> {
  const plans = digests();
  const r = rollUp(plans, catalogue, failed);
  const pdf = await overview('sv', plans);
  // Each unit's row is found by its skolenhetskod, which the PDF shows only there.
  const baseline = new Map(pdf.pages.flatMap((p) => p.items.map((i) => [i.str, i.y] as const)));
  const rows = r.groups.flatMap((g) => g.rows.map((row, k) => ({ file: row.file, code: row.organisation.unit!.schoolUnitCode!, cuttable: k >= 2 })));
  // Leave out a unit and every row after it, keeping at least two units of its organiser (so the group stays a group).
  const cut = rows.findLastIndex((row) => {
    const above = (baseline.get(row.code) ?? 0) - MARGIN.bottom;
    return row.cuttable && above >= 40 && above <= 70;
  });
  expect(cut).toBeGreaterThan(0);
  const keep = new Set(rows.slice(0, cut).map((row) => row.file));
  return plans.filter((d) => keep.has(d.file));
}

/** Rows whose cells are all headers, with `cols` cells, anywhere under `node`. */
function headerRows(node: StructNode | undefined, cols: number): number {
  if (!node) return 0;
  const kids = node.children ?? [];
  const own = node.role === 'TR' && kids.length === cols && kids.every((c) => c.role === 'TH') ? 1 : 0;
  return own + kids.reduce((s, c) => s + headerRows(c, cols), 0);
}

describe('overview.pdf tables over pages', () => {
  it('tags a long table’s header row once and repeats it on the next page as an artifact', async () => {
    const pdf = await overview();
    const heatmapCols = 2 + catalogue.goals.length;
    // The heatmap runs over two pages or more.
    const pages = pdf.pages.flatMap((p, i) => (/Skola \d/.test(p.text) ? [i] : []));
    expect(pages.length).toBeGreaterThan(1);
    expect(pdf.pages.reduce((s, p) => s + headerRows(p.tree, heatmapCols), 0)).toBe(1);
    for (const i of pages) expect(squash(pdf.pages[i]!.text), `page ${i + 1}`).toContain(squash(t.heatmap.organisation));
  });

  it('keeps every section heading on the page where its table starts', async () => {
    const plans = await endingNearFoot();
    const r = rollUp(plans, catalogue, failed);
    const pdf = await overview('sv', plans);
    const fa = catalogue.focusAreas[0]!;
    const group = r.groups[0]!;
    const indicator = (id: string) => `${id} ${catalogue.indicators.find((i) => i.id === id)!.title.sv}`;
    // Each heading and the first body cell of its table, in the order of the document (searched for in that order:
    // the heading of the failed plans is also a row of the counts table).
    const sections: [string, string][] = [
      [t.counts.heading, t.counts.plans],
      [t.goals.heading, `${fa.id} ${fa.title.sv}`],
      [t.levels.heading, indicator(r.indicators[0]!.indicator)],
      [t.priorities.heading, indicator(r.priorities[0]!.indicator)],
      [t.compare.heading, '1.1'],
      [t.heatmap.heading, `${group.name} – ${t.heatmap.whole(group.rows.length)}`],
      [t.failed.heading, failed[0]!.file],
    ];
    // Text runs over the whole document, in order; a cell's first line is the start of its text.
    const items = pdf.pages.flatMap((p, page) => p.items.filter((i) => i.str.trim()).map((i) => ({ ...i, page })));
    const starts = (cell: string, str: string) => str === cell || (str.length >= 6 && squash(cell).startsWith(squash(str)));
    let at = 0;
    let moved = 0;
    for (const [heading, cell] of sections) {
      const h = items.findIndex((i, k) => k >= at && i.str === heading);
      expect(h, heading).toBeGreaterThanOrEqual(0);
      const c = items.findIndex((i, k) => k > h && starts(cell, i.str));
      expect(c, `${heading}: ${cell}`).toBeGreaterThan(h);
      expect(items[c]!.page, `${heading}: page of "${cell}"`).toBe(items[h]!.page);
      // A heading that begins a page although the page before had room for its own line was moved to keep it with its table.
      const prev = items.filter((i) => i.page === items[h]!.page - 1 && i.y > MARGIN.bottom).at(-1);
      if (h > 0 && items[h - 1]!.page < items[h]!.page && prev && prev.y - MARGIN.bottom > 2 * STYLE.h2.leading) moved++;
      at = c;
    }
    // The fixture puts at least one heading near a page's foot, so the check above could fail.
    expect(moved).toBeGreaterThan(0);
  });
});

describe('overview.pdf level table', () => {
  /** Every word of every column head stands whole in some text run of the page that holds the table. */
  async function headWordsWhole(lang: 'sv' | 'en') {
    const tl = batchText[lang].overview.levels;
    const pdf = await overview(lang);
    const page = pdf.pages.find((p) => squash(p.text).includes(squash(tl.heading)));
    expect(page).toBeDefined();
    const words = new Set(page!.items.flatMap((i) => i.str.split(/\s+/)));
    const heads = [tl.indicator, ...[1, 2, 3, 4].flatMap((k) => [tl.current(k), tl.target(k)]), tl.unknown, tl.notRelevant, tl.unanswered, tl.withGap];
    for (const h of heads) for (const w of h.split(/\s+/)) expect(words, `${lang}: "${w}" of "${h}"`).toContain(w);
  }

  it('breaks column heads between words, never inside one, in Swedish and English', async () => {
    await headWordsWhole('sv');
    await headWordsWhole('en');
  });

  it('shows a four-digit count on one line', async () => {
    const plans = Array.from(
      { length: 1200 },
      (_, k): PlanDigest => ({
        ...base,
        file: `plans/u${k}.yaml`,
        organisation: {
          name: 'Umeå kommun',
          kind: 'municipality',
          municipalityCode: '2480',
          unit: { name: `Skola ${k}`, schoolUnitCode: String(40000000 + k) },
        },
      }),
    );
    const pdf = await overview('sv', plans);
    const page = pdf.pages.find((p) => squash(p.text).includes(squash(t.levels.heading)))!;
    // 1 200 plans at the same level for an indicator, in one text run (the reader gives the no-break space as a space).
    expect(page.items.some((i) => /^1\s200$/.test(i.str))).toBe(true);
    expect(page.items.some((i) => /^1\s20$/.test(i.str))).toBe(false);
  });
});

describe('heatmap bands', () => {
  it.each([
    [1, 0],
    [1.44, 0],
    [1.449, 0],
    [1.45, 1],
    [1.46, 1],
    [1.5, 1],
    [2.44, 1],
    [2.45, 2],
    [2.5, 2],
    [3.449, 2],
    [3.45, 3],
    [4, 3],
  ] as const)('puts mean %s in band %s, as its one-decimal value is shown', (n, band) => {
    expect(shadeBand(n)).toBe(band);
  });

  it('gives the sign (overview.md) and the tint (overview.pdf) the same band, matching the value shown', () => {
    const signs = ['░', '▒', '▓', '█'];
    for (let i = 100; i <= 400; i++) {
      for (const n of [i / 100, i / 100 - 0.001, i / 100 + 0.001]) {
        expect(shade(n), String(n)).toBe(signs[shadeBand(n)]);
        // The band follows the number as shown: 1,46 shows as 1,5, which the legend puts in ▒ (1,5 till under 2,5).
        const shown = Number(formatMean(n, 'en'));
        expect(shadeBand(n), String(n)).toBe(shown < 1.5 ? 0 : shown < 2.5 ? 1 : shown < 3.5 ? 2 : 3);
      }
    }
  });
});

describe('overview.pdf as a reader pages through it', () => {
  it('wraps long cells whole instead of cutting them, and names each goal beside its number', async () => {
    const pdf = await overview();
    const text = squash(pdf.text);
    expect(text).not.toContain('…');
    // The long unit name and the failed plan's whole message, over as many lines as they need.
    expect(text).toContain(squash('Skolenheten med det mycket långa namnet nummer 3 i Söderort'));
    expect(text).toContain(squash(failed[0]!.first.message));
    for (const g of catalogue.goals) expect(text).toContain(squash(`${g.id} ${g.text.sv}`));
  });

  it('runs a header with the title and date on every page but the first, and bookmarks every section', async () => {
    const r = rollUp(digests(), catalogue, failed);
    const bytes = await renderOverviewPdf(r, catalogue, { lang: 'sv', referenceDate: '2026-11-28', creationDate: new Date(0) });
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(2);
    pdf.pages.forEach((p, i) => {
      const top = p.items
        .filter((it) => it.y > p.height - MARGIN.top + 20)
        .map((it) => it.str)
        .join(' ');
      if (i === 0) expect(top).toBe('');
      else {
        expect(top).toContain(t.title);
        expect(top).toContain('2026-11-28');
      }
    });
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
    await doc.destroy();
    expect(outline).toEqual([
      t.title,
      t.counts.heading,
      t.goals.heading,
      t.levels.heading,
      t.priorities.heading,
      t.initiatives.heading,
      t.heatmap.heading,
      t.failed.heading,
    ]);
  });
});
