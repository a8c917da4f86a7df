// File names may hold line breaks and other control characters; shown as they are, they break a `file:line:col`
// line or a Markdown table. Shown escaped, the name stays on its line and can still be recognised.

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `a\nb.yaml` (with a real line break) → `a\\nb.yaml`; other control characters as `\\x1b`, `\\x7f`. */
export function showControlChars(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this function is for.
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Characters that change how text is shown without being seen: bidirectional embeddings, overrides and isolates
 * (U+202A–202E, U+2066–2069) and marks (U+200E, U+200F), which can make a document show words in an order other than
 * the one stored; and zero-width characters (U+200B, U+200C, U+2060, U+FEFF), which hide inside a word. A zero-width
 * joiner (U+200D) is kept between two emoji, where it joins them into one (👩‍💻), and removed elsewhere.
 */
const INVISIBLE =
  /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * User text as a rendered document (Markdown, PDF, CSV) shows it: without the invisible characters above, so that what
 * a reader sees is what the plan holds, in the order it holds it. JSON output keeps the text as it is: it is data.
 */
export function withoutInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}
