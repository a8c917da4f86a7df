// Number formats per language, made on first use: building an Intl.NumberFormat loads locale data,
// which costs milliseconds that a command printing no numbers should not pay at start-up.
import type { Lang } from '../core/model.ts';

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/** A cached formatter for `lang` with exactly `decimals` fraction digits (0 gives whole numbers). */
export function numberFormat(lang: Lang, decimals = 0): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], decimals === 0 ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, f);
  }
  return f;
}
