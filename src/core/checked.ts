// When the catalogue's facts were last checked: every source and resource with its `checked` date and where it sits.
import type { Catalogue, Text } from './model.ts';

/** The part of the catalogue an entry belongs to, as `skoldigiplan catalogue <id>` finds it. */
export type Owner =
  | { kind: 'catalogue' }
  | { kind: 'focus-area' | 'goal' | 'indicator' | 'resource' | 'policy'; id: string }
  | { kind: 'initiative'; id: number };

export interface DatedEntry {
  /** A source of some entry, or a resource itself (its address). */
  kind: 'source' | 'resource';
  owner: Owner;
  /** Path in the catalogue object, for a position in the file. */
  path: (string | number)[];
  /** A source's title as it gives it; a resource's title. */
  title: string | Text;
  url: string;
  checked?: string;
}

/** Every source and every resource of the catalogue, in catalogue order. */
export function datedEntries(c: Catalogue): DatedEntry[] {
  const out: DatedEntry[] = [];
  const sources = (owner: Owner, path: (string | number)[], list: Catalogue['sources'] | undefined) =>
    (list ?? []).forEach((s, i) => {
      out.push({ kind: 'source', owner, path: [...path, 'sources', i], title: s.title, url: s.url, ...(s.checked ? { checked: s.checked } : {}) });
    });
  sources({ kind: 'catalogue' }, [], c.sources);
  c.focusAreas.forEach((f, i) => {
    sources({ kind: 'focus-area', id: f.id }, ['focusAreas', i], f.sources);
  });
  c.goals.forEach((g, i) => {
    sources({ kind: 'goal', id: g.id }, ['goals', i], g.sources);
  });
  c.indicators.forEach((ind, i) => {
    sources({ kind: 'indicator', id: ind.id }, ['indicators', i], ind.sources);
  });
  c.resources.forEach((r, i) => {
    out.push({
      kind: 'resource',
      owner: { kind: 'resource', id: r.id },
      path: ['resources', i],
      title: r.title,
      url: r.url,
      ...(r.checked ? { checked: r.checked } : {}),
    });
    sources({ kind: 'resource', id: r.id }, ['resources', i], r.sources);
  });
  c.initiatives.forEach((n, i) => {
    sources({ kind: 'initiative', id: n.number }, ['initiatives', i], n.sources);
  });
  c.policyContext.forEach((p, i) => {
    sources({ kind: 'policy', id: p.id }, ['policyContext', i], p.sources);
  });
  return out;
}

export interface CheckedRange {
  /** The oldest and the newest `checked` date; absent when no entry has one. */
  oldest?: string;
  newest?: string;
  /** Entries with a date, and without one. */
  dated: number;
  undated: number;
}

/** How fresh the catalogue is: the oldest and newest `checked` date over every source and resource. */
export function checkedRange(c: Catalogue): CheckedRange {
  let oldest: string | undefined;
  let newest: string | undefined;
  let dated = 0;
  let undated = 0;
  for (const e of datedEntries(c)) {
    if (!e.checked) {
      undated++;
      continue;
    }
    dated++;
    if (oldest === undefined || e.checked < oldest) oldest = e.checked;
    if (newest === undefined || e.checked > newest) newest = e.checked;
  }
  return { ...(oldest ? { oldest } : {}), ...(newest ? { newest } : {}), dated, undated };
}

/** YYYY-MM-DD `months` calendar months before `date`; the day is clamped to the month's last (2026-03-31 − 1 → 2026-02-28). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/**
 * Entries due for a check on `referenceDate`: those last checked `months` or more months before it (0: every entry
 * checked on or before it), and those without a date, which come first; then oldest first, in catalogue order on a tie.
 */
export function staleEntries(c: Catalogue, referenceDate: string, months: number): { cutoff: string; entries: DatedEntry[]; total: number } {
  const cutoff = monthsBefore(referenceDate, months);
  const all = datedEntries(c);
  const entries = all
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.checked === undefined || e.checked <= cutoff)
    .sort((a, b) => byDate(a.e.checked ?? '', b.e.checked ?? '') || a.i - b.i)
    .map(({ e }) => e);
  return { cutoff, entries, total: all.length };
}

function byDate(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
