// Ctrl-C (SIGINT) and SIGTERM, handled one way for every command: a command that can stop in good order (batch) takes
// the signal over; otherwise what the command holds (a lock on a plan) is let go and the process ends at once. Files
// are written synchronously (a temporary file, then a rename), so a signal, which is handled between two steps of
// the event loop, never finds one half-written on the main thread.

import { EXIT } from '../errors.ts';

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** The exit code of a run ended by the signal: 128 + its number, as a shell reports a process killed by it. */
export const SIGNAL_EXIT: Record<InterruptSignal, number> = { SIGINT: EXIT.cancelled, SIGTERM: EXIT.terminated };

const SIGNALS: readonly InterruptSignal[] = ['SIGINT', 'SIGTERM'];

let taker: { handler: (signal: InterruptSignal) => void; called: boolean } | undefined;
const cleanups = new Set<() => void>();

/**
 * The command stops itself on the first signal: `handler` is called instead of the process ending. A second signal
 * ends the process as usual, for a user who does not want to wait. Returns the function that gives the signals back.
 */
export function onInterrupt(handler: (signal: InterruptSignal) => void): () => void {
  const own = { handler, called: false };
  taker = own;
  return () => {
    if (taker === own) taker = undefined;
  };
}

/** Something to undo if a signal ends the process (a lock to let go); returns the function that forgets it. */
export function untilDone(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** Runs every cleanup once; one that fails does not keep the others from running. */
export function runCleanups(): void {
  for (const c of [...cleanups]) {
    cleanups.delete(c);
    try {
      c();
    } catch {
      // Ending anyway: what could not be undone is found as stale by the next run.
    }
  }
}

/**
 * Listens for SIGINT and SIGTERM while a command runs (the process boundary calls it once). Without a command that
 * took the signal over, the cleanups run and `end` is called with the exit code, which must end the process.
 * Returns the function that stops listening.
 */
export function handleSignals(end: (signal: InterruptSignal, code: number) => void): () => void {
  const listener = (signal: InterruptSignal) => {
    if (taker && !taker.called) {
      taker.called = true;
      taker.handler(signal);
      return;
    }
    runCleanups();
    end(signal, SIGNAL_EXIT[signal]);
  };
  for (const s of SIGNALS) process.on(s, listener);
  return () => {
    for (const s of SIGNALS) process.removeListener(s, listener);
  };
}
