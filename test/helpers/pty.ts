// Runs the built CLI in a real pseudo-terminal and reads what a person would see through a headless terminal emulator.
import { spawn, type IPty } from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { BIN, ROOT } from './cli.ts';

export const KEYS = {
  enter: '\r',
  up: '\x1b[A',
  down: '\x1b[B',
  space: ' ',
  tab: '\t',
  backspace: '\x7f',
  ctrlC: '\x03',
} as const;

export type Key = keyof typeof KEYS;

export interface PtyRun {
  /** Types text as keystrokes. */
  type(text: string): void;
  press(key: Key, times?: number): void;
  /** The visible screen, one line per row, trailing blanks removed. */
  screen(): string;
  /** Everything the terminal has shown since the start, scrolled-off lines included. */
  history(): string;
  /** Resolves once the text (or pattern) is on screen; on timeout, fails with the screen in the message. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code. */
  exited: Promise<number>;
  /** Ends the program (SIGHUP, as when the terminal closes, unless another signal is named). */
  kill(signal?: string): void;
  /** Resizes the terminal, as when the window is dragged: the program gets SIGWINCH. */
  resize(cols: number, rows: number): void;
}

export interface PtyOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  cols?: number;
  rows?: number;
}

/**
 * Spawns `node bin/skoldigiplan.js …` in a PTY. The environment is built from scratch: node-pty would pass
 * `undefined` values on as the string "undefined", and the host's locale or colour settings must not leak in.
 */
export function runInPty(args: string[], opts: PtyOptions = {}): PtyRun {
  const cols = opts.cols ?? 100;
  const rows = opts.rows ?? 40;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
  };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const term = new xterm.Terminal({ cols, rows, scrollback: 5000, allowProposedApi: true });
  const child: IPty = spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols, rows, cwd: opts.cwd ?? ROOT, env });
  let pending = Promise.resolve();
  child.onData((data) => {
    pending = pending.then(() => new Promise<void>((done) => term.write(data, done)));
  });
  const exited = new Promise<number>((resolve) => child.onExit(({ exitCode }) => resolve(exitCode)));
  let done = false;
  void exited.then(() => (done = true));

  const lines = (from: number, to: number) => {
    const out: string[] = [];
    const buf = term.buffer.active;
    for (let i = from; i < to; i++) out.push(buf.getLine(i)?.translateToString(true) ?? '');
    return out.join('\n').replace(/\n+$/, '');
  };
  let rowsNow = rows;
  const screen = () => lines(term.buffer.active.viewportY, term.buffer.active.viewportY + rowsNow);
  const history = () => lines(0, term.buffer.active.length);

  const waitFor = async (text: string | RegExp, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    const seen = () => (typeof text === 'string' ? screen().includes(text) : text.test(screen()));
    for (;;) {
      await pending;
      if (seen()) return;
      if (Date.now() > deadline || done) {
        await pending;
        if (seen()) return;
        throw new Error(`waited for ${String(text)}${done ? ' (the program had exited)' : ''}; the screen shows:\n${screen()}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  return {
    type: (text) => {
      for (const ch of text) child.write(ch);
    },
    press: (key, times = 1) => {
      for (let i = 0; i < times; i++) child.write(KEYS[key]);
    },
    screen,
    history,
    waitFor,
    exited: exited.then(async (code) => {
      await pending;
      return code;
    }),
    kill: (signal) => {
      if (!done) child.kill(signal);
    },
    resize: (c, r) => {
      term.resize(c, r);
      rowsNow = r;
      if (!done) child.resize(c, r);
    },
  };
}
