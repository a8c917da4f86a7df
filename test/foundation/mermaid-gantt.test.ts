// The gantt in a plan's Markdown, read by Mermaid's own parser: an action whose id or title is one of the gantt's
// statements (click, title, section, excludes, dateFormat, …) is still one task with its name, and the chart's
// title and formats stay as written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { mermaidTaskName } from '../../src/render/markdown-escape.ts';
import { ROOT, testDir } from '../helpers/cli.ts';

interface GanttDb {
  getTasks(): { task: string; section: string }[];
  getDateFormat(): string;
  getAxisFormat(): string;
  getDiagramTitle(): string;
  getExcludes(): string[];
}
let ganttOf: (text: string) => Promise<GanttDb>;

beforeAll(async () => {
  // Mermaid sanitises with DOMPurify, which needs a window; nothing is drawn.
  const { window } = new JSDOM('');
  Object.assign(globalThis, { window, document: window.document });
  const { default: mermaid } = await import('mermaid');
  ganttOf = async (text) => {
    await mermaid.parse(text);
    return (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as GanttDb;
  };
}, 60_000);

const HOSTILE = [
  'click',
  'click me',
  'section Ny del',
  'title Nytt namn',
  'dateFormat YYYY',
  'axisFormat %d',
  'excludes weekends',
  'includes 2027-01-01',
  'todayMarker off',
  'tickInterval 1day',
  'weekday monday',
  'weekend friday',
  'inclusiveEndDates',
  'topAxis',
  'gantt',
  'Gantt-schema',
  'call back',
  'href "x"',
  '2027-01-01 start',
  '%% kommentar',
  '% kommentar',
  'accTitle x',
  'CLICK me',
];

describe('gantt task names', () => {
  it('each hostile name is one task of that name, and the chart keeps its title and formats', async () => {
    for (const name of HOSTILE) {
      const label = mermaidTaskName(name);
      const db = await ganttOf(`gantt\n  title Tidsplan\n  dateFormat YYYY-MM-DD\n  axisFormat %Y-%m\n  section A\n  ${label} :2027-01-01, 2027-06-30\n`);
      expect(
        db.getTasks().map((t) => t.task.trim()),
        name,
      ).toEqual([label]);
      expect([db.getDiagramTitle(), db.getDateFormat(), db.getAxisFormat(), db.getExcludes()], name).toEqual(['Tidsplan', 'YYYY-MM-DD', '%Y-%m', []]);
    }
  }, 60_000);

  it('an ordinary name is left as it is', () => {
    expect(mermaidTaskName('A01 Ta fram en digitaliseringsplan')).toBe('A01 Ta fram en digitaliseringsplan');
    expect(mermaidTaskName('clicka 2027')).toBe('clicka 2027');
  });

  it('a rendered plan whose actions are called click, title and excludes has all three in its chart', async () => {
    const dir = testDir();
    const plan = readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8')
      .replace('- id: A01', '- id: click')
      .replace('- id: A02', '- id: title')
      .replace('- id: A03', '- id: excludes');
    writeFileSync(join(dir, 'plan.yaml'), plan);
    const code = await main(['render', 'plan.yaml', '-o', 'plan.md'], {
      cwd: dir,
      env: {},
      stdin: process.stdin,
      stdout: { write: () => true },
      stderr: { write: () => true },
      now: () => new Date('2026-11-29T12:00:00Z'),
    });
    expect(code).toBe(0);
    const md = readFileSync(join(dir, 'plan.md'), 'utf8');
    const chart = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    const db = await ganttOf(chart);
    const ids = db.getTasks().map((t) => t.task.replace(/^– /, '').split(' ')[0]);
    expect(ids).toEqual(expect.arrayContaining(['click', 'title', 'excludes']));
    expect(db.getDateFormat()).toBe('YYYY-MM-DD');
    expect(db.getExcludes()).toEqual([]);
  }, 60_000);
});
