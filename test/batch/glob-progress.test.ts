// The glob matcher for batch inputs, the progress line's text and the default number of workers.
import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, isGlob } from '../../src/commands/batch/glob.ts';
import { progressLine } from '../../src/commands/batch/progress.ts';
import { defaultJobs } from '../../src/commands/batch/run-batch.ts';

describe('globToRegExp', () => {
  it.each([
    ['plans/*.yaml', 'plans/a.yaml', true],
    ['plans/*.yaml', 'plans/sub/a.yaml', false],
    ['plans/**/*.yaml', 'plans/a.yaml', true],
    ['plans/**/*.yaml', 'plans/x/y/a.yaml', true],
    ['plans/**', 'plans/x/y/a.txt', true],
    ['plans/?.yaml', 'plans/a.yaml', true],
    ['plans/?.yaml', 'plans/ab.yaml', false],
    ['plans/[ab].yaml', 'plans/b.yaml', true],
    ['plans/[!ab].yaml', 'plans/c.yaml', true],
    ['plans/[!ab].yaml', 'plans/a.yaml', false],
    ['plans/*.{yaml,yml}', 'plans/a.yml', true],
    ['plans/*.{yaml,yml}', 'plans/a.json', false],
    ['plans/a+b (1).yaml', 'plans/a+b (1).yaml', true],
    ['plans/*.yaml', 'plansXa.yaml', false],
    ['C:\\plans\\*.yaml', 'C:/plans/a.yaml', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });

  it('ignores case when asked (Windows, macOS)', () => {
    expect(globToRegExp('Plans/*.YAML', { ignoreCase: true }).test('plans/a.yaml')).toBe(true);
    expect(globToRegExp('Plans/*.YAML').test('plans/a.yaml')).toBe(false);
  });

  it.each([
    ['plans/2026/*.yaml', 'plans/2026'],
    ['*.yaml', '.'],
    ['/abs/**/x.yaml', '/abs'],
    ['/*.yaml', '/'],
    ['a/b/c.yaml', 'a/b'],
  ])('starts walking %s at %s', (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });

  it.each([
    ['plans/', false],
    ['plan.yaml', false],
    ['plans/*.yaml', true],
    ['p?.yaml', true],
    ['{a,b}.yaml', true],
  ])('isGlob(%s) = %s', (s, expected) => {
    expect(isGlob(s)).toBe(expected);
  });
});

describe('progressLine', () => {
  it('shows count, rate, time left and failures in a bar that fits the width', () => {
    const line = progressLine({ phase: 'rendering', done: 120, total: 290, failed: 2, doneAtStart: 0, elapsedMs: 3000 }, 100, 'sv');
    expect(line).toMatch(/^Skapar █+░+ 120\/290  40\/s  cirka 5 s kvar  2 fel$/);
    expect(line.length).toBeLessThanOrEqual(100);
  });

  it('counts the rate from the start of the phase and leaves out what it cannot know yet', () => {
    expect(progressLine({ phase: 'rendering', done: 10, total: 20, failed: 0, doneAtStart: 10, elapsedMs: 100 }, 80, 'en')).toMatch(/^Rendering █+░+ 10\/20$/);
  });

  it('writes a slow rate with a decimal comma, and time left as whole minutes and seconds', () => {
    // 10 plans in 4 s is 2.5 a second; the 299 left take 119.6 s.
    const line = progressLine({ phase: 'rendering', done: 10, total: 309, failed: 0, doneAtStart: 0, elapsedMs: 4000 }, 100, 'sv');
    expect(line).toMatch(/ 10\/309  2,5\/s  cirka 2 min 0 s kvar$/);
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
    [['md', 'pdf'], 100, 2, 2],
    [['pdf'], 30, 8, 8],
    [['md', 'pdf'], 290, 2, 2],
    [['md', 'pdf'], 30, 2, 1],
    [['md', 'pdf'], 290, 1, 1],
  ] as const)('%j for %d plans on %d cores: %d', (formats, plans, cores, expected) => {
    expect(defaultJobs([...formats], plans, cores)).toBe(expected);
  });
});
