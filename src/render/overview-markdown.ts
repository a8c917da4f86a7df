// Renders the roll-up over many plans as Markdown (overview.md): scope, gaps, levels, priorities, heatmap, failures.
import type { Catalogue, Lang } from '../core/model.ts';
import type { Rollup, RollupChanges } from '../core/rollup.ts';
import { TOP_PRIORITIES } from '../core/rollup.ts';
import { indexCatalogue, text } from '../core/catalogue.ts';
import { batchText, formatCount } from '../i18n/batch.ts';
import { roundDecimal } from '../i18n/number-format.ts';
import { formatDecimal } from '../i18n/report.ts';
import { codeCell, escapeCell, escapeInline } from './markdown-escape.ts';
import { indicatorName } from './indicator-name.ts';
import { levelCounts, levelHeads } from './overview-levels.ts';
import { markdownTable, numbersAfter, type Align } from './markdown-table.ts';
import { respondentsMarkdown } from './overview-respondents.ts';
import { overviewCounts } from './overview-counts.ts';

export interface OverviewOptions {
  lang: Lang;
  referenceDate: string;
  changes?: RollupChanges;
}

/** One decimal with the language's decimal sign; a dash when there is nothing to average. */
export function formatMean(n: number | undefined, lang: Lang): string {
  return n === undefined ? '–' : formatDecimal(n, lang);
}

/** A signed change: +0,3 / −0,2 / ±0,0 (a change that rounds to zero has no sign). */
export function formatChange(n: number | undefined, lang: Lang): string {
  if (n === undefined) return '–';
  const r = roundDecimal(n, 1);
  const body = formatDecimal(Math.abs(r), lang);
  return r > 0 ? `+${body}` : r < 0 ? `−${body}` : `±${body}`;
}

const SHADES = ['░', '▒', '▓', '█'] as const;

/**
 * The band (0–3) of a mean level: below 1,5, 1,5 to under 2,5, 2,5 to under 3,5, 3,5 and above. The value is banded
 * as shown (one decimal, rounded as formatMean rounds), so 1,46 shown as 1,5 falls in the band of 1,5. The heatmap's
 * sign (shade) and its tint in overview.pdf both come from here.
 */
export function shadeBand(n: number): 0 | 1 | 2 | 3 {
  const r = roundDecimal(n, 1);
  return r < 1.5 ? 0 : r < 2.5 ? 1 : r < 3.5 ? 2 : 3;
}

/** A shade for a mean level, so the heatmap reads without colour (and in a terminal). */
export function shade(n: number | undefined): string {
  return n === undefined ? '–' : SHADES[shadeBand(n)];
}

