// The longest text in a value and where it stands: what to name when a plan grows past the size limit.

import { countCodePoints } from './graphemes.ts';
export interface LongestText {
  /** Keys and list positions from the top, e.g. `['actions', 3, 'log', 2, 'note']`. */
  path: (string | number)[];
  /** Length in characters (code points). */
  length: number;
}

/** The longest string (a key counts as a text too), found without recursion; undefined when there is none. */
export function longestText(value: unknown): LongestText | undefined {
  let best: { path: (string | number)[]; units: number } | undefined;
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (!best || v.length > best.units) best = { path, units: v.length };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      v.forEach((child, i) => {
        stack.push([child, [...path, i]]);
      });
    } else
      for (const [k, child] of Object.entries(v)) {
        if (!best || k.length > best.units) best = { path: [...path, k], units: k.length };
        stack.push([child, [...path, k]]);
      }
  }
  if (!best) return undefined;
  let text: unknown = value;
  for (const seg of best.path) text = (text as Record<string | number, unknown>)[seg];
  const s = typeof text === 'string' ? text : String(best.path.at(-1));
  return { path: best.path, length: countCodePoints(s) };
}

/**
 * A path as a reader of the plan file finds it: keys as written, an action by its id, other list items counted
 * from 1 (`actions › A04 › log › 3 › note`).
 */
export function describePath(root: unknown, path: readonly (string | number)[]): string {
  const parts: string[] = [];
  let at: unknown = root;
  for (const seg of path) {
    const item = (at as Record<string | number, unknown> | undefined)?.[seg];
    if (typeof seg === 'number') {
      const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      parts.push(typeof id === 'string' && id !== '' ? id : String(seg + 1));
    } else parts.push(seg);
    at = item;
  }
  return parts.join(' › ');
}
