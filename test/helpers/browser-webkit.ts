// WebKit, Safari's engine, as Debian ships it for Linux: WebKitGTK's MiniBrowser driven by WebKitWebDriver over W3C
// WebDriver classic, through a small client on Node's own fetch. MiniBrowser has no headless mode, so it draws on an Xvfb
// display of its own. One driver, display and browser session per test file, all three ended when the file's tests end.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, expect } from 'vitest';

const DRIVER = process.env.SKOLDIGIPLAN_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
// Debian's MiniBrowser lies under the machine's multiarch folder; elsewhere the driver starts its own default MiniBrowser.
const MINIBROWSER = process.env.SKOLDIGIPLAN_MINIBROWSER ?? `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/webkit2gtk-4.1/MiniBrowser`;
const XVFB = process.env.SKOLDIGIPLAN_XVFB ?? '/usr/bin/Xvfb';

/** WebDriver's codes for the keys the tests press. */
export const KEY = { tab: '\uE004', enter: '\uE007', space: ' ', arrowRight: '\uE014', arrowDown: '\uE015' } as const;

/** A WebDriver session in one MiniBrowser window. */
export class WebKitSession {
  constructor(
    private readonly base: string,
    readonly capabilities: { browserName: string; browserVersion: string },
  ) {}

  private async call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const res = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
    const json = (await res.json()) as { value: T & { error?: string; message?: string } };
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  navigate(url: string): Promise<unknown> {
    return this.call('POST', '/url', { url });
  }

  refresh(): Promise<unknown> {
    return this.call('POST', '/refresh');
  }

  /** Runs a function body in the page and returns what it returns (a promise is awaited). */
  execute<T>(script: string, ...args: unknown[]): Promise<T> {
    return this.call('POST', '/execute/sync', { script, args });
  }

  /** Sets the outer size of the window. */
  setWindowRect(width: number, height: number): Promise<unknown> {
    return this.call('POST', '/window/rect', { width, height });
  }

  /** Sends what follows into the page's frame of that index, or back to the top page with null. */
  async frame(index: number | null): Promise<void> {
    await this.call('POST', index === null ? '/frame/parent' : '/frame', index === null ? {} : { id: index });
  }

  /** Presses and releases each key in turn, as a person typing (a character is a key, as are the codes in KEY). */
  async press(...keys: string[]): Promise<void> {
    const actions = keys.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.call('DELETE', '/actions');
  }

  async close(): Promise<void> {
    await this.call('DELETE', '');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts Xvfb on the first free display, which Xvfb itself picks and writes to the pipe it is given. */
function startXvfb(): Promise<{ process: ChildProcess; display: string }> {
  const x = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  x.stderr!.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    let out = '';
    x.once('error', reject);
    x.once('exit', (code) => reject(new Error(`Xvfb ended (${code}): ${stderr}`)));
    (x.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ process: x, display: `:${out.trim()}` });
    });
  });
}

/** Ends a process started in a group of its own, and whatever it started. */
function end(p: ChildProcess | undefined): void {
  if (p?.pid === undefined || p.exitCode !== null || p.signalCode !== null) return;
  try {
    process.kill(-p.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

let started: Promise<WebKitSession> | undefined;
let xvfb: ChildProcess | undefined;
let driver: ChildProcess | undefined;

async function start(): Promise<WebKitSession> {
  const x = await startXvfb();
  xvfb = x.process;
  const port = await freePort();
  driver = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore', detached: true, env: { ...process.env, DISPLAY: x.display, WAYLAND_DISPLAY: '' } });
  const base = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      async () => {
        try {
          const r = (await (await fetch(`${base}/status`)).json()) as { value: { ready: boolean } };
          return r.value.ready;
        } catch {
          return false;
        }
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const res = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      capabilities: { alwaysMatch: existsSync(MINIBROWSER) ? { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } : {} },
    }),
  });
  const json = (await res.json()) as { value: { sessionId: string; capabilities: { browserName: string; browserVersion: string }; message?: string } };
  if (!res.ok) throw new Error(`WebKitWebDriver gave no session: ${json.value.message}`);
  return new WebKitSession(`${base}/session/${json.value.sessionId}`, json.value.capabilities);
}

/** The file's WebKit session, started on first use; the session, driver and display end when the file's tests end. */
export function useWebKit(): () => Promise<WebKitSession> {
  afterAll(async () => {
    const s = started;
    started = undefined;
    try {
      await (await s)?.close();
    } finally {
      end(driver);
      end(xvfb);
      driver = undefined;
      xvfb = undefined;
    }
  });
  return () => (started ??= start());
}
