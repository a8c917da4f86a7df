// Commands in messages are written the way the user started the tool: `npx skoldigiplan …` through npx
// (npm sets npm_command=exec), `skoldigiplan …` when installed.
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli.ts';
import { ROOT } from '../helpers/cli.ts';

async function cli(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    cwd: ROOT,
    env,
    // Not a terminal: assess refuses and says how to run it without questions.
    stdin: Object.assign(new PassThrough(), { isTTY: false }),
    stdout: { write: (s: string | Uint8Array) => (out += String(s)), columns: 80 },
    stderr: { write: (s: string | Uint8Array) => (err += String(s)) },
    now: () => new Date('2026-12-07T12:00:00Z'),
  });
  return { code, out, err };
}

describe('the command as the user started it', () => {
  it('through npx, hints and --help say npx skoldigiplan', async () => {
    const r = await cli(['assess'], { npm_command: 'exec' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('eller utan frågor: npx skoldigiplan assess --answers svar.yaml');
    const help = await cli(['--help'], { npm_command: 'exec' });
    expect(help.out).toContain('Användning: npx skoldigiplan [flaggor] [kommando]');
    const examples = await cli(['assess', '--help'], { npm_command: 'exec' });
    expect(examples.out).toContain('  npx skoldigiplan assess --resume\n');
  });

  it('installed (or through npm run), hints say skoldigiplan', async () => {
    for (const env of [{}, { npm_command: 'run-script' }]) {
      const r = await cli(['assess'], env);
      expect(r.err).toContain('eller utan frågor: skoldigiplan assess --answers svar.yaml');
      expect(r.err).not.toContain('npx');
    }
  });

  it('--help is wrapped between words at the terminal width', async () => {
    const help = await cli(['--help'], {});
    expect(help.out).toContain('  --lang <språk>                                 språk för allt som skrivs ut:\n');
    for (const line of help.out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
});
