// V8 code cache for the bundle's own files: a command starts without compiling its JavaScript again.
//
// The build runs a few commands with the cache in write mode (scripts/code-cache.mjs); each bundle file they load is
// saved as V8 bytecode in dist/code-cache/. Later runs hand that bytecode to V8 along with the source. V8 checks
// that it was made by the same V8 version, with the same flags, for a source of the same length, and otherwise
// ignores it and compiles as usual, so a cache made by another Node.js version only costs one file read.
// (Node.js 22 has module.enableCompileCache(); Node.js 20 has no such thing.)
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

type Compile = (this: NodeModule, content: string, filename: string) => unknown;
interface ModuleInternals {
  prototype: { _compile: Compile };
  wrap(content: string): string;
}

export interface CodeCacheReport {
  accepted: string[];
  compiled: string[];
}

/**
 * Compiles every CommonJS file of `dir` (the bundle's folder) with its cached bytecode from `dir/code-cache/`.
 * `write` saves the bytecode of every such file when the process exits, including the functions it ran.
 */
export function installCodeCache(dir: string, mode: 'read' | 'write' = 'read'): CodeCacheReport {
  const report: CodeCacheReport = { accepted: [], compiled: [] };
  const M = Module as unknown as ModuleInternals;
  const original = M.prototype._compile;
  const cacheDir = join(dir, 'code-cache');
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
