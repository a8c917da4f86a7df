// A chart that has no room at the foot of a page starts on the next one, with no empty page in between, and a long
// chart continues over pages with its head repeated.
import { describe, expect, it } from 'vitest';
import { drawLevelChart, type LevelChartText } from '../../src/render/pdf/charts/levels.ts';
import { drawTimeline, type TimelineItem, type TimelineText } from '../../src/render/pdf/charts/timeline.ts';
import { createDocument, finish } from '../../src/render/pdf/document.ts';
import { Flow } from '../../src/render/pdf/flow.ts';
import { loadFaces } from '../../src/render/pdf/fonts.ts';
import type { LevelRowInput } from '../../src/render/pdf/layout/levels.ts';
import { readPdf } from './read-pdf.ts';

const faces = loadFaces();

/** A one-page document whose cursor stands `room` points above the bottom margin (or at the top). */
function flowWithRoom(room: number | 'top'): Flow {
  const doc = createDocument(
    { title: 'Diagram', subject: 'Test', author: 'Test', keywords: '', lang: 'sv-SE', profile: 'ua', creationDate: new Date(0) },
    faces,
  );
  const flow = new Flow(doc, faces);
  flow.newPage();
  if (room !== 'top') flow.y = flow.bottom - room;
  return flow;
}

async function pageTexts(flow: Flow): Promise<string[]> {
  const pdf = await readPdf(await finish(flow.doc));
  return pdf.pages.map((p) => p.text);
}

const levelText: LevelChartText = { legendCurrent: 'Nuläge', legendTarget: 'Målnivå', axis: 'Nivå', alt: (rows) => `Diagram med ${rows.length} rader` };

function levelRows(goals: number): LevelRowInput[] {
  return [
    { kind: 'area', label: 'Fokusområde ett' },
    ...Array.from({ length: goals }, (_, i) => ({ kind: 'goal' as const, label: `Delmål nummer ${i + 1}`, current: 1 + (i % 3), target: 4 })),
  ];
}

const terms = ['2027-VT', '2027-HT', '2028-VT', '2028-HT'];
const timelineText: TimelineText = {
  termHeads: (term) => [term.endsWith('VT') ? 'VT' : 'HT'],
  load: 'Åtgärder per termin',
  legend: [{ kind: 'planned', label: 'Planerad' }],
  alt: (items) => `Tidslinje med ${items.length} åtgärder`,
};

function timelineItems(n: number): TimelineItem[] {
  return Array.from({ length: n }, (_, i) => ({
    label: `Åtgärd nummer ${i + 1}`,
    start: terms[i % 3]!,
    end: terms[(i % 3) + 1]!,
    kind: 'planned' as const,
    late: false,
  }));
}

describe('level chart over pages', () => {
  it('stays on the page where it fits', async () => {
    const flow = flowWithRoom('top');
    drawLevelChart(flow, flow.root, levelRows(3), levelText);
    const pages = await pageTexts(flow);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Delmål nummer 3');
  });

  it('starts on the next page, without an empty page, when no row fits at the foot of a page', async () => {
    const flow = flowWithRoom(20);
    drawLevelChart(flow, flow.root, levelRows(3), levelText);
    const pages = await pageTexts(flow);
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toContain('Nuläge');
    expect(pages[1]).toContain('Nuläge');
    expect(pages[1]).toContain('Delmål nummer 1');
    expect(pages[1]).toContain('Delmål nummer 3');
  });

  it('continues a long chart on the following pages with the legend on each, and leaves no page empty', async () => {
    const flow = flowWithRoom(150);
    drawLevelChart(flow, flow.root, levelRows(40), levelText);
    const pages = await pageTexts(flow);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page).toContain('Nuläge');
    const shown = pages.flatMap((p) => [...p.matchAll(/Delmål nummer (\d+)/g)].map((m) => Number(m[1])));
    expect(shown).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

describe('timeline over pages', () => {
  it('starts on the next page, without an empty page, when no row fits at the foot of a page', async () => {
    const flow = flowWithRoom(30);
    drawTimeline(flow, flow.root, terms, timelineItems(3), [1, 2, 2, 1], timelineText);
    const pages = await pageTexts(flow);
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toContain('Åtgärd nummer');
    expect(pages[1]).toContain('Åtgärd nummer 1');
    expect(pages[1]).toContain('Åtgärder per termin');
  });

  it('never leaves only one or two rows on the last page of a timeline: they keep with the rows before', async () => {
    // From the top of a page, one of these counts fills the page and leaves one row over, the next two.
    let split = 0;
    for (let n = 28; n <= 40; n++) {
      const flow = flowWithRoom('top');
      drawTimeline(flow, flow.root, terms, timelineItems(n), [1, 2, 2, 1], timelineText);
      const pages = await pageTexts(flow);
      const rows = pages.map((p) => [...p.matchAll(/Åtgärd nummer (\d+)/g)].map((m) => Number(m[1])));
      expect(rows.flat(), String(n)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      if (pages.length > 1) {
        split++;
        expect(rows.at(-1)!.length, `${n} rows`).toBeGreaterThanOrEqual(3);
      }
    }
    expect(split).toBeGreaterThan(2);
  });

  it('puts the load row and the legend only under the last part of a long timeline', async () => {
    const flow = flowWithRoom(200);
    drawTimeline(flow, flow.root, terms, timelineItems(45), [10, 12, 12, 11], timelineText);
    const pages = await pageTexts(flow);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.filter((p) => p.includes('Åtgärder per termin'))).toHaveLength(1);
    expect(pages[pages.length - 1]).toContain('Åtgärder per termin');
    const shown = pages.flatMap((p) => [...p.matchAll(/Åtgärd nummer (\d+)/g)].map((m) => Number(m[1])));
    expect(shown).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
  });
});
