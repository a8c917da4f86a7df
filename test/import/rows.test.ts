// Reading the answers CSV: headers in Swedish or English, and values as spreadsheets and surveys write them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapHeader, normaliseHeader } from '../../src/commands/import/columns.ts';
import { nearestId } from '../../src/core/nearest-id.ts';
import { decodeCsv } from '../../src/commands/import/read-csv.ts';
import { parseCombined, parseDate, parseLevel, parseMunicipalityCode, rowToPlan } from '../../src/commands/import/rows.ts';
import { readTerm } from '../../src/core/terms.ts';
import { MAX_AMOUNT } from '../../src/core/amount.ts';
import type { Catalogue } from '../../src/core/model.ts';
import { importText } from '../../src/i18n/import.ts';
import { reportText } from '../../src/i18n/report.ts';
import { ROOT } from '../helpers/cli.ts';

const IDS = ['1.1.a', '1.2.a', '2.1.a'];

describe('mapHeader', () => {
  it('understands Swedish and English headers, whatever the case and punctuation', () => {
    const h = mapHeader(
      [
        'Kommunkod',
        'HUVUDMAN',
        'Organisations-nummer',
        'Skolenhet',
        'skolenhetskod',
        'Skolformer',
        'Datum',
        'Starttermin',
        'Antal terminer',
        'E-post',
        'municipality code',
      ],
      IDS,
    );
    expect(h.columns.map((c) => (c.kind === 'field' ? c.field : c.indicator))).toEqual([
      'municipalityCode',
      'name',
      'organisationNumber',
      'unitName',
      'schoolUnitCode',
      'schoolForms',
      'date',
      'start',
      'terms',
      'contactEmail',
    ]);
    expect(h.problems).toEqual([{ column: 11, header: 'municipality code', code: 'duplicate-column', first: 1 }]);
  });

  it.each([
    ['1.2.a nuläge', 'current'],
    ['1.2.a Nuläge', 'current'],
    ['1.2.a mål', 'target'],
    ['1.2.a målnivå', 'target'],
    ['1.2.a current', 'current'],
    ['1.2.a', 'both'],
    ['1.2.a Strategi och mål för digitaliseringen', 'both'],
    ['1.2.a Strategi och mål för digitaliseringen – nuläge', 'current'],
    ['1.2.a Strategi (mål)', 'target'],
    ['1.2.a vikt', 'importance'],
    ['1.2.a kommentar', 'comment'],
    ['1.2.a underlag', 'evidence'],
  ])('%s is the %s column', (header, role) => {
    const h = mapHeader(['huvudman', 'kommunkod', header], IDS);
    expect(h.problems).toEqual([]);
    expect(h.columns[2]).toMatchObject({ kind: 'indicator', indicator: '1.2.a', role });
  });

  it('reports an unknown indicator with a suggestion, unknown columns, and a missing name or identity', () => {
    const h = mapHeader(['Tidstämpel', '1.2.b nuläge', '1.2.a', '1.2.a nuläge'], IDS, (id) => nearestId(id, IDS, 2));
    expect(h.problems).toEqual([
      { column: 1, header: 'Tidstämpel', code: 'unknown-column' },
      { column: 2, header: '1.2.b nuläge', code: 'unknown-indicator', indicator: '1.2.b', near: '1.2.a' },
      { column: 4, header: '1.2.a nuläge', code: 'duplicate-column', first: 3 },
      { column: 0, code: 'missing-name' },
      { column: 0, code: 'missing-identity' },
    ]);
  });

  it('normalises headers', () => {
    expect(normaliseHeader('  E-post: ')).toBe('e post');
    expect(normaliseHeader('Budget_per  år*')).toBe('budget per år');
  });
});

describe('value parsers', () => {
  it.each([
    ['0180', '0180'],
    ['180', '0180'],
    ['1480', '1480'],
    ['18', undefined],
    ['01800', undefined],
  ])('kommunkod %j → %j', (v, e) => expect(parseMunicipalityCode(v)).toBe(e));

  it.each([
    ['2026-11-28', '2026-11-28'],
    ['2026-11-28 14:03:11', '2026-11-28'],
    ['2026/1/5', '2026-01-05'],
    ['2026-02-30', undefined],
    ['28/11/2026', undefined],
  ])('date %j → %j', (v, e) => expect(parseDate(v)).toBe(e));

  it.each([
    ['2027-VT', '2027-VT'],
    ['2027 ht', '2027-HT'],
    ['VT 2027', '2027-VT'],
    ['ht27', '2027-HT'],
    ['2027-VX', undefined],
  ])('term %j → %j', (v, e) => expect(readTerm(v)).toBe(e));

  it.each([
    ['2', 2],
    ['2 – Vi har börjat', 2],
    ['4.', 4],
    ['5', undefined],
    ['23', undefined],
    ['två', undefined],
  ])('level %j → %j', (v, e) => expect(parseLevel(v)).toBe(e));

  it.each([
    ['2→3', { current: 2, target: 3 }],
    ['2->3', { current: 2, target: 3 }],
    ['2 > 4', { current: 2, target: 4 }],
    ['1-2', { current: 1, target: 2 }],
    ['1 till 3', { current: 1, target: 3 }],
    ['3', undefined],
    ['2→5', undefined],
  ])('combined %j → %j', (v, e) => expect(parseCombined(v)).toEqual(e));
});

