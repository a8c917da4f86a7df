// The national catalogue's content: complete, consistent, sourced and bilingual; and proof that the schema and
// checkCatalogue catch a catalogue that is broken on purpose.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build script without types
import { readCatalogueFolder } from '../scripts/catalogues.mjs';
// @ts-expect-error build script without types
import { createAjv } from '../scripts/validators.mjs';
import { checkCatalogue, prerequisiteCycles } from '../src/core/check-catalogue.ts';
import type { Catalogue, Source, Text } from '../src/core/model.ts';
import { ROOT, tempDir } from './helpers/cli.ts';
import { runMain } from './helpers/main.ts';

const catalogue = readCatalogueFolder(join(ROOT, 'data/catalogue/nationell')) as Catalogue;
const validate: ValidateFunction = createAjv().compile(JSON.parse(readFileSync(join(ROOT, 'schemas/catalogue.schema.json'), 'utf8')));
const clone = (): Catalogue => structuredClone(catalogue);
const ind = (c: Catalogue, id: string) => {
  const found = c.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

/** The indicator ids other parts of the tool, the examples and the tests are written against. */
const INDICATOR_IDS = [
  '1.1.a',
  '1.1.b',
  '1.1.c',
  '1.1.d',
  '1.2.a',
  '1.2.b',
  '1.2.c',
  '1.2.d',
  '1.3.a',
  '1.3.b',
  '1.3.c',
  '2.1.a',
  '2.1.b',
  '2.1.c',
  '2.2.a',
  '2.2.b',
  '2.2.c',
  '2.2.d',
  '2.3.a',
  '2.3.b',
  '2.4.a',
  '2.4.b',
  '2.4.c',
  '2.4.d',
  '3.1.a',
  '3.1.b',
  '3.2.a',
  '3.2.b',
];

/**
 * Historical pages that are cited at the address the source gave, which is plain http (the site skoldigiplan.se
 * of SKL's 2018–2019 project). They are allowed only as `sources`, never as a resource's address.
 */
const HISTORICAL_HTTP_SOURCES = new Set(['http://skoldigiplan.se/forskningochuppfoljning/delmal32.1957.html']);

/** Every source list in the catalogue, with where it sits. */
function allSources(c: Catalogue): { where: string; source: Source }[] {
  const out: { where: string; source: Source }[] = [];
  const add = (where: string, list: Source[] | undefined) => {
    for (const source of list ?? []) out.push({ where, source });
  };
  add('catalogue', c.sources);
  for (const f of c.focusAreas) add(`focus area ${f.id}`, f.sources);
  for (const g of c.goals) add(`goal ${g.id}`, g.sources);
  for (const i of c.indicators) add(`indicator ${i.id}`, i.sources);
  for (const r of c.resources) add(`resource ${r.id}`, r.sources);
  for (const n of c.initiatives) add(`initiative ${n.number}`, n.sources);
  for (const p of c.policyContext) add(`policy note ${p.id}`, p.sources);
  return out;
}

/** Every bilingual text in an indicator, with a label. */
function indicatorTexts(c: Catalogue): { where: string; text: Text }[] {
  return c.indicators.flatMap((i) => [
    { where: `${i.id} title`, text: i.title },
    { where: `${i.id} question`, text: i.question },
    { where: `${i.id} help`, text: i.help },
    ...i.levels.map((text, n) => ({ where: `${i.id} level ${n + 1}`, text })),
    ...i.actions.flatMap((a) => [
      { where: `${a.id} title`, text: a.title },
      { where: `${a.id} description`, text: a.description },
      { where: `${a.id} owner`, text: a.owner },
    ]),
  ]);
}

describe('the national catalogue as shipped', () => {
  it('matches the schema and passes checkCatalogue with no issue', () => {
    expect(validate(catalogue), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(checkCatalogue(catalogue)).toEqual([]);
  });

  it('is what npm run build wrote to dist/catalogue/nationell.json', () => {
    const built = join(ROOT, 'dist/catalogue/nationell.json');
    if (!existsSync(built)) return; // the build is checked by CI before the tests; nothing to compare without it
    expect(JSON.parse(readFileSync(built, 'utf8')), 'run npm run build').toEqual(JSON.parse(JSON.stringify(catalogue)));
  });

  it('has exactly the 28 agreed indicators, 2–4 for each of the nine goals', () => {
    expect(catalogue.indicators.map((i) => i.id).sort()).toEqual([...INDICATOR_IDS].sort());
    expect(catalogue.goals).toHaveLength(9);
    for (const g of catalogue.goals) {
      const n = catalogue.indicators.filter((i) => i.goal === g.id).length;
      expect(n, `goal ${g.id}`).toBeGreaterThanOrEqual(2);
      expect(n, `goal ${g.id}`).toBeLessThanOrEqual(4);
    }
    for (const i of catalogue.indicators) expect(i.id.startsWith(`${i.goal}.`), i.id).toBe(true);
  });

  it('gives every indicator four distinct, non-empty level descriptors in Swedish and in English', () => {
    for (const i of catalogue.indicators) {
      expect(i.levels, i.id).toHaveLength(4);
      for (const lang of ['sv', 'en'] as const) {
        const texts = i.levels.map((l) => l[lang].trim());
        for (const t of texts) expect(t.length, `${i.id} ${lang}`).toBeGreaterThan(20);
        expect(new Set(texts).size, `${i.id} ${lang}: descriptors must differ`).toBe(4);
      }
    }
  });

  it('has a translated English text for every Swedish one, with Swedish letters only in Swedish', () => {
    for (const { where, text } of indicatorTexts(catalogue)) {
      expect(text.sv.trim(), where).not.toBe('');
      expect(text.en.trim(), where).not.toBe('');
      expect(text.en, `${where}: English text equals the Swedish`).not.toBe(text.sv);
      expect(text.en, `${where}: Swedish letters in the English text`).not.toMatch(/[åäöÅÄÖ]/);
      expect(`${text.sv} ${text.en}`, where).not.toMatch(/TODO|FIXME|XXX/);
    }
  });

  it('uses British spelling in English', () => {
    const american = /\b(organiz\w*|analyz\w*|prioritiz\w*|behavior\w*|center|program|license[sd]?|enroll)\b/i;
    for (const { where, text } of indicatorTexts(catalogue)) expect(text.en, where).not.toMatch(american);
  });

  it('suggests exactly one action for each step up, with the id <indicator>-<from>', () => {
    for (const i of catalogue.indicators) {
      expect(i.actions.map((a) => a.from).sort(), i.id).toEqual([1, 2, 3]);
      for (const a of i.actions) {
        expect(a.id).toBe(`${i.id}-${a.from}`);
        expect(a.terms).toBeGreaterThanOrEqual(1);
        expect(a.terms).toBeLessThanOrEqual(6);
        expect(a.owner.sv.trim(), a.id).not.toBe('');
      }
    }
  });

  it('has prerequisites that exist, are not the indicator itself and form no cycle', () => {
    const ids = new Set(catalogue.indicators.map((i) => i.id));
    for (const i of catalogue.indicators) {
      for (const p of i.prerequisites) {
        expect(ids.has(p), `${i.id} needs ${p}`).toBe(true);
        expect(p, i.id).not.toBe(i.id);
      }
    }
    expect(prerequisiteCycles(catalogue)).toEqual([]);
    // At least one indicator has no prerequisite, so there is somewhere to start.
    expect(catalogue.indicators.some((i) => i.prerequisites.length === 0)).toBe(true);
  });

  it('resolves every resource and initiative an indicator names, and uses every resource', () => {
    const resources = new Set(catalogue.resources.map((r) => r.id));
    const initiatives = new Map(catalogue.initiatives.map((n) => [n.number, n]));
    for (const i of catalogue.indicators) {
      for (const r of i.resources) expect(resources.has(r), `${i.id} → ${r}`).toBe(true);
      for (const n of i.initiatives) {
        expect(initiatives.has(n), `${i.id} → initiative ${n}`).toBe(true);
        // A link to an initiative needs a source, so only initiatives whose title is confirmed may be named.
        expect(initiatives.get(n)?.verified, `${i.id} → initiative ${n} is not verified`).toBe(true);
      }
    }
    for (const r of catalogue.resources) {
      expect(
        catalogue.indicators.some((i) => i.resources.includes(r.id)),
        `resource ${r.id} is used by no indicator`,
      ).toBe(true);
    }
    for (const p of catalogue.policyContext) {
      for (const id of p.indicators ?? [])
        expect(
          catalogue.indicators.some((i) => i.id === id),
          `${p.id} → ${id}`,
        ).toBe(true);
    }
  });

  it('lists all 18 initiatives once, and an unverified one has no title, actor or status', () => {
    expect(catalogue.initiatives.map((n) => n.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, k) => k + 1));
    for (const n of catalogue.initiatives) {
      if (n.verified) {
        expect(n.title, `initiative ${n.number}`).toBeTruthy();
      } else {
        expect(n.title, `initiative ${n.number}`).toBeUndefined();
        expect(n.titleEn, `initiative ${n.number}`).toBeUndefined();
        expect(n.actor, `initiative ${n.number}`).toBeUndefined();
        expect(n.status, `initiative ${n.number}`).toBeUndefined();
      }
    }
    expect(
      catalogue.initiatives
        .filter((n) => n.verified)
        .map((n) => n.number)
        .sort((a, b) => a - b),
    ).toEqual([1, 11, 12, 13]);
  });

  it('gives every entry at least one source', () => {
    const entries: [string, Source[] | undefined][] = [
      ['catalogue', catalogue.sources],
      ...catalogue.focusAreas.map((f) => [`focus area ${f.id}`, f.sources] as [string, Source[]]),
      ...catalogue.goals.map((g) => [`goal ${g.id}`, g.sources] as [string, Source[]]),
      ...catalogue.indicators.map((i) => [`indicator ${i.id}`, i.sources] as [string, Source[]]),
      ...catalogue.resources.map((r) => [`resource ${r.id}`, r.sources] as [string, Source[] | undefined]),
      ...catalogue.initiatives.map((n) => [`initiative ${n.number}`, n.sources] as [string, Source[]]),
      ...catalogue.policyContext.map((p) => [`policy note ${p.id}`, p.sources] as [string, Source[]]),
    ];
    for (const [where, sources] of entries) expect(sources?.length ?? 0, where).toBeGreaterThanOrEqual(1);
    for (const { where, source } of allSources(catalogue)) expect(source.title.trim(), where).not.toBe('');
  });

  it('has no duplicate ids anywhere', () => {
    const dups = (xs: string[]) => xs.filter((x, k) => xs.indexOf(x) !== k);
    expect(dups(catalogue.focusAreas.map((f) => f.id))).toEqual([]);
    expect(dups(catalogue.goals.map((g) => g.id))).toEqual([]);
    expect(dups(catalogue.indicators.map((i) => i.id))).toEqual([]);
    expect(dups(catalogue.indicators.flatMap((i) => i.actions.map((a) => a.id)))).toEqual([]);
    expect(dups(catalogue.resources.map((r) => r.id))).toEqual([]);
    expect(dups(catalogue.policyContext.map((p) => p.id))).toEqual([]);
  });

  it('uses only well-formed https addresses, except the listed historical http sources', () => {
    const wellFormed = (url: string) => {
      const u = new URL(url);
      return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(u.hostname) && !/\s/.test(url) && u.username === '' && u.password === '';
    };
    for (const r of catalogue.resources) {
      expect(new URL(r.url).protocol, `resource ${r.id}`).toBe('https:');
      expect(wellFormed(r.url), r.url).toBe(true);
    }
    for (const { where, source } of allSources(catalogue)) {
      expect(wellFormed(source.url), `${where}: ${source.url}`).toBe(true);
      const { protocol } = new URL(source.url);
      if (protocol === 'http:') expect(HISTORICAL_HTTP_SOURCES.has(source.url), `${where}: ${source.url} is http`).toBe(true);
      else expect(protocol, `${where}: ${source.url}`).toBe('https:');
    }
    // The allow-list holds only addresses that are actually cited.
    const cited = new Set(allSources(catalogue).map((s) => s.source.url));
    for (const url of HISTORICAL_HTTP_SOURCES) expect(cited.has(url), url).toBe(true);
  });

  it('marks paraphrased goals as unverified and dates every policy note', () => {
    for (const g of catalogue.goals) if (g.wording === 'paraphrase') expect(g.verified, g.id).toBe(false);
    expect(catalogue.policyContext.length).toBeGreaterThanOrEqual(5);
    for (const p of catalogue.policyContext) {
      expect(p.date, p.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(p.indicators?.length ?? 0, `${p.id} names no indicator`).toBeGreaterThan(0);
    }
    // The mobile-free school day is described as announced and not checked, not as law in force.
    const mobile = catalogue.policyContext.find((p) => p.id === 'mobilfri-skoldag');
    expect(mobile?.text.sv).toMatch(/aviserat/);
    expect(mobile?.text.sv).toMatch(/inte kontrollerats/);
    expect(mobile?.text.en).toMatch(/announced/);
    expect(mobile?.text.en).toMatch(/not been checked/);
  });
});

describe('a catalogue broken on purpose is caught', () => {
  it('a missing level descriptor: the schema rejects it', () => {
    const c = clone();
    ind(c, '1.2.a').levels.pop();
    const at = c.indicators.findIndex((i) => i.id === '1.2.a');
    expect(validate(c)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: `/indicators/${at}/levels`, keyword: 'minItems' }));
  });

  it('an empty level descriptor: the schema rejects it', () => {
    const c = clone();
    ind(c, '2.2.a').levels[1]!.en = '';
    expect(validate(c)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'minLength' && /\/levels\/1\/en$/.test(e.instancePath))).toBe(true);
  });

  it('a prerequisite cycle: checkCatalogue reports it', () => {
    const c = clone();
    ind(c, '1.2.a').prerequisites = ['3.2.a']; // 3.2.a already builds on 1.2.a
    expect(validate(c)).toBe(true);
    const issues = checkCatalogue(c);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'prerequisite-cycle', cycle: ['1.2.a', '3.2.a', '1.2.a'] }));
  });

  it('a longer cycle through several goals: checkCatalogue reports it once', () => {
    const c = clone();
    ind(c, '2.2.a').prerequisites = ['2.4.a']; // 2.4.a → 2.3.b → 2.2.d → 2.2.a
    const cycles = checkCatalogue(c).filter((i) => i.code === 'prerequisite-cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({ cycle: ['2.2.a', '2.4.a', '2.3.b', '2.2.d', '2.2.a'] });
  });

  it('a dangling resource: checkCatalogue reports it', () => {
    const c = clone();
    ind(c, '2.4.c').resources.push('finns-inte');
    expect(validate(c)).toBe(true);
    expect(checkCatalogue(c)).toContainEqual(expect.objectContaining({ code: 'dangling-reference', kind: 'resource', id: 'finns-inte' }));
  });

  it('a removed initiative that an indicator names: checkCatalogue reports it', () => {
    const c = clone();
    c.initiatives = c.initiatives.filter((n) => n.number !== 13);
    expect(checkCatalogue(c)).toContainEqual(expect.objectContaining({ code: 'dangling-reference', kind: 'initiative', id: '13' }));
  });

  it('a dangling prerequisite: checkCatalogue reports it', () => {
    const c = clone();
    ind(c, '3.1.b').prerequisites.push('3.1.z');
    expect(checkCatalogue(c)).toContainEqual(expect.objectContaining({ code: 'dangling-reference', kind: 'indicator', id: '3.1.z' }));
  });

  it('a duplicate indicator id: checkCatalogue reports the indicator and its actions', () => {
    const c = clone();
    c.indicators.push(structuredClone(ind(c, '1.1.a')));
    const issues = checkCatalogue(c);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'duplicate-id', id: '1.1.a', path: ['indicators', c.indicators.length - 1] }));
    expect(issues.filter((i) => i.code === 'duplicate-id' && i.path[0] === 'actions')).toHaveLength(3);
  });

  it('a source or a resource without checked: checkCatalogue reports each where it sits', () => {
    const c = clone();
    delete ind(c, '2.4.c').sources[0]!.checked;
    delete c.resources[0]!.checked;
    const at = c.indicators.findIndex((i) => i.id === '2.4.c');
    expect(checkCatalogue(c)).toEqual([
      expect.objectContaining({ code: 'unchecked', kind: 'source', path: ['indicators', at, 'sources', 0] }),
      expect.objectContaining({ code: 'unchecked', kind: 'resource', path: ['resources', 0] }),
    ]);
  });

  it('a duplicate resource id: checkCatalogue reports it', () => {
    const c = clone();
    c.resources.push(structuredClone(c.resources[0]!));
    expect(checkCatalogue(c)).toContainEqual(expect.objectContaining({ code: 'duplicate-id', id: c.resources[0]!.id }));
  });

  it('an action id that does not match its step: checkCatalogue reports it', () => {
    const c = clone();
    ind(c, '1.3.b').actions[2]!.id = '1.3.b-1';
    const issues = checkCatalogue(c);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'action-step', id: '1.3.b-1' }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'duplicate-id', id: '1.3.b-1' }));
  });

  it('an unverified initiative given a title: the schema rejects it', () => {
    const c = clone();
    const n = c.initiatives.find((x) => !x.verified)!;
    n.title = 'En gissad titel';
    expect(validate(c)).toBe(false);
  });

  it('a resource at a plain http address: the schema rejects it', () => {
    const c = clone();
    c.resources[0]!.url = 'http://example.org/';
    expect(validate(c)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/resources/0/url', keyword: 'pattern' }));
  });
});

