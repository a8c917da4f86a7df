// The BCP 47 tag for each language: what PDF metadata, case mapping and Intl are given.
import type { Lang } from '../core/model.ts';

export type LocaleTag = 'sv-SE' | 'en-GB';

export function localeTag(lang: Lang): LocaleTag {
  return lang === 'sv' ? 'sv-SE' : 'en-GB';
}
