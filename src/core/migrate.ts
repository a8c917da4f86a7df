// Carries a plan made with an older catalogue version over to the current one, using the catalogue's `migrations`.
import type { Answer, Catalogue, Migration, Plan } from './model.ts';

export interface MappedIndicator {
  /** The id in the plan (the older catalogue version). */
  from: string;
  /** The ids it became: one for a rename, several for a split. */
  to: string[];
}

/** What a loaded plan records about being carried over, for messages and for `compare`. */
export interface MigrationInfo {
  from: string;
  to: string;
  mapped: MappedIndicator[];
  removed: string[];
  /** New ids whose answers were given against the older version and are to be assessed again (see `reassessIds`). */
  reassess: string[];
}

export interface MigrationResult {
  /** The plan with answers and action indicators carried over; the input is not changed. */
  plan: Plan;
  /** The catalogue version the plan says it was made with. */
  fromVersion: string;
  /** The catalogue's version. */
  toVersion: string;
  /** True when the catalogue has a mapping from the plan's version and it was applied. */
  applied: boolean;
  /** Ids that were renamed or split, in the order they appear in the plan. */
  mapped: MappedIndicator[];
  /** Ids the catalogue says were removed: their answers are dropped, and actions no longer name them. */
  removed: string[];
  /** Ids the plan uses that neither the catalogue nor its mapping knows. */
  unmapped: string[];
  /**
   * New ids that were already answered in the plan when a mapping would have copied an answer onto them:
   * the plan's own answer is kept.
   */
  kept: string[];
  /** Ids of the carried-over plan whose answers are to be assessed again, in catalogue order (see `reassessIds`). */
  reassess: string[];
}

/** The catalogue's mapping from `version`, if it has one. Each entry maps one older version straight to the catalogue's. */
export function migrationFrom(catalogue: Pick<Catalogue, 'migrations'>, version: string): Migration | undefined {
  return (catalogue.migrations ?? []).find((m) => m.from === version);
}

/**
 * Applies the catalogue's mapping for the plan's catalogue version. A renamed indicator keeps its answer under the new id;
 * a split copies the answer to every new id; a removed one is dropped and listed. Ids that nothing maps are listed as unmapped
 * and left as they are, so the usual unknown-indicator check points at them in the file.
 */
export function migratePlan(plan: Plan, catalogue: Catalogue): MigrationResult {
  const fromVersion = plan.catalogue?.version ?? '';
  const known = new Set(catalogue.indicators.map((i) => i.id));
  const migration = fromVersion !== catalogue.version ? migrationFrom(catalogue, fromVersion) : undefined;
  const table = migration?.indicators ?? {};
  const mappedOf = (id: string): string[] | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);

  const mapped = new Map<string, string[]>();
  const removed = new Set<string>();
  const unmapped = new Set<string>();
  const note = (id: string) => {
    const to = mappedOf(id);
    if (to === undefined) {
      if (!known.has(id)) unmapped.add(id);
    } else if (to.length === 0) removed.add(id);
    else mapped.set(id, to);
  };

  const answers = plan.assessment?.answers ?? {};
  const ownIds = new Set(Object.keys(answers).filter((id) => mappedOf(id) === undefined));
  const nextAnswers: Record<string, Answer> = {};
  const kept: string[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    note(id);
    const to = mappedOf(id);
    if (to === undefined) {
      nextAnswers[id] = answer;
      continue;
    }
    for (const target of to) {
      // The plan's own answer for a new id wins over one copied from an old id.
      if (ownIds.has(target) || Object.hasOwn(nextAnswers, target)) {
        if (!kept.includes(target)) kept.push(target);
        continue;
      }
      nextAnswers[target] = { ...answer };
    }
  }

  const actions = (plan.actions ?? []).map((a) => {
    const indicators: string[] = [];
    for (const id of a.indicators ?? []) {
      note(id);
      for (const target of mappedOf(id) ?? [id]) if (!indicators.includes(target)) indicators.push(target);
    }
    return { ...a, indicators };
  });

  const next: Plan = plan.assessment ? { ...plan, assessment: { ...plan.assessment, answers: nextAnswers }, actions } : { ...plan, actions };
  return {
    plan: next,
    fromVersion,
    toVersion: catalogue.version,
    applied: migration !== undefined,
    mapped: [...mapped].map(([from, to]) => ({ from, to })),
    removed: [...removed],
    unmapped: [...unmapped],
    kept,
    reassess: reassessIds(next, catalogue),
  };
}

/**
 * The answers of a plan made with an older catalogue version that the catalogue's mapping asks to be assessed again
 * (`reassess`): the ids, in catalogue order, that such an answer was carried to (the ids `indicators` maps it to, else the
 * same id) and that hold an answer. `plan` is the plan as carried over: it still names the version it was made with.
 * Empty for a plan of the catalogue's own version.
 */
export function reassessIds(plan: Pick<Plan, 'catalogue' | 'assessment'>, catalogue: Catalogue): string[] {
  const from = plan.catalogue?.version;
  if (typeof from !== 'string' || from === catalogue.version) return [];
  const migration = migrationFrom(catalogue, from);
  if (!migration?.reassess?.length) return [];
  const answers = plan.assessment?.answers ?? {};
  const marked = new Set<string>();
  for (const old of migration.reassess) {
    const to = Object.hasOwn(migration.indicators, old) ? migration.indicators[old]! : [old];
    for (const id of to) if (Object.hasOwn(answers, id)) marked.add(id);
  }
  return catalogue.indicators.map((i) => i.id).filter((id) => marked.has(id));
}
