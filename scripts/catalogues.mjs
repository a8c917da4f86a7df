// Merges each built-in catalogue folder (data/catalogue/<id>/*.yaml) into one object and checks it against the schema
// and with the tool's own consistency check (src/core/check-catalogue.ts), every issue as an error at its file and line.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, parse, parseDocument } from 'yaml';
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
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return mergeParts(files.map((f) => [join(dir, f), parse(readFileSync(join(dir, f), 'utf8'), { uniqueKeys: true, maxAliasCount: 0 })]));
}

/**
 * The tool's catalogue check and its messages, bundled from the TypeScript sources, so that the build applies the same
 * rules as `--catalogue` files get: `{ checkCatalogue, catalogueIssueDiagnostics }`.
 */
export async function loadCatalogueCheck(root) {
  const { rolldown } = await import('rolldown');
  const entry = '\0catalogue-check';
  const source = `export { checkCatalogue } from ${JSON.stringify(join(root, 'src/core/check-catalogue.ts'))};
export { catalogueIssueDiagnostics } from ${JSON.stringify(join(root, 'src/io/catalogue-issues.ts'))};`;
  const bundle = await rolldown({
    input: entry,
    platform: 'node',
    external: [/^node:/, 'yaml'],
    logLevel: 'warn',
    plugins: [{ name: 'catalogue-check-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) }],
  });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  // Written inside the package, where its import of yaml resolves, and removed once loaded.
  const file = join(root, 'node_modules/.cache/skoldigiplan/catalogue-check.mjs');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, output[0].code);
  try {
    return await import(`${pathToFileURL(file).href}?${Date.now()}`);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * The part file and its parsed document that a path into the merged catalogue comes from: a top-level list's items are
 * counted across the parts in the order they were merged.
 */
function partOf(parts, path) {
  const [key, index, ...rest] = path;
  let n = typeof index === 'number' ? index : 0;
  for (const part of parts) {
    const value = part.value?.[key];
    if (value === undefined) continue;
    if (!Array.isArray(value) || typeof index !== 'number') return { part, path };
    if (n < value.length) return { part, path: [key, n, ...rest] };
    n -= value.length;
  }
  return { part: parts[0], path: [] };
}

/** Every consistency issue of a merged catalogue as `file:line:col: fel: …` lines; none when it is consistent. */
export function catalogueIssueLines(root, dir, catalogue, check) {
  const issues = check.checkCatalogue(catalogue);
  if (issues.length === 0) return [];
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const parts = files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, maxAliasCount: 0 });
    return { file: relative(root, join(dir, f)), text, value: doc.toJS(), source: { file: f, text, bom: false, doc, lineCounter } };
  });
  return issues.map((issue) => {
    const { part, path } = partOf(parts, issue.path);
    const [d] = check.catalogueIssueDiagnostics([{ ...issue, path }], part.source, part.file, 'sv');
    return `${d.file}:${d.line}:${d.col}: fel: ${d.message}${d.hint ? `\n  tips: ${d.hint}` : ''}`;
  });
}

export function compileCatalogues(root, check) {
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
    const problems = check ? catalogueIssueLines(root, dir, catalogue, check) : [];
    if (problems.length > 0)
      throw new Error(`data/catalogue/${name}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}\n${problems.join('\n')}`);
    out.set(name, JSON.stringify(catalogue));
  }
  return out;
}
