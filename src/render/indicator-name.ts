// How every output names an indicator: its id and its title, `1.2.a Title`.
import { text, type CatalogueIndex } from '../core/catalogue.ts';
import type { Lang } from '../core/model.ts';

/**
 * The indicator's id and title in `lang`, or the id alone when the catalogue has no title for it. `format` escapes each
 * part for the output (HTML, a Markdown cell); plain text by default.
 */
export function indicatorName(idx: CatalogueIndex, id: string, lang: Lang, format: (s: string) => string = (s) => s): string {
  const title = text(idx.indicator.get(id)?.title, lang);
  return title ? `${format(id)} ${format(title)}` : format(id);
}
