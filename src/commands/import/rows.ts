// Turns one CSV row into a plan: tolerant of how spreadsheets and surveys write values, strict about what they mean.
import { parseAmount } from '../../core/amount.ts';
import type { Answer, Catalogue, Importance, Level, LevelAnswer, Organisation, Plan, SchoolForm } from '../../core/model.ts';
import { isEmail } from '../../core/email.ts';
import { normaliseOrganisationNumber, organisationNumberProblem } from '../../core/organisation-number.ts';
import { nextTermAfter, readTerm } from '../../core/terms.ts';
import type { Column, Field } from './columns.ts';
import type { RowProblem } from '../../core/import-problems.ts';

export interface RowContext {
  catalogue: Catalogue;
  municipalityCodes: ReadonlySet<string>;
  /** Assessment date when the row has none (YYYY-MM-DD). */
  today: string;
}

export interface RowResult {
  plan?: Plan;
  problems: RowProblem[];
}

/** Plans last three school years unless the row says otherwise. */
export const DEFAULT_TERMS = 6;

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

const UNKNOWN = new Set(['vet ej', 'vet inte', 'vetej', 'okänt', 'okänd', '?', 'unknown', "don't know", 'dont know']);
const NOT_RELEVANT = new Set(['ej relevant', 'inte relevant', 'ej rel', 'ej aktuell', 'inte aktuell', 'e/r', 'not relevant', 'not-relevant', 'n/a', 'na']);
const EMPTY = new Set(['', '-', '–', '—']);

const FORMS: Record<string, SchoolForm> = {
  förskola: 'forskola',
  forskola: 'forskola',
  förskoleklass: 'forskoleklass',
  forskoleklass: 'forskoleklass',
  grundskola: 'grundskola',
  'anpassad grundskola': 'anpassad-grundskola',
  'anpassad-grundskola': 'anpassad-grundskola',
  grundsärskola: 'anpassad-grundskola',
  gymnasieskola: 'gymnasieskola',
  gymnasium: 'gymnasieskola',
  'anpassad gymnasieskola': 'anpassad-gymnasieskola',
  'anpassad-gymnasieskola': 'anpassad-gymnasieskola',
  gymnasiesärskola: 'anpassad-gymnasieskola',
  fritidshem: 'fritidshem',
  fritids: 'fritidshem',
  komvux: 'komvux',
  'kommunal vuxenutbildning': 'komvux',
  vuxenutbildning: 'komvux',
  sameskola: 'sameskola',
  specialskola: 'specialskola',
};

const KINDS: Record<string, Organisation['kind']> = {
  kommun: 'municipality',
  kommunal: 'municipality',
  'kommunal huvudman': 'municipality',
  municipality: 'municipality',
  municipal: 'municipality',
  enskild: 'independent',
  'enskild huvudman': 'independent',
  fristående: 'independent',
  friskola: 'independent',
  independent: 'independent',
};

const IMPORTANCE: Record<string, Importance> = {
  hög: 'high',
  high: 'high',
  medelhög: 'medium',
  medel: 'medium',
  mellan: 'medium',
  medium: 'medium',
  låg: 'low',
  low: 'low',
};

/** `180` (Excel drops leading zeros) and `0180` both mean kommunkod 0180. */
export function parseMunicipalityCode(v: string): string | undefined {
  const s = v.trim();
  if (/^\d{4}$/.test(s)) return s;
  if (/^\d{3}$/.test(s)) return `0${s}`;
  return undefined;
}

