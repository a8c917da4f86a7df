// The JSON lines `batch --json` writes to stdout: one per plan as it finishes, then a summary (schemas/batch-event.schema.json).
import type { DigestOrganisation } from '../../core/rollup.ts';
import type { Diagnostic } from '../../errors.ts';
import type { PlanStatus } from './process-plan.ts';

export interface PlanEvent {
  type: 'plan';
  file: string;
  organisation: DigestOrganisation | null;
  status: PlanStatus;
  outputs: string[];
  errors: Diagnostic[];
  durationMs: number;
}

export interface SummaryEvent {
  type: 'summary';
  plans: number;
  ok: number;
  skipped: number;
  failed: number;
  aborted: boolean;
  out: string;
  /** The roll-up files (overview.md, overview.csv, overview.pdf). */
  outputs: string[];
  /** The run's own files that could not be written (an overview file, the manifest). */
  errors: Diagnostic[];
  jobs: number;
  durationMs: number;
  /** Peak resident memory of the whole process, worker threads included, in kilobytes. */
  maxRssKb: number;
}

const ms = (x: number) => Math.round(x * 10) / 10;

export function planEvent(p: {
  display: string;
  status: PlanStatus;
  organisation?: DigestOrganisation;
  outputs: string[];
  diagnostics: Diagnostic[];
  durationMs: number;
}): PlanEvent {
  return {
    type: 'plan',
    file: p.display,
    organisation: p.organisation ?? null,
    status: p.status,
    outputs: p.outputs,
    errors: p.diagnostics.map(cleanDiagnostic),
    durationMs: ms(p.durationMs),
  };
}

/** Drops undefined fields so every event validates against the schema as written. */
function cleanDiagnostic(d: Diagnostic): Diagnostic {
  const out: Diagnostic = { file: d.file, severity: d.severity, code: d.code, message: d.message };
  if (d.line !== undefined) out.line = d.line;
  if (d.col !== undefined) out.col = d.col;
  if (d.hint !== undefined) out.hint = d.hint;
  return out;
}

export function summaryEvent(s: Omit<SummaryEvent, 'type' | 'maxRssKb'>): SummaryEvent {
  return { type: 'summary', ...s, durationMs: ms(s.durationMs), maxRssKb: process.resourceUsage().maxRSS };
}
