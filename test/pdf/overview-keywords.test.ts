// The overview PDF's document properties are in the language of the document, keywords included.
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { digestReport, rollUp } from '../../src/core/rollup.ts';
import { renderOverviewPdf } from '../../src/render/overview-pdf.ts';
import { fixtureCatalogue, fixtureReport } from './fixture.ts';

const catalogue = fixtureCatalogue();

async function keywords(lang: 'sv' | 'en'): Promise<string | undefined> {
  const r = rollUp([digestReport(fixtureReport(), 'plans/a.yaml')], catalogue, []);
  const bytes = await renderOverviewPdf(r, catalogue, { lang, referenceDate: '2026-11-28', creationDate: new Date(0) });
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  const info = (await doc.getMetadata()).info as { Keywords?: string };
  await doc.destroy();
  return info.Keywords;
}

describe('overview.pdf keywords', () => {
  it('are Swedish in a Swedish overview and English in an English one', async () => {
    expect(await keywords('sv')).toBe('skolDigiplan, digitalisering, sammanställning');
    expect(await keywords('en')).toBe('skolDigiplan, digitalisation, overview');
  });
});
