// V8 code cache for the bundle's own files: a command starts without compiling its JavaScript again.
//
// The build runs a few commands with the cache in write mode (scripts/code-cache.mjs); each bundle file they load is
// saved as V8 bytecode in dist/code-cache/<V8 version>/. Later runs of the same V8 hand that bytecode to V8 along with
// the source. V8 also checks the flags and the source's length, and otherwise ignores the bytecode and compiles as
// usual. Under another V8 (another Node.js major version than the build's), Node.js 22 and later use their own
// compile cache instead (module.enableCompileCache), which is as fast once it has been filled by a first run; Node.js
// 20 has no such thing and compiles.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

type Compile = (this: NodeModule, content: string, filename: string) => unknown;
interface ModuleInternals {
  prototype: { _compile: Compile };
  wrap(content: string): string;
}

/** Node.js 22.1 and later: the compile cache of Node itself, kept in the system's temporary folder. */
interface NodeCompileCache {
  enableCompileCache?: () => unknown;
}

/** The folder of bytecode made by this V8; bytecode made by another V8 version would be rejected. */
function codeCacheFolder(dir: string): string {
  return join(dir, 'code-cache', process.versions.v8);
}

/**
 * How the CLI and each batch worker start: with the bytecode the build saved, when the build ran on this V8;
 * otherwise with Node's own compile cache where there is one (Node.js 22 and later). Says which it chose, and with the
 * bundle's cache which files it was used for.
 */
export function startCodeCache(dir: string): CodeCacheReport & { mode: 'bundle' | 'node' | 'none' } {
  if (existsSync(codeCacheFolder(dir))) return { mode: 'bundle', ...installCodeCache(dir) };
  const enable = (Module as NodeCompileCache).enableCompileCache;
  // It never throws: a cache folder that cannot be made or written only costs speed.
  enable?.();
  return { mode: enable ? 'node' : 'none', accepted: [], compiled: [] };
}

export interface CodeCacheReport {
  accepted: string[];
  compiled: string[];
}

/**
 * Compiles every CommonJS file of `dir` (the bundle's folder) with its cached bytecode from `codeCacheFolder(dir)`.
 * `write` saves the bytecode of every such file when the process exits, including the functions it ran.
 */
export function installCodeCache(dir: string, mode: 'read' | 'write' = 'read'): CodeCacheReport {
  const report: CodeCacheReport = { accepted: [], compiled: [] };
  const M = Module as unknown as ModuleInternals;
  const original = M.prototype._compile;
  const cacheDir = codeCacheFolder(dir);
  const made: [Script, string][] = [];
  M.prototype._compile = function (content, filename) {
    if (dirname(filename) !== dir) return original.call(this, content, filename);
    const cacheFile = join(cacheDir, `${basename(filename)}.v8`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(M.wrap(content), { filename, cachedData });
    (cachedData && !script.cachedDataRejected ? report.accepted : report.compiled).push(basename(filename));
    if (mode === 'write') made.push([script, cacheFile]);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dir);
  };
  if (mode === 'write') {
    process.once('exit', () => {
      try {
        mkdirSync(cacheDir, { recursive: true });
        for (const [script, file] of made) {
          // Written whole or not at all: a half-written cache must never meet a later run.
          const tmp = `${file}.${process.pid}.tmp`;
          writeFileSync(tmp, script.createCachedData());
          renameSync(tmp, file);
        }
      } catch (e) {
        process.stderr.write(`code cache not written: ${(e as Error).message}\n`);
      }
    });
  }
  return report;
}
