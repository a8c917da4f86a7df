// Mistakes in a hand-edited plan, as a user meets them in `validate` and `render`: each reported once, at its line,
// with a hint that says how to fix it, and none hiding the others.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
import { loadPlan } from '../../src/io/load-plan.ts';
import { parseYamlText } from '../../src/io/yaml-file.ts';
import type { Lang } from '../../src/core/model.ts';
import { validateValidateResult } from '../../src/generated/validateValidateResult.js';

let dir: string;
let cleanup: () => void;
// A copy of examples/landsbygd.yaml, so that the line numbers below stay put when the example changes.
const example = readFileSync(join(ROOT, 'test/fixtures/plan-errors/landsbygd.yaml'), 'utf8');
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

/** The example with each `[from, to]` applied; every `from` must be in it. */
function edit(text: string, ...changes: [string, string][]): string {
  for (const [from, to] of changes) {
    expect(text, from).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

async function validate(name: string, text: string, ...flags: string[]) {
  writeFileSync(join(dir, name), text);
  const r = await runMain(['validate', name, ...flags], { cwd: dir });
  const lines = r.stderr.split('\n');
  /** `line:col: severity: message` and the hint line below it, for each finding. */
  const found = lines.flatMap((l, i) => {
    const m = new RegExp(`^${name.replace('.', '\\.')}:(\\d+):(\\d+): (fel|error|varning|warning): (.*)$`).exec(l);
    const hint = /^ {2}(?:tips|hint): (.*)$/.exec(lines[i + 1] ?? '');
    return m ? [{ line: Number(m[1]), col: Number(m[2]), severity: m[3]!, message: m[4]!, hint: hint?.[1] }] : [];
  });
  return { ...r, found, errors: found.filter((f) => f.severity === 'fel' || f.severity === 'error') };
}

// Nine mistakes, one error each, spread over the whole file (line numbers of test/fixtures/plan-errors/landsbygd.yaml).
const NINE: [string, string][] = [
  ['kind: municipality', 'kind: kommun'], // 7
  ['municipalityCode: "2506"', 'municipalityCode: 2506'], // 8
  ['date: 2026-11-20', 'date: 2026-13-20'], // 12
  ['1.2.b: { current: 2, target: 3 }', '1.2.b: { current: 3, target: 2 }'], // 18
  ['1.3.a: { current: 2, target: 3 }', '1.3.a: { current: 2, target: 5 }'], // 20
  ['2.3.b: { current: 1, target: 2 }', '2.3.x: { current: 1, target: 2 }'], // 31
  ['terms: 6', 'terms: sex'], // 41
  ['indicators: [1.2.a]', 'indicators: [1.2.q]'], // 46
  ['    end: 2027-VT', '    end: 2026-HT'], // 49
];
const NINE_LINES = [7, 8, 12, 18, 20, 31, 41, 46, 49];

describe('a duplicate key is reported and the rest of the file is still checked', () => {
  it('reports all nine errors without a duplicate', async () => {
    const r = await validate('nine.yaml', edit(example, ...NINE));
    expect(r.code).toBe(1);
    expect(r.errors.map((e) => e.line)).toEqual(NINE_LINES);
  });

  it('reports the same nine errors, one line further down, and the duplicate key itself', async () => {
    const text = edit(example, ...NINE, ['    1.1.c:', '    1.1.b: { current: 2, target: 3 }\n    1.1.c:']);
    const r = await validate('dup.yaml', text);
    expect(r.code).toBe(1);
    expect(r.errors.map((e) => e.line)).toEqual([7, 8, 12, 16, ...NINE_LINES.slice(3).map((l) => l + 1)]);
    const dup = r.errors.find((e) => e.line === 16)!;
    expect(dup).toMatchObject({ col: 5, message: 'nyckeln 1.1.b finns redan på rad 15 i samma avsnitt; kontrollen läser det senare värdet, det här' });
    expect(dup.hint).toContain('ta bort den ena förekomsten');
    expect(r.stderr).toContain('1 av 1 fil har fel (10 fel totalt)');
  });

  it('checks the later value, at its own line, as YAML tools read it', async () => {
    const r = await validate('later.yaml', edit(example, ['    1.1.c:', '    1.1.b: { current: 3, target: 1 }\n    1.1.c:']));
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [16, 'nyckeln 1.1.b finns redan på rad 15 i samma avsnitt; kontrollen läser det senare värdet, det här'],
      [16, 'målnivån 1 är lägre än nuläget 3'],
    ]);
    const en = await validate('later.yaml', readFileSync(join(dir, 'later.yaml'), 'utf8'), '--lang', 'en');
    expect(en.errors[0]!.message).toBe('the key 1.1.b already appears on line 15 in the same section; the check uses the later value, this one');
  });
});

