// What every command receives from the process boundary: no command reads globals itself.
import type { ChalkInstance } from 'chalk';
import type { Lang } from './core/model.ts';

export interface Output {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
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
  /** How the user started the tool (`npx skoldigiplan` or `skoldigiplan`); commands in messages are written this way. */
  command?: string;
}
