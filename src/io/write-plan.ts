// Serialises a plan file the way the tool writes it: schema line first, stable key order, no folding of long lines.
import { stringify } from 'yaml';
import type { Plan } from '../core/model.ts';

export const PLAN_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/skoldigiplan/schemas/plan.schema.json';

const ORDER = ['schemaVersion', 'draft', 'resume', 'catalogue', 'organisation', 'assessment', 'planning', 'actions', 'document'];

/** The text of a plan file. Deterministic: the same plan always gives the same bytes. */
export function planToYaml(plan: Plan): string {
  const ordered: Record<string, unknown> = {};
  for (const k of ORDER) if ((plan as unknown as Record<string, unknown>)[k] !== undefined) ordered[k] = (plan as unknown as Record<string, unknown>)[k];
  const body = stringify(ordered, { lineWidth: 0, indent: 2, aliasDuplicateObjects: false, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `# yaml-language-server: $schema=${PLAN_SCHEMA_URL}\n${body}`;
}
