// The fast-starting pdfkit bundle (scripts/bundle-pdfkit.mjs) writes the same bytes as pdfkit itself, and loads none of the heavy modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { renderPlanPdf as Render } from '../../src/render/pdf/index.ts';
import { fixtureReport } from './fixture.ts';
import { readPdf } from './read-pdf.ts';

const date = new Date('2026-11-28T00:00:00Z');
// Inside the package, as dist/ is, so that the bundle finds pdfkit's files and dependencies.
const scratch = new URL('../../.tmp', import.meta.url).pathname;
mkdirSync(scratch, { recursive: true });
const dir = mkdtempSync(join(scratch, 'pdfkit-bundle-'));
// CommonJS, as the build writes it into dist/.
const bundle = join(dir, 'pdfkit.js');
const load = () => ({ default: createRequire(import.meta.url)(bundle) as unknown });

describe('pdfkit bundle', () => {
  beforeAll(async () => {
    const script = new URL('../../scripts/bundle-pdfkit.mjs', import.meta.url).href;
    const { bundlePdfkit } = (await import(script)) as { bundlePdfkit(out: string): Promise<string> };
    writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
    await bundlePdfkit(bundle);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['ua', 'archive'] as const)('renders the same bytes as pdfkit (%s)', async (profile) => {
    const report = fixtureReport();
    vi.resetModules();
    const plain = (await import('../../src/render/pdf/index.ts')).renderPlanPdf as typeof Render;
    const expected = await plain(report, { lang: 'sv', profile, creationDate: date });
    vi.resetModules();
    vi.doMock('pdfkit', load);
    try {
      const bundled = (await import('../../src/render/pdf/index.ts')).renderPlanPdf as typeof Render;
      const bytes = await bundled(report, { lang: 'sv', profile, creationDate: date });
      expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
      if (profile === 'archive') expect((await readPdf(bytes)).raw).toContain('/OutputIntents');
    } finally {
      vi.doUnmock('pdfkit');
      vi.resetModules();
    }
  });

  it('loads fontkit, linebreak and the AES tables only when they are used', () => {
    const probe = `
      import { createRequire } from 'node:module';
      const PDFDocument = createRequire(import.meta.url)(${JSON.stringify(bundle)});
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((f) => /[\\\\/](fontkit|linebreak|png-js|@noble[\\\\/]ciphers)[\\\\/]/.test(f)).length;
      const before = loaded();
      // Text wrapped by pdfkit itself needs linebreak; it is loaded then, and works.
      const doc = new PDFDocument({ font: 'Helvetica' });
      doc.text('Text som bryts av pdfkit själv över flera rader. '.repeat(20), { width: 200 });
      console.log(JSON.stringify({ before, after: loaded(), y: doc.y }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { before: number; after: number; y: number };
    expect(out.before).toBe(0);
    expect(out.after).toBeGreaterThan(0);
    expect(out.y).toBeGreaterThan(200);
  });
});
