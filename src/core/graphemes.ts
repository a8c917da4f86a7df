// Cutting text short without splitting a character: an emoji, a letter with a combining accent or a flag is one
// grapheme cluster of several UTF-16 units, and a cut inside one leaves half a character (shown as U+FFFD).

/** Made on first use: making it loads the locale data, which a command that cuts no text need not wait for. */
let segmenter: Intl.Segmenter | undefined;

/**
 * `text` when it has at most `max` characters (grapheme clusters), else its first `max - 1` and an ellipsis. Reads no
 * further into the text than the cut, however long the text is.
 */
export function cutText(text: string, max: number): string {
  // Every cluster is at least one unit: text this short cannot be over the limit.
  if (text.length <= max) return text;
  let count = 0;
  let end = 0;
  for (const { index } of (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text)) {
    if (count === max - 1) end = index;
    if (count === max) return `${text.slice(0, end)}…`;
    count++;
  }
  return text;
}
