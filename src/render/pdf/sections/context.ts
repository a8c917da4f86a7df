// What every section of the PDF needs: the flow, the report, the wording and a few look-ups built once.
import { indexCatalogue, text, type CatalogueIndex } from '../../../core/catalogue.ts';
import type { Lang, PlanReport, ScheduledAction, UnscheduledAction } from '../../../core/model.ts';
import { parseTerm } from '../../../core/terms.ts';
import { localeTag } from '../../../i18n/locale.ts';
import { pdfText, type PdfText } from '../../../i18n/pdf.ts';
import { formatMoney } from '../../../i18n/number-format.ts';
import { reportText, type ReportText } from '../../../i18n/report.ts';
import type { Flow, Line } from '../flow.ts';
import { STYLE } from '../theme.ts';

export interface Ctx {
  flow: Flow;
  report: PlanReport;
  lang: Lang;
  t: PdfText;
  r: ReportText;
  idx: CatalogueIndex;
  late: ReadonlySet<string>;
  /** R1, R2 … for every resource the plan mentions: matched ones first, then those only actions name. */
  resourceNo: ReadonlyMap<string, number>;
}

export function makeContext(flow: Flow, report: PlanReport, lang: Lang): Ctx {
  const resourceNo = new Map<string, number>();
  const number = (id: string) => {
    if (!resourceNo.has(id)) resourceNo.set(id, resourceNo.size + 1);
  };
  report.resources.forEach(number);
  for (const a of [...report.schedule.scheduled, ...report.schedule.notScheduled]) a.resources.forEach(number);
  return {
    flow,
    report,
    lang,
    t: pdfText[lang],
    r: reportText[lang],
    idx: indexCatalogue(report.catalogue),
    late: new Set(report.late),
    resourceNo,
  };
}

/** A term as every output writes it (`2027-VT`), in the language of the document. */
export function termLabel(ctx: Ctx, term: string): string {
  const p = parseTerm(term);
  return p ? ctx.t.term(p.year, p.half) : term;
}

export function money(ctx: Ctx, amount: number): string {
  return formatMoney(amount, ctx.lang);
}

/** An action's cost for a right-aligned cell `width` wide, with a note under an estimate. */
export function costLines(ctx: Ctx, a: Pick<ScheduledAction, 'cost' | 'costEstimated'>, width: number): Line[] {
  const { flow, t } = ctx;
  const lines = flow.lines(a.cost > 0 ? money(ctx, a.cost) : t.actions.noCost, STYLE.cell, width, { alignWidth: width });
  if (a.cost > 0 && a.costEstimated) lines.push(...flow.lines(t.actions.estimated, STYLE.cellMuted, width, { alignWidth: width }));
  return lines;
}

export function indicatorTitle(ctx: Ctx, id: string): string {
  return text(ctx.idx.indicator.get(id)?.title, ctx.lang);
}

/**
 * For the organisation's own words (its name, action titles, owners, descriptions, comments): in an English plan they
 * stay as written, in Swedish, and are tagged so, that a screen reader reads them with Swedish pronunciation.
 */
export function own(ctx: Pick<Ctx, 'lang'>): Partial<Line> {
  return ctx.lang === 'sv' ? {} : { lang: localeTag('sv') };
}

/**
 * A text string (an alt text) marks a change of language with an escape: ESC, the two-letter language and country
 * codes as ASCII bytes, ESC (ISO 32000-1, 7.9.2.2). In a UTF-16BE string each pair of ASCII bytes is one code unit.
 */
function langEscape(tag: string): string {
  const ascii = tag.replace('-', '');
  let s = '\u001b';
  for (let i = 0; i < ascii.length; i += 2) s += String.fromCharCode((ascii.charCodeAt(i) << 8) | ascii.charCodeAt(i + 1));
  return `${s}\u001b`;
}

/** The organisation's own words inside an alt text: in an English plan marked as Swedish, then back to English. */
export function ownInAlt(ctx: Pick<Ctx, 'lang'>, s: string): string {
  return ctx.lang === 'sv' ? s : `${langEscape(localeTag('sv'))}${s}${langEscape(localeTag('en'))}`;
}

/** The language tag of an action's title: the catalogue's suggestions have it in the plan's language. */
export function titleLang(ctx: Ctx, a: ScheduledAction | UnscheduledAction): Partial<Line> {
  return a.titleText ? {} : own(ctx);
}

/** The language tag of an action's owner. */
export function ownerLang(ctx: Ctx, a: ScheduledAction | UnscheduledAction): Partial<Line> {
  return a.ownerText ? {} : own(ctx);
}

/** The language tag of an action's description: the plan's own, or the catalogue's in the plan's language. */
export function descriptionLang(ctx: Ctx, a: ScheduledAction | UnscheduledAction): Partial<Line> {
  return a.descriptionText || (!a.description && a.suggestion) ? {} : own(ctx);
}

export function actionTitle(ctx: Ctx, a: ScheduledAction | UnscheduledAction): string {
  return a.titleText ? text(a.titleText, ctx.lang) : a.title;
}

export function actionOwner(ctx: Ctx, a: ScheduledAction | UnscheduledAction): string | undefined {
  return a.ownerText ? text(a.ownerText, ctx.lang) : a.owner;
}

export function actionDescription(ctx: Ctx, a: ScheduledAction | UnscheduledAction): string {
  if (a.descriptionText) return text(a.descriptionText, ctx.lang);
  if (a.description) return a.description;
  const s = a.suggestion ? ctx.idx.suggestion.get(a.suggestion) : undefined;
  return s ? text(s.description, ctx.lang) : '';
}

/** The width of list bodies. */
export function listWidth(ctx: Ctx, indent = 14): number {
  return ctx.flow.width - indent;
}
