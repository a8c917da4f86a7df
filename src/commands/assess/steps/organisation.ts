// Steps about the organiser: kind, municipality or organisation number, school unit, school forms, contact; the
// date is today's unless changed from the review.
import type { Organisation, SchoolForm } from '../../../core/model.ts';
import type { AnswerValue, Choice, Question } from '../../../io/prompts.ts';
import { fit, isDate } from '../format.ts';
import { isEmail } from '../../../core/email.ts';
import { normaliseOrganisationNumber, organisationNumberProblem } from '../../../core/organisation-number.ts';
import { SCHOOL_FORMS, orderedIndicators, type AssessState } from '../state.ts';
import { parseStep, stepId, textOf, type FlowEnv, type Next, type Step, type Transition } from '../step.ts';
import { indicatorStart } from './indicator.ts';

const NAMES = new Set([
  'org.kind',
  'org.municipality',
  'org.name',
  'org.number',
  'org.unit',
  'org.unitName',
  'org.unitCode',
  'org.forms',
  'org.contactName',
  'org.contactRole',
  'org.contactEmail',
  'date',
]);

export function handles(name: string): boolean {
  return NAMES.has(name);
}

/** The step after `name` in the organisation chain; from the review, the chain ends back at the review. */
function after(name: string, o: Partial<Organisation>, review: boolean, env: FlowEnv): string {
  const to = (n: string) => stepId(n, '', review);
  switch (name) {
    case 'org.kind':
      return to(o.kind === 'municipality' ? 'org.municipality' : 'org.name');
    case 'org.municipality':
      return to('org.name');
    case 'org.name':
      return to(o.kind === 'independent' ? 'org.number' : 'org.unit');
    case 'org.number':
      return to('org.unit');
    case 'org.unit':
      return to(o.unit ? 'org.unitName' : 'org.forms');
    case 'org.unitName':
      return to('org.unitCode');
    case 'org.unitCode':
      return to('org.forms');
    case 'org.forms':
      return to('org.contactName');
    case 'org.contactName':
      // Without a contact person there is no role or e-mail to ask for.
      return o.contact?.name ? to('org.contactRole') : review ? 'review' : firstQuestion(env);
    case 'org.contactRole':
      return to('org.contactEmail');
    default:
      // The contact's e-mail, or the date reopened from the review: then the first question, or back to the review.
      return review ? 'review' : firstQuestion(env);
  }
}

function firstQuestion(env: FlowEnv): string {
  const first = orderedIndicators(env.catalogue)[0];
  return first ? indicatorStart(first.id) : 'review';
}

export function question(state: AssessState, env: FlowEnv, step: Step): Next {
  const t = textOf(env);
  const o = state.organisation;
  const header = step.name === 'date' ? [t.section.assessment] : [t.section.organisation];
  const ask = (question: Question): Next => ({ kind: 'ask', header, question });
  switch (step.name) {
    case 'org.kind':
      return ask({
        type: 'select',
        message: t.org.kind,
        choices: [
          { value: 'municipality', name: t.org.kinds.municipality },
          { value: 'independent', name: t.org.kinds.independent },
        ],
        default: o.kind,
      });
    case 'org.municipality':
      return ask({
        type: 'search',
        message: t.org.municipality,
        source: (term) => searchMunicipalities(env, term),
        default: o.municipalityCode,
        empty: t.org.noMunicipality,
      });
    case 'org.name':
      return ask({
        type: 'input',
        message: t.org.name,
        default: o.name,
        validate: (v) => (v === '' ? t.org.nameRequired : [...v].length > 500 ? t.org.nameTooLong : true),
      });
    case 'org.number':
      return ask({
        type: 'input',
        message: t.org.number,
        default: o.organisationNumber,
        validate: (v) => {
          const problem = organisationNumberProblem(v);
          return problem === 'format' ? t.org.numberFormat : problem === 'check' ? t.org.numberCheck : true;
        },
      });
    case 'org.unit':
      return ask({ type: 'confirm', message: t.org.unit, default: o.unit !== undefined });
    case 'org.unitName':
      return ask({ type: 'input', message: t.org.unitName, default: o.unit?.name, validate: (v) => (v === '' ? t.org.unitNameRequired : true) });
    case 'org.unitCode':
      return ask({
        type: 'input',
        message: t.org.unitCode,
        default: o.unit?.schoolUnitCode,
        validate: (v) => (v === '' || /^\d{8}$/.test(v) ? true : t.org.unitCodeFormat),
      });
    case 'org.forms':
      return ask({
        type: 'checkbox',
        message: t.org.forms,
        choices: SCHOOL_FORMS.map((f) => ({ value: f, name: t.schoolForms[f], checked: o.schoolForms?.includes(f) ?? false })),
        validate: (v) => (v.length > 0 ? true : t.org.formsRequired),
      });
    case 'org.contactName':
      return ask({ type: 'input', message: t.org.contactName, default: o.contact?.name });
    case 'org.contactRole':
      return ask({ type: 'input', message: t.org.contactRole, default: o.contact?.role });
    case 'org.contactEmail':
      return ask({
        type: 'input',
        message: t.org.contactEmail,
        default: o.contact?.email,
        validate: (v) => (v === '' || isEmail(v) ? true : t.org.emailFormat),
      });
    default:
      return ask({ type: 'input', message: t.org.date, default: state.date ?? env.today, validate: (v) => (isDate(v) ? true : t.org.dateFormat) });
  }
}

