// The catalogue a batch reads plans with: the organisation's own (--catalogue) for every plan, else the built-in one
// with the plan's catalogue id.
import type { Catalogue, Lang } from '../../core/model.ts';
import { builtinCatalogue, loadCatalogueFile } from '../../io/load-catalogue.ts';

/** Both loaders keep what they have read, so calling this once per plan reads each catalogue once. */
export function catalogueFor(id: string, opts: { catalogueFile?: string | undefined; cwd: string; lang: Lang }): Catalogue | undefined {
  return opts.catalogueFile ? loadCatalogueFile(opts.catalogueFile, opts.cwd, opts.lang) : builtinCatalogue(id);
}
