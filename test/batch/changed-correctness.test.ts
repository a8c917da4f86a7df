// What a user finds in --out after runs with --changed: each output made from the plan that now has its name, an
// overview.pdf that matches the plans, a folder in the way of the run's own files said as an error (exit 1) rather than
// a crash, and a same-organisation hint that can be followed.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBatchEvent } from '../../src/generated/validateBatchEvent.js';
import { batchText } from '../../src/i18n/batch.ts';
import { readPdf } from '../pdf/read-pdf.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const workspace = testDir;

const EXAMPLE = readFileSync(join(ROOT, 'examples/landsbygd.yaml'), 'utf8');

/** The rural example (kommunkod 2506) assessed on `date`. */
function landsbygd(date: string): string {
  const text = EXAMPLE.replace(/^ {2}date: \d{4}-\d{2}-\d{2}$/m, `  date: ${date}`);
  expect(text).toContain(`date: ${date}`);
  return text;
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const assessed = (file: string) => /\| \*\*Bedömningsdatum\*\* \| (\S+) \|/.exec(readFileSync(file, 'utf8'))?.[1];

/** Each plan's status from the --json lines. */
const statuses = (stdout: string) =>
  Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; file: string; status: string })
      .filter((e) => e.type === 'plan')
      .map((e) => [e.file, e.status]),
  );

describe('--changed when an output name passes to another plan', () => {
  it('makes the plan again when the plan that had its name is removed', async () => {
    const dir = workspace();
    write(dir, 'p8/plan-2026.yaml', landsbygd('2026-11-20'));
    write(dir, 'p8/plan-2027.yaml', landsbygd('2027-11-20'));
    const args = ['batch', 'p8', '--out', 'o8', '--date', '2028-01-10', '--changed', '--json'];
    expect((await runMain(args, { cwd: dir })).code).toBe(0);
    expect(assessed(join(dir, 'o8/2506-arjeplog.md'))).toBe('2026-11-20');
    expect(assessed(join(dir, 'o8/2506-arjeplog-2.md'))).toBe('2027-11-20');

    rmSync(join(dir, 'p8/plan-2026.yaml'));
    const second = await runMain(args, { cwd: dir });
    expect(second.code).toBe(0);
    expect(statuses(second.stdout)).toEqual({ 'p8/plan-2027.yaml': 'ok' });
    expect(second.stderr).not.toContain('oförändrad, hoppas över');
    expect(assessed(join(dir, 'o8/2506-arjeplog.md'))).toBe('2027-11-20');

    // Now made from that plan, it is skipped the next time.
    const third = await runMain(args, { cwd: dir });
    expect(statuses(third.stdout)).toEqual({ 'p8/plan-2027.yaml': 'skipped' });
    expect(assessed(join(dir, 'o8/2506-arjeplog.md'))).toBe('2027-11-20');
  });

  it('makes both plans again when a new plan of the same organisation sorts first and is older than the outputs', async () => {
    const dir = workspace();
    write(dir, 'p9/plan-2027.yaml', landsbygd('2027-11-20'));
    const args = ['batch', 'p9', '--out', 'o9', '--date', '2028-01-10', '--changed', '--json'];
    expect((await runMain(args, { cwd: dir })).code).toBe(0);
    expect(assessed(join(dir, 'o9/2506-arjeplog.md'))).toBe('2027-11-20');

    // Last year's plan, copied in with its old time stamp: it takes the name 2506-arjeplog.
    write(dir, 'p9/plan-2026.yaml', landsbygd('2026-11-20'));
    const old = new Date('2026-11-21T00:00:00Z');
    utimesSync(join(dir, 'p9/plan-2026.yaml'), old, old);
    const second = await runMain(args, { cwd: dir });
    expect(second.code).toBe(0);
    expect(statuses(second.stdout)).toEqual({ 'p9/plan-2026.yaml': 'ok', 'p9/plan-2027.yaml': 'ok' });
    expect(assessed(join(dir, 'o9/2506-arjeplog.md'))).toBe('2026-11-20');
    expect(assessed(join(dir, 'o9/2506-arjeplog-2.md'))).toBe('2027-11-20');
  });
});

