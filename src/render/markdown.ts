// Renders a PlanReport as a complete action plan in Markdown (GitHub/GitLab flavour, with a Mermaid gantt).
import type { Lang, PlanReport, ScheduledAction, UnscheduledAction } from '../core/model.ts';
import { notesText } from './answer-notes.ts';
import { indexCatalogue, text } from '../core/catalogue.ts';
import { compareTerms, parseTerm } from '../core/terms.ts';
import { formatMoney } from '../i18n/number-format.ts';
import { formatDecimal, joinList, reportText } from '../i18n/report.ts';
import { indicatorName } from './indicator-name.ts';
import { formatReasons } from './reasons.ts';
import { escapeCell, escapeInline, mermaidLabel, mermaidTaskName } from './markdown-escape.ts';
import { markdownTable, numbersAfter, type Align } from './markdown-table.ts';
import type { PlanRenderOptions } from './plan-options.ts';
import { planFacts } from './plan-facts.ts';
import { spreadMarkdown } from './markdown-spread.ts';
import { collectSources, sourceLabel } from '../core/sources.ts';
import { checkedRange } from '../core/checked.ts';
import { overLimits } from '../core/schedule.ts';
import { summariseCost } from '../core/cost-summary.ts';
import { coverRecord } from '../core/decision.ts';

