// The language of a text that the catalogue keeps in one language only (a source's own title): Swedish or English when
// its words say so clearly, otherwise unknown, so that the page can mark the parts whose language differs from its own.
import type { Lang } from '../../core/model.ts';

const SWEDISH = /[åäöÅÄÖ]|\b(?:och|för|av|om|till|med|på|inom|nationell|skolväsendet|digitaliseringsstrategi|handlingsplan|skolverket|regeringen)\b/i;
const ENGLISH = /\b(?:the|and|of|for|with|national|strategy|school|education|digital|report|guidance)\b/i;

export function textLang(s: string): Lang | undefined {
  const sv = SWEDISH.test(s);
  const en = ENGLISH.test(s);
  return sv && !en ? 'sv' : en && !sv ? 'en' : undefined;
}
