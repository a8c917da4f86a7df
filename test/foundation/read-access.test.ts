// A plan file or a folder of plans that may not be read (no read permission) is a user's problem, said in their words.
// The tests run as root, which may read anything, so the refusal is made here the way the system makes it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (/locked\.(yaml|csv|md)$/.test(String(path)))
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES', syscall: 'open' });
    return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  const openSync = ((path: Parameters<typeof fs.openSync>[0], ...rest: unknown[]) => {
    if (/locked\.(yaml|csv)$/.test(String(path)))
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES', syscall: 'open' });
    return (fs.openSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.openSync;
  const readdirSync = ((path: Parameters<typeof fs.readdirSync>[0], ...rest: unknown[]) => {
    if (String(path).endsWith('locked-folder'))
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES', syscall: 'scandir' });
    return (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdirSync;
  return { ...fs, openSync, readFileSync, readdirSync, default: { ...fs, openSync, readFileSync, readdirSync } };
});

const { readYamlFile } = await import('../../src/io/yaml-file.ts');
const { ROOT, tempDir } = await import('../helpers/cli.ts');
const { join } = await import('node:path');
const { copyFileSync, mkdirSync } = await import('node:fs');
const { expandInputs } = await import('../../src/commands/batch/inputs.ts');
const { readCsvFile } = await import('../../src/commands/import/read-csv.ts');
const { processPlan } = await import('../../src/commands/batch/process-plan.ts');
const { writeFileSync } = await import('node:fs');

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

describe('a plan file that may not be read', () => {
  it('is one error with a hint, in Swedish and in English, not a crash', () => {
    const file = join(dir, 'locked.yaml');
    copyFileSync(join(ROOT, 'examples/landsbygd.yaml'), file);
    expect(readYamlFile(file, 'locked.yaml', 'sv').diagnostics).toEqual([
      {
        file: 'locked.yaml',
        severity: 'error',
        code: 'no-access',
        message: 'filen går inte att läsa (behörighet saknas)',
        hint: 'kontrollera filens behörigheter, eller kopiera filen till en mapp där du kan läsa den',
      },
    ]);
    expect(readYamlFile(file, 'locked.yaml', 'en').diagnostics[0]).toMatchObject({ code: 'no-access', message: expect.stringMatching(/permission/) });
  });
});

describe('a folder of plans that may not be read', () => {
  it('is named as an input problem, so its plans are not silently missing from the run', () => {
    mkdirSync(join(dir, 'plans/locked-folder'), { recursive: true });
    copyFileSync(join(ROOT, 'examples/landsbygd.yaml'), join(dir, 'plans/landsbygd.yaml'));
    const r = expandInputs(['plans'], { cwd: dir });
    expect(r.files.map((f) => f.display)).toEqual(['plans/landsbygd.yaml']);
    expect(r.problems).toEqual([{ input: 'plans/locked-folder', kind: 'unreadable-folder', code: 'EACCES' }]);
    // A folder given on its own that cannot be read is said to be unreadable, not empty.
    expect(expandInputs(['plans/locked-folder'], { cwd: dir }).problems).toEqual([{ input: 'plans/locked-folder', kind: 'unreadable-folder', code: 'EACCES' }]);
    // A pattern names it only if the pattern could reach into it; and once, not also as a pattern without matches.
    mkdirSync(join(dir, 'plans/arkiv/locked-folder'), { recursive: true });
    expect(expandInputs(['plans/*.yaml'], { cwd: dir })).toEqual({ files: [expect.objectContaining({ display: 'plans/landsbygd.yaml' })], problems: [] });
    expect(expandInputs(['plans/**/*.yaml'], { cwd: dir }).problems.map((p) => p.input)).toEqual(['plans/arkiv/locked-folder', 'plans/locked-folder']);
    expect(expandInputs(['plans/arkiv/*/*.yaml'], { cwd: dir }).problems).toEqual([
      { input: 'plans/arkiv/locked-folder', kind: 'unreadable-folder', code: 'EACCES' },
    ]);
    expect(expandInputs(['plans/locked-folder/*.yaml'], { cwd: dir }).problems).toEqual([
      { input: 'plans/locked-folder', kind: 'unreadable-folder', code: 'EACCES' },
    ]);
    // `./*.yaml` (PowerShell's `.\*.yaml`) reaches no deeper than `*.yaml`.
    expect(expandInputs(['./*.yaml'], { cwd: join(dir, 'plans') }).problems).toEqual([]);
  });
});

describe('an answers file that may not be read', () => {
  it('is read as a refusal (no-access), which the import says as it says it of a plan file, not as an empty or broken file', () => {
    const file = join(dir, 'locked.csv');
    copyFileSync(join(ROOT, 'examples/landsbygd.yaml'), file);
    expect(readCsvFile(file)).toEqual({ ok: false, reason: 'no-access' });
  });
});

describe('an output of the same name in --out that may not be read', () => {
  it('fails its plan naming that file and the missing permission, not the folder', async () => {
    mkdirSync(join(dir, 'ut'), { recursive: true });
    writeFileSync(join(dir, 'ut/locked.md'), 'x');
    const plan = join(ROOT, 'examples/landsbygd.yaml');
    const r = await processPlan(plan, {
      file: plan,
      cwd: dir,
      lang: 'sv',
      outDir: join(dir, 'ut'),
      name: 'locked',
      formats: ['md'],
      profile: 'ua',
      referenceDate: '2026-11-29',
      changed: false,
    });
    expect(r.status).toBe('failed');
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['write-failed', 'kunde inte skriva ut/locked.md: behörighet saknas']]);
  });
});
