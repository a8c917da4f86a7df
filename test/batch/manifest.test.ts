// The batch manifest: which outputs in --out a run may take as made with its own settings (--changed).
import { describe, expect, it } from 'vitest';
import {
  carryOver,
  manifestText,
  nextManifest,
  parseManifest,
  type BatchManifest,
  type OutputSettings,
  type PdfSettings,
} from '../../src/commands/batch/manifest.ts';

const settings: OutputSettings = { tool: '1.2.0', lang: 'sv', referenceDate: '2026-11-28', catalogue: { builtin: { nationell: '1.0.0' } } };
const ua: PdfSettings = { profile: 'ua', sourceDateEpoch: null };
const previous: BatchManifest = {
  manifest: 2,
  settings,
  pdf: ua,
  outputs: { '0180-stockholm.md': '../plans/stockholm.yaml', '0180-stockholm.pdf': '../plans/stockholm.yaml', '1480-goteborg.md': '../plans/goteborg.yaml' },
};
const names = (c: { outputs: Map<string, string> }) => [...c.outputs.keys()];
const own = (file: string, mtimeMs: number, version = '1.0.0'): OutputSettings['catalogue'] => ({ own: { file, mtimeMs, id: 'exempelby', version } });

describe('carryOver', () => {
  it('carries every output over when nothing changed', () => {
    const c = carryOver(previous, settings, ua, true);
    expect(c.change).toBeUndefined();
    expect(Object.fromEntries(c.outputs)).toEqual(previous.outputs);
  });

  it('carries nothing over without a record', () => {
    expect(carryOver(undefined, settings, ua, false)).toEqual({ change: { kind: 'noRecord' }, outputs: new Map(), pdf: ua });
  });

  it.each([
    ['tool', { ...settings, tool: '1.3.0' }, { kind: 'tool', from: '1.2.0', to: '1.3.0' }],
    ['language', { ...settings, lang: 'en' as const }, { kind: 'language', from: 'sv', to: 'en' }],
    ['date', { ...settings, referenceDate: '2027-01-15' }, { kind: 'date', from: '2026-11-28', to: '2027-01-15' }],
    [
      'catalogue version',
      { ...settings, catalogue: { builtin: { nationell: '1.1.0' } } },
      { kind: 'catalogueVersion', from: 'nationell 1.0.0', to: 'nationell 1.1.0' },
    ],
    ['own catalogue', { ...settings, catalogue: own('../egen.yaml', 5) }, { kind: 'catalogue', from: 'nationell 1.0.0', to: 'egen.yaml (exempelby 1.0.0)' }],
  ])('carries nothing over after a change of %s, and names it', (_, now, change) => {
    const c = carryOver(previous, now, ua, false);
    expect(c.change).toEqual(change);
    expect(c.outputs.size).toBe(0);
  });

  it('tells another own catalogue file, a new version of it and a new time stamp apart', () => {
    const before: BatchManifest = { ...previous, settings: { ...settings, catalogue: own('../egen.yaml', 5) } };
    expect(carryOver(before, { ...settings, catalogue: own('../annan.yaml', 1) }, ua, false).change).toMatchObject({ kind: 'catalogue' });
    expect(carryOver(before, { ...settings, catalogue: own('../egen.yaml', 9, '1.1.0') }, ua, false).change).toMatchObject({ kind: 'catalogueVersion' });
    // An older time stamp too: the file was swapped for another copy.
    expect(carryOver(before, { ...settings, catalogue: own('../egen.yaml', 1) }, ua, false).change).toEqual({ kind: 'catalogueFile', file: '../egen.yaml' });
    expect(carryOver(before, { ...settings, catalogue: own('../egen.yaml', 5) }, ua, false).change).toBeUndefined();
  });

  it('leaves out an output whose name this run gives another plan, and keeps those of names it does not give', () => {
    // stockholm.yaml is gone and a new plan sorts first: 0180-stockholm is now another plan's name.
    const c = carryOver(previous, settings, ua, true, new Map([['0180-stockholm', '../plans/a-stockholm.yaml']]));
    expect(c.change).toBeUndefined();
    expect(Object.fromEntries(c.outputs)).toEqual({ '1480-goteborg.md': '../plans/goteborg.yaml' });
    // The same plan under its name carries over.
    expect(names(carryOver(previous, settings, ua, false, new Map([['1480-goteborg', '../plans/goteborg.yaml']])))).toEqual(Object.keys(previous.outputs));
  });

  it('ignores a built-in catalogue only one of the runs used', () => {
    expect(carryOver(previous, { ...settings, catalogue: { builtin: { annan: '2.0.0' } } }, ua, false).change).toBeUndefined();
  });

  it('after a change of PDF profile, carries over all but the PDF files, and names it only when the run makes PDF', () => {
    const archive: PdfSettings = { profile: 'archive', sourceDateEpoch: null };
    const withPdf = carryOver(previous, settings, archive, true);
    expect(withPdf.change).toEqual({ kind: 'pdfProfile', from: 'ua', to: 'archive' });
    expect(names(withPdf)).toEqual(['0180-stockholm.md', '1480-goteborg.md']);
    expect(withPdf.pdf).toEqual(archive);
    // Without PDF the profile is moot: the PDF files and the settings they were made with stay on record.
    const without = carryOver(previous, settings, archive, false);
    expect(without.change).toBeUndefined();
    expect(Object.fromEntries(without.outputs)).toEqual(previous.outputs);
    expect(nextManifest(previous, without, settings, [['0180-stockholm.md', '../plans/stockholm.yaml']]).pdf).toEqual(ua);
    expect(carryOver(previous, settings, { profile: 'ua', sourceDateEpoch: '1800000000' }, true).change).toMatchObject({ kind: 'pdfDate' });
  });
});