describe("an organisation's own catalogue (examples/catalogue/egen-katalog.yaml)", () => {
  const file = 'examples/catalogue/egen-katalog.yaml';

  it('passes the schema and checkCatalogue', () => {
    const own = parse(readFileSync(join(ROOT, file), 'utf8')) as Catalogue;
    expect(validate(own), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(checkCatalogue(own)).toEqual([]);
    expect(own.focusAreas).toHaveLength(1);
    expect(own.goals).toHaveLength(1);
    expect(own.indicators).toHaveLength(2);
    expect(own.resources).toHaveLength(1);
  });

  it('skoldigiplan validate accepts it (exit 0) without a warning: every source and resource has a checked date', async () => {
    const r = await runMain(['validate', file]);
    expect(r.stderr).not.toContain('fel:');
    expect(r.stderr).not.toContain('varning:');
    expect(r.code).toBe(0);
  });

  it('skoldigiplan validate rejects a copy with a prerequisite cycle (exit 1) and names the cycle', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const copy = join(dir, 'egen-katalog.yaml');
      copyFileSync(join(ROOT, file), copy);
      const text = readFileSync(copy, 'utf8').replace(/(- id: 1\.1\.a\n(?:.*\n)*? {4}prerequisites: )\[\]/, '$1[1.1.b]');
      expect(text).toContain('prerequisites: [1.1.b]');
      writeFileSync(copy, text);
      const r = await runMain(['validate', copy]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('1.1.a → 1.1.b → 1.1.a');
    } finally {
      cleanup();
    }
  });
});

describe('docs/catalogue.md', () => {
  it('names every indicator, every policy note and every resource of the national catalogue', () => {
    const doc = readFileSync(join(ROOT, 'docs/catalogue.md'), 'utf8');
    for (const i of catalogue.indicators) expect(doc, i.id).toContain(i.id);
    for (const p of catalogue.policyContext) expect(doc, p.id).toContain(p.id);
    for (const r of catalogue.resources) expect(doc, r.id).toContain(r.id);
  });
});
