// The comparison as a sequence of headings, sentences and tables in one language: Markdown and PDF draw the same view.
import type { ActionSnapshot, AnswerSnapshot, CompareResult, DroppedAction, IndicatorComparison } from '../core/compare.ts';
import type { Catalogue, Lang } from '../core/model.ts';
import { compareText, organisationDifferenceList } from '../i18n/compare.ts';
import { statusText } from '../i18n/status.ts';
import { indexCatalogue } from '../core/catalogue.ts';
import { indicatorName } from './indicator-name.ts';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'notice'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; align: ('left' | 'right')[]; rows: string[][] };

/** Text in blocks is plain: each renderer escapes it for its own format. */
export function compareView(result: CompareResult, catalogue: Catalogue, lang: Lang): Block[] {
  const t = compareText[lang];
  const names = statusText[lang].names;
  const idx = indexCatalogue(catalogue);
  const goalText = new Map(catalogue.goals.map((g) => [g.id, g.text[lang]]));
  const label = (id: string, title?: string) => (title ? `${id} ${title}` : id);
  const level = (s: AnswerSnapshot) =>
    `${s.state === 'answered' ? String(s.current) : t.states[s.state]}${s.reassess ? ` (${t.reassessMark(s.reassess)})` : ''}`;
  const mean = (x?: number) => (x === undefined ? t.none : t.number(x));
  const actionLabel = (a: ActionSnapshot) => `${a.id} ${a.title}${a.isNew ? ` (${t.isNew})` : ''}`;
  const end = (a: ActionSnapshot) => (a.end === undefined ? t.noEnd : a.olderEnd !== undefined ? t.endMoved(a.end, a.olderEnd) : a.end);
  const indicatorChange = (r: IndicatorComparison) => {
    if (r.direction !== 'not-comparable') return t.indicatorDirection(r.direction, r.change);
    if (r.newer.state === 'answered') return t.nowKnown;
    if (r.older.state === 'answered') return t.noLongerKnown;
    return t.indicatorDirection(r.direction);
  };
  const s = result.summary;
  const blocks: Block[] = [];

  blocks.push({
    kind: 'title',
    text: t.title(result.newer.organisation.unit ? `${result.newer.organisation.name}, ${result.newer.organisation.unit}` : result.newer.organisation.name),
  });
  blocks.push({ kind: 'paragraph', text: t.intro(result.older.assessmentDate, result.older.file ?? '', result.newer.assessmentDate, result.newer.file ?? '') });
  if (result.organisationDifferences.length > 0) {
    blocks.push({ kind: 'notice', text: t.about.organisations(organisationDifferenceList(result.organisationDifferences, lang)) });
  }

  blocks.push({ kind: 'heading', level: 2, text: t.sections.summary });
  const summary = [t.summaryGoals(s.goals), t.summaryIndicators(s.indicators), t.summaryActions(s.actions)];
  if (s.actions.doneEarlier > 0) summary.push(t.summaryDoneEarlier(s.actions.doneEarlier));
  if (s.targets.raised + s.targets.lowered > 0) summary.push(t.summaryTargets(s.targets.raised, s.targets.lowered));
  if (s.unknown.older + s.unknown.newer + s.notRelevant.older + s.notRelevant.newer > 0) summary.push(t.summaryOpen(s.unknown, s.notRelevant));
  blocks.push({ kind: 'list', items: summary });
  blocks.push({ kind: 'paragraph', text: t.referenceDate(result.referenceDate) });

  blocks.push({ kind: 'heading', level: 2, text: t.sections.goals });
  blocks.push({ kind: 'paragraph', text: t.goalsNote });
  blocks.push({
    kind: 'table',
    head: [t.head.goal, t.head.before, t.head.now, t.head.change],
    align: ['left', 'right', 'right', 'left'],
    rows: result.goals.map((g) => [label(g.goal, goalText.get(g.goal)), mean(g.olderMean), mean(g.newerMean), t.goalDirection(g.direction, g.change)]),
  });

  const changed = result.indicators.filter((r) => r.direction !== 'unchanged' && !(r.direction === 'not-comparable' && r.older.state === r.newer.state));
  if (result.indicators.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.sections.indicators });
    if (changed.length > 0) {
      blocks.push({
        kind: 'table',
        head: [t.head.indicator, t.head.before, t.head.now, t.head.change],
        align: ['left', 'right', 'right', 'left'],
        rows: changed.map((r) => [indicatorName(idx, r.indicator, lang), level(r.older), level(r.newer), indicatorChange(r)]),
      });
    }
    const rest = result.indicators.length - changed.length;
    if (rest > 0) blocks.push({ kind: 'paragraph', text: t.unchangedRest(rest) });
  }

  if (result.targets.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.sections.targets });
    blocks.push({
      kind: 'table',
      head: [t.head.indicator, t.head.targetThen, t.head.targetNow],
      align: ['left', 'right', 'right'],
      rows: result.targets.map((m) => [indicatorName(idx, m.indicator, lang), String(m.older), String(m.newer)]),
    });
  }

  const a = result.actions;
  if (a.done.length + a.late.length + a.ongoing.length + a.dropped.length + a.new.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.sections.actions });
    // One sub-section per group of actions: a heading with the count, then a table whose first column is the action.
    const table = <T>(title: string, rows: T[], columns: string[], cells: (r: T) => string[]) => {
      if (rows.length === 0) return;
      const head = [t.head.action, ...columns];
      blocks.push({ kind: 'heading', level: 3, text: `${title} (${rows.length})` });
      blocks.push({ kind: 'table', head, align: head.map(() => 'left' as const), rows: rows.map(cells) });
    };
    const why = (d: DroppedAction) => (d.note ? `${t.reasons[d.reason]}: ${d.note}` : t.reasons[d.reason]);
    table(t.sections.done, a.done, [t.head.statusThen, t.head.note], (r) => [actionLabel(r), r.olderStatus ? names[r.olderStatus] : t.isNew, r.note ?? t.none]);
    table(t.sections.late, a.late, [t.head.status, t.head.endPassed, t.head.owner], (r) => [actionLabel(r), names[r.status], end(r), r.owner ?? t.none]);
    table(t.sections.ongoing, a.ongoing, [t.head.status, t.head.end], (r) => [actionLabel(r), names[r.status], end(r)]);
    table(t.sections.dropped, a.dropped, [t.head.statusThen, t.head.reason], (d) => [`${d.id} ${d.title}`, names[d.olderStatus], why(d)]);
    table(t.sections.new, a.new, [t.head.status, t.head.end], (r) => [`${r.id} ${r.title}`, names[r.status], end(r)]);
  }

  const about: string[] = [];
  const o = result.older.catalogue;
  const n = result.newer.catalogue;
  if (o.id !== n.id || o.version !== n.version) about.push(t.about.versions(`${o.id} ${o.version}`, `${n.id} ${n.version}`));
  for (const side of ['older', 'newer'] as const) {
    const m = result[side].migration;
    if (!m) continue;
    const list = [...m.mapped.map((x) => t.mapping.moved(x.from, x.to)), ...m.removed.map(t.mapping.removed)].join('; ');
    about.push(t.about.migrated(side, m.from, m.to, list));
  }
  for (const side of ['older', 'newer'] as const) {
    const marked = result.indicators.filter((r) => r[side].reassess !== undefined);
    if (marked.length > 0) about.push(t.about.reassessed(side, marked[0]![side].reassess!, marked.map((r) => r.indicator).join(', ')));
  }
  if (result.catalogue.onlyInOlder.length > 0) about.push(t.about.onlyInOlder(result.catalogue.onlyInOlder.join(', ')));
  if (result.catalogue.onlyInNewer.length > 0) about.push(t.about.onlyInNewer(result.catalogue.onlyInNewer.join(', ')));
  if (about.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.sections.about });
    blocks.push({ kind: 'list', items: about });
  }
  return blocks;
}
