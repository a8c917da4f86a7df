// One row per plan for the roll-up's tables (overview.csv and overview.xlsx): the plans of the roll-up's catalogue in
// file order, then the files that gave no counted plan. Only organisation data: the contact person is never included.
import { byCodeUnits } from '../core/code-units.ts';
import type { Catalogue, Respondents } from '../core/model.ts';
import { planFigures, type DigestActions, type DigestOrganisation, type GroupMeans, type PlanDigest, type Rollup } from '../core/rollup.ts';

/** An indicator's level, or why there is none. */
export type LevelCell = number | 'unknown' | 'not-relevant' | undefined;

export interface OverviewPlanRow {
  kind: 'plan';
  file: string;
  organisation: DigestOrganisation;
  date: string;
  goals: GroupMeans[];
  focusAreas: GroupMeans[];
  priorities: string[];
  actions: DigestActions | undefined;
  /** How many answered the questionnaire merged into the plan: counts only, never a comment. */
  respondents: Respondents | undefined;
  /** Current and target level per indicator of the catalogue, in its order. */
  indicators: { current: LevelCell; target: LevelCell }[];
}

export interface OverviewFailedRow {
  kind: 'failed' | 'path';
  file: string;
}

export type OverviewRow = OverviewPlanRow | OverviewFailedRow;

export function overviewRows(digests: readonly PlanDigest[], failures: Pick<Rollup, 'failed' | 'paths'>, catalogue: Catalogue): OverviewRow[] {
  const rows: OverviewRow[] = [];
  const sorted = [...digests].filter((d) => d.catalogue.id === catalogue.id).sort((a, b) => byCodeUnits(a.file, b.file));
  for (const d of sorted) {
    const fig = planFigures(d, catalogue);
    const answers = new Map(d.answers.map((a) => [a.indicator, a]));
    rows.push({
      kind: 'plan',
      file: d.file,
      organisation: d.organisation,
      date: d.assessmentDate,
      goals: fig.goals,
      focusAreas: fig.focusAreas,
      priorities: d.priorities,
      actions: d.actions,
      respondents: d.respondents,
      indicators: catalogue.indicators.map((i) => {
        const a = answers.get(i.id);
        if (a?.state === 'answered') return { current: a.current, target: a.target };
        if (a?.state === 'unknown') return { current: 'unknown', target: undefined };
        if (a?.state === 'not-relevant') return { current: 'not-relevant', target: undefined };
        return { current: undefined, target: undefined };
      }),
    });
  }
  for (const f of failures.failed) rows.push({ kind: 'failed', file: f.file });
  for (const f of failures.paths) rows.push({ kind: 'path', file: f.file });
  return rows;
}
