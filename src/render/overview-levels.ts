// The roll-up's table of levels per indicator, the same in every format of the overview: its column heads and each
// indicator's counts.
import type { IndicatorDistribution } from '../core/rollup.ts';
import type { BatchText } from '../i18n/batch.ts';

/** The column heads: the indicator; plans at current level 1–4; at target level 1–4; unknown, not relevant, unanswered, with a gap. */
export function levelHeads(t: BatchText['overview']['levels']): string[] {
  const levels = [1, 2, 3, 4];
  return [t.indicator, ...levels.map(t.current), ...levels.map(t.target), t.unknown, t.notRelevant, t.unanswered, t.withGap];
}

/** An indicator's counts, in the order of the heads after the indicator's own. */
export function levelCounts(d: IndicatorDistribution): number[] {
  return [...d.current, ...d.target, d.unknown, d.notRelevant, d.unanswered, d.withGap];
}
