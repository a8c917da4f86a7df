// Terms as people type them reach the plan in the one written form, through the CLI's own parsing.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT } from '../helpers/cli.ts';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    cwd: ROOT,
    env: {},
    stdin: process.stdin,
    stdout: { write: (s: string | Uint8Array) => (out += String(s)) },
    stderr: { write: (s: string | Uint8Array) => (err += String(s)) },
    now: () => new Date('2026-12-07T12:00:00Z'),
  });
  return { code, out, err };
}

describe('--start', () => {
  it.each(['VT 2028', 'vt28', '2028 vt', '2028-VT'])('%j plans from 2028-VT', async (start) => {
    const r = await cli(['render', 'examples/storstad.yaml', '--start', start, '--format', 'json', '-o', '-']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const terms = JSON.parse(r.out).schedule.terms as string[];
    expect(terms[0]).toBe('2028-VT');
  });

  it('a term it cannot read is a usage error that shows the written form', async () => {
    const r = await cli(['render', 'examples/storstad.yaml', '--start', 'våren 2028']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('våren 2028 är ingen termin; skriv till exempel 2027-VT');
  });
});
