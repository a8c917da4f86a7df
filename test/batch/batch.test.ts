// `skoldigiplan batch` end to end with the built CLI: outputs, failures with positions, names, --changed, --json, the roll-up.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isSafeFileName } from '../../src/core/output-name.ts';
import { parseCsv } from '../../src/core/csv.ts';
import type { Plan } from '../../src/core/model.ts';
import { validateBatchEvent } from '../../src/generated/validateBatchEvent.js';
import { planToYaml } from '../../src/io/write-plan.ts';
import { batchText } from '../../src/i18n/batch.ts';
import { readPdf } from '../pdf/read-pdf.ts';
import { BIN, ROOT, runCli, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const workspace = testDir;

const FIXTURES = 'test/fixtures/batch';

function plan(org: Partial<Plan['organisation']>, answers: Plan['assessment']['answers'] = { '1.1.a': { current: 1, target: 2 } }): Plan {
  return {
    schemaVersion: 1,
    catalogue: { id: 'nationell', version: '1.1.0' },
    organisation: { name: 'Exempel', kind: 'independent', organisationNumber: '556000-0001', schoolForms: ['grundskola'], ...org },
    assessment: { date: '2026-10-01', answers },
    planning: { start: '2027-VT', terms: 4 },
    actions: [],
  };
}

function files(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('batch over a folder with good and bad files', () => {
  it('writes every valid plan and the overview, reports each bad file with its position, and exits 1', () => {
    const dir = workspace([`${FIXTURES}/mixed`]);
    // The built CLI as a process for exit 1, 0 (below, on the worker pool) and 2; the other batch tests run in process.
    const r = runCli(['batch', 'mixed', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(files(join(dir, 'out'))).toEqual([
      '.skoldigiplan-batch.json',
      '0180-stockholm.md',
      '5560000001-friskolan-ab.md',
      'overview.csv',
      'overview.md',
      'overview.xlsx',
    ]);
    expect(r.stderr).toMatch(/^mixed\/broken\.yaml:4:9: fel: YAML-fel/m);
    expect(r.stderr).toMatch(/^mixed\/invalid\.yaml:6:21: fel: värdet 180 lästes som ett tal/m);
    expect(r.stderr).toMatch(/^mixed\/picture\.yaml: fel: filen är ingen textfil/m);
    expect(r.stderr).not.toContain('notes.txt');
    expect(r.stderr).toContain('Klart: 2 av 5 planer finns i out');
    expect(r.stderr).toContain('3 planer har fel');
    const overview = readFileSync(join(dir, 'out/overview.md'), 'utf8');
    expect(overview).toContain('## Planer med fel');
    expect(overview).toContain('| `mixed/broken.yaml` |');
    expect(overview).toContain('| `mixed/invalid.yaml` | 1 | 6:21: värdet 180 lästes som ett tal');
    expect(readFileSync(join(dir, 'out/0180-stockholm.md'), 'utf8')).toContain('Stockholms stad');
  });

  it('exits 0 when every plan is valid, and --jobs 1 writes the same bytes as the worker pool', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    // PDF included: on the pool, plans and the overview's PDF are made on worker threads.
    const pooled = runCli(['batch', 'rollup', '--out', 'pooled', '--format', 'md,pdf,json', '--jobs', '2', '--date', '2026-11-28', '--json'], { cwd: dir });
    const single = await runMain(['batch', 'rollup', '--out', 'single', '--format', 'md,pdf,json', '--jobs', '1', '--date', '2026-11-28', '--json'], {
      cwd: dir,
    });
    expect(pooled.code).toBe(0);
    expect(single.code).toBe(0);
    const jobs = (r: { stdout: string }) => JSON.parse(r.stdout.trim().split('\n').at(-1)!).jobs;
    expect([jobs(pooled), jobs(single)]).toEqual([2, 1]);
    const names = files(join(dir, 'pooled'));
    expect(names).toEqual(files(join(dir, 'single')));
    expect(names).toContain('0180-stockholm-11111111-ekskolan.md');
    expect(names).toContain('0180-stockholm-11111111-ekskolan.pdf');
    expect(names).toContain('overview.pdf');
    for (const n of names) expect(readFileSync(join(dir, 'pooled', n)), n).toEqual(readFileSync(join(dir, 'single', n)));
  });

  it('--fail-fast stops at the first bad plan and writes no overview', async () => {
    const dir = workspace([`${FIXTURES}/mixed`]);
    const r = await runMain(['batch', 'mixed', '--out', 'out', '--fail-fast', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--fail-fast');
    expect(existsSync(join(dir, 'out/overview.md'))).toBe(false);
  });

  it('names a missing input and a pattern that matches nothing, and still processes the rest', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    const r = await runMain(['batch', 'rollup/a.yaml', 'saknas.yaml', 'rollup/*.yml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^saknas\.yaml: fel: filen eller mappen finns inte/m);
    expect(r.stderr).toMatch(/^rollup\/\*\.yml: fel: mönstret matchar inga filer/m);
    expect(files(join(dir, 'out'))).toContain('0180-stockholm.md');
    // Paths that could not be used are counted as such, not as plans with errors.
    expect(r.stderr).toContain('Klart: 1 av 1 plan finns i out');
    expect(r.stderr).toContain('2 sökvägar kunde inte användas; se meddelandena ovan.');
    expect(r.stderr).not.toContain('har fel och kom inte med');
    // The overview says the same: no plan had errors, two paths gave none.
    const overview = readFileSync(join(dir, 'out/overview.md'), 'utf8');
    expect(overview).toContain('| Planer med fel | 0 |');
    expect(overview).toContain('| Sökvägar som inte gav någon plan | 2 |');
    expect(overview).toContain('## Planer med fel och sökvägar som inte gav någon plan');
    expect(readFileSync(join(dir, 'out/overview.csv'), 'utf8')).toContain('\nsaknas.yaml;ingen plan');
  });

  it('a link to a plan file that is not there is an error, not a plan silently left out', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    symlinkSync(join(dir, 'flyttad.yaml'), join(dir, 'rollup/borta.yaml'));
    const r = await runMain(['batch', 'rollup', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^rollup\/borta\.yaml: fel: länken pekar på en fil som inte finns, så planen kommer inte med\n {2}tips: låt länken peka på planfilen, eller ta bort länken$/m,
    );
    expect(r.stderr).toContain('1 sökväg kunde inte användas');
    expect(files(join(dir, 'out'))).toContain('0180-stockholm.md');
    // An editor's lock file (Emacs keeps .#plan.yaml as a link to nothing while the plan is open) is no plan at all.
    rmSync(join(dir, 'rollup/borta.yaml'));
    symlinkSync('karin@dator.4711:1700000000', join(dir, 'rollup/.#a.yaml'));
    const locked = await runMain(['batch', 'rollup', '--out', 'out'], { cwd: dir });
    expect(locked.stderr).not.toContain('.#a.yaml');
    expect(locked.code).toBe(0);
  });

  it('expands quoted glob patterns itself, with ** across folders', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    mkdirSync(join(dir, 'deep/er'), { recursive: true });
    writeFileSync(join(dir, 'deep/er/x.yaml'), readFileSync(join(dir, 'rollup/c.yaml')));
    const r = await runMain(['batch', 'rollup/[ab].yaml', 'deep/**/*.yaml', '--out', 'out', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const plans = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((e) => e.type === 'plan');
    expect(plans.map((p) => p.file).sort()).toEqual(['deep/er/x.yaml', 'rollup/a.yaml', 'rollup/b.yaml']);
  });

  it('skips a catalogue file found among the plans with a warning, and says when a folder holds no plans', async () => {
    const dir = workspace([`${FIXTURES}/rollup`, 'examples/catalogue']);
    mkdirSync(join(dir, 'tom'));
    const r = await runMain(['batch', 'rollup', 'catalogue', 'tom', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^catalogue\/egen-katalog\.yaml: varning: en katalogfil, inte en plan; hoppas över$/m);
    expect(r.stderr).toMatch(/^tom: varning: mappen innehåller inga planfiler/m);
    expect(r.stderr).toContain('Klart: 3 av 3 planer');
    const none = await runMain(['batch', 'tom', '--out', 'out2'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('det finns inga planfiler att behandla');
    expect(existsSync(join(dir, 'out2'))).toBe(false);
  });

  it('refuses an --out that is a file, as a usage error', () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    writeFileSync(join(dir, 'out'), 'not a folder');
    const r = runCli(['batch', 'rollup', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('out är en fil');
  });
});

describe('output names', () => {
  it('keep hostile organisation names inside --out, ASCII and safe, with collisions resolved by input path', async () => {
    const dir = workspace();
    const hostile = {
      'a-traversal.yaml': plan({ name: '../../etc', organisationNumber: '556000-0019' }),
      'b-con.yaml': plan({ name: 'CON', organisationNumber: undefined, kind: 'municipality', municipalityCode: '0180', unit: { name: 'CON' } }),
      'c-emoji.yaml': plan({ name: '🏫🎓 Skolan ✨', organisationNumber: '556000-0027' }),
      'd-long.yaml': plan({ name: 'Å'.repeat(300), organisationNumber: '556000-0035' }),
      'e-slash.yaml': plan({ name: 'a/b\\c:d*e?f"g<h>i|j', organisationNumber: '556000-0043' }),
      'f-same.yaml': plan({ name: 'Samma AB', organisationNumber: '556000-0050' }),
      'g-same.yaml': plan({ name: 'Samma AB', organisationNumber: '556000-0050' }),
    };
    mkdirSync(join(dir, 'plans'));
    for (const [f, p] of Object.entries(hostile)) writeFileSync(join(dir, 'plans', f), planToYaml(p));
    const r = await runMain(['batch', 'plans', '--out', 'out', '--json'], { cwd: dir });
    expect(r.stderr).not.toMatch(/fel:/);
    expect(r.code).toBe(0);
    // Nothing was written anywhere but out/ (and the plans we put there).
    expect(files(dir)).toEqual(['out', 'plans']);
    // Besides the plans and the overview (md, csv, xlsx), only the run's record of its settings (for --changed).
    const [record, ...out] = files(join(dir, 'out'));
    expect(record).toBe('.skoldigiplan-batch.json');
    expect(out).toHaveLength(Object.keys(hostile).length + 3);
    for (const f of out) {
      expect(isSafeFileName(f), f).toBe(true);
      expect(f).toMatch(/^[a-z0-9-]+\.(md|csv|xlsx)$/);
    }
    const events = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const byFile = Object.fromEntries(events.filter((e) => e.type === 'plan').map((e) => [e.file, e.outputs[0]]));
    expect(byFile).toEqual({
      'plans/a-traversal.yaml': 'out/5560000019-etc.md',
      'plans/b-con.yaml': 'out/0180-stockholm-con.md',
      'plans/c-emoji.yaml': 'out/5560000027-skolan.md',
      'plans/d-long.yaml': `out/5560000035-${'a'.repeat(69)}.md`,
      'plans/e-slash.yaml': 'out/5560000043-a-b-c-d-e-f-g-h-i-j.md',
      'plans/f-same.yaml': 'out/5560000050-samma-ab.md',
      'plans/g-same.yaml': 'out/5560000050-samma-ab-2.md',
    });
    for (const o of Object.values(byFile)) expect(relative(join(dir, 'out'), resolve(dir, o as string)).startsWith('..')).toBe(false);
  });
});

describe('--changed', () => {
  it('renders nothing on the second run, and only the edited plan after an edit', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    const first = await runMain(['batch', 'rollup', '--out', 'out', '--changed', '--json'], { cwd: dir });
    expect(first.code).toBe(0);
    const stamp = () => Object.fromEntries(files(join(dir, 'out')).map((f) => [f, statSync(join(dir, 'out', f)).mtimeMs]));
    const before = stamp();
    const second = await runMain(['batch', 'rollup', '--out', 'out', '--changed', '--json'], { cwd: dir });
    expect(second.code).toBe(0);
    const events = second.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.filter((e) => e.type === 'plan').map((e) => e.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(events.at(-1)).toMatchObject({ type: 'summary', ok: 0, skipped: 3, failed: 0 });
    expect(stamp()).toEqual(before);
    expect(second.stderr).toContain('3 planer var oförändrade');

    // An edit (a newer modification time) makes that plan, and only that one, render again.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'rollup/c.yaml'), later, later);
    const third = await runMain(['batch', 'rollup', '--out', 'out', '--changed', '--json'], { cwd: dir });
    const statuses = Object.fromEntries(
      third.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((e) => e.type === 'plan')
        .map((e) => [e.file, e.status]),
    );
    expect(statuses).toEqual({ 'rollup/a.yaml': 'skipped', 'rollup/b.yaml': 'skipped', 'rollup/c.yaml': 'ok' });
  });

  it('leaves the whole roll-up untouched when the plans are, with PDF on worker threads', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    const args = ['batch', 'rollup', '--out', 'out', '--format', 'md,pdf', '--jobs', '2', '--changed', '--json'];
    const first = await runMain(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(files(join(dir, 'out'))).toEqual(expect.arrayContaining(['overview.md', 'overview.csv', 'overview.xlsx', 'overview.pdf']));
    const stamp = () => Object.fromEntries(files(join(dir, 'out')).map((f) => [f, statSync(join(dir, 'out', f)).mtimeMs]));
    const before = stamp();
    const second = await runMain(args, { cwd: dir });
    expect(second.code).toBe(0);
    // Nothing left to make: no worker is started for it.
    expect(JSON.parse(second.stdout.trim().split('\n').at(-1)!)).toMatchObject({ type: 'summary', skipped: 3, jobs: 1 });
    expect(stamp()).toEqual(before);
    expect(second.stderr).toContain(batchText.sv.summary.overviewUnchanged);
  });

  it('renders again when the catalogue file is newer than the outputs', async () => {
    const dir = workspace(['examples/catalogue/egen-katalog.yaml']);
    const own = plan(
      { name: 'Exempelby kommun', kind: 'municipality', municipalityCode: '2506', organisationNumber: undefined },
      { '1.1.a': { current: 1, target: 3 } },
    );
    own.catalogue = { id: 'exempelby', version: '1.0.0' };
    writeFileSync(join(dir, 'plan.yaml'), planToYaml(own));
    const args = ['batch', 'plan.yaml', '--out', 'out', '--changed', '--json', '--catalogue', 'egen-katalog.yaml'];
    const status = async () => {
      const r = await runMain(args, { cwd: dir });
      expect(r.stderr).not.toContain('fel:');
      return JSON.parse(r.stdout.split('\n')[0]!).status;
    };
    expect(await status()).toBe('ok');
    expect(await status()).toBe('skipped');
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'egen-katalog.yaml'), later, later);
    expect(await status()).toBe('ok');
  });
});

describe('--changed after a change of settings', () => {
  const events = (r: { stdout: string }) =>
    r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const statuses = (r: { stdout: string }) =>
    Object.fromEntries(
      events(r)
        .filter((e) => e.type === 'plan')
        .map((e) => [e.file, e.status]),
    );
  const PLANS = ['0180-stockholm.md', '0180-stockholm-11111111-ekskolan.md', '5560000001-friskolan-ab.md'];

  it('makes the plans again in English after --lang en, says why once, and skips them on the next English run', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    expect((await runMain(['batch', 'rollup', '--out', 'out', '--date', '2026-11-28'], { cwd: dir })).code).toBe(0);
    const en = await runMain(['--lang', 'en', 'batch', 'rollup', '--out', 'out', '--date', '2026-11-28', '--changed', '--json'], { cwd: dir });
    expect(en.code).toBe(0);
    for (const f of PLANS) expect(readFileSync(join(dir, 'out', f), 'utf8'), f).toMatch(/^# Action plan for digital development/);
    expect(Object.values(statuses(en))).toEqual(['ok', 'ok', 'ok']);
    expect(en.stderr.match(/The language has changed since the previous run \(sv → en\): every plan is made again \(--changed\)\./g)).toHaveLength(1);
    expect(readFileSync(join(dir, 'out/overview.md'), 'utf8')).toMatch(/^# Overview of digital development plans/);
    const again = await runMain(['--lang', 'en', 'batch', 'rollup', '--out', 'out', '--date', '2026-11-28', '--changed', '--json'], { cwd: dir });
    expect(Object.values(statuses(again))).toEqual(['skipped', 'skipped', 'skipped']);
    expect(again.stderr).not.toContain('has changed');
  });

  it('makes every PDF again as PDF/A after --pdf-profile archive, the overview included', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    const pdfs = ['0180-stockholm.pdf', '0180-stockholm-11111111-ekskolan.pdf', '5560000001-friskolan-ab.pdf', 'overview.pdf'];
    const isPdfA = (f: string) =>
      readFileSync(join(dir, 'out', f))
        .toString('latin1')
        .includes('<pdfaid:part>2</pdfaid:part>');
    expect((await runMain(['batch', 'rollup', '--out', 'out', '--format', 'pdf', '--date', '2026-11-28'], { cwd: dir })).code).toBe(0);
    expect(pdfs.filter(isPdfA)).toEqual([]);
    const archive = await runMain(
      ['batch', 'rollup', '--out', 'out', '--format', 'pdf', '--pdf-profile', 'archive', '--date', '2026-11-28', '--changed', '--json'],
      {
        cwd: dir,
      },
    );
    expect(archive.code).toBe(0);
    expect(pdfs.filter(isPdfA)).toEqual(pdfs);
    expect(Object.values(statuses(archive))).toEqual(['ok', 'ok', 'ok']);
    expect(archive.stderr).toContain('PDF-profilen har ändrats sedan förra körningen (ua → archive): alla planer skapas på nytt (--changed).');
    expect(archive.stderr).not.toContain('oförändrad');
  }, 120_000);

  it('makes everything again for a new reference date, and after a new version of skoldigiplan', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    const run = (date: string) => runMain(['batch', 'rollup', '--out', 'out', '--date', date, '--changed', '--json'], { cwd: dir });
    expect((await run('2026-11-28')).code).toBe(0);
    const later = await run('2027-03-01');
    expect(later.stderr).toContain('Referensdatumet har ändrats sedan förra körningen (2026-11-28 → 2027-03-01; ange --date för att behålla samma datum)');
    expect(Object.values(statuses(later))).toEqual(['ok', 'ok', 'ok']);
    expect(readFileSync(join(dir, 'out/0180-stockholm.md'), 'utf8')).toContain('2027-03-01');
    expect(Object.values(statuses(await run('2027-03-01')))).toEqual(['skipped', 'skipped', 'skipped']);
    // The outputs on record as made by an earlier version.
    const manifest = join(dir, 'out/.skoldigiplan-batch.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"tool": "[^"]+"/, '"tool": "0.0.1"'));
    const upgraded = await run('2027-03-01');
    expect(upgraded.stderr).toMatch(/skoldigiplan har en annan version än vid förra körningen \(0\.0\.1 → [^)]+\): alla planer skapas på nytt/);
    expect(Object.values(statuses(upgraded))).toEqual(['ok', 'ok', 'ok']);
    // Outputs from a version that kept no record at all count as made with unknown settings.
    rmSync(manifest);
    const unknown = await run('2027-03-01');
    expect(unknown.stderr).toContain('Det finns ingen uppgift om vilka inställningar resultaten i out gjordes med');
    expect(Object.values(statuses(unknown))).toEqual(['ok', 'ok', 'ok']);
  });

  it('makes the plans again with another --catalogue file, even an older one', async () => {
    const dir = workspace(['examples/catalogue/egen-katalog.yaml']);
    copyFileSync(join(dir, 'egen-katalog.yaml'), join(dir, 'kopia.yaml'));
    const past = new Date(Date.now() - 86_400_000);
    utimesSync(join(dir, 'kopia.yaml'), past, past);
    const own = plan(
      { name: 'Exempelby kommun', kind: 'municipality', municipalityCode: '2506', organisationNumber: undefined },
      { '1.1.a': { current: 1, target: 3 } },
    );
    own.catalogue = { id: 'exempelby', version: '1.0.0' };
    writeFileSync(join(dir, 'plan.yaml'), planToYaml(own));
    utimesSync(join(dir, 'plan.yaml'), past, past);
    const run = (file: string) => runMain(['batch', 'plan.yaml', '--out', 'out', '--changed', '--json', '--catalogue', file], { cwd: dir });
    expect(Object.values(statuses(await run('egen-katalog.yaml')))).toEqual(['ok']);
    const other = await run('kopia.yaml');
    expect(other.stderr).toContain('En annan katalog används än vid förra körningen (egen-katalog.yaml (exempelby 1.0.0) → kopia.yaml (exempelby 1.0.0))');
    expect(Object.values(statuses(other))).toEqual(['ok']);
    expect(Object.values(statuses(await run('kopia.yaml')))).toEqual(['skipped']);
  });

  it('makes again a plan whose outputs an earlier run made in another language, though the last run was Swedish', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    expect((await runMain(['--lang', 'en', 'batch', 'rollup/a.yaml', '--out', 'out', '--date', '2026-11-28'], { cwd: dir })).code).toBe(0);
    expect((await runMain(['batch', 'rollup/b.yaml', 'rollup/c.yaml', '--out', 'out', '--date', '2026-11-28'], { cwd: dir })).code).toBe(0);
    const all = await runMain(['batch', 'rollup', '--out', 'out', '--date', '2026-11-28', '--changed', '--json'], { cwd: dir });
    expect(statuses(all)).toEqual({ 'rollup/a.yaml': 'ok', 'rollup/b.yaml': 'skipped', 'rollup/c.yaml': 'skipped' });
    expect(readFileSync(join(dir, 'out/0180-stockholm.md'), 'utf8')).toMatch(/^# Handlingsplan för digital utveckling/);
  });
});

describe('two plans of one organisation', () => {
  // Stockholm's own plan a year on, beside last year's (rollup/a.yaml, assessed 2026-10-01).
  const setup = () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    writeFileSync(
      join(dir, 'rollup/a-2027.yaml'),
      readFileSync(join(dir, 'rollup/a.yaml'), 'utf8')
        .replace('date: 2026-10-01', 'date: 2027-10-01')
        .replace('1.1.a: { current: 1, target: 3 }', '1.1.a: { current: 3, target: 4 }'),
    );
    return dir;
  };

  it('renders both, counts the organisation once from the later plan, and warns naming both files', async () => {
    const dir = setup();
    const r = await runMain(['batch', 'rollup', '--out', 'out', '--date', '2027-11-28', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    // Both plans are rendered, each to its own file.
    expect(files(join(dir, 'out'))).toEqual(expect.arrayContaining(['0180-stockholm.md', '0180-stockholm-2.md']));
    expect(r.stderr).toContain('Klart: 4 av 4 planer');
    const md = readFileSync(join(dir, 'out/overview.md'), 'utf8');
    expect(md).toContain('3 planer från 2 huvudmän, varav 1 plan för en skolenhet.');
    expect(md).toContain('| **Stockholms stad** – hela huvudmannen (2 planer) |');
    // The organiser's own row is the 2027 plan's: goal 1.1 at (3 + 2) / 2.
    expect(md).toContain('| ↳ huvudmannens plan | 0180 | ▓ 2,5 |');
    const rows = parseCsv(readFileSync(join(dir, 'out/overview.csv'), 'utf8'))
      .records.slice(1)
      .map((x) => x.cells);
    expect(rows.map((x) => x[0])).toEqual(['rollup/a-2027.yaml', 'rollup/b.yaml', 'rollup/c.yaml']);
    expect(rows.filter((x) => x[2] === '="0180"' && x[5] === '')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^rollup\/a\.yaml: varning: planen gäller samma organisation \(kommunkod 0180\) som rollup\/a-2027\.yaml; sammanställningen tar bara med rollup\/a-2027\.yaml, som har det senaste bedömningsdatumet \(2027-10-01\)\n {2}tips: båda planerna skapas ändå; lägg varje års planer i en egen mapp, kör batch på ett års mapp i taget och ange förra årets mapp med --compare-with$/m,
    );
    // The warning is in that plan's JSON line, which still matches the event schema.
    const plans = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const e of plans) expect(validateBatchEvent(e), JSON.stringify(validateBatchEvent.errors)).toBe(true);
    expect(plans.find((e) => e.file === 'rollup/a.yaml')).toMatchObject({
      status: 'ok',
      errors: [{ file: 'rollup/a.yaml', severity: 'warning', code: 'same-organisation' }],
    });
    expect(plans.find((e) => e.file === 'rollup/a-2027.yaml')).toMatchObject({ status: 'ok', errors: [] });
  });

  it('pairs only the counted plan with last year’s under --compare-with', async () => {
    const dir = setup();
    cpSync(join(ROOT, FIXTURES, 'earlier'), join(dir, 'earlier'), { recursive: true });
    const r = await runMain(['batch', 'rollup', '--out', 'out', '--compare-with', 'earlier'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out/overview.md'), 'utf8')).toContain('2 av 3 planer har en tidigare plan');
  });
});

describe('--json', () => {
  it('writes one event per plan and a summary, each matching schemas/batch-event.schema.json', async () => {
    const dir = workspace([`${FIXTURES}/mixed`]);
    const r = await runMain(['batch', 'mixed', 'missing-folder', '--out', 'out', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const events = lines.map((l) => JSON.parse(l));
    for (const e of events) expect(validateBatchEvent(e), JSON.stringify(validateBatchEvent.errors)).toBe(true);
    const plans = events.filter((e) => e.type === 'plan');
    expect(plans).toHaveLength(6);
    expect(events.at(-1)).toMatchObject({
      type: 'summary',
      plans: 5,
      ok: 2,
      failed: 4,
      aborted: false,
      outputs: ['out/overview.md', 'out/overview.csv', 'out/overview.xlsx'],
    });
    expect(events.at(-1).maxRssKb).toBeGreaterThan(0);
    const invalid = plans.find((p) => p.file === 'mixed/invalid.yaml');
    expect(invalid).toMatchObject({ status: 'failed', organisation: null, outputs: [] });
    expect(invalid.errors[0]).toMatchObject({ file: 'mixed/invalid.yaml', line: 6, col: 21, severity: 'error' });
    const ok = plans.find((p) => p.file === 'mixed/c.yaml');
    expect(ok).toMatchObject({
      status: 'ok',
      organisation: { name: 'Friskolan AB', kind: 'independent', organisationNumber: '556000-0001' },
      outputs: ['out/5560000001-friskolan-ab.md'],
      errors: [],
    });
    // Events carry organisation data only.
    expect(r.stdout).not.toMatch(/@|Exempelsson|Kontaktsson/);
  });
});

describe('--json when the run cannot start', () => {
  it('still ends with a summary line that says why, for an empty folder and for paths that name nothing', async () => {
    const dir = workspace();
    mkdirSync(join(dir, 'tom'));
    for (const args of [['tom'], ['saknas.yaml', 'inget/*.yaml']]) {
      const r = await runMain(['batch', ...args, '--out', 'out', '--json'], { cwd: dir });
      expect(r.code).toBe(1);
      const events = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      for (const e of events) expect(validateBatchEvent(e), JSON.stringify(validateBatchEvent.errors)).toBe(true);
      expect(events.at(-1)).toMatchObject({
        type: 'summary',
        plans: 0,
        ok: 0,
        failed: args.length === 1 ? 0 : 2,
        aborted: false,
        outputs: [],
        errors: [{ file: 'out', code: 'batch-failed', message: 'det finns inga planfiler att behandla' }],
      });
    }
  });

  it('a --catalogue with errors: the summary carries its findings, with their positions', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    writeFileSync(join(dir, 'trasig.yaml'), 'x: [1\n');
    const r = await runMain(['batch', 'rollup', '--out', './out/', '--catalogue', 'trasig.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(validateBatchEvent(summary), JSON.stringify(validateBatchEvent.errors)).toBe(true);
    expect(summary).toMatchObject({ type: 'summary', out: 'out', errors: [{ file: 'trasig.yaml', line: 1, col: 4, code: 'yaml-syntax' }] });
  });
});

describe('stdout closed early (batch --json | head -1)', () => {
  it("still writes every plan, the overview and the record, and exits with the run's own code", async () => {
    const dir = workspace([`${FIXTURES}/mixed`]);
    const child = spawn(process.execPath, [BIN, 'batch', 'mixed', '--out', 'out', '--json'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(1);
    expect(files(join(dir, 'out'))).toEqual([
      '.skoldigiplan-batch.json',
      '0180-stockholm.md',
      '5560000001-friskolan-ab.md',
      'overview.csv',
      'overview.md',
      'overview.xlsx',
    ]);
  });
});

describe('the roll-up over a small case computed by hand', () => {
  const dir = async () => {
    const d = workspace([`${FIXTURES}/rollup`]);
    const r = await runMain(['batch', 'rollup', '--out', 'out', '--date', '2026-11-28'], { cwd: d });
    expect(r.code).toBe(0);
    return d;
  };

  it('overview.md has the counts, means per goal and focus area, distributions and the heatmap', async () => {
    const md = readFileSync(join(await dir(), 'out/overview.md'), 'utf8');
    expect(md).toContain('3 planer från 2 huvudmän, varav 1 plan för en skolenhet.');
    // Goal 1.1: levels (1,3) (2,2) | (3,3) | (2,3) (1,2): current 9/5, target 13/5, gap 4/5.
    expect(md).toMatch(/\| Delmål 1\.1 [^|]+\| 5 \| 1,8 \| 2,6 \| 0,8 \|/);
    expect(md).toMatch(/\| Delmål 1\.2 [^|]+\| 2 \| 2,0 \| 3,0 \| 1,0 \|/);
    expect(md).toMatch(/\| Delmål 1\.3 [^|]+\| 0 \| – \| – \| – \|/);
    expect(md).toMatch(/\| Delmål 2\.1 [^|]+\| 2 \| 3,0 \| 4,0 \| 1,0 \|/);
    // Focus area 1 pools goals 1.1–1.3: current 13/7, target 19/7, gap 6/7.
    expect(md).toMatch(/\| \*\*Fokusområde 1\*\* [^|]+\| 7 \| 1,9 \| 2,7 \| 0,9 \|/);
    expect(md).toMatch(/\| 1\.1\.a [^|]+\| 1 \| 1 \| 1 \| 0 \| 0 \| 0 \| 3 \| 0 \| 0 \| 0 \| 0 \| 2 \|/);
    expect(md).toMatch(/\| 1\.2\.a [^|]+\| 1 \| 0 \| 1 \| 0 \| 0 \| 1 \| 0 \| 1 \| 1 \| 0 \| 0 \| 2 \|/);
    expect(md).toMatch(/\| 3\.2\.b [^|]+\| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 3 \| 0 \|/);
    expect(md).toContain('| **Stockholms stad** – hela huvudmannen (2 planer) | 0180 | ▒ 2,0 | ░ 1,0 | – | ▒ 2,0 |');
    expect(md).toContain('| ↳ huvudmannens plan | 0180 | ▒ 1,5 | – | – | ▒ 2,0 |');
    expect(md).toContain('| ↳ Ekskolan | 11111111 | ▓ 3,0 | ░ 1,0 | – | – |');
    expect(md).toContain('| Friskolan AB | 556000-0001 | ▒ 1,5 | ▓ 3,0 | – | █ 4,0 |');
  });

  it('overview.csv opens in Swedish Excel: BOM, semicolons, decimal commas, one row per plan', async () => {
    const raw = readFileSync(join(await dir(), 'out/overview.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { separator, records } = parseCsv(raw.toString('utf8'));
    expect(separator).toBe(';');
    const [head, ...rows] = records.map((r) => r.cells);
    const row = (file: string) => Object.fromEntries(head!.map((h, i) => [h, rows.find((r) => r[0] === file)![i]]));
    expect(rows.map((r) => r[0])).toEqual(['rollup/a.yaml', 'rollup/b.yaml', 'rollup/c.yaml']);
    expect(row('rollup/a.yaml')).toMatchObject({
      kommunkod: '="0180"',
      huvudman: 'Stockholms stad',
      'delmål 1.1 nuläge': '1,50',
      'delmål 1.1 glapp': '1,00',
      '1.2.a nuläge': 'vet ej',
      '2.1.a mål': '4',
    });
    expect(row('rollup/b.yaml')).toMatchObject({ skolenhetskod: '="11111111"', skolenhet: 'Ekskolan', '1.1.b nuläge': 'ej relevant' });
  });

  it('overview.pdf has tagged headings and tables, whole organisation numbers, units indented under their organiser and numbered pages', async () => {
    const d = workspace([`${FIXTURES}/rollup`]);
    const r = await runMain(['batch', 'rollup', '--out', 'out', '--format', 'pdf', '--date', '2026-11-28'], { cwd: d });
    expect(r.code).toBe(0);
    const pdf = await readPdf(readFileSync(join(d, 'out/overview.pdf')));
    expect(pdf.title).toBe(batchText.sv.overview.title);
    const roles = new Set(pdf.pages.flatMap((p) => p.roles));
    for (const role of ['H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD']) expect(roles, role).toContain(role);
    expect(pdf.text).toContain('556000-0001');
    const last = pdf.pages.length;
    expect(pdf.pages[last - 1]!.text).toContain(batchText.sv.overview.pdf.page(last, last));
    const items = pdf.pages.flatMap((p) => p.items);
    const organiser = items.find((i) => i.str.startsWith('Stockholms stad – hela huvudmannen'))!;
    const unit = items.find((i) => i.str === 'Ekskolan')!;
    expect(unit.x).toBeGreaterThan(organiser.x + 5);
  });

  it('has no contact names or e-mail addresses in any overview file, PDF included', async () => {
    const d = workspace([`${FIXTURES}/rollup`]);
    const r = await runMain(['batch', 'rollup/a.yaml', 'rollup/b.yaml', '--out', 'out', '--format', 'md,pdf'], { cwd: d });
    expect(r.code).toBe(0);
    const texts = [
      readFileSync(join(d, 'out/overview.md'), 'utf8'),
      readFileSync(join(d, 'out/overview.csv'), 'utf8'),
      await pdfText(join(d, 'out/overview.pdf')),
    ];
    expect(texts[2]).toContain('Stockholms stad');
    for (const text of texts) {
      expect(text).not.toMatch(/@/);
      expect(text).not.toMatch(/Exempelsson|Rektorsson|Anna|Bertil/);
    }
  });
});

async function pdfText(file: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return pages.join('\n');
}

describe('--compare-with', () => {
  it('pairs last year’s plans by kommunkod, organisationsnummer and skolenhetskod and adds the change per goal', async () => {
    const dir = workspace([`${FIXTURES}/rollup`, `${FIXTURES}/earlier`]);
    const r = await runMain(['batch', 'rollup', '--out', 'out', '--compare-with', 'earlier'], { cwd: dir });
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, 'out/overview.md'), 'utf8');
    expect(md).toContain('## Förändring sedan förra bedömningen');
    expect(md).toContain('2 av 3 planer har en tidigare plan');
    // Pairs with a level both years: goal 1.1 (1,1) (1,2) (2,3), goal 1.2 (1,1), goal 2.1 (1,2).
    expect(md).toMatch(/\| 1\.1 [^|]+\| 1,3 \| 2,0 \| \+0,7 \| 2 \| 0 \|/);
    expect(md).toMatch(/\| 1\.2 [^|]+\| 1,0 \| 1,0 \| ±0,0 \| 0 \| 0 \|/);
    expect(md).toMatch(/\| 2\.1 [^|]+\| 1,0 \| 2,0 \| \+1,0 \| 1 \| 0 \|/);
    expect(md).toContain('1 tidigare plan saknar motsvarighet i år.');
  });

  it('pairs the same plans when the run makes PDFs on worker threads', async () => {
    const dir = workspace([`${FIXTURES}/rollup`, `${FIXTURES}/earlier`]);
    const r = await runMain(['batch', 'rollup', '--out', 'out', '--format', 'md,pdf', '--jobs', '2', '--compare-with', 'earlier', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!).jobs).toBe(2);
    const md = readFileSync(join(dir, 'out/overview.md'), 'utf8');
    expect(md).toContain('2 av 3 planer har en tidigare plan');
    expect(md).toMatch(/\| 1\.1 [^|]+\| 1,3 \| 2,0 \| \+0,7 \| 2 \| 0 \|/);
  });

  it('is a usage error when the folder does not exist', async () => {
    const dir = workspace([`${FIXTURES}/rollup`]);
    const r = await runMain(['batch', 'rollup', '--out', 'out', '--compare-with', 'saknas'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('saknas är ingen mapp med tidigare planer');
  });
});
