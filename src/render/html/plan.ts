// The action plan as one self-contained, accessible HTML page for the organisation's website: the same content as the
// Markdown plan, with a cover that shows the record details and the decision, a table of contents and inline charts.
import type { ActionStatus, Lang, PlanReport, ScheduledAction, UnscheduledAction } from '../../core/model.ts';
import { notesText } from '../answer-notes.ts';
import { indexCatalogue, text } from '../../core/catalogue.ts';
import { checkedRange } from '../../core/checked.ts';
import { summariseCost } from '../../core/cost-summary.ts';
import { coverRecord } from '../../core/decision.ts';
import { collectSources, sourceLabel } from '../../core/sources.ts';
import { overLimits } from '../../core/schedule.ts';
import { compareTerms, termIndex } from '../../core/terms.ts';
import { htmlText } from '../../i18n/html.ts';
import { formatMoney } from '../../i18n/number-format.ts';
import { formatDecimal, joinList, reportText } from '../../i18n/report.ts';
import { indicatorName } from '../indicator-name.ts';
import { planFacts } from '../plan-facts.ts';
import type { PlanRenderOptions } from '../plan-options.ts';
import { formatReasons } from '../reasons.ts';
import { chartPatterns, ganttSvg, levelBarsSvg, swatch, type GanttRow } from './charts.ts';
import { around, esc, idMaker, link } from './escape.ts';
import { renderPage, type TocEntry } from './page.ts';
import { spreadHtml } from './spread.ts';
import { renderTable, type Row } from './table.ts';
import { textLang } from './text-lang.ts';

