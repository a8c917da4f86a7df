// The roll-up's "Omfattning": what it counts, in one list for every format of the overview.
import type { Rollup } from '../core/rollup.ts';
import type { BatchText } from '../i18n/batch.ts';

/** Label and count: plans, organisers, school units and failed plans, then paths and other catalogues when there are any. */
export function overviewCounts(r: Rollup, t: BatchText['overview']['counts']): [string, number][] {
  const counts: [string, number][] = [
    [t.plans, r.plans],
    [t.organisers, r.organisers],
    [t.units, r.units],
    [t.failed, r.failed.length],
  ];
  if (r.paths.length) counts.push([t.paths, r.paths.length]);
  if (r.otherCatalogue.length) counts.push([t.other, r.otherCatalogue.length]);
  return counts;
}
