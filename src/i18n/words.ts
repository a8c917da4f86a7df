// Small shared words: importance and action status in each language.
import type { ActionStatus, Importance, Lang } from '../core/model.ts';
import { reportText } from './report.ts';

export function importanceWord(i: Importance, lang: Lang): string {
  return reportText[lang].importance[i];
}

export function statusWord(s: ActionStatus, lang: Lang): string {
  return reportText[lang].status[s];
}
