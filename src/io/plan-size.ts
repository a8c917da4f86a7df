// What the tool writes it must be able to read back: a plan text over the reading limit is refused before it is
// written, with the text that made it so large.
import { parse } from 'yaml';
import { describePath, longestText } from '../core/longest-text.ts';
import type { Lang } from '../core/model.ts';
import { UserError } from '../errors.ts';
import { planWriteText } from '../i18n/plan-write.ts';
import { MAX_YAML_BYTES } from './yaml-file.ts';

/** The size of `text` as written (UTF-8), and whether it is over the limit every reader applies. */
export function planBytes(text: string): { bytes: number; tooLarge: boolean } {
  const bytes = Buffer.byteLength(text, 'utf8');
  return { bytes, tooLarge: bytes > MAX_YAML_BYTES };
}

/**
 * The UTF-8 bytes of every text in a plan (keys and values): never more than the plan takes as YAML, so a plan whose
 * texts alone pass the limit is too large without being written out.
 */
export function textBytes(value: unknown): number {
  let bytes = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') bytes += Buffer.byteLength(v, 'utf8');
    else if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object')
      for (const [k, child] of Object.entries(v)) {
        bytes += Buffer.byteLength(k, 'utf8');
        stack.push(child);
      }
  }
  return bytes;
}

/** Throws a UserError naming the longest text when `text` is over the limit; `display` is the file as shown. */
export function checkPlanSize(text: string, display: string, lang: Lang): void {
  const { bytes, tooLarge } = planBytes(text);
  if (!tooLarge) return;
  const t = planWriteText[lang];
  let where = '';
  try {
    const value: unknown = parse(text, { maxAliasCount: 0 });
    const longest = longestText(value);
    if (longest) where = `; ${t.longest(describePath(value, longest.path), longest.length)}`;
  } catch {
    // Said without the place: the size alone already stops the write.
  }
  throw new UserError(t.tooLarge(display, bytes, MAX_YAML_BYTES) + where, [], t.tooLargeHint);
}
