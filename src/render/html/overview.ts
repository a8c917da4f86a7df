// The roll-up over many plans as one accessible HTML page (overview.html): the same content as overview.md, with a
// chart per focus area and tables that a small inline script makes sortable and filterable from the keyboard.
import { indexCatalogue, text } from '../../core/catalogue.ts';
import type { Catalogue, Lang } from '../../core/model.ts';
import { TOP_PRIORITIES, type Rollup, type RollupChanges } from '../../core/rollup.ts';
import { batchText, formatCount } from '../../i18n/batch.ts';
import { htmlText } from '../../i18n/html.ts';
import { roundDecimal } from '../../i18n/number-format.ts';
import { formatChange, formatMean, shade, shadeBand } from '../overview-markdown.ts';
import { indicatorName } from '../indicator-name.ts';
import { levelCounts, levelHeads } from '../overview-levels.ts';
import { respondentsSection } from '../overview-respondents.ts';
import { chartPatterns, levelBarsSvg, swatch } from './charts.ts';
import { esc, idMaker } from './escape.ts';
import { renderPage, type TocEntry } from './page.ts';
import { renderTable, type Cell, type Row } from './table.ts';
import { overviewCounts } from '../overview-counts.ts';

export interface OverviewHtmlOptions {
  lang: Lang;
  referenceDate: string;
  changes?: RollupChanges;
}

/** Markdown emphasis in the shared texts (`**Fokusområde 1**`) is left out here. */
const plain = (s: string) => s.replace(/\*\*/g, '');