describe('a tab used for indentation is reported once, without the errors it causes', () => {
  it('one tab in the answers: one error at the tab, not 24', async () => {
    const r = await validate('tab.yaml', edit(example, ['    1.1.b: { current: 2, target: 3 }', '\t1.1.b: { current: 2, target: 3 }']));
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      {
        line: 15,
        col: 1,
        severity: 'fel',
        message: 'YAML-fel: tabb används som indrag; YAML kräver mellanslag',
        hint: 'ersätt tabben med mellanslag, lika många som raderna intill har; fel längre ned i samma avsnitt visas först när tabben är borta',
      },
    ]);
  });

  it('tabbed lines under a key: one error naming each tabbed line, and nothing about the key left empty', async () => {
    const text = edit(example, ['  capacity: { actionsPerTerm: 2, budgetPerYear: 300000 }', '  capacity:\n\tactionsPerTerm: 2\n\tbudgetPerYear: 300000']);
    const r = await validate('tabs.yaml', text);
    expect(r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`)).toEqual([
      '43:1: YAML-fel: tabb används som indrag; YAML kräver mellanslag (tabb även på rad 44)',
    ]);
    const en = await validate('tabs.yaml', text, '--lang', 'en');
    expect(en.errors.map((e) => e.message)).toEqual(['YAML error: a tab is used for indentation; YAML requires spaces (tabs also on line 44)']);
    expect(en.errors[0]!.hint).toMatch(/^replace the tab with spaces/);
  });

  it('a real mistake in another section is still reported', async () => {
    const text = edit(
      example,
      ['    1.1.b: { current: 2, target: 3 }', '\t1.1.b: { current: 2, target: 3 }'],
      ['    owner: Skolchef', '    owner: "Skol\\qchef"'],
    );
    const r = await validate('tab-and-escape.yaml', text);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [15, 'YAML-fel: tabb används som indrag; YAML kräver mellanslag'],
      [47, 'YAML-fel: ogiltig escape-sekvens inom dubbla citattecken'],
    ]);
    expect(r.errors[1]!.hint).toBe('skriv \\\\ för ett omvänt snedstreck, eller sätt texten inom enkla citattecken');
  });
});

describe('a [, { or quote that is never closed is reported once, where it opens', () => {
  it("an action's list of indicators without ]: one error at the [, not nine a line later", async () => {
    const r = await validate('bracket.yaml', edit(example, ['indicators: [1.2.a]', 'indicators: [1.2.a']));
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      {
        line: 46,
        col: 17,
        severity: 'fel',
        message: 'YAML-fel: listan som börjar här saknar sitt avslutande ]',
        hint: 'skriv ] efter listans sista värde, till exempel [1.2.a, 1.2.b]; fortsätter den på nästa rad, dra in den raden mer än raden där den börjar; är värdet en text, sätt det inom citattecken',
      },
    ]);
    const en = await validate('bracket.yaml', readFileSync(join(dir, 'bracket.yaml'), 'utf8'), '--lang', 'en');
    expect(en.errors.map((e) => `${e.line}:${e.col}: ${e.message}`)).toEqual(['46:17: YAML error: the list that starts here has no closing ]']);
    expect(en.errors[0]!.hint).toMatch(/^write \] after the last value of the list/);
  });

  it('an answer without }: the error is at the {, and mistakes above it and further down its section are still reported', async () => {
    const r = await validate(
      'brace.yaml',
      edit(
        example,
        ['kind: municipality', 'kind: kommun'],
        ['1.1.b: { current: 2, target: 3 }', '1.1.b: { current: 2, target: 3'],
        ['comment: En enhet per elev från åk 4. }', 'comment: Obs: en enhet per elev från åk 4. }'],
      ),
    );
    expect(r.errors.map((e) => [e.line, e.col, e.message])).toEqual([
      [7, 9, expect.stringContaining('kommun')],
      [15, 12, 'YAML-fel: samlingen som börjar här saknar sitt avslutande }'],
      [23, 46, 'YAML-fel: texten ”Obs: en enhet per elev från åk 4.” har ett kolon följt av mellanslag, som YAML läser som början på en ny nyckel'],
    ]);
    expect(r.errors[1]!.hint).toMatch(/^skriv \} efter samlingens sista värde/);
  });

  it('a ] that is typed but does not count (next line indented too little, or after #) is not called missing', async () => {
    for (const [name, to] of [
      ['continued.yaml', 'indicators: [1.2.a,\n    1.2.b]'],
      ['comment.yaml', 'indicators: [1.2.a # 1.2.b]'],
    ]) {
      const r = await validate(name!, edit(example, ['indicators: [1.2.a]', to!]));
      expect(
        r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`),
        name,
      ).toEqual([
        '46:17: YAML-fel: listan som börjar här avslutas aldrig: ] står efter #, inom citattecken eller på en rad med för litet indrag, och räknas inte',
      ]);
      expect(r.errors[0]!.hint).toContain('dra in den raden mer än raden där den börjar');
    }
  });

  it('the wrong closing bracket: said at the opening one, once, also inside another list', async () => {
    const wrong = await validate('wrong.yaml', edit(example, ['indicators: [1.2.a]', 'indicators: [1.2.a}']));
    expect(wrong.errors.map((e) => `${e.line}:${e.col}: ${e.message}`)).toEqual(['46:17: YAML-fel: listan som börjar här avslutas med } i stället för ]']);
    const nested = await validate('nested.yaml', edit(example, ['1.1.b: { current: 2, target: 3 }', '1.1.b: { current: 2, target: 3, x: [1, 2 }']));
    expect(nested.errors.map((e) => `${e.line}:${e.col}: ${e.message}`)).toEqual(['15:40: YAML-fel: listan som börjar här avslutas med } i stället för ]']);
    expect(nested.errors[0]!.hint).toBe('varje [ avslutas med ] och varje { med }, det innersta först, till exempel { a: [1, 2] }');
  });

  it('a quote that is never closed: at the quote, with how far the text runs, and no false bracket error', async () => {
    const r = await validate('quote.yaml', edit(example, ['1.1.b: { current: 2, target: 3 }', '1.1.b: { current: 2, target: 3, comment: "Saknas }']));
    expect(r.errors.map((e) => `${e.line}:${e.col}: ${e.message}`)).toEqual([
      '15:46: YAML-fel: citattecknet " här avslutas aldrig, så texten fortsätter ända till rad 53',
    ]);
    const en = await validate('quote.yaml', readFileSync(join(dir, 'quote.yaml'), 'utf8'), '--lang', 'en');
    expect(en.errors.map((e) => e.message)).toEqual(['YAML error: the quote " here is never closed, so the text runs on to line 53']);
    expect(en.errors[0]!.hint).toMatch(/^end the text with the quote it starts with/);
  });
});

