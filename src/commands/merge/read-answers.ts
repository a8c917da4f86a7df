// Reads one answers file from the questionnaire and checks it against the plan's catalogue and organisation.
import { createHash } from 'node:crypto';
import type { AnswerSheet, SheetAnswer } from '../../core/merge.ts';
import type { Catalogue, Lang, Organisation, RespondentRole, SchoolForm } from '../../core/model.ts';
import type { Diagnostic } from '../../errors.ts';
import { validateAnswers } from '../../generated/validateAnswers.js';
import { mergeText } from '../../i18n/merge.ts';
import { schemaDiagnostics } from '../../io/schema-errors.ts';
import { positionOf, readYamlFile, type PathSegment } from '../../io/yaml-file.ts';

/** The organisation an answers file may carry: enough to tell organisers apart, and to start a plan. */
export interface SheetOrganisation {
  name: string;
  kind?: Organisation['kind'];
  municipalityCode?: string;
  organisationNumber?: string;
  schoolForms?: SchoolForm[];
}

interface AnswersFile {
  id?: string;
  catalogue: { id: string; version: string };
  organisation?: SheetOrganisation;
  respondent: { role: RespondentRole; unit?: { name: string; schoolUnitCode?: string } };
  assessment: { date: string; answers: Record<string, SheetAnswer> };
}

interface ReadSheet {
  sheet?: AnswerSheet;
  organisation?: SheetOrganisation;
  /** A digest of what the file says, to find the same answers given twice. */
  digest?: string;
  diagnostics: Diagnostic[];
}

/** Whether two organisations are the same organiser: by kommunkod or organisation number, else by name. */
function sameOrganiser(a: SheetOrganisation, b: SheetOrganisation): boolean {
  if (a.organisationNumber && b.organisationNumber) return a.organisationNumber === b.organisationNumber;
  if (a.municipalityCode && b.municipalityCode) return a.municipalityCode === b.municipalityCode;
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

export function describeOrganisation(o: SheetOrganisation): string {
  const id = o.municipalityCode ?? o.organisationNumber;
  return id ? `${o.name} (${id})` : o.name;
}

export function readAnswersFile(file: string, display: string, catalogue: Catalogue, organisation: SheetOrganisation | undefined, lang: Lang): ReadSheet {
  const t = mergeText[lang];
  const read = readYamlFile(file, display, lang);
  if (read.value === undefined || !read.source || read.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: read.diagnostics };
  const source = read.source;
  const at = (path: readonly PathSegment[], code: string, message: string, hint?: string, key = false): Diagnostic => ({
    file: display,
    ...positionOf(source, path, { key }),
    severity: 'error',
    code,
    message,
    ...(hint ? { hint } : {}),
  });
  const value = read.value as Record<string, unknown>;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('respondent' in value)) {
    return { diagnostics: [at([], 'not-answers', t.notAnswers, t.notAnswersHint)] };
  }
  if (!validateAnswers(value)) return { diagnostics: schemaDiagnostics(validateAnswers.errors ?? [], source, display, lang, value, 'answers') };
  const data = value as unknown as AnswersFile;
  if (data.catalogue.id !== catalogue.id || data.catalogue.version !== catalogue.version) {
    const path = data.catalogue.id !== catalogue.id ? ['catalogue', 'id'] : ['catalogue', 'version'];
    return {
      diagnostics: [
        at(
          path,
          'other-catalogue',
          t.otherCatalogue(`${data.catalogue.id} ${data.catalogue.version}`, `${catalogue.id} ${catalogue.version}`),
          t.otherCatalogueHint,
        ),
      ],
    };
  }
  if (organisation && data.organisation && !sameOrganiser(organisation, data.organisation)) {
    return {
      diagnostics: [
        at(
          ['organisation', 'name'],
          'other-organisation',
          t.otherOrganisation(describeOrganisation(data.organisation), describeOrganisation(organisation)),
          t.otherOrganisationHint,
        ),
      ],
    };
  }
  const known = new Set(catalogue.indicators.map((i) => i.id));
  const problems: Diagnostic[] = [];
  for (const id of Object.keys(data.assessment.answers)) {
    if (!known.has(id)) problems.push(at(['assessment', 'answers', id], 'unknown-indicator', t.unknownIndicator(id), t.unknownIndicatorHint, true));
  }
  if (problems.length) return { diagnostics: problems };
  const sheet: AnswerSheet = { role: data.respondent.role, ...(data.respondent.unit ? { unit: data.respondent.unit } : {}), answers: data.assessment.answers };
  // The questionnaire gives each set of answers a random id: the same id twice is the same answers saved twice, or a
  // copy under another name. A file without one (written by hand) is known by what it says.
  const digest =
    data.id ??
    createHash('sha256')
      .update(JSON.stringify([data.respondent, data.assessment]))
      .digest('hex');
  return { sheet, digest, diagnostics: [], ...(data.organisation ? { organisation: data.organisation } : {}) };
}
