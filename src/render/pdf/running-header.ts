// The running header of a document's pages: its title at the left (cut to fit) and a date at the right, over a rule,
// on every page after the first, drawn as pagination artifacts.
import type { Flow } from './flow.ts';
import { withEllipsis } from './layout/wrap.ts';
import { COLOUR, MARGIN, PAGE, STYLE } from './theme.ts';

export function runningHeader(flow: Flow, title: string, date: string): void {
  const doc = flow.doc;
  const range = doc.bufferedPageRange();
  const style = STYLE.running;
  const measure = flow.measure(style);
  const headY = MARGIN.top - 34;
  const right = PAGE.width - MARGIN.right;
  const room = flow.width - measure(date) - 24;
  const head = measure(title) <= room ? title : withEllipsis(title, room, measure);
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    flow.artifact(() => {
      flow.drawLines([{ text: head, style }], MARGIN.left, headY);
      flow.drawLines([{ text: date, style }], right - measure(date), headY);
      doc
        .moveTo(MARGIN.left, headY + 14)
        .lineTo(right, headY + 14)
        .lineWidth(0.5)
        .strokeColor(COLOUR.rule)
        .stroke();
    }, 'Pagination');
  }
}