export function renderOverviewHtml(r: Rollup, catalogue: Catalogue, opts: OverviewHtmlOptions): string {
  const { lang } = opts;
  const t = batchText[lang].overview;
  const h = htmlText[lang];
  const idx = indexCatalogue(catalogue);
  const id = idMaker();
  const toc: TocEntry[] = [];
  const sections: string[] = [];
  const chapter = (title: string, body: string[], page = true) => {
    const sid = id(title);
    toc.push({ id: sid, label: title });
    sections.push(`<section${page ? ' class="chapter"' : ''} aria-labelledby="${sid}">\n<h2 id="${sid}">${esc(title)}</h2>\n${body.join('\n')}\n</section>`);
  };
  const p = (s: string) => `<p>${esc(s)}</p>`;
  const n = (x: number): Cell => ({ html: esc(formatCount(x, lang)), sort: x });
  const mean = (x: number | undefined): Cell => ({ html: esc(formatMean(x, lang)), ...(x === undefined ? {} : { sort: roundDecimal(x, 1) }) });
  const indicator = (iid: string) => indicatorName(idx, iid, lang, esc);
  // Organisations' and units' names are their own, in Swedish: marked so in an English overview.
  const ownLang = lang === 'sv' ? undefined : 'sv';
  const own = (s: string) => (ownLang ? `<span lang="sv">${esc(s)}</span>` : esc(s));

  const header = [
    `<p class="kind">${esc(h.overviewKind)}</p>`,
    `<h1>${esc(t.title)}</h1>`,
    p(t.intro(r.plans, r.organisers, r.units)),
    p(t.meta(`${catalogue.id} ${catalogue.version}`, opts.referenceDate)),
    p(t.noScore),
    p(t.privacy),
  ];

  // ── Counts
  const counts = overviewCounts(r, t.counts);
  chapter(t.counts.heading, [`<dl class="facts">${counts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(formatCount(v, lang))}</dd>`).join('')}</dl>`], false);

  // ── Questionnaire respondents per organisation and unit: counts only, never a comment
  const respondents = respondentsSection(r.respondents, lang);
  if (respondents)
    chapter(
      respondents.heading,
      [
        p(respondents.intro),
        renderTable({
          id: id('respondents-table'),
          caption: respondents.heading,
          head: respondents.head,
          numeric: [1],
          rows: respondents.rows.map((x) => [{ html: own(x.name), sort: x.name }, n(x.count), esc(x.roles || '–'), x.units ? own(x.units) : '–']),
          sortable: true,
        }),
      ],
      false,
    );

  // ── Goals: a chart per focus area, and the table with every goal
  const goalRows: Row[] = [];
  const bars = [];
  for (const fa of catalogue.focusAreas) {
    const m = r.focusAreas.find((x) => x.id === fa.id);
    const label = plain(t.goals.focusArea(fa.id, text(fa.title, lang)));
    bars.push({ label: plain(t.goals.focusArea(fa.id, '')).trim(), full: label, current: m?.meanCurrent, target: m?.meanTarget });
    goalRows.push({ kind: 'group', cells: [esc(label), n(m?.answered ?? 0), mean(m?.meanCurrent), mean(m?.meanTarget), mean(m?.meanGap)] });
    for (const g of catalogue.goals.filter((x) => x.focusArea === fa.id)) {
      const gm = r.goals.find((x) => x.id === g.id);
      goalRows.push({
        kind: 'sub',
        cells: [esc(`${t.goals.goal(g.id)} ${text(g.text, lang)}`), n(gm?.answered ?? 0), mean(gm?.meanCurrent), mean(gm?.meanTarget), mean(gm?.meanGap)],
      });
    }
  }
  const fmt = (x: number | undefined) => formatMean(x, lang);
  const desc = h.levelsChart.desc(bars.map((b) => h.levelsChart.part(b.full, fmt(b.current), fmt(b.target))));
  chapter(t.goals.heading, [
    p(t.goals.intro),
    `<figure>${levelBarsSvg(bars, { title: h.levelsChart.title, desc, format: fmt })}<figcaption><ul class="legend"><li>${swatch('current')} ${esc(h.levelsChart.current)}</li><li>${swatch('target')} ${esc(h.levelsChart.target)}</li></ul>${esc(h.levelsChart.caption)}</figcaption></figure>`,
    renderTable({
      id: id('goals-table'),
      caption: t.goals.heading,
      head: [t.goals.area, t.goals.answered, t.goals.current, t.goals.target, t.goals.gap],
      numeric: [1, 2, 3, 4],
      rows: goalRows,
    }),
  ]);

  // ── Levels per indicator
  const levelHead = levelHeads(t.levels);
  chapter(t.levels.heading, [
    p(t.levels.intro),
    renderTable({
      id: id('levels-table'),
      caption: t.levels.heading,
      head: levelHead,
      numeric: levelHead.map((_, i) => i).slice(1),
      rows: r.indicators.map((d) => [{ html: indicator(d.indicator), sort: d.indicator }, ...levelCounts(d).map(n)]),
      sortable: true,
    }),
  ]);

  // ── Priorities
  chapter(t.priorities.heading, [
    p(t.priorities.intro(TOP_PRIORITIES)),
    r.priorities.length === 0
      ? p(t.priorities.none)
      : renderTable({
          id: id('priorities-table'),
          caption: t.priorities.heading,
          head: [t.priorities.indicator, t.priorities.plans],
          numeric: [1],
          rows: r.priorities.slice(0, 15).map((x) => [{ html: indicator(x.indicator), sort: x.indicator }, n(x.plans)]),
          sortable: true,
          scroll: true,
        }),
  ]);

  // ── Initiatives
  chapter(t.initiatives.heading, [
    p(t.initiatives.intro),
    r.initiatives.length === 0
      ? p(t.initiatives.none)
      : renderTable({
          id: id('initiatives-table'),
          caption: t.initiatives.heading,
          head: [t.initiatives.initiative, t.initiatives.gaps, t.initiatives.plans],
          numeric: [1, 2],
          rows: r.initiatives.map((i) => {
            const ini = idx.initiative.get(i.number);
            const swedish = !(lang === 'en' && ini?.titleEn);
            const title = ini?.verified && ini.title ? `${i.number}. ${swedish ? own(ini.title) : esc(ini.titleEn!)}` : esc(t.initiatives.unverified(i.number));
            return [{ html: title, sort: i.number }, n(i.gaps), n(i.plans)];
          }),
          sortable: true,
          scroll: true,
        }),
  ]);

  // ── Changes since the last assessment
  if (opts.changes) {
    const c = opts.changes;
    const tc = t.compare;
    const body = [p(tc.intro(c.matched, c.plans))];
    if (c.matched === 0) body.push(p(tc.none));
    else {
      body.push(
        renderTable({
          id: id('changes-table'),
          caption: tc.heading,
          head: [tc.goal, tc.before, tc.now, tc.change, tc.raised, tc.lowered],
          numeric: [1, 2, 3, 4, 5],
          rows: c.goals.map((g) => {
            const goal = catalogue.goals.find((x) => x.id === g.goal);
            return [
              esc(`${g.goal} ${goal ? text(goal.text, lang) : ''}`.trim()),
              mean(g.olderMean),
              mean(g.newerMean),
              esc(formatChange(g.change, lang)),
              n(g.raised),
              n(g.lowered),
            ];
          }),
        }),
        p(tc.actions(c.actionsDone, c.actionsLate)),
      );
    }
    if (c.unmatchedOlder > 0) body.push(p(tc.unmatched(c.unmatchedOlder)));
    chapter(tc.heading, body);
  }

  // ── Heatmap: tint, sign and number, so the level reads without colour
  const cell = (x: number | undefined): Cell =>
    x === undefined
      ? { html: '–' }
      : { html: `<span aria-hidden="true">${shade(x)}</span> ${esc(formatMean(x, lang))}`, cls: `b${shadeBand(x)}`, sort: roundDecimal(x, 1) };
  const heatRows: Row[] = [];
  for (const g of r.groups) {
    const code = g.municipalityCode ?? g.organisationNumber ?? '';
    if (g.rows.length > 1) {
      heatRows.push({
        kind: 'group',
        cells: [{ html: `${own(g.name)} – ${esc(t.heatmap.whole(g.rows.length))}`, sort: g.name }, { html: esc(code), cls: 'code' }, ...g.whole.map(cell)],
      });
      for (const row of g.rows) {
        const u = row.organisation.unit;
        heatRows.push({
          kind: 'sub',
          cells: [u ? own(u.name) : esc(t.heatmap.own), { html: esc(u?.schoolUnitCode ?? code), cls: 'code' }, ...row.goals.map(cell)],
        });
      }
    } else {
      const row = g.rows[0]!;
      const u = row.organisation.unit;
      heatRows.push({
        cells: [
          { html: u ? `${own(g.name)}: ${own(u.name)}` : own(g.name), sort: g.name },
          { html: esc(u?.schoolUnitCode ?? code), cls: 'code' },
          ...row.goals.map(cell),
        ],
      });
    }
  }
  chapter(t.heatmap.heading, [
    p(t.heatmap.intro),
    p(t.heatmap.legend),
    // The columns are named by the goals' numbers; their wording stands here, beside the numbers.
    `<dl class="facts goals">${r.goalIds.map((g) => `<dt>${esc(g)}</dt><dd>${esc(text(catalogue.goals.find((x) => x.id === g)?.text, lang) || g)}</dd>`).join('')}</dl>`,
    renderTable({
      id: id('heatmap-table'),
      caption: t.heatmap.heading,
      head: [t.heatmap.organisation, t.heatmap.code, ...r.goalIds],
      headPrefix: Object.fromEntries(r.goalIds.map((g, i) => [i + 2, t.goals.goal(g).replace(` ${g}`, '')])),
      numeric: r.goalIds.map((_, i) => i + 2),
      rows: heatRows,
      sortable: true,
    }),
  ]);

  // ── Failures and other catalogues
  const failed = [...r.failed, ...r.paths];
  if (failed.length) {
    chapter(r.paths.length ? t.failed.headingWithPaths : t.failed.heading, [
      p(r.paths.length ? t.failed.introWithPaths : t.failed.intro),
      renderTable({
        id: id('failed-table'),
        caption: r.paths.length ? t.failed.headingWithPaths : t.failed.heading,
        head: [t.failed.file, t.failed.errors, t.failed.first],
        numeric: [1],
        rows: failed.map((f) => {
          const where = f.first?.line !== undefined ? `${f.first.line}:${f.first.col ?? 1}: ` : '';
          return [`<code>${esc(f.file)}</code>`, n(f.errors), f.first ? esc(`${where}${f.first.message}`) : '–'];
        }),
        sortable: true,
        scroll: true,
      }),
    ]);
  }
  if (r.otherCatalogue.length)
    chapter(
      t.other.heading,
      [p(t.other.intro(catalogue.id)), `<ul>\n${r.otherCatalogue.map((f) => `<li><code>${esc(f)}</code></li>`).join('\n')}\n</ul>`],
      false,
    );

  return renderPage({
    lang,
    title: t.title,
    header: header.join('\n'),
    toc,
    main: `${chartPatterns()}\n${sections.join('\n')}`,
    footer: p(h.generated(opts.referenceDate)),
    sortable: true,
    landscape: true,
  });
}
