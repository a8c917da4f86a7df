// Merges each built-in catalogue folder (data/catalogue/<id>/*.yaml) into one object and checks it against the schema.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createAjv } from './validators.mjs';

/** Top-level lists are concatenated across part files; any other key may appear in one part only. */
export function mergeParts(parts) {
  const out = {};
  for (const [file, obj] of parts) {
    for (const [k, v] of Object.entries(obj ?? {})) {
      if (Array.isArray(v)) out[k] = [...(out[k] ?? []), ...v];
      else if (k in out) throw new Error(`${file}: key '${k}' is already set by another part`);
      else out[k] = v;
    }
  }
  return out;
}

export function readCatalogueFolder(dir) {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).sort();
  return mergeParts(files.map((f) => [join(dir, f), parse(readFileSync(join(dir, f), 'utf8'), { uniqueKeys: true, maxAliasCount: 0 })]));
}

export function compileCatalogues(root) {
  const base = join(root, 'data/catalogue');
  const out = new Map();
  if (!existsSync(base)) return out;
  const ajv = createAjv();
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas/catalogue.schema.json'), 'utf8')));
  for (const name of readdirSync(base).sort()) {
    const dir = join(base, name);
    if (!statSync(dir).isDirectory()) continue;
    const catalogue = readCatalogueFolder(dir);
    if (!validate(catalogue)) {
      const lines = validate.errors.slice(0, 20).map((e) => `  ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
      throw new Error(`data/catalogue/${name} does not match schemas/catalogue.schema.json:\n${lines.join('\n')}`);
    }
    if (catalogue.id !== name) throw new Error(`data/catalogue/${name}: id is '${catalogue.id}', expected the folder name`);
    out.set(name, JSON.stringify(catalogue));
  }
  return out;
}