describe('--changed and overview.pdf', () => {
  it('makes overview.pdf again when a run without PDF has changed the overview since it was made', async () => {
    const dir = workspace();
    write(dir, 'p4/landsbygd.yaml', landsbygd('2026-11-20'));
    cpSync(join(ROOT, 'examples/storstad.yaml'), join(dir, 'p4/storstad.yaml'));
    const run = (formats: string, changed: boolean) =>
      runMain(['batch', 'p4', '--out', 'o4', '--format', formats, '--date', '2028-01-10', ...(changed ? ['--changed'] : [])], { cwd: dir });
    expect((await run('md,pdf', false)).code).toBe(0);
    const pdfText = async () => (await readPdf(readFileSync(join(dir, 'o4/overview.pdf')))).text;
    expect(await pdfText()).toContain('Exempelby kommun');

    write(dir, 'p4/landsbygd.yaml', landsbygd('2026-11-20').replace('name: Exempelby kommun', 'name: Nyby kommun'));
    expect((await run('md', false)).code).toBe(0);
    expect(readFileSync(join(dir, 'o4/overview.md'), 'utf8')).toContain('Nyby kommun');

    const third = await run('md,pdf', true);
    expect(third.code).toBe(0);
    expect(third.stderr).not.toContain(batchText.sv.summary.overviewUnchanged);
    expect(third.stderr).toContain('Sammanställning: o4/overview.md, o4/overview.csv, o4/overview.xlsx, o4/overview.pdf');
    const text = await pdfText();
    expect(text).toContain('Nyby kommun');
    expect(text).not.toContain('Exempelby kommun');

    // Made from what it would be made from now, it is left alone.
    const fourth = await run('md,pdf', true);
    expect(fourth.stderr).toContain(batchText.sv.summary.overviewUnchanged);
  });
});

