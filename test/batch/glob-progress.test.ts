// The progress line's text and the default number of workers (patterns are tested in inputs.test.ts).
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/commands/batch/progress.ts';
import { defaultJobs } from '../../src/commands/batch/run-batch.ts';

describe('progressLine', () => {
  it('shows count, rate, time left and failures in a bar that fits the width', () => {
    const line = progressLine({ phase: 'rendering', done: 120, total: 290, failed: 2, doneAtStart: 0, elapsedMs: 3000 }, 100, 'sv');
    expect(line).toMatch(/^Skapar █+░+ 120\/290 {2}40\/s {2}cirka 5 s kvar {2}2 fel$/);
    expect(line.length).toBeLessThanOrEqual(100);
  });

  it('counts the rate from the start of the phase and leaves out what it cannot know yet', () => {
    expect(progressLine({ phase: 'rendering', done: 10, total: 20, failed: 0, doneAtStart: 10, elapsedMs: 100 }, 80, 'en')).toMatch(/^Rendering █+░+ 10\/20$/);
  });

  it('writes a slow rate with a decimal comma, and time left as whole minutes and seconds', () => {
    // 10 plans in 4 s is 2.5 a second; the 299 left take 119.6 s.
    const line = progressLine({ phase: 'rendering', done: 10, total: 309, failed: 0, doneAtStart: 0, elapsedMs: 4000 }, 100, 'sv');
    expect(line).toMatch(/ 10\/309 {2}2,5\/s {2}cirka 2 min 0 s kvar$/);
  });

  it('drops the bar on a narrow terminal but keeps the numbers', () => {
    const line = progressLine({ phase: 'checking', done: 5, total: 2900, failed: 1, doneAtStart: 0, elapsedMs: 2000 }, 30, 'sv');
    expect(line).not.toContain('█');
    expect(line.startsWith('Kontrollerar 5/2900')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(29);
  });
});

describe('defaultJobs', () => {
  it.each([
    [['md'], 3, 8, 1],
    [['md', 'json'], 150, 8, 1],
    [['md'], 290, 8, 1],
    [['md'], 600, 8, 8],
    [['md', 'pdf'], 3, 8, 1],
    [['pdf'], 40, 8, 8],
    [['md'], 290, 2, 1],
    [['md'], 2900, 2, 1],
    [['md', 'pdf'], 70, 2, 1],
    [['md', 'pdf'], 100, 2, 1],
    [['pdf'], 30, 8, 8],
    [['md', 'pdf'], 290, 2, 1],
    [['md', 'pdf'], 30, 2, 1],
    [['md', 'pdf'], 290, 1, 1],
  ] as const)('%j for %d plans on %d cores: %d', (formats, plans, cores, expected) => {
    expect(defaultJobs([...formats], plans, cores)).toBe(expected);
  });
});
