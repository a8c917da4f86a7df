// Writes varied, valid, fictional plan files for tests and benchmarks, the same ones for the same seed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, Catalogue, Importance, Level, LevelAnswer, Plan, PlanAction, SchoolForm } from '../src/core/model.ts';
import { outputBaseName } from '../src/core/output-name.ts';
import { addTerms } from '../src/core/terms.ts';
import { packagePath } from '../src/io/paths.ts';
import { planToYaml } from '../src/io/write-plan.ts';

export interface Municipality {
  code: string;
  name: string;
}

export interface GenerateOptions {
  /** Folder the plan files are written to; created when missing. */
  dir: string;
  /** Number of plans: the first (up to 290) are municipalities, the rest school units under them. */
  count: number;
  seed?: number;
  /** Defaults to the built catalogue `dist/catalogue/nationell.json`. */
  catalogue?: Catalogue;
  /** Defaults to `data/municipalities.json`. */
  municipalities?: Municipality[];
}

/** mulberry32: a tiny, fast PRNG with a 32-bit state; good enough for varied test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMS: SchoolForm[] = [
  'forskola',
  'forskoleklass',
  'grundskola',
  'anpassad-grundskola',
  'gymnasieskola',
  'anpassad-gymnasieskola',
  'fritidshem',
  'komvux',
];
const UNIT_FORMS: SchoolForm[][] = [['grundskola', 'fritidshem'], ['forskola'], ['gymnasieskola'], ['grundskola', 'forskoleklass', 'fritidshem'], ['komvux']];
const UNIT_WORDS = ['Björk', 'Ek', 'Lind', 'Sjö', 'Äng', 'Berg', 'Strand', 'Ås', 'Hage', 'Dal', 'Norr', 'Söder', 'Öster', 'Väster', 'Kvarn', 'Åker'];
const UNIT_KINDS = ['skolan', 'gymnasiet', 'förskolan', 'hagaskolan', 'lundsskolan'];
const IMPORTANCE: Importance[] = ['low', 'medium', 'high'];
const STATUSES: PlanAction['status'][] = ['planned', 'planned', 'in-progress', 'done', 'postponed'];

export function loadDefaults(): { catalogue: Catalogue; municipalities: Municipality[] } {
  const catalogue = JSON.parse(readFileSync(packagePath('dist', 'catalogue', 'nationell.json'), 'utf8')) as Catalogue;
  const municipalities = (JSON.parse(readFileSync(packagePath('data', 'municipalities.json'), 'utf8')) as { municipalities: Municipality[] }).municipalities;
  return { catalogue, municipalities };
}

/** Builds the plans in memory; `generatePlans` writes them. */
export function* synthesisePlans(opts: Omit<GenerateOptions, 'dir'>): Generator<{ base: string; plan: Plan }> {
  const defaults = opts.catalogue && opts.municipalities ? undefined : loadDefaults();
  const catalogue = opts.catalogue ?? defaults!.catalogue;
  const municipalities = opts.municipalities ?? defaults!.municipalities;
  const rand = prng(opts.seed ?? 2026);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const organisers = Math.min(opts.count, municipalities.length);
  const unitCodes = new Set<string>();

  for (let i = 0; i < opts.count; i++) {
    const m = municipalities[i % organisers]!;
    const isUnit = i >= organisers;
    const year = 2026;
    const date = `${year}-${String(int(8, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const start = `${year + 1}-VT`;
    const terms = int(4, 8);
    const answers: Record<string, Answer> = {};
    const gaps: string[] = [];
    for (const ind of catalogue.indicators) {
      const r = rand();
      if (r < 0.04) continue;
      if (r < 0.1) answers[ind.id] = { status: 'unknown' };
      else if (r < 0.14) answers[ind.id] = { status: 'not-relevant', comment: 'Gäller inte våra skolformer.' };
      else {
        const current = int(1, 4) as Level;
        const target = Math.min(4, current + pick([0, 1, 1, 1, 2])) as Level;
        const a: LevelAnswer = { current, target };
        if (rand() < 0.3) a.importance = pick(IMPORTANCE);
        if (rand() < 0.2) a.comment = 'Bedömt i ledningsgruppen utifrån enkät till personalen.';
        answers[ind.id] = a;
        if (target > current) gaps.push(ind.id);
      }
    }
    const actions: PlanAction[] = [];
    const own = Math.min(gaps.length, int(0, 3));
    for (let k = 0; k < own; k++) {
      const first = int(0, terms - 2);
      actions.push({
        id: `A${String(k + 1).padStart(2, '0')}`,
        title: pick(['Kompetensutveckling i digitala verktyg', 'Ny plan för it-stöd', 'Inventering av elevernas enheter', 'Rutin för informationssäkerhet']),
        indicators: [gaps[k]!],
        owner: pick(['skolchef', 'it-strateg', 'rektor']),
        start: addTerms(start, first),
        end: addTerms(start, first + int(0, 1)),
        cost: int(1, 30) * 10_000,
        status: pick(STATUSES),
      });
    }
    let schoolUnit: { name: string; schoolUnitCode: string } | undefined;
    if (isUnit) {
      let code: string;
      do code = String(int(10_000_000, 99_999_999));
      while (unitCodes.has(code));
      unitCodes.add(code);
      schoolUnit = { name: `${pick(UNIT_WORDS)}${pick(UNIT_KINDS)}`, schoolUnitCode: code };
    }
    const forms = isUnit ? pick(UNIT_FORMS) : FORMS.filter(() => rand() < 0.6);
    const plan: Plan = {
      schemaVersion: 1,
      catalogue: { id: catalogue.id, version: catalogue.version },
      organisation: {
        name: `${m.name} kommun`,
        kind: 'municipality',
        municipalityCode: m.code,
        ...(schoolUnit ? { unit: schoolUnit } : {}),
        schoolForms: forms.length ? forms : ['grundskola'],
        contact: { name: isUnit ? 'Rektor Exempelsson' : 'Skolchef Exempelsson', role: isUnit ? 'rektor' : 'skolchef', email: `kontakt${i}@exempel.invalid` },
      },
      assessment: { date, answers },
      planning: { start, terms, capacity: { actionsPerTerm: int(2, 5), ...(rand() < 0.5 ? { budgetPerYear: int(2, 20) * 100_000 } : {}) } },
      actions,
    };
    yield { base: outputBaseName({ municipalityCode: m.code, municipalityName: m.name, unit: schoolUnit }), plan };
  }
}

/** Writes `count` plan files into `dir` and returns their paths, in generation order. */
export function generatePlans(opts: GenerateOptions): string[] {
  mkdirSync(opts.dir, { recursive: true });
  const files: string[] = [];
  for (const { base, plan } of synthesisePlans(opts)) {
    const file = join(opts.dir, `${base}.yaml`);
    writeFileSync(file, planToYaml(plan));
    files.push(file);
  }
  return files;
}
