// Reads the header row of an answers CSV: which column holds which field, in Swedish or English wording.
import type { HeaderProblem } from '../../core/import-problems.ts';

export type Field =
  | 'name'
  | 'kind'
  | 'municipalityCode'
  | 'organisationNumber'
  | 'unitName'
  | 'schoolUnitCode'
  | 'schoolForms'
  | 'date'
  | 'start'
  | 'terms'
  | 'actionsPerTerm'
  | 'budgetPerYear'
  | 'contactName'
  | 'contactRole'
  | 'contactEmail'
  | 'respondentRole';

export type Role = 'both' | 'current' | 'target' | 'importance' | 'comment' | 'evidence';

export type Column =
  | { column: number; header: string; kind: 'field'; field: Field }
  | { column: number; header: string; kind: 'indicator'; indicator: string; role: Role };

export interface HeaderMap {
  columns: Column[];
  problems: HeaderProblem[];
}

/** Header words, compared after `normaliseHeader`. */
const FIELDS: Record<Field, string[]> = {
  name: [
    'huvudman',
    'huvudmannens namn',
    'huvudmannen',
    'organisation',
    'organisationens namn',
    'organisationsnamn',
    'namn',
    'organiser',
    'name',
    'organisation name',
  ],
  kind: ['typ', 'huvudmannatyp', 'typ av huvudman', 'kind', 'organiser type', 'type'],
  municipalityCode: ['kommunkod', 'kommunnummer', 'kommun kod', 'kommunkoden', 'municipality code', 'municipality'],
  organisationNumber: ['organisationsnummer', 'orgnr', 'org nr', 'orgnummer', 'organisationsnr', 'organisation number', 'organization number'],
  unitName: ['skolenhet', 'skolenhetens namn', 'skolenhetsnamn', 'skola', 'enhet', 'school unit', 'school', 'unit'],
  schoolUnitCode: ['skolenhetskod', 'skolenhets kod', 'skolenhetskoden', 'school unit code', 'unit code'],
  schoolForms: ['skolformer', 'skolform', 'school forms', 'school form'],
  date: ['datum', 'bedömningsdatum', 'date', 'assessment date'],
  start: ['starttermin', 'start', 'första termin', 'start term'],
  terms: ['terminer', 'antal terminer', 'terms', 'number of terms'],
  actionsPerTerm: ['åtgärder per termin', 'kapacitet', 'actions per term', 'capacity'],
  budgetPerYear: ['budget per år', 'budget', 'årsbudget', 'budget per year'],
  contactName: ['kontaktperson', 'kontakt', 'kontaktpersonens namn', 'contact', 'contact name'],
  contactRole: ['roll', 'kontaktpersonens roll', 'befattning', 'role', 'contact role'],
  contactEmail: ['e post', 'epost', 'e postadress', 'epostadress', 'mejl', 'email', 'e mail', 'contact email'],
  respondentRole: ['svarandes roll', 'din roll', 'respondentens roll', 'yrkesroll', 'respondent role', 'your role'],
};

const ROLES: Record<Exclude<Role, 'both'>, string[]> = {
  current: ['nuläge', 'nu', 'nuvarande nivå', 'current', 'current level', 'now'],
  target: ['mål', 'målnivå', 'target', 'target level', 'goal'],
  importance: ['vikt', 'importance', 'weight'],
  comment: ['kommentar', 'comment'],
  evidence: ['underlag', 'evidence'],
};

// Keyed without spaces too, so `Organisations-nummer` and `epost` find their field.
const byWord = new Map<string, Field>();
for (const [field, words] of Object.entries(FIELDS) as [Field, string[]][]) for (const w of words) byWord.set(w.replace(/ /g, ''), field);

/** Lower case, `_`/`-`/`.` between words as spaces, no surrounding punctuation: `E-post:` → `e post`. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFC')
    .toLowerCase()
    .replace(/[_\-–]+/g, ' ')
    .replace(/[*:()[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const INDICATOR = /^(\d+\.\d+\.[a-z])(?![a-z0-9])\s*(.*)$/i;

/** The role named by the last words of what follows an indicator id; titles in between are allowed ("1.2.a Strategi – nuläge"). */
function roleOf(rest: string): Role {
  const words = normaliseHeader(rest);
  if (!words) return 'both';
  for (const [role, names] of Object.entries(ROLES) as [Exclude<Role, 'both'>, string[]][]) {
    for (const n of names) if (words === n || words.endsWith(` ${n}`)) return role;
  }
  return 'both';
}

/**
 * Maps each header cell to a field or an indicator column. Unknown non-indicator columns (a survey's time stamp)
 * are reported and ignored; an unknown indicator, a repeated column or a missing name or identity is a problem
 * with the whole file.
 */
export function mapHeader(cells: readonly string[], indicatorIds: readonly string[], near: (id: string) => string | undefined = () => undefined): HeaderMap {
  const known = new Set(indicatorIds);
  const columns: Column[] = [];
  const problems: HeaderProblem[] = [];
  const seen = new Map<string, number>();
  cells.forEach((raw, i) => {
    const column = i + 1;
    const header = raw.trim();
    if (header === '') return;
    const m = INDICATOR.exec(header);
    let key: string;
    let col: Column;
    if (m) {
      const id = m[1]!.toLowerCase();
      if (!known.has(id)) {
        problems.push({ column, header, code: 'unknown-indicator', indicator: id, near: near(id) });
        return;
      }
      const role = roleOf(m[2] ?? '');
      col = { column, header, kind: 'indicator', indicator: id, role };
      key = `${id}|${role}`;
    } else {
      const field = byWord.get(normaliseHeader(header).replace(/ /g, ''));
      if (!field) {
        problems.push({ column, header, code: 'unknown-column' });
        return;
      }
      col = { column, header, kind: 'field', field };
      key = field;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ column, header, code: 'duplicate-column', first });
      return;
    }
    seen.set(key, column);
    columns.push(col);
  });
  // A combined column and split columns for the same indicator would say the same thing twice.
  for (const c of columns) {
    if (c.kind !== 'indicator' || c.role !== 'both') continue;
    const split = columns.find((d) => d.kind === 'indicator' && d.indicator === c.indicator && (d.role === 'current' || d.role === 'target'));
    if (split) problems.push({ column: split.column, header: split.header, code: 'duplicate-column', first: c.column });
  }
  if (!seen.has('name')) problems.push({ column: 0, code: 'missing-name' });
  if (!seen.has('municipalityCode') && !seen.has('organisationNumber')) problems.push({ column: 0, code: 'missing-identity' });
  return { columns, problems };
}
