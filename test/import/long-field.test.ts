// A very long field in an answers file: the message about it quotes only its start, and the parser reads it whole.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { parseCsv } from '../../src/core/csv.ts';
import { testDir } from '../helpers/cli.ts';

const HEADER = 'kommunkod;organisationsnummer;huvudman;skolenhet;skolenhetskod;skolformer;datum;starttermin;1.1.a nuläge;1.1.a mål;1.2.a;e-post';

describe('a field of 200,000 characters', () => {
  it('is named in a message of one short line, not printed whole', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'svar.csv'), `${HEADER}\r\n0180;;Stockholms stad;;;grundskola;2026-11-28;2027-VT;2;3;1→3;"${'x'.repeat(200_000)}"\r\n`);
    const err: string[] = [];
    const code = await main(['import', 'svar.csv', '--out', 'planer'], {
      cwd: dir,
      env: {},
      stdin: process.stdin,
      stdout: { write: () => true },
      stderr: { write: (s: string | Uint8Array) => err.push(String(s)) },
      now: () => new Date('2026-11-29T12:00:00Z'),
    });
    expect(code).toBe(1);
    const [message, hint] = err.join('').split('\n');
    expect(message).toBe(`svar.csv:2:12: fel: ${'x'.repeat(79)}… är ingen e-postadress`);
    expect(hint).toMatch(/^ {2}tips: skriv adressen som namn@kommun\.se/);
  });

  it('is read whole by the parser, with quotes doubled inside it and the line count of its line breaks', () => {
    const long = `${'a'.repeat(100_000)}""b\r\nc\nd`;
    const parsed = parseCsv(`x;y\r\n"${long}";2\r\nnext;3\r\n`);
    expect(parsed.records.map((r) => [r.line, r.cells.map((c) => c.length)])).toEqual([
      [1, [1, 1]],
      [2, [100_000 + 7, 1]],
      [5, [4, 1]],
    ]);
    expect(parsed.records[1]!.cells[0]!.slice(100_000)).toBe('"b\r\nc\nd');
  });
});