export function renderPlanMarkdown(report: PlanReport, opts: PlanRenderOptions): string {
  const { lang } = opts;
  const t = reportText[lang];
  const { plan, catalogue } = report;
  const idx = indexCatalogue(catalogue);
  const org = plan.organisation;
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const table = (head: string[], rows: string[][], align?: Align[]) => push(...markdownTable(head, rows, { align }), '');
  const reassess = new Set(report.reassess ?? []);
  const reassessMark = (id: string) => (reassess.has(id) ? ` *(${t.reassess.mark(plan.catalogue.version)})*` : '');
  const indicator = (id: string) => indicatorName(idx, id, lang);
  const actionTitle = (a: ScheduledAction | UnscheduledAction) => (a.titleText ? text(a.titleText, lang) : a.title);
  const mean = (n: number | undefined) => (n === undefined ? '–' : formatDecimal(n, lang));
  const costCell = (a: { cost: number; costEstimated: boolean }) =>
    a.cost > 0 ? `${formatMoney(a.cost, lang)}${a.costEstimated ? ` (${t.actions.estimated})` : ''}` : '–';

  // ── Title and facts
  push(`# ${escapeInline(t.title(org.name))}`, '');
  push(...recordLines(report, lang));
  table(
    [t.facts.item, t.facts.value],
    planFacts(report, lang, opts.county).map((f) => [`**${f.label}**`, `${f.name === undefined ? '' : escapeCell(f.name)}${f.text}`]),
  );
  const terms = report.schedule.terms;

  // ── Summary
  const count = (state: string) => report.gaps.filter((g) => g.state === state).length;
  const gapped = report.gaps.filter((g) => (g.gap ?? 0) > 0).length;
  push(`## ${t.summary.heading}`, '');
  push(`- ${t.summary.assessed(report.gaps.length, count('answered'), count('unknown'), count('not-relevant'), count('unanswered'))}`);
  push(`- ${t.summary.gaps(gapped)}`);
  push(`- ${t.summary.scheduled(report.schedule.scheduled.length, report.schedule.notScheduled.length)}`);
  push(...costSummaryLines(report, lang));
  if (report.late.length) push(`- **${t.summary.late(report.late.length)}**`);
  if (report.priorities.length) {
    const top = report.priorities.slice(0, 3).map((p) => escapeInline(indicator(p.indicator)));
    push(`- ${t.summary.top} ${joinList(top, lang)}.`);
  }
  push(`- ${t.summary.noOverall}`, '');
  push(...costTableLines(report, lang));

  // ── Levels per focus area and goal
  push(`## ${t.levels.heading}`, '', t.levels.intro, '');
  const summaryRows: string[][] = [];
  for (const fa of catalogue.focusAreas) {
    const s = report.focusAreas.find((x) => x.id === fa.id);
    if (s)
      summaryRows.push([
        `**${escapeCell(t.levels.focusArea(fa.id, text(fa.title, lang)))}**`,
        `**${mean(s.meanCurrent)}**`,
        `**${mean(s.meanTarget)}**`,
        `**${mean(s.meanGap)}**`,
        String(s.answered),
        String(s.unknown),
        String(s.notRelevant),
      ]);
    for (const g of catalogue.goals.filter((x) => x.focusArea === fa.id)) {
      const gs = report.goals.find((x) => x.id === g.id);
      if (!gs) continue;
      const label = `${t.levels.goal(g.id)}: ${text(g.text, lang)}${g.wording === 'paraphrase' ? ` (${t.levels.paraphrase})` : ''}`;
      summaryRows.push([
        escapeCell(label),
        mean(gs.meanCurrent),
        mean(gs.meanTarget),
        mean(gs.meanGap),
        String(gs.answered),
        String(gs.unknown),
        String(gs.notRelevant),
      ]);
    }
  }
  table(
    [t.levels.area, t.levels.current, t.levels.target, t.levels.gap, t.levels.answered, t.levels.unknown, t.levels.notRelevant],
    summaryRows,
    numbersAfter(7),
  );
  const goalNotes = catalogue.goals.filter((g) => g.note && report.goals.some((x) => x.id === g.id));
  if (goalNotes.length) push(...goalNotes.map((g) => `*${t.levels.goal(g.id)}: ${escapeInline(text(g.note!, lang))}*`), '');
  push(...spreadMarkdown(report, lang));

  // ── Priorities
  push(`## ${t.priorities.heading}`, '');
  if (report.priorities.length === 0) push(t.priorities.none, '');
  else {
    push(t.priorities.intro, '');
    const rows = report.priorities.map((p) => {
      const g = report.gaps.find((x) => x.indicator === p.indicator);
      return [
        String(p.rank),
        escapeCell(indicator(p.indicator)) + reassessMark(p.indicator),
        g?.current !== undefined ? `${g.current} → ${g.target}` : '–',
        g ? t.importance[g.importance] : '–',
        escapeCell(formatReasons(p.reasons, lang, catalogue)),
      ];
    });
    table([t.priorities.rank, t.priorities.indicator, t.priorities.levels, t.priorities.importance, t.priorities.reasons], rows, ['right', 'left', 'center']);
    // The organisation's own comments and evidence, which the PDF prints in the indicator's cell.
    const notes = report.priorities.flatMap((p) => {
      const text = notesText(plan.assessment.answers[p.indicator], t.priorities, escapeInline);
      return text ? [`- **${escapeInline(indicator(p.indicator))}** – ${text}`] : [];
    });
    if (notes.length) push(`**${t.priorities.notes}**`, '', ...notes, '');
  }

  // ── Timeline
  const scheduled = report.schedule.scheduled;
  push(`## ${t.timeline.heading}`, '', t.timeline.intro(overLimits(report.schedule)), '');
  if (terms.length) {
    const rows = terms.map((term) => {
      const running = scheduled.filter((a) => termWithin(term, a.start, a.end));
      const load = report.schedule.load.find((l) => l.term === term)?.actions ?? running.length;
      const ids = running.map((a) => a.id).join(', ');
      return [term, String(load), ids || '–'];
    });
    table([t.timeline.term, t.timeline.load, t.timeline.actions], rows, ['left', 'right']);
  }
  if (scheduled.length) {
    // Mermaid's own marks, so that the chart tells the statuses apart: done, in progress (active) and late (crit).
    const lateIds = new Set(report.late);
    const ganttTags = (a: ScheduledAction) => {
      const tags = [...(lateIds.has(a.id) ? ['crit'] : []), ...(a.status === 'in-progress' ? ['active'] : []), ...(a.status === 'done' ? ['done'] : [])];
      return tags.length ? `${tags.join(', ')}, ` : '';
    };
    push('```mermaid', 'gantt', `  title ${mermaidLabel(t.timeline.ganttTitle)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y-%m');
    for (const fa of catalogue.focusAreas) {
      const inArea = scheduled.filter((a) => areaOf(a, idx) === fa.id);
      if (!inArea.length) continue;
      push(`  section ${mermaidLabel(`${fa.id}. ${text(fa.title, lang)}`)}`);
      for (const a of inArea) push(`  ${mermaidTaskName(`${a.id} ${actionTitle(a)}`)} :${ganttTags(a)}${termStartDate(a.start)}, ${termEndDate(a.end)}`);
    }
    const other = scheduled.filter((a) => areaOf(a, idx) === undefined);
    if (other.length) {
      push(`  section ${mermaidLabel('–')}`);
      for (const a of other) push(`  ${mermaidTaskName(`${a.id} ${actionTitle(a)}`)} :${ganttTags(a)}${termStartDate(a.start)}, ${termEndDate(a.end)}`);
    }
    push('```', '');
  }

  // ── Actions
  push(`## ${t.actions.heading}`, '');
  if (!scheduled.length) push(t.actions.none, '');
  else {
    push(t.actions.legend, '');
    const late = new Set(report.late);
    const rows = scheduled.map((a) => {
      const title = `${escapeCell(actionTitle(a))}${a.origin === 'suggestion' ? ` *(${t.actions.suggestion})*` : ''}${late.has(a.id) ? ` **⚠ ${t.actions.late}**` : ''}`;
      const span = a.start === a.end ? a.start : `${a.start} – ${a.end}`;
      const cost = costCell(a);
      const support = [
        ...a.initiatives.map((n) => t.reasons.initiative(n)),
        ...a.resources.map((r) => escapeCell(text(idx.resource.get(r)?.title, lang) || r)),
      ];
      return [a.id, title, a.indicators.join(', '), escapeCell(ownerOf(a, lang)), span, cost, t.status[a.status], support.join('; ') || '–'];
    });
    table(
      [t.actions.id, t.actions.action, t.actions.indicators, t.actions.owner, t.actions.terms, t.actions.cost, t.actions.status, t.actions.resources],
      rows,
      ['left', 'left', 'left', 'left', 'left', 'right'],
    );
    const detailed = scheduled.filter((a) => descriptionOf(a, lang) || a.successCriteria);
    if (detailed.length) {
      push(`### ${t.actions.details}`, '');
      for (const a of detailed) {
        const d = descriptionOf(a, lang);
        const parts = [d ? escapeInline(d) : '', a.successCriteria ? `${t.actions.success}: ${escapeInline(a.successCriteria)}` : ''].filter(Boolean);
        push(`- **${a.id} ${escapeInline(actionTitle(a))}** – ${parts.join(' ')}`);
      }
      push('');
    }
  }

  // ── Not scheduled
  if (report.schedule.notScheduled.length) {
    push(`## ${t.notScheduled.heading}`, '', t.notScheduled.intro, '');
    const rows = report.schedule.notScheduled.map((a) => {
      const r = a.reason;
      const why = r.kind === 'prerequisite' ? t.notScheduled.prerequisite(joinList(r.indicators, lang)) : t.notScheduled[r.kind];
      return [
        a.id,
        `${escapeCell(actionTitle(a))}${a.origin === 'suggestion' ? ` *(${t.actions.suggestion})*` : ''}`,
        a.indicators.join(', '),
        costCell(a),
        why,
      ];
    });
    table([t.actions.id, t.actions.action, t.actions.indicators, t.actions.cost, t.notScheduled.reason], rows, ['left', 'left', 'left', 'right']);
  }

  // ── Declined suggestions
  const declined = report.schedule.declined ?? [];
  if (declined.length) {
    push(`## ${t.declined.heading}`, '', t.declined.intro, '');
    for (const id of declined) {
      const s = idx.suggestion.get(id);
      push(`- ${id}${s ? ` ${escapeInline(text(s.title, lang))}` : ''}`);
    }
    push('');
  }

  // ── Warnings
  if (report.schedule.warnings.length) {
    push(`## ${t.warnings.heading}`, '');
    for (const w of report.schedule.warnings) {
      if (w.kind === 'capacity-exceeded') push(`- ${t.warnings.capacity(w.term, w.used, w.limit)}`);
      else if (w.kind === 'budget-exceeded') push(`- ${t.warnings.budget(w.year, formatMoney(w.used, lang), formatMoney(w.limit, lang))}`);
      else if (w.kind === 'before-prerequisite') push(`- ${t.warnings.beforePrerequisite(w.action, w.prerequisite)}`);
      else push(`- ${t.warnings.outsideHorizon(w.action)}`);
    }
    push('');
  }

  // ── Answers given against an older catalogue version, to be assessed again
  if (reassess.size) {
    push(`## ${t.reassess.heading}`, '', t.reassess.intro(plan.catalogue.version, catalogue.version), '');
    for (const g of report.gaps.filter((x) => reassess.has(x.indicator))) {
      const answer = g.state === 'answered' ? `${g.current} → ${g.target}` : g.state === 'unknown' ? t.notAssessed.unknown : t.notAssessed.notRelevant;
      push(`- **${escapeInline(indicator(g.indicator))}**: ${answer}${reassessMark(g.indicator)}`);
    }
    push('');
  }

  // ── Not assessed with a level
  const byState = (state: string) => report.gaps.filter((g) => g.state === state).map((g) => escapeInline(indicator(g.indicator)));
  const unknown = byState('unknown');
  const notRelevant = byState('not-relevant');
  const unanswered = byState('unanswered');
  if (unknown.length || notRelevant.length || unanswered.length) {
    push(`## ${t.notAssessed.heading}`, '');
    if (unknown.length) push(`- **${t.notAssessed.unknown}:** ${unknown.join('; ')}`);
    if (notRelevant.length) push(`- **${t.notAssessed.notRelevant}:** ${notRelevant.join('; ')}`);
    if (unanswered.length) push(`- **${t.notAssessed.unanswered}:** ${unanswered.join('; ')}`);
    push('');
    if (unknown.length) push(t.notAssessed.hint, '');
  }

  // ── National support
  push(`## ${t.support.heading}`, '', `### ${t.support.initiatives}`, '');
  if (!report.initiatives.length) push(t.support.noInitiatives, '');
  for (const n of report.initiatives) {
    const ini = idx.initiative.get(n);
    if (!ini?.verified || !ini.title) {
      push(`- ${t.support.initiativeUnverified(n)}`);
      continue;
    }
    const title = lang === 'en' && ini.titleEn ? ini.titleEn : ini.title;
    const extra = [ini.actor ? `${t.support.actor}: ${text(ini.actor, lang)}` : '', ini.status ? `${t.support.status}: ${text(ini.status, lang)}` : ''].filter(
      Boolean,
    );
    push(`- **${escapeInline(t.support.initiative(n, title))}**${extra.length ? ` – ${escapeInline(extra.join('. '))}` : ''}`);
  }
  if (report.initiatives.length) push('');
  push(`### ${t.support.resources}`, '');
  if (!report.resources.length) push(t.support.noResources, '');
  for (const id of report.resources) {
    const r = idx.resource.get(id);
    if (!r) continue;
    push(
      `- [${escapeInline(text(r.title, lang))}](${r.url}) – ${escapeInline(r.publisher)}. ${escapeInline(text(r.description, lang))}${r.verified ? '' : ` *(${t.support.unverifiedResource})*`}`,
    );
  }
  push('');

  // ── The basis: the catalogue's framework and the policy context since, as in the PDF
  push(
    `## ${t.sources.about}`,
    '',
    `${escapeInline(text(catalogue.title, lang))} – ${catalogue.id} ${catalogue.version} (${catalogue.date}). ${t.sources.checked(checkedRange(catalogue))}`,
    '',
  );
  push(escapeInline(text(catalogue.framework, lang)), '');
  if (catalogue.policyContext.length) {
    push(`### ${t.policy.heading}`, '');
    for (const note of catalogue.policyContext) push(`- **${escapeInline(text(note.title, lang))}** (${note.date}). ${escapeInline(text(note.text, lang))}`);
    push('');
  }

  // ── Sources
  push(`## ${t.sources.heading}`, '', t.sources.intro(catalogue.id, catalogue.version, catalogue.date), '');
  for (const s of collectSources(report)) push(`- [${escapeInline(sourceLabel(s, lang))}](${s.url})`);
  push('', '---', '', `*${t.footer(report.referenceDate)}*`, '');
  return out.join('\n');
}

function termWithin(term: string, start: string, end: string): boolean {
  return compareTerms(term, start) >= 0 && compareTerms(term, end) <= 0;
}

function termStartDate(term: string): string {
  const t = parseTerm(term)!;
  return `${t.year}-${t.half === 'VT' ? '01-01' : '08-01'}`;
}

function termEndDate(term: string): string {
  const t = parseTerm(term)!;
  return `${t.year}-${t.half === 'VT' ? '06-30' : '12-31'}`;
}

function areaOf(a: ScheduledAction, idx: ReturnType<typeof indexCatalogue>): string | undefined {
  const first = a.indicators[0];
  const ind = first ? idx.indicator.get(first) : undefined;
  return ind ? idx.goal.get(ind.goal)?.focusArea : undefined;
}

/** The plan's owner, or for a suggestion the catalogue's typical owner role in the report's language. */
function ownerOf(a: ScheduledAction, lang: Lang): string {
  return a.owner || (a.ownerText ? text(a.ownerText, lang) : '') || '–';
}

function descriptionOf(a: ScheduledAction, lang: Lang): string {
  return a.description || (a.descriptionText ? text(a.descriptionText, lang) : '');
}

/** Under the title: the record's details, and the decision or "Förslag till beslut". */
function recordLines(report: PlanReport, lang: Lang): string[] {
  const t = reportText[lang].record;
  const rec = coverRecord(report.plan);
  const status = rec.decision
    ? `**${t.decision}:** ${escapeInline(t.decisionValue(rec.decision.body, rec.decision.date, rec.decision.paragraph))}`
    : `**${t.proposal}**`;
  const details = [
    rec.diarienummer ? `${t.diarienummer}: ${escapeInline(rec.diarienummer)}` : '',
    rec.version ? `${t.version}: ${escapeInline(rec.version)}` : '',
    rec.owner ? `${t.owner}: ${escapeInline(rec.owner)}` : '',
  ].filter(Boolean);
  return [details.length ? `${status}  \n${details.join(' · ')}` : status, ''];
}

/** The summary's split of the cost: own actions and the catalogue's suggestions, in count and cost. */
function costSummaryLines(report: PlanReport, lang: Lang): string[] {
  const t = reportText[lang].costs;
  const c = summariseCost(report);
  const money = (n: number) => formatMoney(n, lang);
  return [
    `- ${t.part(t.own, c.own.count, money(c.own.cost), c.own.estimated)}; ${t.part(t.suggestions, c.suggestions.count, money(c.suggestions.cost), c.suggestions.estimated).replace(/^./, (x) => x.toLocaleLowerCase())}.`,
    `- ${t.totalLine(money(c.total), c.own.estimated || c.suggestions.estimated)}`,
  ];
}

/** The cost per year, own and suggested apart, with the total as the sum of the years; what is not counted follows. */
function costTableLines(report: PlanReport, lang: Lang): string[] {
  const t = reportText[lang].costs;
  const c = summariseCost(report);
  if (c.years.length === 0) return [];
  const money = (n: number) => formatMoney(n, lang);
  const rows = c.years.map((y) => [String(y.year), money(y.own), money(y.suggestions), money(y.total)]);
  rows.push([t.total, money(c.own.cost), money(c.suggestions.cost), money(c.total)].map((x) => `**${x}**`));
  const out = [`### ${t.heading}`, '', ...markdownTable([t.year, t.own, t.suggestions, t.total], rows, { align: numbersAfter(4) }), ''];
  if (c.own.estimated || c.suggestions.estimated) out.push(t.estimateNote, '');
  if (c.apart.length) out.push(`**${t.apartHeading}:** ${c.apart.map((a) => t.apart(a.id, a.reason, money(a.cost))).join('; ')}.`, '');
  return out;
}
