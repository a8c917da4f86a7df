// Terms as people type them reach the plan in the one written form, through the CLI's own parsing.
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/main.ts';

describe('--start', () => {
  it.each(['VT 2028', 'vt28', '2028 vt', '2028-VT'])('%j plans from 2028-VT', async (start) => {
    const r = await runMain(['render', 'examples/storstad.yaml', '--start', start, '--format', 'json', '-o', '-']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const terms = JSON.parse(r.stdout).schedule.terms as string[];
    expect(terms[0]).toBe('2028-VT');
  });

  it('a term it cannot read is a usage error that shows the written form', async () => {
    const r = await runMain(['render', 'examples/storstad.yaml', '--start', 'våren 2028']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('våren 2028 är ingen termin; skriv till exempel 2027-VT');
  });
});
