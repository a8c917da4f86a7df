// The Markdown plan's first table has a header row, and its Mermaid Gantt chart tells done, in-progress and late
// actions apart with Mermaid's own marks, each task named by its action's id and title.
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/main.ts';

const PLAN = 'test/fixtures/follow-up/plan-2027.yaml';
const CATALOGUE = 'test/fixtures/follow-up/catalogue.yaml';

const render = async (lang: 'sv' | 'en') => {
  const r = await runMain(['render', PLAN, '--catalogue', CATALOGUE, '--format', 'md', '-o', '-', '--date', '2028-09-01', '--lang', lang]);
  expect(r.code).toBe(0);
  return r.stdout;
};

const gantt = (md: string) => md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3));

describe('Markdown plan', () => {
  it('opens with a table whose header row names its columns, after the decision line', async () => {
    const firstTable = (md: string) => {
      const lines = md.split('\n');
      const at = lines.findIndex((l) => l.startsWith('|'));
      return lines.slice(at, at + 2);
    };
    expect((await render('sv')).split('\n')[2]).toBe('**Förslag till beslut**');
    expect(firstTable(await render('sv'))).toEqual(['| Uppgift | Värde |', '|---|---|']);
    expect(firstTable(await render('en'))).toEqual(['| Item | Value |', '|---|---|']);
  });

  it('marks done, in-progress and late tasks in the Gantt chart and names each by its title', async () => {
    const chart = gantt(await render('sv'));
    // A01 is done; A05 is planned but its last term has passed; A02 is in progress and late.
    expect(chart).toContain('  A01 Besluta en plan för digitaliseringen med mätbara mål :done, 2027-01-01, 2027-06-30');
    expect(chart).toContain('  A05 Programmering i teknikundervisningen :crit, 2027-01-01, 2027-06-30');
    expect(chart).toContain('  A02 Fortbildning i digitala verktyg för lärare :crit, active, 2027-01-01, 2028-06-30');
    // A plan action still to come carries no mark.
    expect(chart).toContain('  A08 Kollegialt lärande om digital kompetens i förskolan :2028-01-01, 2028-12-31');
  });
});
