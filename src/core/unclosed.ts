// A bracket or quote left open in a YAML file, as far as a message needs to say: found by io, worded by i18n.

export type UnclosedKind = 'list' | 'map' | 'quote';

/** A `[`, `{` or quote that is never closed: what a message about it says. */
export interface UnclosedMark {
  kind: UnclosedKind;
  /** Where the opening character stands. */
  line: number;
  col: number;
  /** The character that should close it: `]`, `}`, `"` or `'`. */
  close: string;
  /**
   * `missing`: no closing character after it up to where the parser gave up; `uncounted`: there is one, but after `#`,
   * inside quotes or on a line indented too little; `wrong`: the other bracket stands where this one should (`[1.2.a}`).
   */
  problem: 'missing' | 'uncounted' | 'wrong';
  /** The line where the parser gave up: for a quote, how far the text runs. */
  gaveUpLine: number;
}
