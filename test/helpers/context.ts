// A Context for running a command in this process, keeping what it wrote to stderr.
import { Chalk } from 'chalk';
import type { Context } from '../../src/context.ts';

export function testContext(cwd: string, now = new Date('2027-03-01T12:00:00Z')): Context & { err: string[] } {
  const err: string[] = [];
  return {
    cwd,
    env: {},
    lang: 'sv',
    stdin: process.stdin,
    stdout: { write: () => true },
    stderr: { write: (s: string | Uint8Array) => err.push(String(s)) },
    colour: new Chalk({ level: 0 }),
    now: () => now,
    err,
  };
}
