// The organiser as a plan and an answers file name it: who it is and which school forms it runs, without a unit or a contact.
import type { Organisation } from './model.ts';

export type OrganisationIdentity = Omit<Organisation, 'unit' | 'contact'>;

/** Just the identity of `o`, with no empty code or number written out. */
export function organisationIdentity(o: OrganisationIdentity): OrganisationIdentity {
  return {
    name: o.name,
    kind: o.kind,
    ...(o.municipalityCode ? { municipalityCode: o.municipalityCode } : {}),
    ...(o.organisationNumber ? { organisationNumber: o.organisationNumber } : {}),
    schoolForms: o.schoolForms,
  };
}
