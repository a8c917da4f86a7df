// The catalogue a plan is read with in a batch: the organisation's own (--catalogue) for every plan, else the built-in one the plan names.
import type { Catalogue, Lang, Plan } from '../../core/model.ts';
import { builtinCatalogue, loadCatalogueFile } from '../../io/load-catalogue.ts';

/** Both loaders keep what they have read, so calling this once per plan reads each catalogue once. */
export function catalogueFor(plan: Plan, opts: { catalogueFile?: string; cwd: string; lang: Lang }): Catalogue | undefined {
  return opts.catalogueFile ? loadCatalogueFile(opts.catalogueFile, opts.cwd, opts.lang) : builtinCatalogue(plan.catalogue.id);
}
