// The built CLI starts from V8 bytecode cached at build time when it runs on the build's V8, from Node's own compile
// cache on Node.js 22 and later otherwise, and works the same when a cache is missing or unusable.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.ts';

/** Whether this Node.js has a compile cache of its own (22.1 and later). */
const NODE_CACHE = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

interface CacheUse {
  mode: 'bundle' | 'node' | 'none';
  /** Bundle files that started from the bundle's bytecode, and those compiled. */
  accepted: string[];
  compiled: string[];
  /** Node's compile cache folder, when that cache is on. */
  nodeCache?: string;
  stdout: string;
  status: number | null;
}

/**
 * Runs `validate examples/storstad.yaml` from `dist` as bin/skoldigiplan.js starts it, or with the bundle's cache in
 * write mode as the build makes it, and returns which cache it used and for which bundle files.
 */
function cacheUse(dist: string, opts: { write?: boolean; env?: Record<string, string> } = {}): CacheUse {
  const cc = JSON.stringify(join(dist, 'code-cache.js'));
  const start = opts.write
    ? `({ mode: 'write', ...require(${cc}).installCodeCache(${JSON.stringify(dist)}, 'write') })`
    : `require(${cc}).startCodeCache(${JSON.stringify(dist)})`;
  const script = `
    const use = ${start};
    process.argv = [process.argv[0], 'skoldigiplan', 'validate', 'examples/storstad.yaml'];
    process.on('exit', () => process.stdout.write('\\n' + JSON.stringify({ ...use, nodeCache: require('node:module').getCompileCacheDir?.() }) + '\\n'));
    require(${JSON.stringify(join(dist, 'cli.js'))});`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...opts.env } });
  const lines = r.stdout.trim().split('\n');
  return { ...JSON.parse(lines[lines.length - 1]!), stdout: r.stdout + r.stderr, status: r.status };
}

describe('code cache', () => {
  let pkg: string;
  let dist: string;
  let built: string[];
  beforeAll(() => {
    pkg = mkdtempSync(join(tmpdir(), 'skoldigiplan-cache-'));
    for (const part of ['bin', 'dist', 'schemas', 'data', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    dist = join(pkg, 'dist');
    built = readdirSync(join(dist, 'code-cache'));
  });
  afterAll(() => rmSync(pkg, { recursive: true, force: true }));

  /** Runs `f` with dist/code-cache made by `make` in place of the build's, which is put back afterwards. */
  function withCache<T>(make: (cacheDir: string) => void, f: () => T): T {
    renameSync(join(dist, 'code-cache'), join(dist, 'built-cache'));
    try {
      make(join(dist, 'code-cache'));
      return f();
    } finally {
      rmSync(join(dist, 'code-cache'), { recursive: true, force: true });
      renameSync(join(dist, 'built-cache'), join(dist, 'code-cache'));
    }
  }

  it('the build leaves bytecode for the bundle in a folder named for its V8 version', () => {
    expect(built).toHaveLength(1);
    expect(built[0]).toMatch(/^\d+\.\d+\.\d+/);
    expect(readdirSync(join(dist, 'code-cache', built[0]!))).toContain('cli.js.v8');
  });

  it('on the V8 that made the bytecode, validate starts from it without compiling any bundle file', () => {
    // Bytecode made by this Node.js the way the build makes it (on the build's Node.js, that is the build's cache).
    withCache(
      () => expect(cacheUse(dist, { write: true }).status).toBe(0),
      () => {
        expect(readdirSync(join(dist, 'code-cache'))).toEqual([process.versions.v8]);
        const use = cacheUse(dist);
        expect(use.status).toBe(0);
        expect(use.stdout).toContain('giltig');
        expect(use.mode).toBe('bundle');
        expect(use.accepted).toContain('cli.js');
        expect(use.accepted.length).toBeGreaterThanOrEqual(5);
        expect(use.compiled).toEqual([]);
      },
    );
  });

  it('on another V8, it leaves that bytecode alone and uses Node’s compile cache where Node has one', () => {
    const nodeCache = mkdtempSync(join(tmpdir(), 'skoldigiplan-node-cache-'));
    try {
      withCache(
        (dir) => mkdirSync(join(dir, '0.0.0-another-v8'), { recursive: true }),
        () => {
          const use = cacheUse(dist, { env: { NODE_COMPILE_CACHE: nodeCache } });
          expect(use.status).toBe(0);
          expect(use.stdout).toContain('giltig');
          expect(use.accepted).toEqual([]);
          if (NODE_CACHE) {
            expect(use.mode).toBe('node');
            // Node keeps the bytecode of what this first run compiled, for the next run.
            expect(use.nodeCache?.startsWith(`${nodeCache}/`)).toBe(true);
            expect(readdirSync(nodeCache, { recursive: true }).length).toBeGreaterThan(0);
          } else {
            expect(use.mode).toBe('none');
            expect(readdirSync(nodeCache)).toEqual([]);
          }
        },
      );
    } finally {
      rmSync(nodeCache, { recursive: true, force: true });
    }
  });

  it('ignores bytes that are not V8 bytecode and compiles as usual, with the same output', () => {
    withCache(
      (dir) => {
        mkdirSync(join(dir, process.versions.v8), { recursive: true });
        for (const f of readdirSync(join(dist, 'built-cache', built[0]!))) writeFileSync(join(dir, process.versions.v8, f), Buffer.alloc(4096, 0x5a));
      },
      () => {
        const use = cacheUse(dist);
        expect(use.status).toBe(0);
        expect(use.mode).toBe('bundle');
        expect(use.accepted).toEqual([]);
        expect(use.compiled).toContain('cli.js');
        const viaBin = spawnSync(process.execPath, [join(pkg, 'bin/skoldigiplan.js'), 'render', 'examples/storstad.yaml', '-o', '-', '--date', '2026-11-28'], {
          cwd: ROOT,
          encoding: 'utf8',
        });
        expect(viaBin.status).toBe(0);
        expect(viaBin.stdout).toBe(runCli(['render', 'examples/storstad.yaml', '-o', '-', '--date', '2026-11-28']).stdout);
      },
    );
  });

  it('runs without a cache folder at all', () => {
    rmSync(join(dist, 'code-cache'), { recursive: true, force: true });
    expect(existsSync(join(dist, 'code-cache'))).toBe(false);
    const r = spawnSync(process.execPath, [join(pkg, 'bin/skoldigiplan.js'), 'validate', 'examples/storstad.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toContain('giltig');
  });
});
