// The quick block-YAML reader gives exactly what the yaml parser gives, or gives up and leaves the text to it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { readBlockYaml } from '../../src/io/block-yaml.ts';
import { PARSE_OPTIONS, parseYamlText } from '../../src/io/yaml-file.ts';
import { loadPlan } from '../../src/io/load-plan.ts';

const root = join(import.meta.dirname, '../..');

/** What the full parser makes of a text, as the CLI parses it; `clean` is false when it reports anything. */
function full(text: string): { clean: boolean; value: unknown } {
  const doc = parseDocument(text, PARSE_OPTIONS);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch {
    return { clean: false, value: undefined };
  }
  return { clean: doc.errors.length === 0 && doc.warnings.length === 0, value };
}

/** The reader's promise: when it answers, yaml parses the text cleanly to the same value. */
function agrees(text: string): boolean {
  const quick = readBlockYaml(text);
  if (quick === undefined) return true;
  const f = full(text);
  expect(f.clean, `yaml reports problems in a text the quick reader accepted:\n${text}`).toBe(true);
  expect(quick, text).toStrictEqual(f.value);
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('readBlockYaml', () => {
  it('reads every example plan and gives what yaml gives', () => {
    const examples = readdirSync(join(root, 'examples'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join(root, 'examples', name));
    expect(examples.length).toBeGreaterThan(2);
    for (const file of examples) {
      const text = readFileSync(file, 'utf8');
      expect(readBlockYaml(text), file).toBeDefined();
      agrees(text);
    }
  });

  it('agrees with yaml on every YAML file of the project (test fixtures, data), or leaves it to yaml', () => {
    const files = [...yamlFiles(join(root, 'examples')), ...yamlFiles(join(root, 'test/fixtures')), ...yamlFiles(join(root, 'data'))];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) agrees(readFileSync(file, 'utf8'));
  });

  it.each([
    ['a: 1\nb: "0180"\nc: 0180\nd: -7\ne: +3', { a: 1, b: '0180', c: 180, d: -7, e: 3 }],
    ['a: ~\nb: null\nc:\nd: NULL\ne: true\nf: False', { a: null, b: null, c: null, d: null, e: true, f: false }],
    ['version: 1.0.0\ndate: 2026-10-12\nurl: https://www.skr.se/a#b', { version: '1.0.0', date: '2026-10-12', url: 'https://www.skr.se/a#b' }],
    ["a: text # a comment\nb: \"x # y\" # c\nc: 'it''s'", { a: 'text', b: 'x # y', c: "it's" }],
    ['a: "tab\\there \\"q\\" \\u00e5 \\\\"', { a: 'tab\there "q" å \\' }],
    ['list:\n- a\n- b\nnext: []\nempty: {}', { list: ['a', 'b'], next: [], empty: {} }],
    ['# top\n\nlist:\n  - name: x\n    role: y\n  -\n    name: z\n', { list: [{ name: 'x', role: 'y' }, { name: 'z' }] }],
    ['a:\r\n  b: åäö\r\n', { a: { b: 'åäö' } }],
    ['"quoted key": 1\n\'single\': 2\n1.1.a: 3', { 'quoted key': 1, single: 2, '1.1.a': 3 }],
    [
      'c: { id: nationell, version: 1.0.0 }\nf: [a-b, c d, "e, f"]\nn: { a: [], b: { c: ~ } } # x',
      { c: { id: 'nationell', version: '1.0.0' }, f: ['a-b', 'c d', 'e, f'], n: { a: [], b: { c: null } } },
    ],
    ['u: { url: https://a.se/b?c=d, t: "x: y" }', { u: { url: 'https://a.se/b?c=d', t: 'x: y' } }],
  ])('reads %j', (text, value) => {
    expect(readBlockYaml(text)).toStrictEqual(value);
    expect(full(text)).toStrictEqual({ clean: true, value });
  });

  it.each([
    ['a block scalar', 'a: |\n  line\n'],
    ['a folded scalar', 'a: >-\n  line\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['a quoted scalar over two lines', 'a: "one\n  two"\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a flow sequence over two lines', 'a: [1,\n  2]\n'],
    ['a flow mapping with a trailing comma', 'a: { b: 1, }\n'],
    ['a flow mapping with a key and no value', 'a: { b }\n'],
    ['a flow key without a space after its colon', 'a: { b:1 }\n'],
    ['a float in a flow sequence', 'a: [1.5]\n'],
    ['a float', 'a: 1.5\n'],
    ['a hexadecimal number', 'a: 0x1f\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['a document marker', '---\na: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a numeric key', '1: a\n'],
    ['a boolean key', 'true: a\n'],
    ['a key with a space before its colon', 'a : 1\n'],
    ['a key without a space after its colon', 'a:1\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['a value ending in a colon', 'a: b:\n'],
    ['uneven indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a line deeper than the value above it', 'a: 1\n  b: 2\n'],
    ['a top-level sequence', '- a\n- b\n'],
    ['a top-level scalar', 'just text\n'],
    ['a sequence inside a sequence item', 'a:\n  - - b\n'],
    ['a prototype key', '__proto__: 1\n'],
    ['an unknown escape', 'a: "\\x41"\n'],
    ['an indicator at the start of a plain scalar', 'a: @b\n'],
    ['a dash followed by a space as a value', 'a: - b\n'],
    ['a control character', 'a: b\u0007\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a complex key', '? a\n: b\n'],
  ])('leaves %s to yaml', (_what, text) => {
    expect(readBlockYaml(text)).toBeUndefined();
  });

  it("reads what yaml writes, with the plan writer's options and with yaml's defaults", () => {
    const key = fc.oneof(
      { arbitrary: fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/), weight: 4 },
      { arbitrary: fc.stringMatching(/^[1-3]\.[1-3]\.[a-c]$/), weight: 2 },
      { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
    );
    const scalar = fc.oneof(
      { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
      { arbitrary: fc.stringMatching(/^[A-Za-zåäöÅÄÖ][\w åäö.,:#–-]{0,40}$/), weight: 4 },
      {
        arbitrary: fc.constantFrom(
          'åäö ÅÄÖ',
          'Gäller inte: våra',
          '0180',
          '1.0.0',
          '2026-10-12',
          'null',
          'true',
          '~',
          '- x',
          '#x',
          'a #b',
          "it's",
          'x: y',
          '',
          '"q"',
          '[a]',
          '{b}',
          ' lead',
          'trail ',
        ),
        weight: 3,
      },
      { arbitrary: fc.integer({ min: -1e9, max: 1e9 }), weight: 2 },
      { arbitrary: fc.boolean(), weight: 1 },
      { arbitrary: fc.constant(null), weight: 1 },
      { arbitrary: fc.double({ noNaN: true }), weight: 1 },
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    }));
    const top = fc.dictionary(key, value.node, { minKeys: 1, maxKeys: 6 });
    const options = fc.constantFrom(
      { lineWidth: 0, indent: 2, aliasDuplicateObjects: false, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' } as const,
      {},
      { indentSeq: false },
      { indent: 4 },
      { lineWidth: 0, collectionStyle: 'flow' } as const,
      { lineWidth: 0, flowCollectionPadding: false, collectionStyle: 'flow' } as const,
    );
    let read = 0;
    fc.assert(
      fc.property(top, options, (v, opts) => {
        const text = stringify(v, opts);
        if (readBlockYaml(text) !== undefined) read++;
        return agrees(text);
      }),
      // A fixed seed: the same texts on every run, so the count below is the same too.
      { numRuns: 1500, seed: 2026 },
    );
    // About one text in seven is plain enough for the quick reader, so the comparison above is not empty.
    expect(read).toBeGreaterThan(150);
  });

  it('never accepts a text yaml would read differently or complain about (lines from tricky parts)', () => {
    // Mostly parts the reader takes, with a tricky one now and then, so that many texts get through to the comparison.
    const mostly = <T>(good: fc.Arbitrary<T>, tricky: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: tricky, weight: 1 });
    const key = mostly(
      fc.constantFrom('a', 'b', 'key', '1.1.a', 'x_y', '"q k"', "'s k'", '"a\\"b"'),
      fc.constantFrom('1', 'true', 'null', '~', 'a b', '__proto__', '-a', '?a', 'a#b', '', '"a', 'a:b', '[a]', '{a}', '&a a', '!t a'),
    );
    const word = mostly(
      fc.constantFrom(
        'a',
        'b c',
        'åäö',
        '0180',
        '"0180"',
        '-1',
        '+2',
        '1.0.0',
        'true',
        'False',
        'null',
        '~',
        '2026-10-12',
        '"q"',
        "'s'",
        '"a\\"b"',
        "'it''s'",
        '"\\u00e5"',
        'http://a.b/c',
        'x:y',
        'a#b',
        '[]',
        '{}',
        '[a, b]',
        '[ a , "b" ]',
        '{ a: 1 }',
        '{a: 1}',
        '{ a: [b, c], d: "e" }',
        '[a, [b]]',
        '[a, {b: c}]',
        '"x: y"',
        '"#c"',
      ),
      fc.constantFrom(
        '1.5',
        '0x1f',
        '0o7',
        '.inf',
        '"\\x41"',
        '"a',
        "'a",
        'x: y',
        'x:',
        ':x',
        '#c',
        ' #c',
        '[a,b]',
        '{ a: 1, }',
        '{ a }',
        '{ a:1 }',
        '[',
        '{',
        ']',
        '}',
        ',',
        '&a',
        '*a',
        '!t x',
        '|',
        '>-',
        '?',
        '%',
        '@',
        '`',
        '- x',
        '-',
        '\\',
        '\r',
        ': ',
        '"a" b',
      ),
    );
    const value = fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(' '));
    const indent = mostly(fc.constantFrom(0, 2, 4), fc.constantFrom(1, 3, 5, 6));
    const line = fc.oneof(
      fc.tuple(indent, key, value).map(([i, k, v]) => `${' '.repeat(i)}${k}: ${v}`),
      fc.tuple(indent, key).map(([i, k]) => `${' '.repeat(i)}${k}:`),
      fc.tuple(indent, value).map(([i, v]) => `${' '.repeat(i)}- ${v}`),
      fc.tuple(indent, key, value).map(([i, k, v]) => `${' '.repeat(i)}- ${k}: ${v}`),
      fc.tuple(indent, key).map(([i, k]) => `${' '.repeat(i)}- ${k}:`),
      indent.map((i) => `${' '.repeat(i)}-`),
      indent.map((i) => `${' '.repeat(i)}# note: x`),
      fc.constant(''),
      fc.tuple(indent, value).map(([i, v]) => `${' '.repeat(i)}${v}`),
    );
    const text = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => `${lines.join('\n')}\n`);
    let read = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (readBlockYaml(t) !== undefined) read++;
        return agrees(t);
      }),
      { numRuns: 60000, seed: 2026 },
    );
    // About one text in fifty is accepted, enough for the comparison to mean something.
    expect(read).toBeGreaterThan(800);
  });

  it('leaves positions to yaml: a schema error in a quickly read plan still points at its line and column', () => {
    const text = readFileSync(join(root, 'examples/storstad.yaml'), 'utf8').replace('1.2.b: { current: 3,', '1.2.b: { current: 9,');
    expect(readBlockYaml(text)).toBeDefined();
    const line = text.split('\n').findIndex((l) => l.includes('current: 9')) + 1;
    expect(line).toBeGreaterThan(1);
    const read = parseYamlText(text, 'plan.yaml', 'sv');
    const load = loadPlan('plan.yaml', { cwd: root, lang: 'sv' }, read);
    const error = load.diagnostics.find((d) => d.severity === 'error');
    expect(error).toMatchObject({ file: 'plan.yaml', line, col: expect.any(Number) });
    expect(text.split('\n')[line - 1]!.slice(error!.col! - 1)).toMatch(/^9/);
  });
});
