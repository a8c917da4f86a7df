// Renders the roll-up as overview.csv: one row per plan, UTF-8 with a BOM and the separators each language's Excel expects.
import type { Catalogue, Lang } from '../core/model.ts';
import { formatCsv, formatNumber, type CsvCell } from '../core/csv.ts';
import type { PlanDigest, Rollup } from '../core/rollup.ts';
import { batchText } from '../i18n/batch.ts';
import { overviewRows, type LevelCell } from './overview-rows.ts';
import { respondentCells } from './overview-respondents.ts';

/**
 * Swedish: `;` between fields and a decimal comma, as Swedish Excel reads it; English: `,` and a decimal point.
 * Plans in file order, then the failed ones. Figures are means over answered indicators with two decimals
 * (decimal comma in Swedish); indicator columns hold levels or "vet ej" / "ej relevant". Kommunkod and
 * skolenhetskod are written as ="0180", so that Excel keeps them as text with their leading zeros.
 * Only organisation data: the plan's contact person is never written. Questionnaire respondents are counted per
 * role and unit, never with a comment.
 */
export function renderOverviewCsv(digests: readonly PlanDigest[], failures: Pick<Rollup, 'failed' | 'paths'>, catalogue: Catalogue, lang: Lang): string {
  const t = batchText[lang].overview.csv;
  const comma = lang === 'sv';
  const num = (x: number | undefined): CsvCell => (x === undefined ? '' : formatNumber(x, 2, comma));
  const code = (x: string | undefined): CsvCell => (x === undefined ? '' : { code: x });
  const level = (x: LevelCell): CsvCell => (x === 'unknown' ? t.unknown : x === 'not-relevant' ? t.notRelevant : x);
  const head: CsvCell[] = [
    t.file,
    t.status,
    t.kommunkod,
    t.organisationsnummer,
    t.huvudman,
    t.skolenhetskod,
    t.skolenhet,
    t.datum,
    ...catalogue.goals.flatMap((g) => [t.goalCurrent(g.id), t.goalTarget(g.id), t.goalGap(g.id)]),
    ...catalogue.focusAreas.map((f) => t.areaGap(f.id)),
    t.priorities,
    t.ownActions,
    t.suggestions,
    t.notScheduled,
    t.cost,
    t.late,
    t.respondents,
    t.respondentRoles,
    t.respondentUnits,
    ...catalogue.indicators.flatMap((i) => [t.indicatorCurrent(i.id), t.indicatorTarget(i.id)]),
  ];
  const rows: CsvCell[][] = [head];
  for (const r of overviewRows(digests, failures, catalogue)) {
    if (r.kind !== 'plan') {
      rows.push([r.file, r.kind === 'failed' ? t.failed : t.path]);
      continue;
    }
    const o = r.organisation;
    const a = r.actions;
    rows.push([
      r.file,
      t.ok,
      code(o.municipalityCode),
      o.organisationNumber ?? '',
      o.name,
      code(o.unit?.schoolUnitCode),
      o.unit?.name ?? '',
      r.date,
      ...r.goals.flatMap((g) => [num(g.meanCurrent), num(g.meanTarget), num(g.meanGap)]),
      ...r.focusAreas.map((f) => num(f.meanGap)),
      r.priorities.join(', '),
      ...(a ? [a.own, a.suggestions, a.notScheduled, a.cost, a.late] : ['', '', '', '', '']),
      ...respondentCells(r.respondents, lang),
      ...r.indicators.flatMap((i) => [level(i.current), level(i.target)]),
    ]);
  }
  return formatCsv(rows, comma ? ';' : ',');
}