export function renderOverviewMarkdown(r: Rollup, catalogue: Catalogue, opts: OverviewOptions): string {
  const { lang } = opts;
  const t = batchText[lang].overview;
  const idx = indexCatalogue(catalogue);
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const table = (head: string[], rows: string[][], align?: Align[]) => push(...markdownTable(head, rows, { align }), '');
  const n = (x: number) => formatCount(x, lang);
  const mean = (x: number | undefined) => formatMean(x, lang);
  const indicator = (id: string) => indicatorName(idx, id, lang, escapeCell);

  push(`# ${t.title}`, '');
  push(t.intro(r.plans, r.organisers, r.units), '');
  push(t.meta(`${catalogue.id} ${catalogue.version}`, opts.referenceDate), '');
  push(t.noScore, '', t.privacy, '');

  push(`## ${t.counts.heading}`, '');
  const counts = overviewCounts(r, t.counts);
  table(
    ['', ''],
    counts.map(([k, v]) => [k, n(v)]),
    numbersAfter(2),
  );
  push(...respondentsMarkdown(r.respondents, lang));

  push(`## ${t.goals.heading}`, '', t.goals.intro, '');
  const goalRows: string[][] = [];
  for (const fa of catalogue.focusAreas) {
    const m = r.focusAreas.find((x) => x.id === fa.id);
    goalRows.push([
      t.goals.focusArea(fa.id, escapeCell(text(fa.title, lang))),
      n(m?.answered ?? 0),
      mean(m?.meanCurrent),
      mean(m?.meanTarget),
      mean(m?.meanGap),
    ]);
    for (const g of catalogue.goals.filter((x) => x.focusArea === fa.id)) {
      const gm = r.goals.find((x) => x.id === g.id);
      goalRows.push([
        `${t.goals.goal(g.id)} ${escapeCell(text(g.text, lang))}`,
        n(gm?.answered ?? 0),
        mean(gm?.meanCurrent),
        mean(gm?.meanTarget),
        mean(gm?.meanGap),
      ]);
    }
  }
  table([t.goals.area, t.goals.answered, t.goals.current, t.goals.target, t.goals.gap], goalRows, numbersAfter(5));

  push(`## ${t.levels.heading}`, '', t.levels.intro, '');
  const levelHead = levelHeads(t.levels);
  table(
    levelHead,
    r.indicators.map((d) => [indicator(d.indicator), ...levelCounts(d).map(n)]),
    numbersAfter(levelHead.length),
  );

  push(`## ${t.priorities.heading}`, '', t.priorities.intro(TOP_PRIORITIES), '');
  if (r.priorities.length === 0) push(t.priorities.none, '');
  else
    table(
      [t.priorities.indicator, t.priorities.plans],
      r.priorities.slice(0, 15).map((p) => [indicator(p.indicator), n(p.plans)]),
      numbersAfter(2),
    );

  push(`## ${t.initiatives.heading}`, '', t.initiatives.intro, '');
  if (r.initiatives.length === 0) push(t.initiatives.none, '');
  else {
    table(
      [t.initiatives.initiative, t.initiatives.gaps, t.initiatives.plans],
      r.initiatives.map((i) => {
        const ini = idx.initiative.get(i.number);
        const title =
          ini?.verified && ini.title
            ? `${i.number}. ${escapeCell(lang === 'en' && ini.titleEn ? ini.titleEn : ini.title)}`
            : t.initiatives.unverified(i.number);
        return [title, n(i.gaps), n(i.plans)];
      }),
      numbersAfter(3),
    );
  }

  if (opts.changes) renderChanges(opts.changes, catalogue, lang, push, table);

  push(`## ${t.heatmap.heading}`, '', t.heatmap.intro, '', t.heatmap.legend, '');
  const cell = (x: number | undefined) => (x === undefined ? '–' : `${shade(x)} ${mean(x)}`);
  const heatRows: string[][] = [];
  for (const g of r.groups) {
    const code = g.municipalityCode ?? g.organisationNumber ?? '';
    if (g.rows.length > 1) {
      heatRows.push([`**${escapeCell(g.name)}** – ${t.heatmap.whole(g.rows.length)}`, code, ...g.whole.map(cell)]);
      for (const row of g.rows) {
        const u = row.organisation.unit;
        const label = u ? `↳ ${escapeCell(u.name)}` : `↳ ${t.heatmap.own}`;
        heatRows.push([label, u?.schoolUnitCode ?? code, ...row.goals.map(cell)]);
      }
    } else {
      const row = g.rows[0]!;
      const u = row.organisation.unit;
      heatRows.push([u ? `${escapeCell(g.name)}: ${escapeCell(u.name)}` : escapeCell(g.name), u?.schoolUnitCode ?? code, ...row.goals.map(cell)]);
    }
  }
  table([t.heatmap.organisation, t.heatmap.code, ...r.goalIds], heatRows, numbersAfter(r.goalIds.length + 2, 2));

  const failed = [...r.failed, ...r.paths];
  if (failed.length) {
    push(`## ${r.paths.length ? t.failed.headingWithPaths : t.failed.heading}`, '', r.paths.length ? t.failed.introWithPaths : t.failed.intro, '');
    table(
      [t.failed.file, t.failed.errors, t.failed.first],
      failed.map((f) => {
        const where = f.first?.line !== undefined ? `${f.first.line}:${f.first.col ?? 1}: ` : '';
        return [codeCell(f.file), n(f.errors), f.first ? escapeCell(`${where}${f.first.message}`) : '–'];
      }),
      ['left', 'right', 'left'],
    );
  }
  if (r.otherCatalogue.length) {
    push(`## ${t.other.heading}`, '', t.other.intro(catalogue.id), '');
    for (const f of r.otherCatalogue) push(`- \`${f.replace(/`/g, "'")}\``);
    push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

function renderChanges(
  c: RollupChanges,
  catalogue: Catalogue,
  lang: Lang,
  push: (...lines: string[]) => void,
  table: (head: string[], rows: string[][], align?: Align[]) => void,
): void {
  const t = batchText[lang].overview.compare;
  push(`## ${t.heading}`, '', t.intro(c.matched, c.plans), '');
  if (c.matched === 0) {
    push(t.none, '');
  } else {
    table(
      [t.goal, t.before, t.now, t.change, t.raised, t.lowered],
      c.goals.map((g) => {
        const goal = catalogue.goals.find((x) => x.id === g.goal);
        return [
          `${g.goal} ${goal ? escapeCell(text(goal.text, lang)) : ''}`.trim(),
          formatMean(g.olderMean, lang),
          formatMean(g.newerMean, lang),
          formatChange(g.change, lang),
          formatCount(g.raised, lang),
          formatCount(g.lowered, lang),
        ];
      }),
      numbersAfter(6),
    );
    push(t.actions(c.actionsDone, c.actionsLate), '');
  }
  if (c.unmatchedOlder > 0) push(escapeInline(t.unmatched(c.unmatchedOlder)), '');
}