describe('two documents in one file', () => {
  it('points at the second document and says one plan per file, in Swedish and in English', async () => {
    const text = `${example}---\n${example}`;
    const sv = await validate('two.yaml', text);
    expect(sv.code).toBe(1);
    expect(sv.errors).toEqual([
      {
        line: 53,
        col: 1,
        severity: 'fel',
        message: 'YAML-fel: här börjar ett andra YAML-dokument (---), men en fil får bara innehålla en plan',
        hint: 'ta bort --- och det som följer, eller lägg varje plan i en egen fil (skoldigiplan batch läser en hel mapp)',
      },
    ]);
    const en = await validate('two.yaml', text, '--lang', 'en');
    expect(en.errors.map((e) => `${e.line}:${e.col}: ${e.message}`)).toEqual([
      '53:1: YAML error: a second YAML document (---) starts here, but a file may hold only one plan',
    ]);
    expect(en.stderr + sv.stderr).not.toContain('parseAllDocuments');
  });
});

describe('a catalogue given as a plan, and a plan given as a catalogue', () => {
  it('render <catalogue> says it is a catalogue, once, and how to use it', async () => {
    copyFileSync(join(ROOT, 'examples/catalogue/egen-katalog.yaml'), join(dir, 'katalog.yaml'));
    const r = await runMain(['render', 'katalog.yaml', '-o', '-'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'katalog.yaml:6:1: fel: det här är en katalog, inte en plan\n' +
        '  tips: ange en planfil och katalogen med --catalogue, t.ex. skoldigiplan render plan.yaml --catalogue katalog.yaml; kontrollera katalogen med skoldigiplan validate katalog.yaml\n',
    );
  });

  it('render plan.yaml --catalogue plan.yaml says it is a plan, once, and asks for no key to be deleted', async () => {
    writeFileSync(join(dir, 'plan.yaml'), example);
    const r = await runMain(['render', 'plan.yaml', '--catalogue', 'plan.yaml', '-o', '-'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'plan.yaml:3:1: fel: det här är en plan, inte en katalog\n' +
        '  tips: --catalogue ska ange en katalogfil (som examples/catalogue/egen-katalog.yaml); ange planen utan --catalogue, t.ex. skoldigiplan render plan.yaml\n',
    );
    const en = await runMain(['render', 'plan.yaml', '--catalogue', 'plan.yaml', '-o', '-', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toMatch(/^plan\.yaml:3:1: error: this is a plan, not a catalogue\n {2}hint: --catalogue must name a catalogue file/);
  });

  it('validate still checks a catalogue as a catalogue', async () => {
    const r = await runMain(['validate', 'examples/catalogue/egen-katalog.yaml']);
    expect(r.code).toBe(0);
  });
});

describe('schema and type errors say what is wrong in plain words, with a hint', () => {
  it('names the value, the format with an example, and the allowed values', async () => {
    const text = edit(
      example,
      ['kind: municipality', 'kind: kommun'],
      ['date: 2026-11-20', 'date: 20-11-2026'],
      ['1.1.b: { current: 2, target: 3 }', '1.1.b: { current: 2.5, target: 3 }'],
      ['start: 2027-VT\n  terms: 6', 'start: 2027-vt\n  terms: sex'],
      ['actionsPerTerm: 2', 'actionsPerTerm: 0'],
      ['status: planned', 'status: klar'],
    );
    const r = await validate('schema.yaml', text);
    expect(r.errors.map((e) => [e.line, e.message, e.hint])).toEqual([
      [
        7,
        'ogiltigt värde kommun; tillåtna värden: municipality, independent',
        'menade du municipality? Skriv ett av värdena precis som de står: municipality (kommun), independent (enskild huvudman)',
      ],
      [
        12,
        '20-11-2026 har fel format; här ska det vara ett datum ÅÅÅÅ-MM-DD, t.ex. 2026-11-28',
        'skriv året med fyra siffror, månaden 01–12 och en dag som finns i månaden, med bindestreck emellan',
      ],
      [
        15,
        'här ska det vara ett heltal, men värdet är ett decimaltal (2.5)',
        'skriv ett heltal med siffror, utan decimaler och utan citattecken; nivåerna 1–4 beskrivs i katalogen (skoldigiplan catalogue <indikator>); skriv status: unknown om nuläget inte är känt',
      ],
      [
        40,
        '2027-vt har fel format; här ska det vara en termin ÅÅÅÅ-VT eller ÅÅÅÅ-HT, t.ex. 2027-VT',
        'VT är vårterminen (januari–juni) och HT höstterminen (augusti–december); skriv året med fyra siffror och VT eller HT med versaler',
      ],
      [
        41,
        'här ska det vara ett heltal, men värdet är texten sex',
        'skriv ett heltal med siffror, utan decimaler och utan citattecken; planning.terms är antalet terminer som planen omfattar, t.ex. 6 för tre läsår',
      ],
      [
        42,
        'värdet 0 är för litet (minst 1)',
        'skriv ett tal som är minst 1; actionsPerTerm är hur många åtgärder som kan pågå samma termin, t.ex. 3; ta bort raden om ni inte vill ange någon gräns',
      ],
      [
        51,
        'ogiltigt värde klar; tillåtna värden: planned, in-progress, done, postponed, cancelled',
        'menade du done? Skriv ett av värdena precis som de står: planned (planerad), in-progress (pågår), done (klar), postponed (uppskjuten), cancelled (inställd)',
      ],
    ]);
    const en = await validate('schema.yaml', text, '--lang', 'en');
    expect(en.errors.map((e) => e.message)).toContain('wrong type: expected a whole number, got a decimal number (2.5)');
    expect(en.errors.every((e) => e.hint)).toBe(true);
  });

  it('importance written as the plans print it ("medelhög") suggests medium, in Swedish and in English', async () => {
    const text = edit(example, ['importance: high', 'importance: medelhög']);
    const sv = await validate('imp.yaml', text);
    expect(sv.errors[0]!.hint).toBe('menade du medium? Skriv ett av värdena precis som de står: low (låg), medium (medelhög), high (hög)');
    const en = await validate('imp.yaml', text, '--lang', 'en');
    expect(en.errors[0]!.hint).toMatch(/^did you mean medium\? /);
  });

  it('a misspelt key is named with the key it is close to, once, instead of as unknown plus missing', async () => {
    const text = edit(
      example,
      ['1.1.a: { current: 2, target: 3,', '1.1.a: { current: 2, traget: 3,'],
      ['  schoolForms:', '  schoolform:'],
      ['    owner: Skolchef', '    ownr: Skolchef'],
      ['    cost: 40000', '    kostnad: 40000'],
    );
    const sv = await validate('keys.yaml', text);
    expect(sv.code).toBe(1);
    expect(sv.errors.map((e) => [e.line, e.message, e.hint])).toEqual([
      [9, 'okänd nyckel schoolform; menade du schoolForms?', 'byt schoolform mot schoolForms'],
      [14, 'okänd nyckel traget; menade du target?', 'byt traget mot target'],
      [47, 'okänd nyckel ownr; menade du owner?', 'byt ownr mot owner'],
      [
        50,
        'okänd nyckel: kostnad',
        'tillåtna nycklar här: id, title, description, indicators, owner, start, end, cost, status, resources, successCriteria, log',
      ],
    ]);
    const en = await validate('keys.yaml', text, '--lang', 'en');
    expect(en.errors[1]).toMatchObject({ message: 'unknown key traget; did you mean target?', hint: 'change traget to target' });
    // An unknown key at the top lists the keys a plan may have.
    const top = await validate('top.yaml', edit(example, ['schemaVersion: 1\n', 'schemaVersion: 1\nfoo: 2\n']));
    expect(top.errors).toEqual([
      {
        line: 4,
        col: 1,
        severity: 'fel',
        message: 'okänd nyckel: foo',
        hint: 'tillåtna nycklar här: schemaVersion, draft, resume, catalogue, organisation, assessment, planning, actions, document',
      },
    ]);
  });

  it("never suggests a key the object already has, and finds the keys of a catalogue's source", async () => {
    const dup = await validate('dup.yaml', edit(example, ['1.1.b: { current: 2, target: 3', '1.1.b: { current: 2, target: 3, traget: 3']));
    expect(dup.errors).toEqual([
      {
        line: 15,
        col: 37,
        severity: 'fel',
        message: 'okänd nyckel: traget',
        hint: 'tillåtna nycklar här: current, target, importance, comment, evidence, responses',
      },
    ]);
    const catalogue = readFileSync(join(ROOT, 'examples/catalogue/egen-katalog.yaml'), 'utf8').split('\n');
    const url = catalogue.findIndex((l, i) => i > 30 && l.trim().startsWith('url:'));
    expect(catalogue[url + 1]!.trim()).toBe('checked: 2026-12-07');
    catalogue[url + 1] = `${catalogue[url]!.match(/^\s*/)![0]}chekced: 2026-12-07`;
    const own = await validate('katalog.yaml', catalogue.join('\n'));
    expect(own.errors).toEqual([
      { line: url + 2, col: expect.any(Number), severity: 'fel', message: 'okänd nyckel chekced; menade du checked?', hint: 'byt chekced mot checked' },
    ]);
  });

  it('terms: 0 says what terms counts', async () => {
    const r = await validate('zero.yaml', edit(example, ['terms: 6', 'terms: 0']));
    expect(r.errors).toEqual([
      {
        line: 41,
        col: 10,
        severity: 'fel',
        message: 'värdet 0 är för litet (minst 1)',
        hint: 'skriv ett tal som är minst 1; planning.terms är antalet terminer som planen omfattar, t.ex. 6 för tre läsår',
      },
    ]);
  });

  it('an empty value says it is missing, not "värdet är inget värde"', async () => {
    const r = await validate('empty.yaml', edit(example, ['  capacity: { actionsPerTerm: 2, budgetPerYear: 300000 }', '  capacity:']));
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([[42, 'värdet saknas; här ska det vara en samling nycklar']]);
    expect(r.errors[0]!.hint).toBe('skriv värdet efter kolonet, eller på raderna under med indrag (mellanslag, inte tabb)');
  });

  it('a colon inside { } is an unquoted colon, with the quoted text as the fix', async () => {
    const text = edit(example, ['comment: Ingen beslutad plan sedan 2019.', 'comment: Ingen beslutad plan: sedan 2019.']);
    const r = await validate('colon.yaml', text);
    expect(r.errors).toEqual([
      {
        line: 17,
        col: 46,
        severity: 'fel',
        message: 'YAML-fel: texten ”Ingen beslutad plan: sedan 2019.” har ett kolon följt av mellanslag, som YAML läser som början på en ny nyckel',
        hint: 'sätt värdet inom citattecken: "Ingen beslutad plan: sedan 2019."',
      },
    ]);
    const en = await validate('colon.yaml', text, '--lang', 'en');
    expect(en.errors[0]!.hint).toBe('put the value in quotes: "Ingen beslutad plan: sedan 2019."');
  });

  it('a colon in a block value is diagnosed the same way', async () => {
    const r = await validate(
      'colon2.yaml',
      edit(example, ['    title: Ta fram en digitaliseringsplan för förskola och skola', '    title: Digitaliseringsplan: förskola och skola']),
    );
    expect(r.errors.map((e) => [e.line, e.hint])).toEqual([[45, 'sätt värdet inom citattecken: "Digitaliseringsplan: förskola och skola"']]);
  });
});

describe('every error comes with a hint, in both languages', () => {
  // One mistake each, of as many kinds as a hand-edited plan has.
  const mistakes: [string, string][] = [
    ['schemaVersion: 1', 'schemaVersion: 2'],
    // The catalogue version the example names, whichever it is.
    [/version: \d+\.\d+\.\d+/.exec(example)![0], 'version: 1.0'],
    ['name: Exempelby kommun', 'name: ""'],
    ['kind: municipality', 'kind: Kommun'],
    ['municipalityCode: "2506"', 'municipalityCode: "25060"'],
    ['municipalityCode: "2506"', 'municipalityCode: "9999"'],
    ['schoolForms: [forskola, forskoleklass', 'schoolForms: [förskola, forskoleklass'],
    ['schoolForms: [forskola, forskoleklass', 'schoolForms: [forskola, forskola'],
    ['schoolForms: [forskola, forskoleklass, grundskola, fritidshem, komvux]', 'schoolForms: grundskola'],
    ['email: karin.exempelsson@example.se', 'email: karin'],
    ['date: 2026-11-20', 'date: 2026-02-30'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: { current: 2, target: 3, vikt: hög }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: { current: 2 }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: { current: "2", target: 3 }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: { current: 0, target: 3 }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: { current: 2, target: 3, importance: very }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: { status: kanske }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.B: { current: 2, target: 3 }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.z: { current: 2, target: 3 }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: { current: 3, target: 2 }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: hög'],
    ['  start: 2027-VT', '  start: 2027-SOMMAR'],
    ['  terms: 6', '  terms: 21'],
    ['  terms: 6', '  terms: 6\n  declined: [2.1.c]'],
    ['budgetPerYear: 300000', 'budgetPerYear: -1'],
    ['budgetPerYear: 300000', 'budgetPerYear: true'],
    ['  - id: A01', '  - id: A 01'],
    ['    title: Ta fram en digitaliseringsplan för förskola och skola', '    title: ""'],
    ['    indicators: [1.2.a]', '    indicators: 1.2.a'],
    ['    indicators: [1.2.a]', '    indicators: [1.2.a]\n    resources: [okänd-resurs]'],
    ['    cost: 40000', '    cost: 40 000 kr'],
    ['    status: planned', '    status: Planned'],
    ['    end: 2027-VT', '    end: 2026-HT'],
    ['  - id: A01', '  - id: A01\n    title: Dubblett\n    indicators: [1.2.a]\n  - id: A01'],
    ['    successCriteria: Barn-', '    successCriteria:\n      - Barn-'],
    // Syntax
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: { current: 2, target: 3 '],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b: { current: 2, target: 3 }}'],
    ['    1.1.b: { current: 2, target: 3 }', '     1.1.b: { current: 2, target: 3 }'],
    ['    1.1.b: { current: 2, target: 3 }', '    1.1.b { current: 2, target: 3 }'],
    ['    owner: Skolchef', '    owner: "Skol\\qchef"'],
    ['    owner: Skolchef', '    owner: @skolchef'],
    ['    owner: Skolchef', '    owner: !tagg Skolchef'],
    ['    owner: Skolchef', '\towner: Skolchef'],
    ['    owner: Skolchef', '    owner: Skolchef\n    owner: Rektor'],
  ];
  const langs: Lang[] = ['sv', 'en'];
  it.each(mistakes)('%s → %s', (from, to) => {
    for (const lang of langs) {
      const text = edit(example, [from, to]);
      const r = loadPlan('plan.yaml', { cwd: dir, lang }, parseYamlText(text, 'plan.yaml', lang));
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.length, lang).toBeGreaterThan(0);
      for (const d of errors) {
        expect(d.line, d.message).toBeGreaterThan(0);
        expect(d.hint, `${lang}: ${d.message}`).toBeTruthy();
        // No raw library wording: what the parser or the schema library says in English is never passed on.
        if (lang === 'sv') expect(d.message).not.toMatch(/\b(must|should|Nested|Block|Implicit|Unexpected|allowed|please|Missing|Invalid)\b/);
      }
    }
  });
});

describe('implausible actions are warnings, with their line and a hint', () => {
  const text = `${edit(example, ['    end: 2027-VT', '    end: 2045-HT'])}  - id: A02\n    title: Fortbildning\n    indicators: []\n    start: 2027-HT\n    end: 2028-VT\n`;

  it('an action running past the whole planning period, and an action with no indicator, warn but pass', async () => {
    const r = await validate('warn.yaml', text);
    expect(r.code).toBe(0);
    expect(r.found).toEqual([
      {
        line: 49,
        col: 10,
        severity: 'varning',
        message: 'åtgärden pågår 38 terminer (från 2027-VT till 2045-HT), längre än hela planeringsperioden på 6 terminer',
        hint: 'kontrollera end (skrivfel i året?); planen slutar 2029-HT. En åtgärd tar en plats i kapaciteten varje termin den pågår: korta eller dela upp den, eller öka planning.terms',
      },
      {
        line: 55,
        col: 17,
        severity: 'varning',
        message: 'åtgärden A02 är inte kopplad till någon indikator',
        hint: 'ange vilka indikatorer åtgärden ska lyfta, t.ex. indicators: [1.2.a]; utan indikator täcker den inget glapp men tar ändå plats i kapaciteten',
      },
    ]);
    expect(r.stderr).toContain('warn.yaml: giltig');
    const en = await validate('warn.yaml', text, '--lang', 'en');
    expect(en.found.map((f) => `${f.severity}: ${f.message}`)).toEqual([
      'warning: the action runs 38 terms (2027-VT–2045-HT), longer than the whole planning period of 6 terms',
      'warning: the action A02 is linked to no indicator',
    ]);
  });

  it('an action within the planning period, or just as long, gives no warning', async () => {
    const r = await validate('fits.yaml', edit(example, ['    end: 2027-VT', '    end: 2029-HT']));
    expect(r.code).toBe(0);
    expect(r.found).toEqual([]);
    expect((await validate('seven.yaml', edit(example, ['    end: 2027-VT', '    end: 2030-VT']))).found.map((f) => f.severity)).toEqual(['varning']);
  });

  it('the examples give no warning', async () => {
    const r = await runMain(['validate', 'examples/landsbygd.yaml', 'examples/storstad.yaml', 'examples/fristaende.yaml']);
    expect(r.stderr).not.toMatch(/varning:|fel:/);
  });

  it('validate --json counts them as warnings and follows its schema', async () => {
    const r = await validate('warn.yaml', text, '--json');
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ valid: true, errors: 0, warnings: 2 });
    expect(json.files[0].diagnostics.map((d: { code: string; severity: string; line: number }) => [d.code, d.severity, d.line])).toEqual([
      ['action-too-long', 'warning', 49],
      ['action-no-indicators', 'warning', 55],
    ]);
    expect(validateValidateResult(json), JSON.stringify(validateValidateResult.errors)).toBe(true);
  });
});
