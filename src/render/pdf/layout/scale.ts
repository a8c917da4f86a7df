// Linear scales for the charts: map a value domain onto a span of the page.

export interface Scale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** Maps [d0, d1] onto [r0, r1]; values outside the domain are held at its ends so nothing is drawn outside the plot. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const f = ((v: number) => {
    if (!Number.isFinite(v) || span === 0) return r0;
    const t = Math.min(1, Math.max(0, (v - d0) / span));
    return r0 + t * (r1 - r0);
  }) as Scale;
  f.domain = domain;
  f.range = range;
  return f;
}

/** Whole-number ticks from `from` to `to`, both included. */
export function integerTicks(from: number, to: number): number[] {
  const out: number[] = [];
  for (let v = Math.ceil(from); v <= Math.floor(to); v++) out.push(v);
  return out;
}