/** A date as YYYY-MM-DD, also from a survey time stamp (`2026-11-28 14:03:11`) or with slashes. */
export function parseDate(v: string): string | undefined {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?$/.exec(v.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** A level 1–4, also with the survey's label after it: `2 – Vi har börjat`. */
export function parseLevel(v: string): Level | undefined {
  const m = /^([1-4])(?:$|[\s.,:;)–—-])/.exec(v.trim());
  return m ? (Number(m[1]) as Level) : undefined;
}

type Status = 'unknown' | 'not-relevant';

function statusOf(v: string): Status | undefined {
  const f = fold(v);
  if (UNKNOWN.has(f)) return 'unknown';
  if (NOT_RELEVANT.has(f)) return 'not-relevant';
  return undefined;
}

/** `2→3`, `2->3`, `2 > 3`, `2=>3`, `2-3`, `2–3`, `2 till 3`, `2 to 3`. */
export function parseCombined(v: string): { current: Level; target: Level } | undefined {
  const m = /^([1-4])\s*(?:→|->|=>|>|-|–|—|till|to)\s*([1-4])$/i.exec(v.trim());
  return m ? { current: Number(m[1]) as Level, target: Number(m[2]) as Level } : undefined;
}

/** Builds the plan for one row. Every problem is reported with its column; a row with problems gives no plan. */
export function rowToPlan(cells: readonly string[], columns: readonly Column[], ctx: RowContext): RowResult {
  const problems: RowProblem[] = [];
  const cell = (c: Column) => (cells[c.column - 1] ?? '').trim();
  const fields = new Map<Field, { column: number; value: string }>();
  for (const c of columns) if (c.kind === 'field') fields.set(c.field, { column: c.column, value: cell(c) });
  const get = (f: Field) => fields.get(f);
  const firstColumn = columns[0]?.column ?? 1;

  // Organisation
  const name = get('name');
  if (!name || name.value === '') problems.push({ column: name?.column ?? firstColumn, code: 'required', field: 'name' });
  let municipalityCode: string | undefined;
  const kc = get('municipalityCode');
  if (kc && kc.value !== '') {
    municipalityCode = parseMunicipalityCode(kc.value);
    if (!municipalityCode) problems.push({ column: kc.column, code: 'bad-municipality-code', value: kc.value });
    else if (!ctx.municipalityCodes.has(municipalityCode)) problems.push({ column: kc.column, code: 'unknown-municipality', value: municipalityCode });
  }
  let organisationNumber: string | undefined;
  const on = get('organisationNumber');
  if (on && on.value !== '') {
    const problem = organisationNumberProblem(on.value);
    if (problem === 'format') problems.push({ column: on.column, code: 'bad-org-number', value: on.value });
    else {
      organisationNumber = normaliseOrganisationNumber(on.value)!;
      if (problem === 'check') problems.push({ column: on.column, code: 'org-number-check', value: organisationNumber });
    }
  }
  let kind: Organisation['kind'] | undefined;
  const k = get('kind');
  if (k && k.value !== '') {
    kind = KINDS[fold(k.value)];
    if (!kind) problems.push({ column: k.column, code: 'bad-kind', value: k.value });
  }
  // Municipalities' organisation numbers start with 2 (legal form: state, region, municipality).
  kind ??= municipalityCode && !(organisationNumber && !organisationNumber.startsWith('2')) ? 'municipality' : organisationNumber ? 'independent' : undefined;
  if (!kc?.value && !on?.value) problems.push({ column: (kc ?? on)?.column ?? firstColumn, code: 'no-identity' });
  else if (kind === 'municipality' && !kc?.value) problems.push({ column: kc?.column ?? on!.column, code: 'no-identity' });
  else if (kind === 'independent' && !on?.value) problems.push({ column: on?.column ?? kc!.column, code: 'no-identity' });

  let unit: Organisation['unit'];
  const un = get('unitName');
  const uc = get('schoolUnitCode');
  if (uc && uc.value !== '') {
    if (!/^\d{8}$/.test(uc.value)) problems.push({ column: uc.column, code: 'bad-unit-code', value: uc.value });
    if (!un || un.value === '') problems.push({ column: uc.column, code: 'unit-code-without-name' });
  }
  if (un && un.value !== '') unit = uc && /^\d{8}$/.test(uc.value) ? { name: un.value, schoolUnitCode: uc.value } : { name: un.value };

  const schoolForms: SchoolForm[] = [];
  const sf = get('schoolForms');
  if (sf && sf.value !== '') {
    for (const part of sf.value
      .split(/\s*(?:[,;/|+\n]|\boch\b|\band\b)\s*/i)
      .map(fold)
      .filter(Boolean)) {
      const form = FORMS[part];
      if (!form) problems.push({ column: sf.column, code: 'bad-school-form', value: part });
      else if (!schoolForms.includes(form)) schoolForms.push(form);
    }
  }

  const contact: NonNullable<Organisation['contact']> = {};
  const cn = get('contactName');
  if (cn?.value) contact.name = cn.value;
  const cr = get('contactRole');
  if (cr?.value) contact.role = cr.value;
  const ce = get('contactEmail');
  if (ce?.value) {
    if (isEmail(ce.value)) contact.email = ce.value;
    else problems.push({ column: ce.column, code: 'bad-email', value: ce.value });
  }

  // Assessment and planning
  let date = ctx.today;
  const dt = get('date');
  if (dt && dt.value !== '') {
    const d = parseDate(dt.value);
    if (d) date = d;
    else problems.push({ column: dt.column, code: 'bad-date', value: dt.value });
  }
  let start = nextTermAfter(date);
  const st = get('start');
  if (st && st.value !== '') {
    const term = readTerm(st.value);
    if (term) start = term;
    else problems.push({ column: st.column, code: 'bad-term', value: st.value });
  }
  const int = (f: Field, min: number, max: number): number | undefined => {
    const c = get(f);
    if (!c || c.value === '') return undefined;
    const n = /^\d+$/.test(c.value) ? Number(c.value) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push({ column: c.column, code: 'bad-integer', value: c.value, min, max });
    return undefined;
  };
  const terms = int('terms', 1, 20) ?? DEFAULT_TERMS;
  const actionsPerTerm = int('actionsPerTerm', 1, 50);
  let budgetPerYear: number | undefined;
  const bp = get('budgetPerYear');
  if (bp && bp.value !== '') {
    budgetPerYear = parseAmount(bp.value);
    if (budgetPerYear === undefined) problems.push({ column: bp.column, code: 'bad-amount', value: bp.value });
  }

  const answers = indicatorAnswers(cells, columns, ctx.catalogue, problems);

  if (problems.length > 0) return { problems };
  // Keys in the order a person reads a plan file.
  const organisation: Organisation = {
    name: name!.value,
    kind: kind!,
    ...(municipalityCode ? { municipalityCode } : {}),
    ...(organisationNumber ? { organisationNumber } : {}),
    ...(unit ? { unit } : {}),
    schoolForms,
    ...(Object.keys(contact).length ? { contact } : {}),
  };
  const capacity = { ...(actionsPerTerm !== undefined ? { actionsPerTerm } : {}), ...(budgetPerYear !== undefined ? { budgetPerYear } : {}) };
  const plan: Plan = {
    schemaVersion: 1,
    catalogue: { id: ctx.catalogue.id, version: ctx.catalogue.version },
    organisation,
    assessment: { date, answers },
    planning: { start, terms, ...(Object.keys(capacity).length ? { capacity } : {}) },
    actions: [],
  };
  return { plan, problems };
}

interface Parts {
  both?: Column;
  current?: Column;
  target?: Column;
  importance?: Column;
  comment?: Column;
  evidence?: Column;
}

/** Answers in catalogue order, whichever order the columns come in. */
function indicatorAnswers(cells: readonly string[], columns: readonly Column[], catalogue: Catalogue, problems: RowProblem[]): Record<string, Answer> {
  const cell = (c: Column | undefined) => (c ? (cells[c.column - 1] ?? '').trim() : '');
  const byIndicator = new Map<string, Parts>();
  for (const c of columns) {
    if (c.kind !== 'indicator') continue;
    const parts = byIndicator.get(c.indicator) ?? {};
    parts[c.role] = c;
    byIndicator.set(c.indicator, parts);
  }
  const answers: Record<string, Answer> = {};
  for (const ind of catalogue.indicators) {
    const p = byIndicator.get(ind.id);
    if (!p) continue;
    let current: Level | undefined;
    let target: Level | undefined;
    let status: Status | undefined;
    if (p.both) {
      const v = cell(p.both);
      if (!EMPTY.has(v)) {
        status = statusOf(v);
        const c = status ? undefined : parseCombined(v);
        if (c) ({ current, target } = c);
        else if (!status) problems.push({ column: p.both.column, code: 'bad-combined', value: v, indicator: ind.id });
      }
    } else {
      const cv = cell(p.current);
      const tv = cell(p.target);
      const cs = EMPTY.has(cv) ? undefined : statusOf(cv);
      const ts = EMPTY.has(tv) ? undefined : statusOf(tv);
      status = cs ?? ts;
      if (status) {
        const level = cs ? tv : cv;
        const col = cs ? p.target : p.current;
        if (!EMPTY.has(level) && statusOf(level) === undefined && col) problems.push({ column: col.column, code: 'status-with-level', indicator: ind.id });
      } else if (!EMPTY.has(cv) || !EMPTY.has(tv)) {
        if (!EMPTY.has(cv)) {
          current = parseLevel(cv);
          if (current === undefined) problems.push({ column: p.current!.column, code: 'bad-level', value: cv, indicator: ind.id });
        } else problems.push({ column: (p.current ?? p.target)!.column, code: 'missing-current', indicator: ind.id });
        if (!EMPTY.has(tv)) {
          target = parseLevel(tv);
          if (target === undefined) problems.push({ column: p.target!.column, code: 'bad-level', value: tv, indicator: ind.id });
        } else problems.push({ column: (p.target ?? p.current)!.column, code: 'missing-target', indicator: ind.id });
      }
    }
    if (current !== undefined && target !== undefined && target < current) {
      problems.push({ column: (p.target ?? p.both)!.column, code: 'target-below-current', indicator: ind.id, current, target });
      continue;
    }
    const comment = cell(p.comment);
    if (status) {
      answers[ind.id] = comment ? { status, comment } : { status };
    } else if (current !== undefined && target !== undefined) {
      const a: LevelAnswer = { current, target };
      const iv = cell(p.importance);
      if (iv) {
        const imp = IMPORTANCE[fold(iv)];
        if (imp) a.importance = imp;
        else problems.push({ column: p.importance!.column, code: 'bad-importance', value: iv });
      }
      if (comment) a.comment = comment;
      const evidence = cell(p.evidence);
      if (evidence) a.evidence = evidence;
      answers[ind.id] = a;
    }
  }
  return answers;
}
