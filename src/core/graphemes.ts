// Cutting text short without splitting a character: an emoji, a letter with a combining accent or a flag is one
// grapheme cluster of several UTF-16 units, and a cut inside one leaves half a character (shown as U+FFFD).

/** Made on first use: making it loads the locale data, which a command that cuts no text need not wait for. */
let segmenter: Intl.Segmenter | undefined;

/** More UTF-16 units than any cluster but a deliberately stacked one has: segmenting stops at `max` clusters of this. */
const UNITS_PER_CLUSTER = 32;

/**
 * `text` when it has at most `max` characters (grapheme clusters), else its first `max - 1` and an ellipsis. Only the
 * start of a long text is segmented (segmenting a whole text of megabytes takes seconds and gigabytes).
 */
export function cutText(text: string, max: number): string {
  // Every cluster is at least one unit: text this short cannot be over the limit.
  if (text.length <= max) return text;
  let head = text.length > max * UNITS_PER_CLUSTER ? text.slice(0, max * UNITS_PER_CLUSTER) : text;
  // Not half a surrogate pair at the end of the head.
  if (head !== text && /[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  let count = 0;
  let end = 0;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { index } of segmenter.segment(head)) {
    if (count === max - 1) end = index;
    if (count === max) return `${text.slice(0, end)}…`;
    count++;
  }
  // The head holds fewer than `max` clusters: of a text longer than it, only clusters of stacked marks.
  return head === text ? text : `${head.slice(0, end || head.length)}…`;
}

/** The characters (code points) of a text, counted without making an array of them: a cell may hold millions. */
export function countCodePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character written as two units.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) n--;
    }
  }
  return n;
}
