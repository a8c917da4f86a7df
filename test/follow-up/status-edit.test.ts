// Unit tests of the in-place edit behind `status`: only the status value and the new log lines change, whatever the layout.
import { describe, expect, it } from 'vitest';
import { editActionStatus, parseStatus } from '../../src/commands/status.ts';
import type { ActionLogEntry } from '../../src/core/model.ts';

const done: ActionLogEntry = { date: '2027-06-10', status: 'done' };

const cases: { name: string; before: string; index?: number; entry?: ActionLogEntry; after: string; reformatted?: boolean }[] = [
  {
    name: 'a note over two lines is one quoted line, and nothing else moves',
    before: `actions:
  - id: A01
    indicators: [1.2.a]
    status: planned
`,
    entry: { date: '2027-06-10', status: 'done', note: 'rad1\nrad2: å' },
    after: `actions:
  - id: A01
    indicators: [1.2.a]
    status: done
    log:
      - date: 2027-06-10
        status: done
        note: "rad1\\nrad2: å"
`,
  },
  {
    name: 'block action with status and a block log',
    before: `actions:
  - id: A01   # första
    status: in-progress  # pågår sedan hösten
    log:
      - date: 2026-10-15
        status: in-progress

  # nästa
  - id: A02
`,
    after: `actions:
  - id: A01   # första
    status: done  # pågår sedan hösten
    log:
      - date: 2026-10-15
        status: in-progress
      - date: 2027-06-10
        status: done

  # nästa
  - id: A02
`,
  },
  {
    name: "no status and no log: both added after the last key, with the file's list indentation",
    before: `actions:
- id: A01
  title: Första
  indicators: [1.2.a]
# slut
`,
    after: `actions:
- id: A01
  title: Första
  indicators: [1.2.a]
  status: done
  log:
  - date: 2027-06-10
    status: done
# slut
`,
  },
  {
    name: 'quoted status keeps its quotes; log of flow maps gets another flow map',
    before: `actions:
  - id: A01
    log:
      - { date: 2026-01-01, status: planned }
    status: "planned"
`,
    entry: { date: '2027-06-10', status: 'done', note: 'Klart, äntligen: {alla}' },
    after: `actions:
  - id: A01
    log:
      - { date: 2026-01-01, status: planned }
      - { date: 2027-06-10, status: done, note: "Klart, äntligen: {alla}" }
    status: "done"
`,
  },
  {
    name: 'missing status goes before a log that ends the action',
    before: `actions:
  - id: A01
    title: x
    log:
      - date: 2026-01-01
        status: planned
`,
    after: `actions:
  - id: A01
    title: x
    status: done
    log:
      - date: 2026-01-01
        status: planned
      - date: 2027-06-10
        status: done
`,
  },
  {
    name: 'an empty flow log becomes a block list',
    before: `actions:
  - id: A01
    status: planned
    log: []   # inga ändringar än
`,
    after: `actions:
  - id: A01
    status: done
    log:   # inga ändringar än
      - date: 2027-06-10
        status: done
`,
  },
  {
    name: 'CRLF line endings and no final newline',
    before: 'actions:\r\n  - id: A01\r\n    status: planned\r\n  - id: A02\r\n    status: planned',
    index: 1,
    after:
      'actions:\r\n  - id: A01\r\n    status: planned\r\n  - id: A02\r\n    status: done\r\n    log:\r\n      - date: 2027-06-10\r\n        status: done\r\n',
  },
  {
    name: 'a note that needs quoting in block style',
    before: `actions:
  - id: A01
    status: planned
    end: 2027-HT
`,
    entry: { date: '2027-06-10', status: 'cancelled', note: '#1: "ersatt" – se protokoll' },
    after: `actions:
  - id: A01
    status: cancelled
    end: 2027-HT
    log:
      - date: 2027-06-10
        status: cancelled
        note: '#1: "ersatt" – se protokoll'
`,
  },
  {
    name: 'an action written as one flow map falls back to the yaml Document',
    before: `# planen
actions:
  - {id: A01, status: planned}   # kort
`,
    after: `# planen
actions:
  - {id: A01, status: done, log: [{date: 2027-06-10, status: done}]} # kort
`,
    reformatted: true,
  },
];

describe('editActionStatus', () => {
  it.each(cases)('$name', ({ before, index, entry, after, reformatted }) => {
    const r = editActionStatus(before, index ?? 0, entry ?? done);
    expect(r.text).toBe(after);
    expect(r.reformatted).toBe(reformatted ?? false);
  });
});

describe('parseStatus', () => {
  it.each([
    ['done', 'done'],
    ['klar', 'done'],
    ['Pågår', 'in-progress'],
    ['pagar', 'in-progress'],
    ['inställd', 'cancelled'],
    ['installd', 'cancelled'],
    ['uppskjuten', 'postponed'],
    ['planerad', 'planned'],
    ['finished', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(parseStatus(input)).toBe(expected);
  });
});
