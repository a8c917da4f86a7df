// The prerequisite graph of a catalogue: which indicators each indicator builds on, directly or through others.
import type { Catalogue } from './model.ts';

/**
 * For every indicator, every indicator it builds on transitively (itself excluded).
 * Each closure is its own search, so a faulty catalogue with a cycle cannot make the result depend on order.
 */
export function prerequisiteClosure(catalogue: Pick<Catalogue, 'indicators'>): Map<string, Set<string>> {
  const direct = new Map(catalogue.indicators.map((i) => [i.id, i.prerequisites]));
  const out = new Map<string, Set<string>>();
  for (const id of direct.keys()) {
    const seen = new Set<string>();
    const stack = [...(direct.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === id || seen.has(next)) continue;
      seen.add(next);
      for (const p of direct.get(next) ?? []) stack.push(p);
    }
    out.set(id, seen);
  }
  return out;
}
