// The layers point one way: commands → render → io → core, with i18n beside core. A change that imports up the layers
// (a type included) fails here, with the file and the import named.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** What each layer (a folder of src/, or a file at its top) may import from src/. */
const ALLOWED: Record<string, readonly string[]> = {
  core: ['core'],
  i18n: ['core', 'i18n'],
  io: ['core', 'i18n', 'io', 'generated', 'errors', 'context'],
  render: ['core', 'i18n', 'render', 'generated'],
  form: ['core', 'i18n', 'form'],
};

/** The one place below commands where render reaches into io: the PDF renderer finds its fonts in the package. */
const EXCEPTIONS = new Set(['render/pdf/fonts.ts -> io/paths.ts']);

interface Import {
  from: string;
  /** A path inside src/ for a relative import, otherwise the module named (`node:fs`, `yaml`). */
  to: string;
  inSrc: boolean;
}

function sourceImports(): Import[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const found: Import[] = [];
  for (const file of files) {
    const text = readFileSync(join(SRC, file), 'utf8');
    // Static imports and re-exports (`import type` too), imports for their effect, and lazy `import()`.
    for (const m of text.matchAll(/(?:\bfrom|\bimport\s*\(|^import)\s*'([^']+)'/gm)) {
      const spec = m[1]!;
      const inSrc = spec.startsWith('.');
      found.push({ from: file, to: inSrc ? relative(SRC, resolve(dirname(join(SRC, file)), spec)) : spec, inSrc });
    }
  }
  return found;
}

const layerOf = (path: string) => path.split('/')[0]!.replace(/\.ts$/, '');

describe('layers', () => {
  const imports = sourceImports();

  it('finds the imports it checks', () => {
    expect(imports.some((i) => i.from === 'render/outputs.ts' && i.to === 'render/markdown.ts')).toBe(true);
    expect(imports.some((i) => i.from === 'cli.ts' && i.to === 'commands/render.ts')).toBe(true);
  });

  it.each(Object.keys(ALLOWED))('%s imports nothing from the layers above it', (layer) => {
    const upward = imports
      .filter((i) => i.inSrc && layerOf(i.from) === layer && !ALLOWED[layer]!.includes(layerOf(i.to)))
      .map((i) => `${i.from} -> ${i.to}`)
      .filter((i) => !EXCEPTIONS.has(i));
    expect(upward).toEqual([]);
  });

  it('core and i18n do no I/O: they import no node: module', () => {
    const io = imports.filter((i) => ['core', 'i18n'].includes(layerOf(i.from)) && i.to.startsWith('node:')).map((i) => `${i.from} -> ${i.to}`);
    expect(io).toEqual([]);
  });
});
