// Two plans of one organisation in a run (plan-2026.yaml and plan-2027.yaml): both are rendered, the roll-up counts
// the later one (latestPerOrganisation in core/rollup.ts), and the run warns on the plan it leaves out.
import { dirname, isAbsolute, relative, sep } from 'node:path';
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
  const { kept, superseded } = latestPerOrganisation(
    valid.map((r) => ({ file: r.display, organisation: r.organisation!, assessmentDate: r.assessmentDate ?? '', result: r })),
  );
  return {
    kept: kept.map((k) => k.result),
    leftOut: superseded.map((s) => s.plan.file),
    warnings: superseded.map(({ plan, by }) => {
      const tie = plan.assessmentDate === by.assessmentDate;
      return {
        file: plan.file,
        severity: 'warning',
        code: 'same-organisation',
        message: t.plan.sameOrganisation(identity(plan.organisation, t), by.file, by.assessmentDate, tie),
        // Two plans of one date are no years to compare: most likely the same plan twice.
        hint: tie ? t.plan.sameOrganisationTieHint : yearHint(by.file, plan.file, t),
      };
    }),
  };
}

/**
 * What to do about it: with the plans in folders apart (plans/2027/, plans/2026/), run on the later plan's folder and
 * compare with the other's. A folder searched takes its subfolders along, so with one plan in or below the other's
 * folder, each year's plans first need a folder of their own.
 */
function yearHint(newer: string, older: string, t: BatchText): string {
  const a = dirname(newer);
  const b = dirname(older);
  if (within(a, b) || within(b, a)) return t.plan.sameOrganisationFolderHint;
  return t.plan.sameOrganisationHint(shellWord(a + sep), shellWord(b + sep));
}

/** A folder as it can be typed in a command: in quotes when it holds a space or a character a shell would act on. */
function shellWord(path: string): string {
  return /[\s"'$`*?[\]{}()&;|<>!#~]/.test(path) ? `"${path}"` : path;
}

/** True when `dir` is `folder` or below it. */
function within(dir: string, folder: string): boolean {
  const r = relative(folder, dir);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
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
