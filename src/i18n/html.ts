// Wording that only the HTML documents need: landmarks, the cover's record details, chart texts, sorting and filtering.
// Headings and table labels come from the texts of the Markdown renderers (report.ts, compare.ts, batch.ts).
import type { Lang } from '../core/model.ts';
import { plural } from './plural.ts';

const sv = {
  skip: 'Hoppa till innehållet',
  planKind: 'Handlingsplan',
  compareKind: 'Uppföljning',
  overviewKind: 'Sammanställning',
  generated: (date: string) => `Framtagen med skoldigiplan. Referensdatum: ${date}.`,
  contents: 'Innehåll',
  cover: {
    heading: 'Dokumentuppgifter',
  },
  levelsChart: {
    title: 'Nuläge och målnivå per fokusområde',
    desc: (parts: string[]) => `Stapeldiagram över medelnivå 1–4. ${parts.join(' ')} Samma värden står i tabellen nedan.`,
    part: (area: string, current: string, target: string) => `${area}: nuläge ${current}, målnivå ${target}.`,
    current: 'Nuläge',
    target: 'Målnivå',
    caption: 'Medelnivå per fokusområde (1–4). Samma värden står i tabellen.',
  },
  gantt: {
    title: 'Tidsplan för åtgärderna',
    desc: (n: number, from: string, to: string, counts: string) =>
      `Gantt-schema med ${n} ${plural('sv', n, 'åtgärd', 'åtgärder')} från ${from} till ${to}: ${counts}.`,
    caption: 'Varje rad är en åtgärd och varje kolumn en termin. Status syns som mönster och text, inte bara som färg. Samma uppgifter står i',
    captionLink: 'tabellen Åtgärder',
    legend: 'Teckenförklaring',
    late: 'försenad',
    overCapacity: 'över kapaciteten',
    scroll: 'Tidsplan (kan rullas i sidled)',
  },
  table: {
    sortBy: (column: string) => `Sortera efter ${column}`,
    filter: 'Filtrera raderna',
    filterHint: 'Skriv en del av ett namn, en kod eller en indikator.',
    shown: (n: number, of: number) => `Visar ${n} av ${of} ${plural('sv', of, 'rad', 'rader')}.`,
  },
};

export type HtmlText = typeof sv;

const en: HtmlText = {
  skip: 'Skip to content',
  planKind: 'Action plan',
  compareKind: 'Follow-up',
  overviewKind: 'Overview',
  generated: (date) => `Produced with skoldigiplan. Reference date: ${date}.`,
  contents: 'Contents',
  cover: {
    heading: 'Document details',
  },
  levelsChart: {
    title: 'Current and target level per focus area',
    desc: (parts) => `Bar chart of the mean level 1–4. ${parts.join(' ')} The same values are in the table below.`,
    part: (area, current, target) => `${area}: current ${current}, target ${target}.`,
    current: 'Current',
    target: 'Target',
    caption: 'Mean level per focus area (1–4). The same values are in the table.',
  },
  gantt: {
    title: 'Timeline of the actions',
    desc: (n, from, to, counts) => `Gantt chart of ${n} ${plural('en', n, 'action', 'actions')} from ${from} to ${to}: ${counts}.`,
    caption: 'Each row is an action and each column a term. The status shows as a pattern and as text, not only as a colour. The same details are in',
    captionLink: 'the table Actions',
    legend: 'Legend',
    late: 'late',
    overCapacity: 'over capacity',
    scroll: 'Timeline (scrolls sideways)',
  },
  table: {
    sortBy: (column) => `Sort by ${column}`,
    filter: 'Filter the rows',
    filterHint: 'Type part of a name, a code or an indicator.',
    shown: (n, of) => `Showing ${n} of ${of} ${plural('en', of, 'row', 'rows')}.`,
  },
};

export const htmlText: Record<Lang, HtmlText> = { sv, en };
