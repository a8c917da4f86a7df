// When the catalogue's facts were last checked: `checked` on every source and resource, the check that demands it (an
// error in the built-in catalogue and its build, a warning in an organisation's own), and `catalogue --stale`.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build script without types
import { compileCatalogues, loadCatalogueCheck } from '../../scripts/catalogues.mjs';
import { checkCatalogue } from '../../src/core/check-catalogue.ts';
import { checkedRange, datedEntries, monthsBefore, staleEntries } from '../../src/core/checked.ts';
import type { Catalogue } from '../../src/core/model.ts';
import { loadCatalogueFile } from '../../src/io/load-catalogue.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const FIXTURE = 'test/fixtures/catalogue-1.1/catalogue.yaml';
const fixture = (): Catalogue => structuredClone(loadCatalogueFile(FIXTURE, ROOT, 'sv'));

describe('checked dates in the catalogue', () => {
  it('lists every source and every resource with where it sits, and finds the oldest and newest date', () => {
    const c = fixture();
    const entries = datedEntries(c);
    expect(entries).toHaveLength(15);
    expect(entries.filter((e) => e.kind === 'resource').map((e) => [e.owner, e.checked])).toEqual([[{ kind: 'resource', id: 'test-resurs' }, '2023-09-30']]);
    expect(entries.find((e) => e.checked === undefined)).toMatchObject({
      kind: 'source',
      owner: { kind: 'indicator', id: '1.1.a' },
      path: ['indicators', 0, 'sources', 0],
    });
    expect(checkedRange(c)).toEqual({ oldest: '2023-09-30', newest: '2026-11-01', dated: 14, undated: 1 });
  });

  it('reports each source and resource without checked, and nothing once they all have a date', () => {
    const c = fixture();
    delete c.resources[0]!.checked;
    const unchecked = checkCatalogue(c).filter((i) => i.code === 'unchecked');
    expect(unchecked).toEqual([
      { code: 'unchecked', path: ['indicators', 0, 'sources', 0], kind: 'source', url: 'https://example.org/skoldigiplan' },
      { code: 'unchecked', path: ['resources', 0], kind: 'resource', url: 'https://example.org/resurs' },
    ]);
    c.indicators[0]!.sources[0]!.checked = '2026-12-07';
    c.resources[0]!.checked = '2026-12-07';
    expect(checkCatalogue(c)).toEqual([]);
  });

  it('counts months back by the calendar, the day clamped to the month', () => {
    expect(monthsBefore('2026-12-07', 12)).toBe('2025-12-07');
    expect(monthsBefore('2026-12-07', 0)).toBe('2026-12-07');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('finds what is due: undated first, then oldest first; 0 months takes every entry', () => {
    const c = fixture();
    const due = staleEntries(c, '2026-12-07', 12);
    expect(due.cutoff).toBe('2025-12-07');
    expect(due.entries.map((e) => e.checked ?? 'none')).toEqual(['none', '2023-09-30', '2024-05-02', '2025-12-07']);
    expect(staleEntries(c, '2026-12-07', 0).entries).toHaveLength(15);
    expect(staleEntries(c, '2026-12-07', 60).entries.map((e) => e.checked ?? 'none')).toEqual(['none']);
  });
});

describe("an organisation's own catalogue without checked dates", () => {
  it('is valid, with a warning at each source or resource that has no date', async () => {
    const dir = testDir([FIXTURE]);
    const r = await runMain(['validate', 'catalogue.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'catalogue.yaml:107:9: varning: källan https://example.org/skoldigiplan saknar checked, datumet då den senast kontrollerades\n  tips: kontrollera att sidan finns och säger det källan används till, och skriv checked: ÅÅÅÅ-MM-DD med dagens datum direkt under url',
    );
    expect(r.stderr.match(/varning/g)).toHaveLength(1);
    expect(r.stderr).toContain('✔ catalogue.yaml: giltig');
    const json = JSON.parse((await runMain(['validate', 'catalogue.yaml', '--json', '--lang', 'en'], { cwd: dir })).stdout);
    expect(json.warnings).toBe(1);
    expect(json.files[0].diagnostics[0]).toMatchObject({
      line: 107,
      col: 9,
      severity: 'warning',
      code: 'catalogue-unchecked',
      message: 'the source https://example.org/skoldigiplan has no checked, the date it was last checked',
    });
  });

  it('is used by other commands without the warning', async () => {
    const dir = testDir([FIXTURE]);
    const r = await runMain(['catalogue', '--catalogue', 'catalogue.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('no longer takes accessed: the one date a source has is checked', async () => {
    const dir = testDir([FIXTURE]);
    const file = join(dir, 'catalogue.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    checked: 2026-11-01\ncostClasses:', '    accessed: 2026-11-01\ncostClasses:'));
    const r = await runMain(['validate', 'catalogue.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('catalogue.yaml:15:5: fel: okänd nyckel: accessed');
  });
});

describe('the build checks the built-in catalogue with the same rules', () => {
  it('stops at a source without checked, naming the part file, line and column', async () => {
    const dir = testDir();
    cpSync(join(ROOT, 'test/fixtures/catalogue-1.1/catalogue.yaml'), join(dir, 'data/catalogue/uppfoljning-test/catalogue.yaml'), { recursive: true });
    cpSync(join(ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
    const check = await loadCatalogueCheck(ROOT);
    expect(() => compileCatalogues(dir, check)).toThrow(
      'data/catalogue/uppfoljning-test: 1 problem\ndata/catalogue/uppfoljning-test/catalogue.yaml:107:9: fel: källan https://example.org/skoldigiplan saknar checked',
    );
    const file = join(dir, 'data/catalogue/uppfoljning-test/catalogue.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/(\n(\s*)url: https:\/\/example.org\/skoldigiplan)(\n\s*- id: 1.1.d)/, '$1\n$2checked: 2026-12-07$3'),
    );
    expect([...compileCatalogues(dir, check).keys()]).toEqual(['uppfoljning-test']);
  });

  it('finds the part file of an entry when the catalogue is split over several files', async () => {
    const dir = testDir();
    cpSync(join(ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
    const text = readFileSync(join(ROOT, FIXTURE), 'utf8');
    const at = text.indexOf('\nresources:');
    const end = text.indexOf('\ninitiatives:');
    // The resources in a part file of their own, after the main part: the undated one is the second resource.
    const extra =
      '  - id: annan-resurs\n    title: { sv: Annan, en: Other }\n    publisher: Exempel\n    url: https://example.org/annan\n    kind: guidance\n    description: { sv: Annan resurs., en: Other resource. }\n    verified: true\n';
    const base = join(dir, 'data/catalogue/uppfoljning-test');
    mkdirSync(base, { recursive: true });
    writeFileSync(
      join(base, 'a.yaml'),
      text.slice(0, at) + text.slice(end).replace(/(\n(\s*)url: https:\/\/example.org\/skoldigiplan)(\n\s*- id: 1.1.d)/, '$1'),
    );
    writeFileSync(join(base, 'b.yaml'), `${text.slice(at + 1, end)}\n${extra}`);
    const check = await loadCatalogueCheck(ROOT);
    expect(() => compileCatalogues(dir, check)).toThrow(
      /data\/catalogue\/uppfoljning-test\/b\.yaml:18:5: fel: resursen https:\/\/example\.org\/annan saknar checked/,
    );
  });
});

describe('skoldigiplan catalogue --stale', () => {
  const stale = (args: string[], lang: 'sv' | 'en' = 'sv') => runMain(['catalogue', '--catalogue', FIXTURE, '--stale', ...args, '--lang', lang]);

  it('lists what has not been checked for 12 months, undated first and then oldest first, with where, title and address', async () => {
    const r = await stale(['--date', '2026-12-07']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2).join(' ')).toBe(
      '4 av 15 källor och resurser kontrollerades senast 2025-12-07 eller tidigare (12 månader före 2026-12-07), de äldsta först:',
    );
    expect(lines.slice(3, 15)).toEqual([
      'saknar datum  indikator 1.1.a, källa',
      '              skoldigiplan',
      '              https://example.org/skoldigiplan',
      '2023-09-30    resurs test-resurs',
      '              Testresurs',
      '              https://example.org/resurs',
      '2024-05-02    fokusområde 1, källa',
      '              skoldigiplan',
      '              https://example.org/skoldigiplan',
      '2025-12-07    delmål 1.1, källa',
      '              skoldigiplan',
      '              https://example.org/skoldigiplan',
    ]);
  });

  it("takes today's date without --date, lists every entry with --months 0, and says so when nothing is due", async () => {
    const today = await runMain(['catalogue', '--catalogue', FIXTURE, '--stale', '--months', '1'], { now: new Date('2026-12-07T09:00:00Z') });
    expect(today.stdout.replace(/\s+/g, ' ')).toContain(
      '15 av 15 källor och resurser kontrollerades senast 2026-11-07 eller tidigare (1 månad före 2026-12-07)',
    );
    const all = await stale(['--months', '0', '--date', '2026-12-07', '--json']);
    const json = JSON.parse(all.stdout);
    expect(json).toMatchObject({ referenceDate: '2026-12-07', months: 0, cutoff: '2026-12-07', total: 15 });
    expect(json.stale).toHaveLength(15);
    expect(json.stale[0]).toEqual({
      checked: null,
      kind: 'source',
      owner: { kind: 'indicator', id: '1.1.a' },
      title: 'skoldigiplan',
      url: 'https://example.org/skoldigiplan',
    });
    expect(json.stale[1]).toEqual({
      checked: '2023-09-30',
      kind: 'resource',
      owner: { kind: 'resource', id: 'test-resurs' },
      title: 'Testresurs',
      url: 'https://example.org/resurs',
    });
    const en = await stale(['--months', '0', '--date', '2026-12-07'], 'en');
    expect(en.stdout).toMatch(/^All 15 sources and resources, those checked longest ago first \(reference date 2026-12-07\):/);
    expect(en.stdout).toContain('2024-05-02  focus area 1, source');
    const c = fixture();
    for (const e of datedEntries(c)) if (!e.checked) c.indicators[0]!.sources[0]!.checked = '2026-12-01';
    c.resources[0]!.checked = '2026-12-01';
    c.focusAreas[0]!.sources[0]!.checked = '2026-12-01';
    c.goals[0]!.sources[0]!.checked = '2026-12-01';
    const dir = testDir();
    const { stringify } = await import('yaml');
    writeFileSync(join(dir, 'fresh.yaml'), stringify(c));
    const none = await runMain(['catalogue', '--catalogue', 'fresh.yaml', '--stale', '--date', '2026-12-07'], { cwd: dir });
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('Alla 15 källor och resurser har kontrollerats efter 2025-12-07 (12 månader före 2026-12-07).\n');
  });

  it('refuses --months or --date without --stale, an id with --stale, and a negative number of months', async () => {
    const months = await runMain(['catalogue', '--months', '6']);
    expect([months.code, months.stderr]).toEqual([
      2,
      'fel: --months gäller bara med --stale\ntips: skriv till exempel skoldigiplan catalogue --stale --months 12\n',
    ]);
    const id = await runMain(['catalogue', '1.1.a', '--stale']);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('--stale listar hela katalogen och tar inget id');
    const negative = await runMain(['catalogue', '--stale', '--months', '-1']);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain('-1 är inte ett heltal (0 eller större)');
  });

  it('is in the help, in Swedish and in English', async () => {
    expect((await runMain(['catalogue', '--help'])).stdout.replace(/\s+/g, ' ')).toContain(
      '--stale lista källor och resurser som inte har kontrollerats på --months månader',
    );
    expect((await runMain(['catalogue', '--help', '--lang', 'en'])).stdout.replace(/\s+/g, ' ')).toContain('skoldigiplan catalogue --stale --months 12');
  });
});
