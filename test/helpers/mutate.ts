// Deterministic mutants of a plan file, for the mutation test (test/foundation/mutation.test.ts) and `npm run fuzz`:
// the same seed always gives the same mutants, so a failure found once can be run again.

/** A small, fast pseudo-random generator (mulberry32): numbers in [0, 1) from a 32-bit seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters with a meaning in YAML or a way of breaking text, and a few ordinary ones. */
const CHARS = [
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  '-',
  '- ',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  ',',
  '?',
  '\t',
  '\n',
  '\r',
  '\0',
  '\u202e',
  '\ufeff',
  'ä',
  '😀',
  ' ',
  'x',
  '0',
  '\\',
];

/** Values a field might be given by mistake. */
const VALUES = [
  '',
  '~',
  'null',
  'true',
  'no',
  '0',
  '-1',
  '3.5',
  '1e309',
  '0x1F',
  '99999999999999999999999',
  '2026-13-45',
  '2027-VT',
  '2027-HT',
  'VT 2027',
  '[]',
  '{}',
  '[1, 2',
  '{ a: 1',
  '"unclosed',
  "'single",
  '&anchor x',
  '*nowhere',
  '!!binary aGVq',
  '|',
  '>-',
  '- a',
  'a: b: c',
  'x'.repeat(3000),
  `[${'['.repeat(40)}`,
  'ä'.repeat(50),
  '1.2.a',
  '9.9.z',
  'A01',
];

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const int = (rnd: () => number, n: number) => Math.floor(rnd() * n);

type Mutator = (text: string, rnd: () => number) => string;

const onLines =
  (f: (lines: string[], rnd: () => number) => void): Mutator =>
  (text, rnd) => {
    const lines = text.split('\n');
    f(lines, rnd);
    return lines.join('\n');
  };

/** One change each, named for the report of a failure. */
export const MUTATORS: Record<string, Mutator> = {
  'delete a line': onLines((l, r) => void l.splice(int(r, l.length), 1)),
  'duplicate a line': onLines((l, r) => {
    const i = int(r, l.length);
    l.splice(i, 0, l[i]!);
  }),
  'swap two lines': onLines((l, r) => {
    const i = int(r, l.length - 1);
    [l[i], l[i + 1]] = [l[i + 1]!, l[i]!];
  }),
  'move a line elsewhere': onLines((l, r) => {
    const [line] = l.splice(int(r, l.length), 1);
    l.splice(int(r, l.length + 1), 0, line!);
  }),
  'indent a line differently': onLines((l, r) => {
    const i = int(r, l.length);
    const body = l[i]!.trimStart();
    l[i] = pick(r, [' ', '  ', '   ', '     ', '\t', '', ' \t ']).repeat(1 + int(r, 3)) + body;
  }),
  'insert a character': (t, r) => {
    const i = int(r, t.length + 1);
    return t.slice(0, i) + pick(r, CHARS) + t.slice(i);
  },
  'delete a character': (t, r) => {
    const i = int(r, t.length);
    return t.slice(0, i) + t.slice(i + 1);
  },
  'replace a value': onLines((l, r) => {
    const withValue = l.map((line, i) => [line, i] as const).filter(([line]) => /:\s+\S/.test(line));
    if (withValue.length === 0) return;
    const [line, i] = pick(r, withValue);
    const colons = [...line.matchAll(/:\s+/g)];
    const m = pick(r, colons);
    const start = m.index + m[0].length;
    const end = start + int(r, line.length - start + 1);
    l[i] = line.slice(0, start) + pick(r, VALUES) + line.slice(end);
  }),
  'rename a key': onLines((l, r) => {
    const i = int(r, l.length);
    l[i] = l[i]!.replace(
      /^(\s*-?\s*)([\w.]+)(?=:)/,
      (_, pre: string) => pre + pick(r, ['id', 'title', 'answers', 'current', 'x', '1.1.a', 'schemaVersion', 'actions', '<<', '"quoted"', '? complex']),
    );
  }),
  'cut the file short': (t, r) => t.slice(0, int(r, t.length)),
  'repeat a stretch': (t, r) => {
    const i = int(r, t.length);
    const piece = t.slice(i, i + 1 + int(r, 200));
    return t.slice(0, i) + piece.repeat(2 + int(r, 20)) + t.slice(i);
  },
};

export interface Mutant {
  text: string;
  /** What was done, for the report of a failure. */
  steps: string[];
}

/** The `n`th mutant of `text` for `seed`: one to three changes. */
export function mutant(text: string, seed: number, n: number): Mutant {
  const rnd = random((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
  const names = Object.keys(MUTATORS);
  const steps: string[] = [];
  let out = text;
  const count = 1 + (rnd() < 0.3 ? 1 + int(rnd, 2) : 0);
  for (let i = 0; i < count; i++) {
    const name = pick(rnd, names);
    steps.push(name);
    out = MUTATORS[name]!(out, rnd);
  }
  return { text: out, steps };
}
