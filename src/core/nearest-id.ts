// "Did you mean …?": the known id closest to a mistyped one, by edit distance.

/** The closest known id within `maxEdits` edits; ties go to the smaller id, so the hint is stable. */
export function nearestId(id: string, known: Iterable<string>, maxEdits: number): string | undefined {
  let best: string | undefined;
  let bestD = maxEdits + 1;
  for (const k of known) {
    const d = editDistance(id, k);
    if (d < bestD || (d === bestD && best !== undefined && k < best)) [best, bestD] = [k, d];
  }
  return bestD <= maxEdits ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
