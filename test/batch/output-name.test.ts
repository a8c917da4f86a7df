// Output names: ASCII, safe on every platform, bounded, deterministic, with collisions resolved by input order.
import { describe, expect, it } from 'vitest';
import { assignNames, isSafeFileName, MAX_BASE_LENGTH, outputBaseName, safeBaseName, slugify } from '../../src/core/output-name.ts';

describe('slugify', () => {
  it.each([
    ['Göteborg', 'goteborg'],
    ['Upplands Väsby', 'upplands-vasby'],
    ['Malmö stad', 'malmo-stad'],
    ['Åre', 'are'],
    ['Ærø Øresund Straße', 'aero-oresund-strasse'],
    ['Łódź', 'lodz'],
    ['Café  ——  Ünïcode', 'cafe-unicode'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['a\u0000b\u001fc\u007fd', 'a-b-c-d'],
    ['🏫 Skola 🎓', 'skola'],
    ['   ', ''],
    ['...', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('outputBaseName', () => {
  it.each([
    ['municipality by kommunkod and official name', { name: 'Stockholms stad', municipalityCode: '0180', municipalityName: 'Stockholm' }, '0180-stockholm'],
    ['ASCII name for Göteborg', { name: 'Göteborgs Stad', municipalityCode: '1480', municipalityName: 'Göteborg' }, '1480-goteborg'],
    ['municipality without a known name uses the plan name', { name: 'Exempelby kommun', municipalityCode: '9999' }, '9999-exempelby-kommun'],
    ['independent organiser by organisationsnummer', { name: 'Friskolan AB', organisationNumber: '556000-0001' }, '5560000001-friskolan-ab'],
    [
      'school unit adds skolenhetskod and name',
      { name: 'Göteborgs Stad', municipalityCode: '1480', municipalityName: 'Göteborg', unit: { name: 'Hvitfeldtska gymnasiet', schoolUnitCode: '12345678' } },
      '1480-goteborg-12345678-hvitfeldtska-gymnasiet',
    ],
    ['school unit without a code', { name: 'X', organisationNumber: '556000-0001', unit: { name: 'Ekskolan' } }, '5560000001-x-ekskolan'],
    ['path traversal in the name', { name: '../../etc' }, 'etc'],
    ['reserved device name', { name: 'CON' }, 'con-plan'],
    ['reserved name with a number', { name: 'com1' }, 'com1-plan'],
    ['reserved name in other case', { name: 'Nul' }, 'nul-plan'],
    ['only emoji', { name: '🎒📚' }, 'plan'],
    ['nothing at all', {}, 'plan'],
    ['hostile code fields keep only digits', { name: 'x', municipalityCode: '../01/80' }, '0180-x'],
  ])('%s', (_, id, expected) => {
    expect(outputBaseName(id)).toBe(expected);
  });

  it('bounds a 300-character name, cutting at a word and never ending on a dash', () => {
    const long = Array.from({ length: 60 }, (_, i) => `ord${i}`)
      .join(' ')
      .padEnd(300, 'x');
    const base = outputBaseName({ name: long, municipalityCode: '0180' });
    expect(base.length).toBeLessThanOrEqual(MAX_BASE_LENGTH);
    expect(base.startsWith('0180-ord0-ord1')).toBe(true);
    expect(base.endsWith('-')).toBe(false);
    expect(isSafeFileName(`${base}.pdf`)).toBe(true);
  });

  it('a 300-character word without spaces is cut hard', () => {
    const base = outputBaseName({ name: 'å'.repeat(300) });
    expect(base).toBe('a'.repeat(MAX_BASE_LENGTH));
  });
});

describe('safeBaseName and isSafeFileName', () => {
  it.each(['', '.', '..', '../x', 'a/b', 'a\\b', 'CON', 'con.md', 'LPT9.txt', 'name.', 'name ', 'a\u0001b', 'a:b', 'x'.repeat(121)])(
    '%j is unsafe as given',
    (name) => {
      expect(isSafeFileName(name)).toBe(false);
    },
  );

  it.each(['', '.', '..', '../x', 'a/b', 'a\\b', 'CON', 'con.md', 'LPT9.txt', 'name.', 'name ', 'a\u0001b', 'a:b', 'x'.repeat(300), 'Ö🎉'])(
    '%j becomes safe',
    (raw) => {
      const base = safeBaseName(raw);
      expect(isSafeFileName(`${base}.md`)).toBe(true);
      expect(base).toMatch(/^[a-z0-9-]+$/);
    },
  );
});

describe('assignNames', () => {
  it('keeps distinct names as they are', () => {
    const names = assignNames([
      { key: 'b.yaml', base: '0180-stockholm' },
      { key: 'a.yaml', base: '1480-goteborg' },
    ]);
    expect(Object.fromEntries(names)).toEqual({ 'a.yaml': '1480-goteborg', 'b.yaml': '0180-stockholm' });
  });

  it('gives the plain name to the first input in path order, whatever the order of the requests', () => {
    const requests = [
      { key: 'plans/z.yaml', base: '0180-stockholm' },
      { key: 'plans/a.yaml', base: '0180-stockholm' },
      { key: 'plans/m.yaml', base: '0180-stockholm' },
    ];
    const expected = { 'plans/a.yaml': '0180-stockholm', 'plans/m.yaml': '0180-stockholm-2', 'plans/z.yaml': '0180-stockholm-3' };
    expect(Object.fromEntries(assignNames(requests))).toEqual(expected);
    expect(Object.fromEntries(assignNames([...requests].reverse()))).toEqual(expected);
  });

  it('never gives out a taken name such as the overview, and ignores case', () => {
    const names = assignNames(
      [
        { key: 'a', base: 'overview' },
        { key: 'b', base: 'Overview' },
      ],
      ['overview'],
    );
    expect(Object.fromEntries(names)).toEqual({ a: 'overview-2', b: 'overview-3' });
  });

  it('does not let a suffixed name collide with a real one', () => {
    const names = assignNames([
      { key: 'a', base: 'x' },
      { key: 'b', base: 'x' },
      { key: 'c', base: 'x-2' },
    ]);
    expect(new Set(names.values()).size).toBe(3);
    expect(names.get('a')).toBe('x');
  });
});
