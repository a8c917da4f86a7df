// What the manifest keeps of each plan for --changed (PlanRecord) and of the overview: written, read back, refused when
// it is not what a run writes.
import { describe, expect, it } from 'vitest';
import { manifestText, parseManifest, planRecord, recordedDigest, type BatchManifest } from '../../src/commands/batch/manifest.ts';
import type { PlanDigest } from '../../src/core/rollup.ts';

const digest: PlanDigest = {
  file: 'plans/arjeplog.yaml',
  organisation: { name: 'Arjeplogs kommun', kind: 'municipality', municipalityCode: '2506' },
  catalogue: { id: 'nationell', version: '1.1.0' },
  assessmentDate: '2026-10-01',
  answers: [
    { indicator: '1.1.a', state: 'answered', current: 2, target: 3 },
    { indicator: '1.1.b', state: 'unanswered' },
  ],
  priorities: ['1.1.a'],
  actions: { own: 1, suggestions: 2, notScheduled: 0, cost: 120_000, estimated: true, late: 0 },
};

const manifest: BatchManifest = {
  manifest: 2,
  settings: { tool: '1.2.0', lang: 'sv', referenceDate: '2026-11-28', catalogue: { builtin: { nationell: '1.1.0' } } },
  pdf: { profile: 'ua', sourceDateEpoch: null },
  outputs: { '2506-arjeplog.md': '../plans/arjeplog.yaml' },
  overview: { data: 'abc', files: { 'overview.md': 'def' } },
  plans: { '../plans/arjeplog.yaml': planRecord('0f'.repeat(32), 'nationell', digest) },
};

describe('plan records', () => {
  it('give back the digest they were made from, in the same order, under the path of this run', () => {
    const back = recordedDigest(planRecord('0f'.repeat(32), 'nationell', digest), digest.file);
    expect(JSON.stringify(back)).toBe(JSON.stringify(digest));
    expect(recordedDigest(planRecord('0f'.repeat(32), 'nationell', digest), 'elsewhere/arjeplog.yaml').file).toBe('elsewhere/arjeplog.yaml');
  });

  it('are read back from the manifest as written, one plan a line', () => {
    const text = manifestText(manifest);
    expect(parseManifest(text)).toEqual(manifest);
    expect(text.split('\n').filter((l) => l.includes('"sha256"'))).toHaveLength(1);
    expect(text).toContain('"tool": "1.2.0"');
  });

  it.each([
    ['an answer as an object', (m: BatchManifest) => ((m.plans!['../plans/arjeplog.yaml']!.digest.answers as unknown[])[0] = { indicator: '1.1.a' })],
    [
      'a level that is not a number',
      (m: BatchManifest) => ((m.plans!['../plans/arjeplog.yaml']!.digest.answers as unknown[])[0] = ['1.1.a', 'answered', '2', 3]),
    ],
    ['no hash', (m: BatchManifest) => delete (m.plans!['../plans/arjeplog.yaml'] as Partial<{ sha256: string }>).sha256],
    ['an overview without its files', (m: BatchManifest) => delete (m.overview as Partial<{ files: unknown }>).files],
  ])('make the manifest count as none with %s', (_, spoil) => {
    const m = structuredClone(manifest);
    spoil(m);
    expect(parseManifest(manifestText(m))).toBeUndefined();
  });
});
