// The record's details and the board's decision, as every cover shows them: a decision when the plan file has one,
// else the plan is a proposal ("Förslag till beslut").
import type { Plan, PlanDocument } from './model.ts';

export interface CoverRecord {
  diarienummer?: string;
  version?: string;
  owner?: string;
  /** The decision taken, or undefined while the plan is a proposal. */
  decision?: NonNullable<PlanDocument['decision']>;
  /** No decision yet: the cover says "Förslag till beslut". */
  proposal: boolean;
}

export function coverRecord(plan: Pick<Plan, 'document'>): CoverRecord {
  const d = plan.document ?? {};
  const clean = (s: string | undefined) => (s === undefined ? undefined : s.replace(/\s+/g, ' ').trim() || undefined);
  const diarienummer = clean(d.diarienummer);
  const version = clean(d.version);
  const owner = clean(d.owner);
  const body = clean(d.decision?.body);
  const date = clean(d.decision?.date);
  const paragraph = clean(d.decision?.paragraph);
  const decision = body && date ? { body, date, ...(paragraph ? { paragraph } : {}) } : undefined;
  return {
    ...(diarienummer ? { diarienummer } : {}),
    ...(version ? { version } : {}),
    ...(owner ? { owner } : {}),
    ...(decision ? { decision } : {}),
    proposal: decision === undefined,
  };
}