describe('nextManifest', () => {
  it('adds what the run made to what it carried over, sorted', () => {
    const c = carryOver(previous, settings, ua, true);
    const outputs = nextManifest(previous, c, settings, [
      ['0001-a.md', '../plans/a.yaml'],
      ['1480-goteborg.md', '../plans/goteborg.yaml'],
    ]).outputs;
    expect(Object.keys(outputs)).toEqual(['0001-a.md', '0180-stockholm.md', '0180-stockholm.pdf', '1480-goteborg.md']);
    expect(outputs['0001-a.md']).toBe('../plans/a.yaml');
  });

  it('after a change, records only what the run made, with its own settings', () => {
    const en = { ...settings, lang: 'en' as const };
    const m = nextManifest(previous, carryOver(previous, en, ua, false), en, [['1480-goteborg.md', '../plans/goteborg.yaml']]);
    expect(m).toEqual({ manifest: 2, settings: en, pdf: ua, outputs: { '1480-goteborg.md': '../plans/goteborg.yaml' } });
  });

  it('keeps the version of a built-in catalogue that only carried outputs were made with', () => {
    const now = { ...settings, catalogue: { builtin: { annan: '2.0.0' } } };
    expect(nextManifest(previous, carryOver(previous, now, ua, false), now, []).settings.catalogue).toEqual({
      builtin: { annan: '2.0.0', nationell: '1.0.0' },
    });
  });
});

describe('parseManifest', () => {
  it('reads what manifestText writes, and nothing else', () => {
    expect(parseManifest(manifestText(previous))).toEqual(previous);
    const withPdf = { ...previous, overviewPdf: { data: 'abc', file: 'def' } };
    expect(parseManifest(manifestText(withPdf))).toEqual(withPdf);
    const badTexts = [
      '',
      '{',
      'null',
      '[]',
      '{"manifest":2}',
      // A record from before outputs named their plans: it cannot say which plan an output came from.
      JSON.stringify({ ...previous, manifest: 1, outputs: Object.keys(previous.outputs) }),
      JSON.stringify({ ...previous, outputs: ['0180-stockholm.md'] }),
      JSON.stringify({ ...previous, outputs: { 'a.md': 1 } }),
      JSON.stringify({ ...previous, overviewPdf: { data: 'abc' } }),
      JSON.stringify({ ...previous, settings: { ...settings, catalogue: {} } }),
    ];
    for (const bad of badTexts) {
      expect(parseManifest(bad), bad).toBeUndefined();
    }
  });
});
