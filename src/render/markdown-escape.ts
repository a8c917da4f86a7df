// Keeps user text from breaking Markdown: tables, inline formatting, HTML and Mermaid labels.
import { showControlChars, withoutInvisible } from '../core/control-chars.ts';
import { cutText } from '../core/graphemes.ts';

/** Text inside a paragraph or list item: no HTML, no accidental emphasis, links or headings, one line. */
export function escapeInline(s: string): string {
  return withoutInvisible(s)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]<>#|~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/^([-+]|\d+\.)\s/, (m) => `\\${m}`);
}

/** Text inside a table cell: as inline text, with pipes escaped (already done) and no line breaks. */
export function escapeCell(s: string): string {
  return escapeInline(s).trim() || '–';
}

/** A file name as code in a table cell: no backtick, pipe or line break can end the span, the cell or the row. */
export function codeCell(s: string): string {
  return `\`${showControlChars(s).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** A Mermaid gantt task or section name: no colon, semicolon, hash or line break, which Mermaid reads as syntax. */
export function mermaidLabel(s: string): string {
  const clean = withoutInvisible(s)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[:;#`"<>{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut on whole characters: an emoji cut in half shows as U+FFFD.
  return cutText(clean, 80) || '–';
}

/**
 * How a line of a Mermaid gantt may start and be read as something other than a task: the statements of its lexer
 * (mermaid 11, case-insensitive), a date, and `%`, which starts a comment. A task named `click me`, `title …` or
 * `excludes …` would otherwise change or break the chart.
 */
const GANTT_STATEMENT =
  /^(?:%|acc(?:Title|Descr|Description)\b|href\s|call\s|click\s|gantt\b|dateFormat\s|inclusiveEndDates\b|topAxis\b|axisFormat\s|tickInterval\s|includes\s|excludes\s|todayMarker\s|weekday\s|weekend\s|title\s|section\s|\d\d\d\d-\d\d-\d\d\b)/i;

/** A Mermaid gantt task name: a label (see mermaidLabel) that never starts as a statement does; such a name gets `– ` before it. */
export function mermaidTaskName(s: string): string {
  const label = mermaidLabel(s);
  // The line goes on with ` :` after the name, so a name that is a statement's word alone is one too.
  return GANTT_STATEMENT.test(`${label} `) ? `– ${label}` : label;
}
