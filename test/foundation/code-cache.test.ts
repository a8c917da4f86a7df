// The built CLI starts from V8 bytecode cached at build time, and works the same when that cache is missing or unusable.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.ts';

const DIST = join(ROOT, 'dist');

/** Runs `validate examples/storstad.yaml` through the cache loader of `dist` and returns which files used the cache. */
function cacheUse(dist: string): { accepted: string[]; compiled: string[]; stdout: string; status: number | null } {
  const script = `
    const r = require(${JSON.stringify(join(dist, 'code-cache.js'))}).installCodeCache(${JSON.stringify(dist)});
    process.argv = [process.argv[0], 'skoldigiplan', 'validate', 'examples/storstad.yaml'];
    process.on('exit', () => process.stdout.write('\\n' + JSON.stringify(r) + '\\n'));
    require(${JSON.stringify(join(dist, 'cli.js'))});`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  const lines = r.stdout.trim().split('\n');
  return { ...JSON.parse(lines[lines.length - 1]!), stdout: r.stdout + r.stderr, status: r.status };
}

describe('code cache', () => {
  it('the build leaves bytecode for the bundle, and validate starts from it without compiling any bundle file', () => {
    const files = readdirSync(join(DIST, 'code-cache'));
    expect(files).toContain('cli.js.v8');
    const use = cacheUse(DIST);
    expect(use.status).toBe(0);
    expect(use.stdout).toContain('giltig');
    expect(use.accepted).toContain('cli.js');
    expect(use.accepted.length).toBeGreaterThanOrEqual(5);
    expect(use.compiled).toEqual([]);
  });

  describe('with a cache that cannot be used', () => {
    let pkg: string;
    beforeAll(() => {
      pkg = mkdtempSync(join(tmpdir(), 'skoldigiplan-cache-'));
      for (const part of ['bin', 'dist', 'schemas', 'data', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    });
    afterAll(() => rmSync(pkg, { recursive: true, force: true }));

    it('ignores bytes that are not V8 bytecode and compiles as usual, with the same output', () => {
      const cacheDir = join(pkg, 'dist/code-cache');
      for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), Buffer.alloc(4096, 0x5a));
      const use = cacheUse(join(pkg, 'dist'));
      expect(use.status).toBe(0);
      expect(use.accepted).toEqual([]);
      expect(use.compiled).toContain('cli.js');
      const viaBin = spawnSync(process.execPath, [join(pkg, 'bin/skoldigiplan.js'), 'render', 'examples/storstad.yaml', '-o', '-', '--date', '2026-11-28'], { cwd: ROOT, encoding: 'utf8' });
      expect(viaBin.status).toBe(0);
      expect(viaBin.stdout).toBe(runCli(['render', 'examples/storstad.yaml', '-o', '-', '--date', '2026-11-28']).stdout);
    });

    it('runs without a cache folder at all', () => {
      rmSync(join(pkg, 'dist/code-cache'), { recursive: true, force: true });
      expect(existsSync(join(pkg, 'dist/code-cache'))).toBe(false);
      const r = spawnSync(process.execPath, [join(pkg, 'bin/skoldigiplan.js'), 'validate', 'examples/storstad.yaml'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout + r.stderr).toContain('giltig');
    });
  });
});
