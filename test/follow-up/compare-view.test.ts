// Unit tests of the comparison view: which sections and tables appear, in both languages, without building the CLI.
import { describe, expect, it } from 'vitest';
import { comparePlans } from '../../src/core/compare.ts';
import { renderCompareMarkdown } from '../../src/render/compare-markdown.ts';
import { compareView } from '../../src/render/compare-view.ts';
import { catalogue, plan } from './helpers.ts';

const cat = catalogue(['1.1.a', '1.1.b', '2.1.a']);
const older = plan({ '1.1.a': 2, '1.1.b': 2, '2.1.a': 3 }, [
  { status: 'in-progress' },
  { status: 'planned', end: '2027-VT', owner: 'Rektor' },
  { status: 'planned', end: '2028-HT' },
  { status: 'planned' },
  { status: 'in-progress' },
]);
const newer = plan({ '1.1.a': 3, '1.1.b': 2, '2.1.a': 3 }, [
  { status: 'done', log: [{ date: '2027-05-01', status: 'done', note: 'Alla har gått kursen' }] },
  { status: 'planned', end: '2027-VT', owner: 'Rektor' },
  { status: 'in-progress', end: '2028-HT' },
  { status: 'cancelled' },
  { id: 'A9', title: 'Ny åtgärd', status: 'planned', end: '2028-VT' },
]);
const result = comparePlans(
  { plan: older, catalogue: cat, file: 'plan-2026.yaml' },
  { plan: newer, catalogue: cat, file: 'plan-2027.yaml' },
  { referenceDate: '2027-11-30' },
);

describe('compare view', () => {
  it('gives each group of actions a heading with its count and a table that starts with the action', () => {
    const blocks = compareView(result, cat, 'sv');
    const headings = blocks.filter((b) => b.kind === 'heading' && b.level === 3).map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['Klara sedan förra bedömningen (1)', 'Försenade (1)', 'Pågår eller planerade (2)', 'Har utgått (2)', 'Nya i planen (1)']);
    const tables = blocks.filter((b) => b.kind === 'table').slice(-5) as Extract<(typeof blocks)[number], { kind: 'table' }>[];
    for (const table of tables) {
      expect(table.head[0]).toBe('Åtgärd');
      expect(table.align).toEqual(table.head.map(() => 'left'));
      for (const row of table.rows) expect(row).toHaveLength(table.head.length);
    }
    expect(tables[0]!.rows[0]).toEqual(['A1 Åtgärd 1', 'pågår', 'Alla har gått kursen']);
    expect(tables[1]!.rows[0]).toEqual(['A2 Åtgärd 2', 'planerad', '2027-VT', 'Rektor']);
  });

  it('shows only the groups of actions that have any, and no action section when neither plan has actions', () => {
    // An action of last year's plan that this year's plan no longer has: dropped, and in no other group.
    const oneDropped = comparePlans(
      { plan: plan({ '1.1.a': 2 }, [{ status: 'planned' }]), catalogue: cat },
      { plan: plan({ '1.1.a': 2 }), catalogue: cat },
      { referenceDate: '2027-11-30' },
    );
    const md = renderCompareMarkdown(oneDropped, cat, 'en');
    expect(md).toMatch(/^## Actions$/m);
    expect(md.match(/^### .*$/gm)).toEqual(['### Dropped (1)']);
    for (const other of ['Done since the last assessment', 'Late (', 'In progress or planned (', 'New in the plan']) expect(md).not.toContain(other);

    const none = comparePlans({ plan: plan({ '1.1.a': 2 }), catalogue: cat }, { plan: plan({ '1.1.a': 2 }), catalogue: cat }, { referenceDate: '2027-11-30' });
    const noneMd = renderCompareMarkdown(none, cat, 'en');
    expect(noneMd).toMatch(/^## /m);
    expect(noneMd).not.toMatch(/^## Actions$/m);
    expect(noneMd).not.toMatch(/^### /m);
  });
});

describe('plans of different organisations', () => {
  it('are named in a notice at the top, field by field', () => {
    const other = plan({ '1.1.a': 2 }, [], {
      organisation: { name: 'Annanby kommun', kind: 'municipality', municipalityCode: '0114', schoolForms: ['grundskola'] },
    });
    const r = comparePlans({ plan: plan({ '1.1.a': 2 }), catalogue: cat }, { plan: other, catalogue: cat }, { referenceDate: '2027-11-30' });
    const notice = compareView(r, cat, 'sv').find((b) => b.kind === 'notice') as { text: string } | undefined;
    expect(notice?.text).toContain('0180 och 0114');
  });
});

describe('goal means', () => {
  it('are written with two decimals in each language, with a real minus sign and a plus for a rise', () => {
    const goalRow = (lang: 'sv' | 'en') => (compareView(result, cat, lang).find((b) => b.kind === 'table') as { rows: string[][] }).rows[0];
    expect(goalRow('sv')).toEqual(['1.1 Delmål 1.1', '2,00', '2,50', 'höjt (+0,50)']);
    expect(goalRow('en')).toEqual(['1.1 Goal 1.1', '2.00', '2.50', 'raised (+0.50)']);
    expect(
      compareView(comparePlans({ plan: newer, catalogue: cat }, { plan: older, catalogue: cat }, { referenceDate: '2027-11-30' }), cat, 'sv').find(
        (b) => b.kind === 'table',
      ),
    ).toMatchObject({ rows: [['1.1 Delmål 1.1', '2,50', '2,00', 'sänkt (−0,50)'], expect.anything()] });
  });
});
