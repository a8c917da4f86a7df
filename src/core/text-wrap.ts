// Wraps text for the terminal between words, colour codes taking no room: one library (fast-wrap-ansi, which
// Inquirer draws its prompts with) for answer lines, help, tables and --help. Only a word longer than a line is cut.
import { wrapAnsi } from 'fast-wrap-ansi';

/** Narrower than this, wrapping would do more harm than the terminal's own cut. */
const MIN_WIDTH = 20;

/** The text wrapped to `width` columns; continuation lines start with `indent` (every line leaves room for it). */
export function wrapText(text: string, width: number, indent = ''): string {
  if (width < MIN_WIDTH) return text;
  return text
    .split('\n')
    .map((para) =>
      wrapAnsi(para, width - indent.length, { hard: true, trim: true })
        .split('\n')
        .join(`\n${indent}`),
    )
    .join('\n');
}

/** Plain text wrapped to `width`, as lines. */
export function wrap(s: string, width: number): string[] {
  return wrapText(s.replace(/\r\n/g, '\n'), Math.max(width, MIN_WIDTH)).split('\n');
}
