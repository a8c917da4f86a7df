// Keeps text from breaking HTML: every piece of text a renderer prints passes through `esc`.
import { withoutInvisible } from '../../core/control-chars.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const SPECIAL = /[&<>"'\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/**
 * Text as HTML content or attribute value: markup characters as entities, line breaks as spaces, other control
 * characters shown as `\x1b`, and bidirectional controls and zero-width characters left out (`withoutInvisible`, as in
 * every other rendered format).
 */
export function esc(s: string): string {
  // Most text needs nothing: one test instead of four replacements.
  if (!SPECIAL.test(s)) return s;
  return (
    withoutInvisible(s)
      .replace(/\r\n?|\n|[\u2028\u2029]/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are shown as escapes.
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
      .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
  );
}

/** An id for an anchor from a heading or key: lower case ASCII letters, digits and hyphens. */
export function slug(s: string): string {
  const base = s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'avsnitt';
}

/** Hands out ids that are unique within one document. */
export function idMaker(): (s: string) => string {
  const used = new Set<string>();
  return (s) => {
    const base = slug(s);
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    return id;
  };
}

/** A link to a web address; any other kind of address (javascript:, file:) gives the text without a link. */
export function link(url: string, inner: string): string {
  return /^https?:\/\/[^\s]+$/i.test(url) ? `<a href="${esc(url)}">${inner}</a>` : inner;
}

/** Splits a text function's result around the value it was given, so that the value can be marked up on its own. */
export function around(make: (v: string) => string, value: string, wrap: (v: string) => string): string {
  const mark = '\u0000';
  const [before, after] = make(mark).split(mark) as [string, string?];
  return after === undefined ? esc(make(value)) : `${esc(before)}${wrap(value)}${esc(after)}`;
}
