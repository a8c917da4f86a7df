// Colour is decided once per process: off for non-TTY, NO_COLOR, --no-color and TERM=dumb.
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColourEnv {
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  noColorFlag: boolean;
}

export function wantsColour({ env, isTTY, noColorFlag }: ColourEnv): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export function createColour(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