const tx = (s: string) => ({ sv: s, en: s });
const catalogue = {
  id: 'test',
  version: '1.0.0',
  indicators: IDS.map((id) => ({ id, goal: id.slice(0, 3), title: tx(id) })),
} as unknown as Catalogue;
const ctx = { catalogue, municipalityCodes: new Set(['0180', '1480']), today: '2026-11-28' };

function row(header: string[], values: string[]) {
  const h = mapHeader(header, IDS);
  expect(h.problems).toEqual([]);
  return rowToPlan(values, h.columns, ctx);
}

describe('rowToPlan', () => {
  it('builds a municipality plan with defaults for what the row leaves out', () => {
    const r = row(['kommunkod', 'huvudman', '1.1.a', '1.2.a nuläge', '1.2.a mål', '2.1.a'], ['180', 'Stockholms stad', '2→3', 'vet ej', '', 'ej relevant']);
    expect(r.problems).toEqual([]);
    expect(r.plan).toEqual({
      schemaVersion: 1,
      catalogue: { id: 'test', version: '1.0.0' },
      organisation: { name: 'Stockholms stad', kind: 'municipality', municipalityCode: '0180', schoolForms: [] },
      assessment: { date: '2026-11-28', answers: { '1.1.a': { current: 2, target: 3 }, '1.2.a': { status: 'unknown' }, '2.1.a': { status: 'not-relevant' } } },
      planning: { start: '2027-VT', terms: 6 },
      actions: [],
    });
  });

  it('builds an independent school unit with forms, capacity, contact, importance and comments', () => {
    const r = row(
      [
        'organisationsnummer',
        'huvudman',
        'skolenhet',
        'skolenhetskod',
        'skolformer',
        'datum',
        'starttermin',
        'terminer',
        'åtgärder per termin',
        'budget per år',
        'kontaktperson',
        'e-post',
        '1.1.a nuläge',
        '1.1.a mål',
        '1.1.a vikt',
        '1.1.a kommentar',
      ],
      [
        '5560000001',
        'Friskolan AB',
        'Norr',
        '87654321',
        'Grundskola, fritidshem och förskoleklass',
        '2026-03-01',
        'HT 2026',
        '4',
        '2',
        '300 000 kr',
        'Cecilia',
        'c@friskolan.example',
        '1 – Inte påbörjat',
        '3',
        'Hög',
        'Viktigt',
      ],
    );
    expect(r.problems).toEqual([]);
    expect(r.plan!.organisation).toEqual({
      name: 'Friskolan AB',
      kind: 'independent',
      organisationNumber: '556000-0001',
      unit: { name: 'Norr', schoolUnitCode: '87654321' },
      schoolForms: ['grundskola', 'fritidshem', 'forskoleklass'],
      contact: { name: 'Cecilia', email: 'c@friskolan.example' },
    });
    expect(r.plan!.planning).toEqual({ start: '2026-HT', terms: 4, capacity: { actionsPerTerm: 2, budgetPerYear: 300000 } });
    expect(r.plan!.assessment).toEqual({ date: '2026-03-01', answers: { '1.1.a': { current: 1, target: 3, importance: 'high', comment: 'Viktigt' } } });
  });

  it('takes every word for importance that the tool itself prints: the plan\'s "medelhög", assess\'s choices, English', () => {
    const header = ['kommunkod', 'huvudman', '1.1.a nuläge', '1.1.a mål', '1.1.a vikt'];
    const words: [string, string][] = [
      ['medelhög', 'medium'],
      ['Medelhög', 'medium'],
      ['medel', 'medium'],
      ['hög', 'high'],
      ['Låg', 'low'],
      ['medium', 'medium'],
    ];
    for (const [word, importance] of words) {
      const r = row(header, ['0180', 'Stockholms stad', '1', '3', word]);
      expect(r.problems, word).toEqual([]);
      expect(r.plan!.assessment.answers['1.1.a'], word).toMatchObject({ importance });
    }
    for (const i of ['high', 'medium', 'low'] as const) expect(row(header, ['0180', 'X', '1', '3', reportText.sv.importance[i]]).problems).toEqual([]);
  });

  it.each(['åsa@skolan.se', 'rektor@skolan', 'a b@skolan.se'])('refuses the e-mail address %j in its column, as the plan schema would', (email) => {
    const r = row(['kommunkod', 'huvudman', 'e-post'], ['0180', 'Stockholms stad', email]);
    expect(r.problems).toEqual([{ column: 3, code: 'bad-email', value: email }]);
  });

  it("reads a budget up to the plan schema's maximum and reports a larger one as a bad amount", () => {
    const header = ['kommunkod', 'huvudman', 'budget per år'];
    expect(row(header, ['0180', 'X', '1 000 000 000 000 kr']).plan!.planning.capacity).toEqual({ budgetPerYear: MAX_AMOUNT });
    expect(row(header, ['0180', 'X', '1 000 000 000 001']).problems).toEqual([{ column: 3, code: 'bad-amount', value: '1 000 000 000 001' }]);
  });

  it('says the largest amount when it refuses one, in both languages', () => {
    const problem = { column: 3, code: 'bad-amount', value: '1 000 000 000 001' } as const;
    expect(importText.sv.row(problem).message).toMatch(/hela kronor mellan 0 och 1\s000\s000\s000\s000 kr$/);
    expect(importText.en.row(problem).message).toMatch(/whole kronor from 0 to SEK 1,000,000,000,000$/);
  });

  it('allows the same largest amount as the plan schema, for the budget and for costs', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8'));
    expect(schema.properties.planning.properties.capacity.properties.budgetPerYear.maximum).toBe(MAX_AMOUNT);
    expect(schema.$defs.action.properties.cost.maximum).toBe(MAX_AMOUNT);
  });

  it('says in both languages how to write a refused e-mail address, with an example the import accepts', () => {
    for (const lang of ['sv', 'en'] as const) {
      const hint = importText[lang].row({ column: 3, code: 'bad-email', value: 'åsa@skolan.se' }).hint!;
      expect(hint).toContain('å, ä, ö');
      const example = /[a-z]+@[a-z]+\.se/.exec(hint)![0];
      expect(row(['kommunkod', 'huvudman', 'e-post'], ['0180', 'X', example]).problems).toEqual([]);
    }
  });

  it('takes a municipality organisation number (starting with 2) as a municipality', () => {
    const r = row(['kommunkod', 'organisationsnummer', 'huvudman'], ['0180', '212000-0142', 'Stockholms stad']);
    expect(r.plan?.organisation.kind).toBe('municipality');
  });

  it('reports every problem in the row with its column', () => {
    const r = row(
      [
        'kommunkod',
        'huvudman',
        'organisationsnummer',
        'skolenhetskod',
        'skolformer',
        'datum',
        'terminer',
        '1.1.a',
        '1.2.a nuläge',
        '1.2.a mål',
        '2.1.a nuläge',
        '2.1.a mål',
      ],
      ['9999', '', '556000-0002', '123', 'universitet', '2026-13-01', '0', '3', '3', '2', 'vet ej', '3'],
    );
    expect(r.plan).toBeUndefined();
    expect(r.problems.map((p) => [p.column, p.code])).toEqual([
      [2, 'required'],
      [1, 'unknown-municipality'],
      [3, 'org-number-check'],
      [4, 'bad-unit-code'],
      [4, 'unit-code-without-name'],
      [5, 'bad-school-form'],
      [6, 'bad-date'],
      [7, 'bad-integer'],
      [8, 'bad-combined'],
      [10, 'target-below-current'],
      [12, 'status-with-level'],
    ]);
  });

  it('accepts, written as one cell, every school form the bad-school-form hint names', () => {
    for (const lang of ['sv', 'en'] as const) {
      const hint = importText[lang].row({ column: 1, code: 'bad-school-form', value: 'x' }).hint!;
      const named = hint.slice(hint.indexOf('förskola'));
      const r = row(['kommunkod', 'huvudman', 'skolformer'], ['0180', 'X', named]);
      expect(r.problems, hint).toEqual([]);
      expect(r.plan!.organisation.schoolForms).toHaveLength(Object.keys(reportText.sv.schoolForms).length);
    }
  });

  it('needs both levels when one is given', () => {
    const r = row(['kommunkod', 'huvudman', '1.1.a nuläge', '1.1.a mål'], ['0180', 'X', '2', '']);
    expect(r.problems).toEqual([{ column: 4, code: 'missing-target', indicator: '1.1.a' }]);
  });

  it('needs kommunkod for a municipality and organisationsnummer for an independent organiser', () => {
    expect(row(['kommunkod', 'organisationsnummer', 'huvudman'], ['', '', 'X']).problems).toEqual([{ column: 1, code: 'no-identity' }]);
    expect(row(['typ', 'kommunkod', 'organisationsnummer', 'huvudman'], ['enskild', '0180', '', 'X']).problems).toEqual([{ column: 3, code: 'no-identity' }]);
  });
});

describe('decodeCsv', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.from('\uFEFFhuvudman;Åre', 'utf8'), 'utf-8'],
    ['UTF-8', Buffer.from('huvudman;Åre', 'utf8'), 'utf-8'],
    ['UTF-16 LE (Excel Unicode text)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('huvudman;Åre', 'utf16le')]), 'utf-16le'],
    ['Windows-1252 (older Excel CSV)', Buffer.from([...Buffer.from('huvudman;'), 0xc5, 0x72, 0x65]), 'windows-1252'],
  ])('%s', (_, buf, encoding) => {
    const r = decodeCsv(buf);
    expect(r.encoding).toBe(encoding);
    expect(r.text.replace('\uFEFF', '')).toBe('huvudman;Åre');
  });
});
