// The benchmark's plan generator: the same seed gives the same files, and every plan it writes is valid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlans } from '../../bench/generate-plans.ts';
import { loadPlan } from '../../src/io/load-plan.ts';
import { testDir } from '../helpers/cli.ts';

function generate(count: number, seed: number): { dir: string; files: string[] } {
  const dir = testDir();
  return { dir, files: generatePlans({ dir, count, seed }) };
}

describe('generatePlans', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = generate(12, 7);
    const b = generate(12, 7);
    const c = generate(12, 8);
    const text = (g: { files: string[] }) => g.files.map((f) => readFileSync(f, 'utf8'));
    expect(text(a)).toEqual(text(b));
    expect(text(a)).not.toEqual(text(c));
  });

  it('writes one plan per real kommunkod first, then school units under them, all valid', () => {
    const g = generate(300, 2026);
    expect(g.files).toHaveLength(300);
    const names = g.files.map((f) => f.slice(g.dir.length + 1));
    expect(names[0]).toBe('0114-upplands-vasby.yaml');
    expect(names.slice(0, 290).every((n) => /^\d{4}-[a-z-]+\.yaml$/.test(n))).toBe(true);
    expect(names.slice(290).every((n) => /^\d{4}-[a-z-]+-\d{8}-[a-z-]+\.yaml$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(300);
    const states = new Set<string>();
    for (const f of g.files) {
      const r = loadPlan(f, { cwd: g.dir, lang: 'sv' });
      expect(
        r.diagnostics.filter((d) => d.severity === 'error'),
        f,
      ).toEqual([]);
      for (const a of Object.values(r.plan!.assessment.answers)) states.add('status' in a ? a.status : 'level');
    }
    // Varied: levels, unknown and not relevant all occur.
    expect([...states].sort()).toEqual(['level', 'not-relevant', 'unknown']);
    expect(readFileSync(join(g.dir, names[0]!), 'utf8')).toContain('municipalityCode: "0114"');
  });
});
