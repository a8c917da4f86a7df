// A Markdown (GFM) table as lines: a header row, the alignment row and the body rows. Every Markdown output builds its
// tables here.

export type Align = 'left' | 'right' | 'center';

export interface MarkdownTableOptions {
  /** Alignment by column; a column not given is left-aligned. */
  align?: readonly Align[];
  /**
   * Applied to every cell, header included. By default cells are written as they are: the caller has escaped them
   * (escapeCell), so that a cell may hold Markdown of its own (`**bold**`, `code`).
   */
  escape?: (cell: string) => string;
  /** `| --- | ---: |` rather than `|---|---:|` in the alignment row. */
  spacedRule?: boolean;
}

/** Text first, numbers after: the first `text` columns left-aligned, the rest of `columns` right-aligned. */
export function numbersAfter(columns: number, text = 1): Align[] {
  return Array.from({ length: columns }, (_, i) => (i < text ? 'left' : 'right'));
}

const RULE: Record<Align, string> = { left: '---', right: '---:', center: ':---:' };

/** The table's lines, without a blank line after it. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[], o: MarkdownTableOptions = {}): string[] {
  const cell = o.escape ?? ((s: string) => s);
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const pad = o.spacedRule ? ' ' : '';
  const rule = `|${head.map((_, i) => `${pad}${RULE[o.align?.[i] ?? 'left']}${pad}`).join('|')}|`;
  return [line(head), rule, ...rows.map(line)];
}
