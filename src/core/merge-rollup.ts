// The batch roll-up's count of questionnaire respondents: per organisation and per school unit. Counts only; the
// respondents' comments never reach a roll-up. Pure.
import { byCodeUnits } from './code-units.ts';
import type { Respondents } from './model.ts';
import type { DigestOrganisation } from './rollup.ts';

export interface RespondentRow {
  file: string;
  organisation: DigestOrganisation;
  respondents: Respondents;
}

export interface RespondentCounts {
  /** Plans with merged answers, in file order. */
  rows: RespondentRow[];
  /** Respondents over all of them. */
  total: number;
}

export function countRespondents(digests: readonly { file: string; organisation: DigestOrganisation; respondents?: Respondents }[]): RespondentCounts {
  const rows = digests
    .filter((d) => d.respondents && d.respondents.count > 0)
    .map((d) => ({ file: d.file, organisation: d.organisation, respondents: d.respondents! }))
    .sort((a, b) => byCodeUnits(a.file, b.file));
  return { rows, total: rows.reduce((n, r) => n + r.respondents.count, 0) };
}
