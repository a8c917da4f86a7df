// pdfkit's private members that the renderer relies on are where it expects them, and the fixes they make show in the file.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadFaces } from '../../src/render/pdf/fonts.ts';
import { renderPlanPdf } from '../../src/render/pdf/index.ts';
import { internalsPresent } from '../../src/render/pdf/pdfkit-internals.ts';
import { fixtureReport } from './fixture.ts';

const date = new Date('2026-11-28T00:00:00Z');

/** The trailer's file identifier, as hex. */
function fileId(bytes: Uint8Array): string {
  const m = /\/ID \[<([0-9a-f]+)> <([0-9a-f]+)>\]/.exec(Buffer.from(bytes).toString('latin1'));
  expect(m).not.toBeNull();
  return m![1]!;
}

describe('pdfkit internals', () => {
  it('finds every private member it patches in the installed pdfkit', () => {
    const faces = loadFaces();
    const doc = new PDFDocument({ subset: 'PDF/UA', tagged: true, pdfVersion: '1.7', font: null, autoFirstPage: true, info: { CreationDate: date } });
    doc.registerFont('regular', faces.regular.source);
    const present = internalsPresent(doc, 'regular');
    expect(
      Object.entries(present)
        .filter(([, ok]) => !ok)
        .map(([k]) => k),
    ).toEqual([]);
  });

  it.each(['ua', 'archive'] as const)('writes no CIDSet and no lowercase /length key (%s)', async (profile) => {
    const raw = Buffer.from(await renderPlanPdf(fixtureReport(), { lang: 'sv', profile, creationDate: date })).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toContain('/CIDSet');
    expect(raw).toMatch(/\/Type \/Metadata/);
    expect(raw).not.toMatch(/\/length\b/);
  });

  it('gives another document ID when the content changes, and the same for the same content', async () => {
    const a = fixtureReport();
    const b = fixtureReport();
    b.schedule.scheduled[0]!.title = 'En helt annan titel';
    b.schedule.scheduled[0]!.titleText = undefined;
    const idA = fileId(await renderPlanPdf(a, { lang: 'sv', profile: 'ua', creationDate: date }));
    const idA2 = fileId(await renderPlanPdf(fixtureReport(), { lang: 'sv', profile: 'ua', creationDate: date }));
    const idB = fileId(await renderPlanPdf(b, { lang: 'sv', profile: 'ua', creationDate: date }));
    expect(idA).toBe(idA2);
    expect(idB).not.toBe(idA);
  });
});
