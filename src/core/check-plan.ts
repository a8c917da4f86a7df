// Checks a plan against the catalogue and reference data; returns issues with their paths.
import type { Catalogue, Plan } from './model.ts';
import { addTerms, compareTerms, isTerm, termIndex } from './terms.ts';
import { isValidOrganisationNumber } from './organisation-number.ts';
import { nearestId } from './nearest-id.ts';
import { otherMunicipalityNamed } from './municipality-name.ts';

export type PlanIssue =
  | { code: 'unknown-indicator'; path: (string | number)[]; key: true; id: string; near?: string }
  | { code: 'unknown-municipality'; path: (string | number)[]; codeValue: string }
  | { code: 'bad-organisation-number'; path: (string | number)[]; value: string }
  | { code: 'target-below-current'; path: (string | number)[]; current: number; target: number }
  | { code: 'action-unknown-indicator'; path: (string | number)[]; id: string; near?: string }
  | { code: 'end-before-start'; path: (string | number)[]; start: string; end: string }
  | { code: 'duplicate-action'; path: (string | number)[]; id: string }
  | { code: 'unknown-resource'; path: (string | number)[]; id: string }
  | { code: 'unknown-suggestion'; path: (string | number)[]; id: string }
  // Warnings: the plan is valid, but an action looks like a mistake.
  | { code: 'action-too-long'; path: (string | number)[]; start: string; end: string; span: number; terms: number; planEnd: string }
  | { code: 'action-no-indicators'; path: (string | number)[]; id: string }
  | { code: 'municipality-name-mismatch'; path: (string | number)[]; codeValue: string; codeName: string; named: string; namedCode: string };

/** Issues that do not make a plan invalid. */
export const PLAN_WARNINGS: ReadonlySet<PlanIssue['code']> = new Set(['action-too-long', 'action-no-indicators', 'municipality-name-mismatch']);

export interface ReferenceData {
  /** Kommunkod → the municipality's name. */
  municipalities: ReadonlyMap<string, string>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): [string, number][] =>
  Array.isArray(v) ? v.map((x, j) => [x, j] as [unknown, number]).filter((e): e is [string, number] => typeof e[0] === 'string') : [];

/**
 * Also called on plans that failed the schema, so that every problem is reported at once: it reads each
 * field only when it has the shape the schema asks for, and leaves the rest to the schema's messages.
 */
export function checkPlan(plan: Plan, catalogue: Catalogue, ref: ReferenceData): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const indicatorIds = new Set(catalogue.indicators.map((i) => i.id));
  const resourceIds = new Set(catalogue.resources.map((r) => r.id));
  const org: unknown = plan.organisation;
  if (isObject(org)) {
    if (org.kind === 'municipality' && typeof org.municipalityCode === 'string') {
      const code = org.municipalityCode;
      const codeName = ref.municipalities.get(code);
      if (codeName === undefined) issues.push({ code: 'unknown-municipality', path: ['organisation', 'municipalityCode'], codeValue: code });
      const named = typeof org.name === 'string' ? otherMunicipalityNamed(org.name, code, ref.municipalities) : undefined;
      if (named && codeName !== undefined) {
        issues.push({
          code: 'municipality-name-mismatch',
          path: ['organisation', 'municipalityCode'],
          codeValue: code,
          codeName,
          named: named.name,
          namedCode: named.code,
        });
      }
    }
    if (typeof org.organisationNumber === 'string' && /^\d{6}-\d{4}$/.test(org.organisationNumber) && !isValidOrganisationNumber(org.organisationNumber)) {
      issues.push({ code: 'bad-organisation-number', path: ['organisation', 'organisationNumber'], value: org.organisationNumber });
    }
  }
  const assessment: unknown = plan.assessment;
  const answers = isObject(assessment) && isObject(assessment.answers) ? assessment.answers : {};
  for (const [id, answer] of Object.entries(answers)) {
    if (!indicatorIds.has(id))
      issues.push({ code: 'unknown-indicator', path: ['assessment', 'answers', id], key: true, id, near: nearestId(id, indicatorIds, 1) });
    if (isObject(answer) && typeof answer.current === 'number' && typeof answer.target === 'number' && answer.target < answer.current) {
      issues.push({ code: 'target-below-current', path: ['assessment', 'answers', id, 'target'], current: answer.current, target: answer.target });
    }
  }
  const suggestionIds = new Set(catalogue.indicators.flatMap((i) => i.actions.map((a) => a.id)));
  const planning: unknown = plan.planning;
  for (const [id, i] of strings(isObject(planning) ? planning.declined : undefined)) {
    if (!suggestionIds.has(id)) issues.push({ code: 'unknown-suggestion', path: ['planning', 'declined', i], id });
  }
  // The planning period bounds how long one action may plausibly run.
  const period =
    isObject(planning) && typeof planning.start === 'string' && isTerm(planning.start) && Number.isInteger(planning.terms) && (planning.terms as number) >= 1
      ? { terms: planning.terms as number, end: addTerms(planning.start, (planning.terms as number) - 1) }
      : undefined;
  const seen = new Set<string>();
  const actions: unknown[] = Array.isArray(plan.actions) ? plan.actions : [];
  actions.forEach((a, i) => {
    if (!isObject(a)) return;
    if (typeof a.id === 'string') {
      if (seen.has(a.id)) issues.push({ code: 'duplicate-action', path: ['actions', i, 'id'], id: a.id });
      seen.add(a.id);
    }
    for (const [id, j] of strings(a.indicators)) {
      if (!indicatorIds.has(id))
        issues.push({ code: 'action-unknown-indicator', path: ['actions', i, 'indicators', j], id, near: nearestId(id, indicatorIds, 1) });
    }
    for (const [id, j] of strings(a.resources)) {
      if (!resourceIds.has(id)) issues.push({ code: 'unknown-resource', path: ['actions', i, 'resources', j], id });
    }
    if (Array.isArray(a.indicators) && a.indicators.length === 0) {
      issues.push({ code: 'action-no-indicators', path: ['actions', i, 'indicators'], id: typeof a.id === 'string' ? a.id : String(i + 1) });
    }
    if (typeof a.start === 'string' && typeof a.end === 'string' && isTerm(a.start) && isTerm(a.end)) {
      if (compareTerms(a.end, a.start) < 0) issues.push({ code: 'end-before-start', path: ['actions', i, 'end'], start: a.start, end: a.end });
      const span = termIndex(a.end) - termIndex(a.start) + 1;
      // An action that runs longer than the whole plan takes a place in the capacity in every term of it.
      if (period && span > period.terms) {
        issues.push({ code: 'action-too-long', path: ['actions', i, 'end'], start: a.start, end: a.end, span, terms: period.terms, planEnd: period.end });
      }
    }
  });
  return issues;
}
