// The facts under a plan's title in Markdown and HTML: organiser, unit, school forms, dates, period, capacity, catalogue.
import type { Lang, PlanReport } from '../core/model.ts';
import { formatMoney } from '../i18n/number-format.ts';
import { reportText } from '../i18n/report.ts';

export interface PlanFact {
  label: string;
  /** The organisation's own words (a name), before `text`: each format escapes and marks them as it does. */
  name?: string;
  /** Plain text, after the name. */
  text: string;
}

export function planFacts(report: PlanReport, lang: Lang, county: string | undefined): PlanFact[] {
  const t = reportText[lang].facts;
  const org = report.plan.organisation;
  const { catalogue } = report;
  const orgId =
    org.kind === 'municipality' && org.municipalityCode
      ? t.municipality(org.municipalityCode, county ?? '')
      : org.organisationNumber
        ? t.orgNumber(org.organisationNumber)
        : '';
  const facts: PlanFact[] = [{ label: t.organiser, name: org.name, text: orgId ? ` (${orgId})` : '' }];
  if (org.unit) facts.push({ label: t.unit, name: org.unit.name, text: org.unit.schoolUnitCode ? ` (${t.unitCode(org.unit.schoolUnitCode)})` : '' });
  if (org.schoolForms.length) facts.push({ label: t.schoolForms, text: org.schoolForms.map((f) => reportText[lang].schoolForms[f] ?? f).join(', ') });
  facts.push({ label: t.date, text: report.plan.assessment.date });
  const terms = report.schedule.terms;
  if (terms.length) facts.push({ label: t.period, text: t.periodValue(terms[0]!, terms[terms.length - 1]!, terms.length) });
  const cap = report.limits;
  const capParts = [
    ...(cap.actionsPerTerm !== undefined ? [t.perTerm(cap.actionsPerTerm)] : []),
    ...(cap.budgetPerYear !== undefined ? [t.perYear(formatMoney(cap.budgetPerYear, lang))] : []),
  ];
  facts.push({ label: t.capacity, text: capParts.length ? capParts.join(', ') : t.noLimit });
  facts.push({ label: t.catalogue, text: `${catalogue.id} ${catalogue.version} (${catalogue.date})` });
  facts.push({ label: t.referenceDate, text: report.referenceDate });
  return facts;
}
