// Answers files as the questionnaire writes them, and a Context that keeps what a command printed.
import { Chalk } from 'chalk';
import type { Context } from '../../src/context.ts';
import type { SheetAnswer } from '../../src/core/merge.ts';

export function context(cwd: string, lang: 'sv' | 'en' = 'sv'): Context & { err: () => string; out: () => string } {
  const err: string[] = [];
  const out: string[] = [];
  return {
    cwd,
    env: {},
    lang,
    stdin: process.stdin,
    stdout: { write: (s: string | Uint8Array) => out.push(String(s)) },
    stderr: { write: (s: string | Uint8Array) => err.push(String(s)) },
    colour: new Chalk({ level: 0 }),
    now: () => new Date('2027-01-15T12:00:00Z'),
    err: () => err.join(''),
    out: () => out.join(''),
  };
}

export const EXEMPELBY = { name: 'Exempelby kommun', kind: 'municipality', municipalityCode: '2506', schoolForms: ['grundskola'] };

export interface SheetSpec {
  id?: string;
  role?: string;
  unit?: string;
  version?: string;
  organisation?: Record<string, unknown> | null;
  answers: Record<string, SheetAnswer>;
}

/** An answers file's text, in the layout the questionnaire writes. */
export function answersFile(spec: SheetSpec): string {
  const q = (s: unknown) => JSON.stringify(String(s));
  const lines = ['# Svar från enkäten', 'schemaVersion: 1'];
  if (spec.id) lines.push(`id: ${q(spec.id.padStart(8, '0'))}`);
  lines.push(`catalogue: { id: "nationell", version: ${q(spec.version ?? '1.1.0')} }`);
  const org = spec.organisation === undefined ? EXEMPELBY : spec.organisation;
  if (org) lines.push(`organisation: ${JSON.stringify(org)}`);
  lines.push('respondent:', `  role: ${spec.role ?? 'rektor'}`);
  if (spec.unit) lines.push(`  unit: { name: ${q(spec.unit)} }`);
  lines.push('assessment:', '  date: 2027-01-10', '  answers:');
  for (const [id, a] of Object.entries(spec.answers)) lines.push(`    ${q(id)}: ${JSON.stringify(a)}`);
  return `${lines.join('\n')}\n`;
}
