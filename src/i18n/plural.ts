// Which form of a word goes with a count, by the language's CLDR plural rules.
// Intl.PluralRules is built on first use: it costs well under a millisecond, unlike the first Intl.NumberFormat.
import type { Lang } from '../core/model.ts';
import { localeTag } from './locale.ts';

const rules = new Map<Lang, Intl.PluralRules>();

/** `one` where the language puts the count `n` in the plural category "one" (1 in Swedish and English), else `other`. */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(localeTag(lang));
    rules.set(lang, r);
  }
  return r.select(n) === 'one' ? one : other;
}