describe('a folder where a file of the run goes', () => {
  it.each([
    ['overview.md', 'md', []],
    ['.skoldigiplan-batch.json', 'md', []],
    ['overview.pdf', 'md,pdf', ['--jobs', '2']],
  ])('in place of %s: "kunde inte skriva" with a hint, exit 1, and the plans are written', async (name, formats, extra) => {
    const dir = workspace();
    write(dir, 'p6/landsbygd.yaml', landsbygd('2026-11-20'));
    cpSync(join(ROOT, 'examples/storstad.yaml'), join(dir, 'p6/storstad.yaml'));
    mkdirSync(join(dir, 'o6', name), { recursive: true });
    for (const changed of [[], ['--changed']]) {
      const r = await runMain(['batch', 'p6', '--out', 'o6', '--format', formats, ...extra, ...changed], { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`fel: kunde inte skriva o6/${name}: det är en mapp\ntips: flytta eller byt namn på mappen, så att filen kan skrivas där\n`);
      expect(r.stderr).not.toContain('internt fel');
      expect(r.stderr).not.toMatch(/EISDIR|\.tmp|at \w+ \(/);
      expect(r.stderr).toContain('Klart: 2 av 2 planer finns i o6');
      for (const f of formats.split(',')) {
        expect(existsSync(join(dir, `o6/2506-arjeplog.${f}`))).toBe(true);
        expect(existsSync(join(dir, `o6/1480-goteborg.${f}`))).toBe(true);
      }
    }
  });

  it('--json: the summary carries the file that could not be written, so a script sees why the run exits 1', async () => {
    const dir = workspace();
    write(dir, 'p6/landsbygd.yaml', landsbygd('2026-11-20'));
    mkdirSync(join(dir, 'o6/overview.csv'), { recursive: true });
    const r = await runMain(['batch', 'p6', '--out', 'o6', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const events = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const e of events) expect(validateBatchEvent(e), JSON.stringify(validateBatchEvent.errors)).toBe(true);
    const summary = events.at(-1);
    expect(summary).toMatchObject({
      type: 'summary',
      failed: 0,
      errors: [{ file: 'o6/overview.csv', severity: 'error', code: 'write-failed', message: 'kunde inte skriva o6/overview.csv: det är en mapp' }],
    });
    expect(summary.outputs).not.toContain('o6/overview.csv');
  });

  it('says it in English with --lang en', async () => {
    const dir = workspace();
    write(dir, 'p6/landsbygd.yaml', landsbygd('2026-11-20'));
    mkdirSync(join(dir, 'o6/overview.md'), { recursive: true });
    const r = await runMain(['--lang', 'en', 'batch', 'p6', '--out', 'o6'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error: could not write o6/overview.md: it is a folder\nhint: move or rename the folder so that the file can be written there\n',
    );
  });
});

describe('the same-organisation hint', () => {
  it('with the years in folders of their own, names them, and following it gives no warning', async () => {
    const dir = workspace();
    write(dir, 'p2/2026/plan.yaml', landsbygd('2026-11-20'));
    write(dir, 'p2/2027/plan.yaml', landsbygd('2027-11-20'));
    const sv = await runMain(['batch', 'p2', '--out', 'o2'], { cwd: dir });
    expect(sv.stderr).toContain(
      '  tips: båda planerna skapas ändå; kör batch på ett års planer i taget och jämför med förra årets genom --compare-with, t.ex. skoldigiplan batch p2/2027/ --out <mapp> --compare-with p2/2026/\n',
    );
    expect(sv.stderr).not.toContain('olika mappar');
    const en = await runMain(['--lang', 'en', 'batch', 'p2', '--out', 'o2'], { cwd: dir });
    expect(en.stderr).toContain(
      "  hint: both plans are still made; run batch on one year's plans at a time and compare with last year's using --compare-with, e.g. skoldigiplan batch p2/2027/ --out <folder> --compare-with p2/2026/\n",
    );

    const followed = await runMain(['batch', 'p2/2027/', '--out', 'o2', '--compare-with', 'p2/2026/'], { cwd: dir });
    expect(followed.code).toBe(0);
    expect(followed.stderr).not.toContain('samma organisation');
  });

  it('with the same assessment date (most likely one plan twice), says so instead of speaking of years', async () => {
    const dir = workspace();
    write(dir, 'p9/a/plan.yaml', landsbygd('2027-11-20'));
    write(dir, 'p9/b/plan.yaml', landsbygd('2027-11-20'));
    const sv = await runMain(['batch', 'p9', '--out', 'o9'], { cwd: dir });
    expect(sv.stderr).toContain('eftersom båda har bedömningsdatum 2027-11-20 och p9/b/plan.yaml kommer sist i sökvägsordning');
    expect(sv.stderr).toContain(
      '  tips: båda planerna skapas ändå; är det samma plan två gånger, ta bort eller flytta den ena; annars rätta bedömningsdatumet i den äldre\n',
    );
  });

  it('with both years in one folder, says to give each year a folder first', async () => {
    const dir = workspace();
    write(dir, 'p8/plan-2026.yaml', landsbygd('2026-11-20'));
    write(dir, 'p8/plan-2027.yaml', landsbygd('2027-11-20'));
    const sv = await runMain(['batch', 'p8', '--out', 'o8'], { cwd: dir });
    expect(sv.stderr).toContain(`  tips: ${batchText.sv.plan.sameOrganisationFolderHint}\n`);
    expect(batchText.sv.plan.sameOrganisationFolderHint).toContain('lägg varje års planer i en egen mapp');
    const en = await runMain(['--lang', 'en', 'batch', 'p8', '--out', 'o8'], { cwd: dir });
    expect(en.stderr).toContain(`  hint: ${batchText.en.plan.sameOrganisationFolderHint}\n`);
  });
});