export function renderPlanHtml(report: PlanReport, opts: PlanRenderOptions): string {
  const { lang } = opts;
  const t = reportText[lang];
  const h = htmlText[lang];
  const { plan, catalogue } = report;
  const idx = indexCatalogue(catalogue);
  const org = plan.organisation;
  const id = idMaker();
  /** The organisation's own words: Swedish, marked as such in an English plan. */
  const own = (s: string) => (lang === 'sv' ? esc(s) : `<span lang="sv">${esc(s)}</span>`);
  const mean = (n: number | undefined) => (n === undefined ? '–' : formatDecimal(n, lang));
  const money = (n: number) => esc(formatMoney(n, lang));
  const indicator = (iid: string) => indicatorName(idx, iid, lang, esc);
  const actionTitle = (a: ScheduledAction | UnscheduledAction) => (a.titleText ? esc(text(a.titleText, lang)) : own(a.title));
  const costCell = (a: { cost: number; costEstimated: boolean }) =>
    a.cost > 0 ? `${money(a.cost)}${a.costEstimated ? ` (${esc(t.actions.estimated)})` : ''}` : '–';
  const toc: TocEntry[] = [];
  const sections: string[] = [];
  /** A chapter: an h2 with an anchor in the contents; `page` starts it on a new page when printed. */
  const chapter = (title: string, body: string, page = true, children: TocEntry[] = []) => {
    const sid = id(title);
    toc.push({ id: sid, label: title, children });
    sections.push(`<section${page ? ' class="chapter"' : ''} aria-labelledby="${sid}">\n<h2 id="${sid}">${esc(title)}</h2>\n${body}\n</section>`);
  };
  const p = (s: string) => `<p>${s}</p>`;
  const ul = (items: string[]) => `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;

  // ── Cover: title, record details and decision, facts
  const cover: string[] = [];
  cover.push(`<p class="kind">${esc(h.planKind)}</p>`);
  cover.push(`<h1>${around(t.title, org.name, own)}</h1>`);
  // The record and the decision, as the PDF and the Markdown cover give them.
  const rec = coverRecord(plan);
  const rt = t.record;
  const record: string[] = [];
  if (rec.diarienummer) record.push(`<dt>${esc(rt.diarienummer)}</dt><dd>${own(rec.diarienummer)}</dd>`);
  if (rec.version) record.push(`<dt>${esc(rt.version)}</dt><dd>${own(rec.version)}</dd>`);
  if (rec.owner) record.push(`<dt>${esc(rt.owner)}</dt><dd>${own(rec.owner)}</dd>`);
  const decided = rec.decision;
  record.push(
    decided
      ? `<dt>${esc(rt.decision)}</dt><dd>${around((b) => rt.decisionValue(b, decided.date, decided.paragraph), decided.body, own)}</dd>`
      : `<dt>${esc(rt.decision)}</dt><dd><span class="proposal">${esc(rt.proposal)}</span>. ${esc(rt.notDecided)}</dd>`,
  );
  cover.push(
    `<section class="record" aria-labelledby="record-heading"><h2 id="record-heading">${esc(h.cover.heading)}</h2><dl class="facts">${record.join('')}</dl></section>`,
  );

  const facts = planFacts(report, lang, opts.county);
  cover.push(
    `<dl class="facts">${facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${f.name === undefined ? '' : own(f.name)}${esc(f.text)}</dd>`).join('')}</dl>`,
  );
  const terms = report.schedule.terms;

  // ── Summary
  const scheduled = report.schedule.scheduled;
  const count = (state: string) => report.gaps.filter((g) => g.state === state).length;
  const gapped = report.gaps.filter((g) => (g.gap ?? 0) > 0).length;
  // The cost as every format tells it: own actions and suggestions apart, the total the sum of the years shown.
  const costs = summariseCost(report);
  const c = t.costs;
  const summary = [
    esc(t.summary.assessed(report.gaps.length, count('answered'), count('unknown'), count('not-relevant'), count('unanswered'))),
    esc(t.summary.gaps(gapped)),
    esc(t.summary.scheduled(scheduled.length, report.schedule.notScheduled.length)),
    `${esc(c.part(c.own, costs.own.count, formatMoney(costs.own.cost, lang), costs.own.estimated))}; ${esc(
      c
        .part(c.suggestions, costs.suggestions.count, formatMoney(costs.suggestions.cost, lang), costs.suggestions.estimated)
        .replace(/^./, (x) => x.toLocaleLowerCase()),
    )}.`,
    esc(c.totalLine(formatMoney(costs.total, lang), costs.own.estimated || costs.suggestions.estimated)),
  ];
  if (report.late.length) summary.push(`<strong>${esc(t.summary.late(report.late.length))}</strong>`);
  if (report.priorities.length)
    summary.push(
      `${esc(t.summary.top)} ${joinList(
        report.priorities.slice(0, 3).map((x) => indicator(x.indicator)),
        lang,
      )}.`,
    );
  summary.push(esc(t.summary.noOverall));
  const summaryBody = [ul(summary)];
  if (costs.years.length) {
    const cid = id(c.heading);
    summaryBody.push(
      `<h3 id="${cid}">${esc(c.heading)}</h3>`,
      renderTable({
        id: id('cost-table'),
        caption: c.heading,
        head: [c.year, c.own, c.suggestions, c.total],
        numeric: [1, 2, 3],
        rows: [
          ...costs.years.map((y) => [esc(String(y.year)), money(y.own), money(y.suggestions), money(y.total)]),
          { kind: 'group' as const, cells: [esc(c.total), money(costs.own.cost), money(costs.suggestions.cost), money(costs.total)] },
        ],
      }),
    );
    if (costs.own.estimated || costs.suggestions.estimated) summaryBody.push(p(esc(c.estimateNote)));
    if (costs.apart.length)
      summaryBody.push(`<p><strong>${esc(c.apartHeading)}:</strong></p>`, ul(costs.apart.map((a) => esc(c.apart(a.id, a.reason, formatMoney(a.cost, lang))))));
  }
  chapter(t.summary.heading, summaryBody.join('\n'), false);

  // ── Levels: a chart per focus area, and the table with the same values
  const levelRows: Row[] = [];
  const bars = [];
  for (const fa of catalogue.focusAreas) {
    const s = report.focusAreas.find((x) => x.id === fa.id);
    if (s) {
      const label = t.levels.focusArea(fa.id, text(fa.title, lang));
      bars.push({ label: t.levels.focusArea(fa.id, '').replace(/[:\s]+$/, ''), full: label, current: s.meanCurrent, target: s.meanTarget });
      levelRows.push({
        kind: 'group',
        cells: [esc(label), mean(s.meanCurrent), mean(s.meanTarget), mean(s.meanGap), String(s.answered), String(s.unknown), String(s.notRelevant)],
      });
    }
    for (const g of catalogue.goals.filter((x) => x.focusArea === fa.id)) {
      const gs = report.goals.find((x) => x.id === g.id);
      if (!gs) continue;
      const label = `${t.levels.goal(g.id)}: ${text(g.text, lang)}${g.wording === 'paraphrase' ? ` (${t.levels.paraphrase})` : ''}`;
      levelRows.push({
        kind: 'sub',
        cells: [esc(label), mean(gs.meanCurrent), mean(gs.meanTarget), mean(gs.meanGap), String(gs.answered), String(gs.unknown), String(gs.notRelevant)],
      });
    }
  }
  const chartDesc = h.levelsChart.desc(bars.map((b) => h.levelsChart.part(b.full, mean(b.current), mean(b.target))));
  const levelsBody = [
    p(esc(t.levels.intro)),
    `<figure>${levelBarsSvg(bars, { title: h.levelsChart.title, desc: chartDesc, format: (n) => formatDecimal(n, lang) })}` +
      `<figcaption><ul class="legend"><li>${swatch('current')} ${esc(h.levelsChart.current)}</li><li>${swatch('target')} ${esc(h.levelsChart.target)}</li></ul>${esc(h.levelsChart.caption)}</figcaption></figure>`,
    renderTable({
      id: id('levels-table'),
      caption: t.levels.heading,
      head: [t.levels.area, t.levels.current, t.levels.target, t.levels.gap, t.levels.answered, t.levels.unknown, t.levels.notRelevant],
      numeric: [1, 2, 3, 4, 5, 6],
      rows: levelRows,
    }),
  ];
  chapter(t.levels.heading, levelsBody.join('\n'));
  const spread = spreadHtml(report, lang, id, own);
  if (spread) chapter(spread.title, spread.body);

  // ── Priorities
  const reassess = new Set(report.reassess ?? []);
  const reassessMark = (indicator: string) => (reassess.has(indicator) ? ` <em>(${esc(t.reassess.mark(report.plan.catalogue.version))})</em>` : '');
  const prio: string[] = [];
  if (report.priorities.length === 0) prio.push(p(esc(t.priorities.none)));
  else {
    prio.push(p(esc(t.priorities.intro)));
    const rows = report.priorities.map((x) => {
      const g = report.gaps.find((y) => y.indicator === x.indicator);
      return [
        String(x.rank),
        indicator(x.indicator) + reassessMark(x.indicator),
        g?.current !== undefined ? `${g.current} → ${g.target}` : '–',
        g ? esc(t.importance[g.importance]) : '–',
        esc(formatReasons(x.reasons, lang, catalogue)),
      ];
    });
    prio.push(
      renderTable({
        id: id('priorities-table'),
        caption: t.priorities.heading,
        head: [t.priorities.rank, t.priorities.indicator, t.priorities.levels, t.priorities.importance, t.priorities.reasons],
        numeric: [0],
        rows,
        rowHeader: 1,
      }),
    );
    const notes = report.priorities.flatMap((x) => {
      const text = notesText(plan.assessment.answers[x.indicator], t.priorities, own, esc);
      return text ? [`<strong>${indicator(x.indicator)}</strong> – ${text}`] : [];
    });
    if (notes.length) {
      const nid = id(t.priorities.notes);
      prio.push(`<h3 id="${nid}">${esc(t.priorities.notes)}</h3>`, ul(notes));
    }
  }
  chapter(t.priorities.heading, prio.join('\n'));

  // ── Timeline: the Gantt chart, and per term the load
  const late = new Set(report.late);
  const overCapacity = new Set(report.schedule.warnings.flatMap((w) => (w.kind === 'capacity-exceeded' ? [w.term] : [])));
  const actionsId = id(t.actions.heading);
  const timeline: string[] = [p(esc(t.timeline.intro(overLimits(report.schedule))))];
  if (scheduled.length && terms.length) {
    const statusOf = (a: ScheduledAction) => (late.has(a.id) ? `${t.status[a.status]}, ${h.gantt.late}` : t.status[a.status]);
    const rows: GanttRow[] = scheduled.map((a) => ({
      id: a.id,
      status: statusOf(a),
      style: late.has(a.id) ? 'late' : a.status,
      from: termIndex(a.start) - termIndex(terms[0]!),
      to: termIndex(a.end) - termIndex(terms[0]!),
    }));
    const byStatus = new Map<string, number>();
    for (const r of rows) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    const counts = [...byStatus].map(([s, n]) => `${n} ${s}`).join(', ');
    const used: (ActionStatus | 'late')[] = [...new Set(rows.map((r) => r.style))];
    const legend = `<ul class="legend" aria-label="${esc(h.gantt.legend)}">${used.map((s) => `<li>${swatch(s)} ${esc(s === 'late' ? h.gantt.late : t.status[s])}</li>`).join('')}</ul>`;
    const svg = ganttSvg({
      terms,
      rows,
      overCapacity,
      overLabel: h.gantt.overCapacity,
      title: h.gantt.title,
      desc: h.gantt.desc(rows.length, terms[0]!, terms[terms.length - 1]!, counts),
    });
    timeline.push(
      `<figure>${legend}<div class="table-wrap" role="region" aria-label="${esc(h.gantt.scroll)}" tabindex="0">${svg}</div>` +
        `<figcaption>${esc(h.gantt.caption)} <a href="#${actionsId}">${esc(h.gantt.captionLink)}</a>.</figcaption></figure>`,
    );
  }
  if (terms.length) {
    const rows = terms.map((term) => {
      const running = scheduled.filter((a) => compareTerms(term, a.start) >= 0 && compareTerms(term, a.end) <= 0);
      const load = report.schedule.load.find((l) => l.term === term)?.actions ?? running.length;
      const over = overCapacity.has(term) ? ` <span class="late">(${esc(h.gantt.overCapacity)})</span>` : '';
      return [esc(term), `${load}${over}`, esc(running.map((a) => a.id).join(', ')) || '–'];
    });
    timeline.push(
      renderTable({ id: id('terms-table'), caption: t.timeline.heading, head: [t.timeline.term, t.timeline.load, t.timeline.actions], numeric: [1], rows }),
    );
  }
  chapter(t.timeline.heading, timeline.join('\n'));

  // ── Actions
  const actions: string[] = [];
  const actionChildren: TocEntry[] = [];
  if (!scheduled.length) actions.push(p(esc(t.actions.none)));
  else {
    actions.push(p(esc(t.actions.legend)));
    const rows = scheduled.map((a) => {
      const title = `${actionTitle(a)}${a.origin === 'suggestion' ? ` <em>(${esc(t.actions.suggestion)})</em>` : ''}${late.has(a.id) ? ` <strong class="late">⚠ ${esc(t.actions.late)}</strong>` : ''}`;
      const span = a.start === a.end ? a.start : `${a.start} – ${a.end}`;
      const support = [...a.initiatives.map((n) => esc(t.reasons.initiative(n))), ...a.resources.map((r) => esc(text(idx.resource.get(r)?.title, lang) || r))];
      const owner = a.owner ? own(a.owner) : esc(a.ownerText ? text(a.ownerText, lang) : '–');
      return [esc(a.id), title, esc(a.indicators.join(', ')), owner, esc(span), costCell(a), esc(t.status[a.status]), support.join('; ') || '–'];
    });
    actions.push(
      renderTable({
        id: id('actions-table'),
        caption: t.actions.heading,
        head: [t.actions.id, t.actions.action, t.actions.indicators, t.actions.owner, t.actions.terms, t.actions.cost, t.actions.status, t.actions.resources],
        numeric: [5],
        rows,
      }),
    );
    const detailed = scheduled.filter((a) => descriptionOf(a, lang) || a.successCriteria);
    if (detailed.length) {
      const did = id(t.actions.details);
      actionChildren.push({ id: did, label: t.actions.details });
      actions.push(`<h3 id="${did}">${esc(t.actions.details)}</h3>`);
      actions.push(
        ul(
          detailed.map((a) => {
            const d = a.description ? own(a.description) : a.descriptionText ? esc(text(a.descriptionText, lang)) : '';
            const parts = [d, a.successCriteria ? `${esc(t.actions.success)}: ${own(a.successCriteria)}` : ''].filter(Boolean);
            return `<strong>${esc(a.id)} ${actionTitle(a)}</strong> – ${parts.join(' ')}`;
          }),
        ),
      );
    }
  }
  // The anchor the Gantt chart's caption points to.
  toc.push({ id: actionsId, label: t.actions.heading, children: actionChildren });
  sections.push(
    `<section class="chapter" aria-labelledby="${actionsId}">\n<h2 id="${actionsId}">${esc(t.actions.heading)}</h2>\n${actions.join('\n')}\n</section>`,
  );

  // ── Not scheduled
  if (report.schedule.notScheduled.length) {
    const rows = report.schedule.notScheduled.map((a) => {
      const r = a.reason;
      const why = r.kind === 'prerequisite' ? t.notScheduled.prerequisite(joinList(r.indicators, lang)) : t.notScheduled[r.kind];
      return [
        esc(a.id),
        `${actionTitle(a)}${a.origin === 'suggestion' ? ` <em>(${esc(t.actions.suggestion)})</em>` : ''}`,
        esc(a.indicators.join(', ')),
        costCell(a),
        esc(why),
      ];
    });
    chapter(
      t.notScheduled.heading,
      [
        p(esc(t.notScheduled.intro)),
        renderTable({
          id: id('not-scheduled-table'),
          caption: t.notScheduled.heading,
          head: [t.actions.id, t.actions.action, t.actions.indicators, t.actions.cost, t.notScheduled.reason],
          numeric: [3],
          rows,
        }),
      ].join('\n'),
      false,
    );
  }

  // ── Declined suggestions
  const declined = report.schedule.declined ?? [];
  if (declined.length) {
    const items = declined.map((d) => {
      const s = idx.suggestion.get(d);
      return `${esc(d)}${s ? ` ${esc(text(s.title, lang))}` : ''}`;
    });
    chapter(t.declined.heading, [p(esc(t.declined.intro)), ul(items)].join('\n'), false);
  }

  // ── Warnings
  if (report.schedule.warnings.length) {
    const items = report.schedule.warnings.map((w) => {
      if (w.kind === 'capacity-exceeded') return esc(t.warnings.capacity(w.term, w.used, w.limit));
      if (w.kind === 'budget-exceeded') return esc(t.warnings.budget(w.year, formatMoney(w.used, lang), formatMoney(w.limit, lang)));
      if (w.kind === 'before-prerequisite') return esc(t.warnings.beforePrerequisite(w.action, w.prerequisite));
      return esc(t.warnings.outsideHorizon(w.action));
    });
    chapter(t.warnings.heading, ul(items), false);
  }

  // ── Not assessed with a level
  const byState = (state: string) => report.gaps.filter((g) => g.state === state).map((g) => indicator(g.indicator));
  const unknown = byState('unknown');
  const notRelevant = byState('not-relevant');
  const unanswered = byState('unanswered');
  if (unknown.length || notRelevant.length || unanswered.length) {
    const items: string[] = [];
    if (unknown.length) items.push(`<strong>${esc(t.notAssessed.unknown)}:</strong> ${unknown.join('; ')}`);
    if (notRelevant.length) items.push(`<strong>${esc(t.notAssessed.notRelevant)}:</strong> ${notRelevant.join('; ')}`);
    if (unanswered.length) items.push(`<strong>${esc(t.notAssessed.unanswered)}:</strong> ${unanswered.join('; ')}`);
    chapter(t.notAssessed.heading, [ul(items), unknown.length ? p(esc(t.notAssessed.hint)) : ''].join('\n'), false);
  }

  // ── National support
  const support: string[] = [];
  const iniId = id(t.support.initiatives);
  const resId = id(t.support.resources);
  support.push(`<h3 id="${iniId}">${esc(t.support.initiatives)}</h3>`);
  if (!report.initiatives.length) support.push(p(esc(t.support.noInitiatives)));
  else
    support.push(
      ul(
        report.initiatives.map((n) => {
          const ini = idx.initiative.get(n);
          if (!ini?.verified || !ini.title) return esc(t.support.initiativeUnverified(n));
          const swedishTitle = lang === 'sv' || !ini.titleEn;
          const title = swedishTitle ? ini.title : ini.titleEn!;
          const extra = [
            ini.actor ? `${t.support.actor}: ${text(ini.actor, lang)}` : '',
            ini.status ? `${t.support.status}: ${text(ini.status, lang)}` : '',
          ].filter(Boolean);
          const label = around(
            (x) => t.support.initiative(n, x),
            title,
            (x) => (swedishTitle && lang !== 'sv' ? own(x) : esc(x)),
          );
          return `<strong>${label}</strong>${extra.length ? ` – ${esc(extra.join('. '))}` : ''}`;
        }),
      ),
    );
  support.push(`<h3 id="${resId}">${esc(t.support.resources)}</h3>`);
  const resources = report.resources.flatMap((rid) => {
    const r = idx.resource.get(rid);
    if (!r) return [];
    return [
      `${link(r.url, esc(text(r.title, lang)))} – ${esc(r.publisher)}. ${esc(text(r.description, lang))}${r.verified ? '' : ` <em>(${esc(t.support.unverifiedResource)})</em>`}`,
    ];
  });
  support.push(resources.length ? ul(resources) : p(esc(t.support.noResources)));
  chapter(t.support.heading, support.join('\n'), true, [
    { id: iniId, label: t.support.initiatives },
    { id: resId, label: t.support.resources },
  ]);

  // ── The basis, and the sources
  const about: string[] = [
    p(
      `${esc(text(catalogue.title, lang))} – ${esc(`${catalogue.id} ${catalogue.version} (${catalogue.date})`)}. ${esc(t.sources.checked(checkedRange(catalogue)))}`,
    ),
    p(esc(text(catalogue.framework, lang))),
  ];
  const aboutChildren: TocEntry[] = [];
  if (catalogue.policyContext.length) {
    const pid = id(t.policy.heading);
    aboutChildren.push({ id: pid, label: t.policy.heading });
    about.push(
      `<h3 id="${pid}">${esc(t.policy.heading)}</h3>`,
      ul(catalogue.policyContext.map((n) => `<strong>${esc(text(n.title, lang))}</strong> (${esc(n.date)}). ${esc(text(n.text, lang))}`)),
    );
  }
  chapter(t.sources.about, about.join('\n'), true, aboutChildren);
  // Sources keep their own titles, in Swedish or English: a title in the other language than the page's is marked.
  const sources = collectSources(report).map((s) => {
    const label = sourceLabel(s, lang);
    const titleLang = textLang(s.title);
    const inner =
      titleLang && titleLang !== lang && label.startsWith(s.title)
        ? `<span lang="${titleLang}">${esc(s.title)}</span>${esc(label.slice(s.title.length))}`
        : esc(label);
    return link(s.url, inner);
  });
  chapter(
    t.sources.heading,
    [p(esc(t.sources.intro(catalogue.id, catalogue.version, catalogue.date))), `<ol>\n${sources.map((s) => `<li>${s}</li>`).join('\n')}\n</ol>`].join('\n'),
    false,
  );

  const title = t.title(org.name);
  return renderPage({
    lang,
    title,
    header: cover.join('\n'),
    toc,
    main: `${chartPatterns()}\n${sections.join('\n')}`,
    footer: p(esc(t.footer(report.referenceDate))),
  });
}

function descriptionOf(a: ScheduledAction, lang: Lang): string {
  return a.description || (a.descriptionText ? text(a.descriptionText, lang) : '');
}
