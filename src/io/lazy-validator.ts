// Loads a precompiled schema validator from dist/validators/ on first use, so commands that never need it do not pay for it.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { packagePath } from './paths.ts';

const loaded = new Map<string, ValidateFunction>();

export function lazyValidator(name: string): ValidateFunction {
  let v = loaded.get(name);
  if (!v) {
    const mod = createRequire(import.meta.url)(packagePath('dist', 'validators', `${name}.cjs`)) as ValidateFunction | { default: ValidateFunction };
    v = typeof mod === 'function' ? mod : mod.default;
    loaded.set(name, v);
  }
  return v;
}
