// What every command receives from the process boundary: no command reads globals itself.
import type { ChalkInstance } from 'chalk';
import type { Lang } from './core/model.ts';
import type { InterruptSignal } from './io/interrupt.ts';

export interface Output {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Ctrl-C and SIGTERM, as io/interrupt.ts handles them for the process. */
export interface Signals {
  /** The command stops itself on the first signal: `handler` is called instead. Returns the function that gives them back. */
  onInterrupt(handler: (signal: InterruptSignal) => void): () => void;
  /** Something to undo if a signal ends the process; returns the function that forgets it. */
  untilDone(cleanup: () => void): () => void;
}

export interface Context {
  cwd: string;
  env: NodeJS.ProcessEnv;
  lang: Lang;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Output;
  stderr: Output;
  /** Colour for text written to stderr (human messages). */
  colour: ChalkInstance;
  now: () => Date;
  /** The process's signals; none where nothing can send one (a command run in a test that does not send its own). */
  signals?: Signals;
  /** How the user started the tool (`npx skoldigiplan` or `skoldigiplan`); commands in messages are written this way. */
  command?: string;
}
