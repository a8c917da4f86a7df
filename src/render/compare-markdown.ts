// The comparison as Markdown: summary first, then tables, readable both rendered and as plain text in a terminal.
import type { CompareResult } from '../core/compare.ts';
import type { Catalogue, Lang } from '../core/model.ts';
import { compareView, type Block } from './compare-view.ts';
import { compareText } from '../i18n/compare.ts';
import { markdownTable } from './markdown-table.ts';

/**
 * User text (titles, notes, names) must not break the table or inject markup: a pipe would end a cell, a line break would end
 * the row, and `<` could start raw HTML. Backslashes are doubled first so that an escaped pipe cannot be undone.
 */
function escapeMarkdown(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `# ${escapeMarkdown(b.text)}`;
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return escapeMarkdown(b.text);
    case 'notice':
      return `> **${escapeMarkdown(b.text)}**`;
    case 'list':
      return b.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n');
    case 'table':
      return markdownTable(b.head, b.rows, { align: b.align, escape: escapeMarkdown, spacedRule: true }).join('\n');
  }
}

export function renderCompareMarkdown(result: CompareResult, catalogue: Catalogue, lang: Lang): string {
  // The footer names the tool, which is also how a later run knows the file for its own output (see io/output.ts).
  return `${compareView(result, catalogue, lang).map(block).join('\n\n')}\n\n---\n\n*${compareText[lang].footer}*\n`;
}
