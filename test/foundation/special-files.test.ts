// Only regular files are read as plans, catalogues and answers files: a device, a named pipe or a socket is refused at
// once (it has no size to check, and reading it could take all memory or wait for ever), and no read passes the limit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readInputFile } from '../../src/io/read-file.ts';
import { readYamlFile } from '../../src/io/yaml-file.ts';
import { testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const NOT_A_FILE_HINT = 'tips: ange en fil som är sparad på disk; kommer texten från ett annat program, spara den först i en fil';

// A process of its own: what the old reading did with these (filled memory, waited for a writer) the test must outlive.
describe('a device or a named pipe given as a file', () => {
  it('validate /dev/zero is refused at once, not read until memory runs out', async () => {
    const r = await runMain(['validate', '/dev/zero']);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      '/dev/zero: fel: det här är ingen vanlig fil utan en enhetsfil, och den läses inte',
      `  ${NOT_A_FILE_HINT}`,
    ]);
    expect(r.code).toBe(1);
  });

  it('a named pipe nobody writes to is refused, not waited on: validate, batch and import', async () => {
    const dir = testDir();
    execFileSync('mkfifo', [join(dir, 'plan.yaml')]);
    execFileSync('mkfifo', [join(dir, 'svar.csv')]);
    const validate = await runMain(['validate', 'plan.yaml'], { cwd: dir });
    expect(validate.stderr).toContain('plan.yaml: fel: det här är ingen vanlig fil utan en namngiven pipe (FIFO), och den läses inte');
    expect(validate.code).toBe(1);
    const batch = await runMain(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'en'], { cwd: dir });
    expect(batch.stderr).toContain('plan.yaml: error: this is not an ordinary file but a named pipe (FIFO), and it is not read');
    expect(batch.code).toBe(1);
    const imp = await runMain(['import', 'svar.csv', '--out', 'planer'], { cwd: dir });
    expect(imp.stderr).toContain('svar.csv: fel: det här är ingen vanlig fil utan en namngiven pipe (FIFO), och den läses inte');
    expect(imp.code).toBe(1);
  });
});

describe('a named pipe where batch keeps its run record', () => {
  it('is no record: the run does not wait on it, and ends as a first run would', async () => {
    const dir = testDir(['examples/landsbygd.yaml']);
    mkdirSync(join(dir, 'ut'));
    execFileSync('mkfifo', [join(dir, 'ut', '.skoldigiplan-batch.json')]);
    const r = await runMain(['batch', 'landsbygd.yaml', '--out', 'ut'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'ut', 'overview.md'))).toBe(true);
  });
});

describe('a socket given as a file', () => {
  it('is named as a socket, not as a read error with a system code', async () => {
    const dir = testDir();
    const path = join(dir, 'plan.yaml');
    const server = createServer();
    await new Promise<void>((done) => server.listen(path, done));
    onTestFinished(() => new Promise<void>((done) => server.close(() => done())));
    expect(readYamlFile(path, 'plan.yaml', 'sv').diagnostics).toEqual([
      {
        file: 'plan.yaml',
        severity: 'error',
        code: 'not-a-file',
        message: 'det här är ingen vanlig fil utan en socket, och den läses inte',
        hint: NOT_A_FILE_HINT.slice('tips: '.length),
      },
    ]);
  });
});

describe('reading an input file', () => {
  it('reads a regular file whole, and refuses one past the limit without reading more than the limit and a byte', () => {
    const dir = testDir();
    writeFileSync(join(dir, 'a.txt'), 'x'.repeat(100));
    const ok = readInputFile(join(dir, 'a.txt'), 100);
    expect(ok.ok && ok.bytes.toString()).toBe('x'.repeat(100));
    expect(readInputFile(join(dir, 'a.txt'), 99)).toEqual({ ok: false, reason: 'too-large', size: 100 });
    expect(readInputFile(join(dir, 'saknas.txt'), 99)).toEqual({ ok: false, reason: 'not-found' });
    expect(readInputFile(dir, 99)).toEqual({ ok: false, reason: 'is-directory' });
  });
});
