// Typed errors: commands throw them, and src/cli.ts alone turns them into messages and exit codes.

/** One finding about an input file, printed as `file:line:col: fel: message` plus an optional hint. */
export interface Diagnostic {
  file: string;
  line?: number;
  col?: number;
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `yaml-syntax`, `schema-type`, `unknown-indicator`. */
  code: string;
  message: string;
  hint?: string;
}

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70, cancelled: 130, terminated: 143 } as const;

/** Bad input from the user (a file, an answer): exit 1, no stack trace. */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(
    message: string,
    diagnostics: Diagnostic[] = [],
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
    this.diagnostics = diagnostics;
  }
}

/** Bad flags or arguments: exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The user cancelled (Ctrl-C): exit 130; ended by SIGTERM: exit 143. */
export class CancelledError extends Error {
  constructor(
    message = '',
    readonly hint?: string,
    readonly exitCode: number = EXIT.cancelled,
  ) {
    super(message);
    this.name = 'CancelledError';
  }
}

/** A command has already printed what went wrong and only wants an exit code. */
export class ExitError extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'ExitError';
  }
}

/**
 * An error that stops a command, as the findings of a --json result: those the error carries (an unusable catalogue's),
 * or one finding with its message and hint, filed under `file`.
 */
export function errorDiagnostics(e: UserError | UsageError | CancelledError, file: string, code: string): Diagnostic[] {
  if (e instanceof UserError && e.diagnostics.length > 0) return e.diagnostics;
  return [{ file, severity: 'error', code, message: e.message, ...(e.hint ? { hint: e.hint } : {}) }];
}
