// Renders the roll-up as overview.csv: one row per plan, UTF-8 with a BOM and the separators each language's Excel expects.
import { byCodeUnits } from '../core/code-units.ts';
import type { Catalogue, Lang } from '../core/model.ts';
import { formatCsv, formatNumber, type CsvCell } from '../core/csv.ts';
import { planFigures, type PlanDigest, type Rollup } from '../core/rollup.ts';
import { batchText } from '../i18n/batch.ts';

/**
 * Swedish: `;` between fields and a decimal comma, as Swedish Excel reads it; English: `,` and a decimal point.
 * Plans in file order, then the failed ones. Figures are means over answered indicators with two decimals
 * (decimal comma in Swedish); indicator columns hold levels or "vet ej" / "ej relevant".
 * Only organisation data: the plan's contact person is never written.
 */
export function renderOverviewCsv(digests: readonly PlanDigest[], failures: Pick<Rollup, 'failed' | 'paths'>, catalogue: Catalogue, lang: Lang): string {
  const t = batchText[lang].overview.csv;
  const comma = lang === 'sv';
  const num = (x: number | undefined): CsvCell => (x === undefined ? '' : formatNumber(x, 2, comma));
  const goalIds = catalogue.goals.map((g) => g.id);
  const areaIds = catalogue.focusAreas.map((f) => f.id);
  const indicatorIds = catalogue.indicators.map((i) => i.id);
  const head: CsvCell[] = [
    t.file, t.status, t.kommunkod, t.organisationsnummer, t.huvudman, t.skolenhetskod, t.skolenhet, t.datum,
    ...goalIds.flatMap((g) => [t.goalCurrent(g), t.goalTarget(g), t.goalGap(g)]),
    ...areaIds.map((f) => t.areaGap(f)),
    t.priorities,
    ...indicatorIds.flatMap((i) => [t.indicatorCurrent(i), t.indicatorTarget(i)]),
  ];
  const rows: CsvCell[][] = [head];
  const sorted = [...digests].filter((d) => d.catalogue.id === catalogue.id).sort((a, b) => byCodeUnits(a.file, b.file));
  for (const d of sorted) {
    const o = d.organisation;
    const fig = planFigures(d, catalogue);
    const answers = new Map(d.answers.map((a) => [a.indicator, a]));
    rows.push([
      d.file, t.ok, o.municipalityCode ?? '', o.organisationNumber ?? '', o.name, o.unit?.schoolUnitCode ?? '', o.unit?.name ?? '', d.assessmentDate,
      ...fig.goals.flatMap((g) => [num(g.meanCurrent), num(g.meanTarget), num(g.meanGap)]),
      ...fig.focusAreas.map((f) => num(f.meanGap)),
      d.priorities.join(', '),
      ...indicatorIds.flatMap((id): CsvCell[] => {
        const a = answers.get(id);
        if (!a) return ['', ''];
        if (a.state === 'answered') return [a.current, a.target];
        if (a.state === 'unknown') return [t.unknown, ''];
        if (a.state === 'not-relevant') return [t.notRelevant, ''];
        return ['', ''];
      }),
    ]);
  }
  for (const f of failures.failed) rows.push([f.file, t.failed]);
  for (const f of failures.paths) rows.push([f.file, t.path]);
  return formatCsv(rows, comma ? ';' : ',');
}
