// File names may hold line breaks and other control characters; shown as they are, they break a `file:line:col`
// line or a Markdown table. Shown escaped, the name stays on its line and can still be recognised.

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `a\nb.yaml` (with a real line break) → `a\\nb.yaml`; other control characters as `\\x1b`, `\\x7f`. */
export function showControlChars(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this function is for.
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
