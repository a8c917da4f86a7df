// pdfkit as one file that starts fast: `node scripts/bundle-pdfkit.mjs [out]`, by default dist/pdfkit.js
// (CommonJS, like the rest of dist/).
//
// Importing pdfkit loads and runs fontkit (with its Unicode tables and Brotli decoder), linebreak
// (another Unicode table), png-js and the AES tables of @noble/ciphers before the first page is
// drawn: about 200 ms of a first PDF. The renderer needs none of them: its fonts are read from
// their own tables (src/render/pdf/truetype.ts), it draws no images, encrypts nothing, and lays
// out its own text. In this bundle those four are loaded only if something calls them (pdfkit's
// text() with wrapping, a font given as a file, a PNG image, a password), from pdfkit's own
// dependencies, so the bundle behaves as pdfkit does. pdfkit's data files (the sRGB profile for
// PDF/A, the standard fonts) are read from the installed package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const entry = join(dirname(require.resolve('pdfkit')), 'pdfkit.node.mjs');

/** Finds pdfkit's own copy of a dependency at run time, wherever the package manager put it. */
const PDFKIT_REQUIRE = `import { createRequire as __cr } from 'node:module';
const __pdfkitMain = __cr(__filename).resolve('pdfkit');
export const pdfkitRequire = __cr(__pdfkitMain);
export const pdfkitDir = __pdfkitMain.slice(0, Math.max(__pdfkitMain.lastIndexOf('/'), __pdfkitMain.lastIndexOf('\\\\')));
`;

/** Stand-ins that load the real module on first use. */
const LAZY = {
  fontkit: `import { pdfkitRequire } from 'pdfkit-require';
let m;
export function create(...args) { m ??= pdfkitRequire('fontkit'); return m.create(...args); }
`,
  linebreak: `import { pdfkitRequire } from 'pdfkit-require';
let Real;
export default function LineBreaker(text) { Real ??= pdfkitRequire('linebreak'); return new Real(text); }
`,
  'png-js': `import { pdfkitRequire } from 'pdfkit-require';
let Real;
export default function PNG(data) { Real ??= pdfkitRequire('png-js'); return new Real(data); }
`,
  '@noble/ciphers/aes': `import { pdfkitRequire } from 'pdfkit-require';
let m;
const aes = () => (m ??= pdfkitRequire('@noble/ciphers/aes'));
export const cbc = (...args) => aes().cbc(...args);
export const ecb = (...args) => aes().ecb(...args);
`,
};

/** Writes the bundle; returns its path. */
export async function bundlePdfkit(out = join(root, 'dist', 'pdfkit.js')) {
  const source = readFileSync(entry, 'utf8');
  const replaced = [
    // The sRGB profile of PDF/A, from the installed package.
    [`new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url).href`, `pdfkitDir + '/data/sRGB_IEC61966_2_1.icc'`],
    // The standard fonts resolve through pdfkit's own "imports" map.
    [`const require$1 = createRequire(import.meta.url);`, `const require$1 = pdfkitRequire;`],
  ];
  let code = `import { pdfkitRequire, pdfkitDir } from 'pdfkit-require';\n${source}`;
  for (const [from, to] of replaced) {
    if (!code.includes(from)) throw new Error(`pdfkit has changed: no ${from}`);
    code = code.replace(from, to);
  }
  const { build } = await import('rolldown');
  mkdirSync(dirname(out), { recursive: true });
  await build({
    input: 'pdfkit-entry',
    platform: 'node',
    external: [/^node:/, 'stream', 'zlib', 'fs', 'module'],
    logLevel: 'warn',
    plugins: [
      {
        name: 'pdfkit-lazy',
        resolveId(id) {
          if (id === 'pdfkit-entry' || id === 'pdfkit-require' || id in LAZY) return `\0${id}`;
          return null;
        },
        load(id) {
          if (id === '\0pdfkit-entry') return code;
          if (id === '\0pdfkit-require') return PDFKIT_REQUIRE;
          if (id.startsWith('\0') && id.slice(1) in LAZY) return LAZY[id.slice(1)];
          return null;
        },
      },
    ],
    // @noble/hashes and the rest of pdfkit's small dependencies are bundled, resolved from pdfkit.
    resolve: { modules: [join(dirname(entry), '..', 'node_modules'), join(root, 'node_modules'), 'node_modules'] },
    output: { file: out, format: 'cjs', exports: 'named', codeSplitting: false, minify: true },
  });
  const version = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')).version;
  // As pdfkit's own CommonJS build: the module is the PDFDocument class, with the named exports on it.
  const cjsExports =
    '\nmodule.exports = exports.default;\nmodule.exports.PDFDocument = exports.PDFDocument;\nmodule.exports.LineWrapper = exports.LineWrapper;\nmodule.exports.registerFile = exports.registerFile;\n';
  writeFileSync(out, `// pdfkit ${version}, bundled by scripts/bundle-pdfkit.mjs; see there.\n${readFileSync(out, 'utf8')}${cjsExports}`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = await bundlePdfkit(process.argv[2]);
  console.log(`pdfkit bundle: ${out}`);
}
