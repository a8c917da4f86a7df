// A support resource's kind has one name: the PDF plan calls it what `skoldigiplan catalogue <id>` calls it.
import { describe, expect, it } from 'vitest';
import { detail } from '../../src/commands/catalogue.ts';
import { renderPlanPdf } from '../../src/render/pdf/index.ts';
import { fixtureCatalogue, fixtureReport } from './fixture.ts';
import { readPdf, squash } from './read-pdf.ts';

describe('the kind of a support resource', () => {
  it.each([
    ['sv', 'Slag: lag och regler', 'Typ: lag och regler'],
    ['en', 'Kind: law and regulation', 'Type: law and regulation'],
  ] as const)('reads the same in the catalogue and in the PDF plan (%s)', async (lang, inCatalogue, inPdf) => {
    const catalogue = fixtureCatalogue();
    const law = catalogue.resources.find((r) => r.kind === 'law')!;
    expect(detail(catalogue, { kind: 'resource', entry: law }, lang, 100)).toContain(inCatalogue);
    const pdf = await readPdf(await renderPlanPdf(fixtureReport(), { lang, profile: 'ua', creationDate: new Date('2026-11-28T00:00:00Z') }));
    expect(squash(pdf.text)).toContain(squash(inPdf));
  });
});
