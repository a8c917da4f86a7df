// Renders a PlanReport as JSON for scripts: the computed plan without the catalogue, shape in schemas/plan-report.schema.json.
import { answerNotes, type Lang, type PlanReport } from '../core/model.ts';
import { indexCatalogue, text } from '../core/catalogue.ts';
import { formatReason } from './reasons.ts';
import { checkedRange } from '../core/checked.ts';

export function planReportJson(report: PlanReport, lang: Lang): unknown {
  const { plan, catalogue } = report;
  const idx = indexCatalogue(catalogue);
  const reassess = new Set(report.reassess ?? []);
  const { oldest, newest, undated } = checkedRange(catalogue);
  return {
    schemaVersion: 1,
    catalogue: { id: catalogue.id, version: catalogue.version, checked: { ...(oldest ? { oldest, newest } : {}), undated } },
    // The catalogue version the answers were given against, when the plan was carried over from an older one.
    ...(plan.catalogue.version !== catalogue.version ? { answeredAgainst: plan.catalogue.version } : {}),
    organisation: {
      name: plan.organisation.name,
      kind: plan.organisation.kind,
      ...(plan.organisation.municipalityCode ? { municipalityCode: plan.organisation.municipalityCode } : {}),
      ...(plan.organisation.organisationNumber ? { organisationNumber: plan.organisation.organisationNumber } : {}),
      ...(plan.organisation.unit ? { unit: plan.organisation.unit } : {}),
    },
    assessmentDate: plan.assessment.date,
    // How many answered the questionnaire, when answers were merged into the plan.
    ...(plan.assessment.respondents ? { respondents: plan.assessment.respondents } : {}),
    referenceDate: report.referenceDate,
    // Each gap with the organisation's own comment and evidence for the indicator, as the plan file has them, and the
    // spread of the questionnaire's answers when they were merged.
    gaps: report.gaps.map((g) => {
      const a = plan.assessment.answers[g.indicator];
      return { ...g, ...answerNotes(a), ...(a?.responses ? { responses: a.responses } : {}), ...(reassess.has(g.indicator) ? { reassess: true } : {}) };
    }),
    goals: report.goals,
    focusAreas: report.focusAreas,
    priorities: report.priorities.map((p) => ({ ...p, text: p.reasons.map((r) => formatReason(r, lang, catalogue)) })),
    schedule: {
      ...report.schedule,
      scheduled: report.schedule.scheduled.map((a) => ({ ...a, title: a.titleText ? text(a.titleText, lang) : a.title, titleText: undefined })),
      notScheduled: report.schedule.notScheduled.map((a) => ({ ...a, title: a.titleText ? text(a.titleText, lang) : a.title, titleText: undefined })),
    },
    late: report.late,
    limits: report.limits,
    resources: report.resources.map((id) => {
      const r = idx.resource.get(id);
      return { id, title: r ? text(r.title, lang) : id, url: r?.url ?? '', verified: r?.verified ?? false };
    }),
    initiatives: report.initiatives.map((n) => {
      const i = idx.initiative.get(n);
      return { number: n, verified: i?.verified ?? false, ...(i?.verified && i.title ? { title: i.title } : {}) };
    }),
  };
}

export function renderPlanJson(report: PlanReport, lang: Lang): string {
  return `${JSON.stringify(planReportJson(report, lang), null, 2)}\n`;
}
