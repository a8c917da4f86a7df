// A bug in the tool (not in the user's files) ends with exit code 70 and a short report to send, not a bare stack trace.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import { ROOT } from '../helpers/cli.ts';

async function withBrokenStdout(lang: 'sv' | 'en'): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['render', 'examples/storstad.yaml', '-o', '-', '--format', 'md', '--date', '2026-12-07', '--lang', lang], {
    cwd: ROOT,
    env: { TZ: 'UTC', NO_COLOR: '1' },
    stdin: Readable.from([]),
    // Stands in for a bug: a write that throws an error no part of the tool expects.
    stdout: {
      write: () => {
        throw new TypeError('stdout.write is broken');
      },
    },
    stderr: {
      write: (s: string | Uint8Array) => {
        stderr += String(s);
        return true;
      },
    },
    now: () => new Date('2026-12-07T12:00:00Z'),
  });
  return { code, stderr };
}

describe('an internal error', () => {
  it('exits 70 and says in Swedish that it is a bug, with what to report', async () => {
    const { code, stderr } = await withBrokenStdout('sv');
    expect(code).toBe(70);
    const lines = stderr.split('\n');
    expect(lines[0]).toBe('internt fel: det här är en bugg i skoldigiplan, inte ett fel i dina filer.');
    expect(stderr).toContain('Rapportera gärna felet med texten nedan och kommandot du körde.');
    expect(stderr).toMatch(/^skoldigiplan \d+\.\d+\.\d+, Node v\d+\.\d+\.\d+, [a-z0-9]+-[a-z0-9]+$/m);
    expect(stderr).toContain('render: TypeError: stdout.write is broken');
    // A few frames to locate the bug, not the whole trace.
    expect(lines.filter((l) => l.trim().startsWith('at ')).length).toBeLessThanOrEqual(5);
  });

  it('says the same in English with --lang en', async () => {
    const { code, stderr } = await withBrokenStdout('en');
    expect(code).toBe(70);
    expect(stderr.split('\n')[0]).toBe('internal error: this is a bug in skoldigiplan, not a problem with your files.');
    expect(stderr).toContain('render: TypeError: stdout.write is broken');
  });
});