export function searchMunicipalities(env: FlowEnv, term: string): Choice[] {
  const t = textOf(env);
  const q = term.trim().toLocaleLowerCase('sv');
  const collator = new Intl.Collator('sv');
  const scored = env.municipalities
    .map((m) => {
      const name = m.name.toLocaleLowerCase('sv');
      const score = q === '' ? 0 : name.startsWith(q) || m.code.startsWith(q) ? 0 : name.includes(q) ? 1 : -1;
      return { m, score };
    })
    .filter((x) => x.score >= 0)
    .sort((a, b) => a.score - b.score || collator.compare(a.m.name, b.m.name));
  return scored.map(({ m }) => ({ value: m.code, name: t.org.municipalityChoice(m.name, m.code, m.county), short: `${m.name} (${m.code})` }));
}

function contactWith(o: Partial<Organisation>, key: 'name' | 'role' | 'email', value: string): Organisation['contact'] {
  const contact = { ...(o.contact ?? {}) };
  if (value) contact[key] = value;
  else delete contact[key];
  return Object.keys(contact).length > 0 ? contact : undefined;
}

export function apply(state: AssessState, env: FlowEnv, step: Step, value: AnswerValue): Transition {
  const t = textOf(env);
  const o: Partial<Organisation> = { ...state.organisation };
  const s = typeof value === 'string' ? value.trim() : '';
  let date = state.date;
  switch (step.name) {
    case 'org.kind': {
      const kind = s === 'independent' ? 'independent' : 'municipality';
      if (o.kind !== kind) {
        // A different kind of organiser: the other kind's identifier no longer applies.
        if (kind === 'municipality') delete o.organisationNumber;
        else delete o.municipalityCode;
      }
      o.kind = kind;
      break;
    }
    case 'org.municipality': {
      const m = env.municipalities.find((x) => x.code === s);
      if (m && (o.municipalityCode !== m.code || !o.name)) o.name = t.org.municipalityName(m.name);
      o.municipalityCode = s;
      break;
    }
    case 'org.name':
      o.name = s;
      break;
    case 'org.number':
      o.organisationNumber = normaliseOrganisationNumber(s) ?? s;
      break;
    case 'org.unit':
      if (value === true) o.unit = o.unit ?? { name: '' };
      else delete o.unit;
      break;
    case 'org.unitName':
      o.unit = { ...o.unit, name: s };
      break;
    case 'org.unitCode': {
      const unit: NonNullable<Organisation['unit']> = { name: o.unit?.name ?? '' };
      if (s) unit.schoolUnitCode = s;
      o.unit = unit;
      break;
    }
    case 'org.forms':
      o.schoolForms = (Array.isArray(value) ? value : []).filter((f): f is SchoolForm => (SCHOOL_FORMS as readonly string[]).includes(f));
      break;
    case 'org.contactName':
      o.contact = contactWith(o, 'name', s);
      break;
    case 'org.contactRole':
      o.contact = contactWith(o, 'role', s);
      break;
    case 'org.contactEmail':
      o.contact = contactWith(o, 'email', s);
      break;
    default:
      date = s;
  }
  if (o.contact === undefined) delete o.contact;
  const next = after(step.name, o, step.review, env);
  // The date is today's unless changed in the review: it is not asked for on the way in.
  const leaving = !date && !handles(parseStep(next).name);
  const notes = leaving ? [t.org.dateSet(env.today)] : undefined;
  return { state: { ...state, organisation: o, date: leaving ? env.today : date, step: next }, notes };
}

/** One line for the review table. */
export function describeOrganisation(o: Partial<Organisation>, width: number): string {
  const id = o.kind === 'municipality' ? o.municipalityCode : o.organisationNumber;
  const unit = o.unit?.name ? ` · ${o.unit.name}` : '';
  return fit(`${o.name ?? ''}${id ? ` (${id})` : ''}${unit}`, width);
}
