// The number of workers a batch chooses without --jobs: from the cost of the work against the cost of workers.
import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/commands/batch/run-batch.ts';
import type { Format } from '../../src/render/outputs.ts';

const FORMATS: Format[][] = [['md'], ['md', 'json'], ['md', 'html'], ['pdf'], ['md', 'pdf']];

describe('defaultJobs', () => {
  it('stays in one process on two cores, for every format and any number of plans up to a large PDF run', () => {
    // Measured there: two workers spend about 1.5 times the CPU time of one process and are never quicker.
    for (const formats of FORMATS) for (const plans of [2, 30, 290, 999]) expect(defaultJobs(formats, plans, 2), `${formats} ${plans}`).toBe(1);
    for (const plans of [2900, 29_000]) expect(defaultJobs(['md', 'html', 'json'], plans, 2)).toBe(1);
  });

  it('takes a worker per core for a PDF run of a thousand plans or more, for the bounded heaps of workers', () => {
    expect(defaultJobs(['md', 'pdf'], 1000, 2)).toBe(2);
    expect(defaultJobs(['pdf'], 2900, 2)).toBe(2);
    expect(defaultJobs(['pdf'], 2900, 1)).toBe(1);
  });

  it('stays in one process for a single plan or a single core', () => {
    for (const formats of FORMATS) {
      expect(defaultJobs(formats, 1, 8)).toBe(1);
      expect(defaultJobs(formats, 2900, 1)).toBe(1);
    }
  });

  it('takes a worker per core with more cores, once the plans outweigh starting them', () => {
    // PDF costs some 15 times Markdown a plan, so workers pay for it from a few dozen plans, for Markdown from some hundreds.
    expect(defaultJobs(['md', 'pdf'], 10, 4)).toBe(1);
    expect(defaultJobs(['md', 'pdf'], 290, 4)).toBe(4);
    expect(defaultJobs(['md', 'pdf'], 40, 8)).toBe(8);
    expect(defaultJobs(['md'], 290, 8)).toBe(1);
    expect(defaultJobs(['md'], 2900, 8)).toBe(8);
    expect(defaultJobs(['md'], 2900, 4)).toBe(4);
  });

  it('takes one process or a worker per core, and never fewer workers for more plans', () => {
    for (const formats of FORMATS) {
      for (const cores of [2, 3, 4, 8, 16]) {
        let before = 1;
        for (let plans = 1; plans <= 5000; plans += 7) {
          const jobs = defaultJobs(formats, plans, cores);
          expect(jobs).toBeGreaterThanOrEqual(before);
          expect([1, cores]).toContain(jobs);
          before = jobs;
        }
      }
    }
  });
});
