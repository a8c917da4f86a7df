// Two plans of one organisation in a run (plan-2026.yaml and plan-2027.yaml): both are rendered, the roll-up counts
// the later one (latestPerOrganisation in core/rollup.ts), and the run warns on the plan it leaves out.
import { latestPerOrganisation, type DigestOrganisation } from '../../core/rollup.ts';
import type { Diagnostic } from '../../errors.ts';
import type { BatchText } from '../../i18n/batch.ts';
import type { CheckResult } from './process-plan.ts';

export interface Counted {
  /** The plans the roll-up counts, in path order. */
  kept: CheckResult[];
  /** Display paths of the plans it leaves out. */
  leftOut: string[];
  /** One warning per plan left out, on that plan's file. */
  warnings: Diagnostic[];
}

/** `valid` are valid plans, in path order, each with its organisation and assessment date. */
export function countOncePerOrganisation(valid: readonly CheckResult[], t: BatchText): Counted {
  const { kept, superseded } = latestPerOrganisation(valid.map((r) => ({ file: r.display, organisation: r.organisation!, assessmentDate: r.assessmentDate ?? '', result: r })));
  return {
    kept: kept.map((k) => k.result),
    leftOut: superseded.map((s) => s.plan.file),
    warnings: superseded.map(({ plan, by }) => ({
      file: plan.file,
      severity: 'warning',
      code: 'same-organisation',
      message: t.plan.sameOrganisation(identity(plan.organisation, t), by.file, by.assessmentDate, plan.assessmentDate === by.assessmentDate),
      hint: t.plan.sameOrganisationHint,
    })),
  };
}

function identity(org: DigestOrganisation, t: BatchText): string {
  const who = t.plan.identity;
  const organiser =
    org.kind === 'municipality' && org.municipalityCode
      ? who.municipality(org.municipalityCode)
      : org.organisationNumber
        ? who.organisationNumber(org.organisationNumber)
        : org.municipalityCode
          ? who.municipality(org.municipalityCode)
          : org.name;
  return org.unit ? `${organiser}, ${who.unit(org.unit.schoolUnitCode ?? org.unit.name)}` : organiser;
}
