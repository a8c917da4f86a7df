// Wording of the rendered action plan (Markdown, and the parts other renderers share): labels, reasons, statuses.
import type { ActionStatus, Importance, Lang } from '../core/model.ts';
import { catalogueWords } from './catalogue-words.ts';
import { numberFormat } from './number-format.ts';
import { plural } from './plural.ts';

export function formatDecimal(n: number, lang: Lang): string {
  return numberFormat(lang, 1).format(n);
}

export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'sv' ? ' och ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/** A decision's paragraph as written ("§ 12"), with the sign added to a bare number. */
function paragraphMark(p: string): string {
  return /^\d/.test(p) ? `§ ${p}` : p;
}

const sv = {
  title: (org: string) => `Handlingsplan för digital utveckling – ${org}`,
  facts: {
    organiser: 'Huvudman',
    municipality: (code: string, county: string) => `kommunkod ${code}${county ? `, ${county}` : ''}`,
    orgNumber: (n: string) => `organisationsnummer ${n}`,
    unit: 'Skolenhet',
    unitCode: (c: string) => `skolenhetskod ${c}`,
    schoolForms: 'Skolformer',
    date: 'Bedömningsdatum',
    period: 'Planperiod',
    periodValue: (from: string, to: string, n: number) => `${from} – ${to} (${n} ${plural('sv', n, 'termin', 'terminer')})`,
    capacity: 'Kapacitet',
    perTerm: (n: number) => `${n} ${plural('sv', n, 'åtgärd', 'åtgärder')} per termin`,
    perYear: (m: string) => `budget ${m} per år`,
    noLimit: 'ingen gräns angiven',
    catalogue: 'Katalog',
    referenceDate: 'Referensdatum',
    contact: 'Kontakt',
    item: 'Uppgift',
    value: 'Värde',
  },
  schoolForms: {
    forskola: 'förskola',
    forskoleklass: 'förskoleklass',
    grundskola: 'grundskola',
    'anpassad-grundskola': 'anpassad grundskola',
    gymnasieskola: 'gymnasieskola',
    'anpassad-gymnasieskola': 'anpassad gymnasieskola',
    fritidshem: 'fritidshem',
    komvux: 'komvux',
    sameskola: 'sameskola',
    specialskola: 'specialskola',
  } as Record<string, string>,
  record: {
    proposal: 'Förslag till beslut',
    decision: 'Beslut',
    decisionValue: (body: string, date: string, paragraph?: string) => `${body}, ${date}${paragraph ? `, ${paragraphMark(paragraph)}` : ''}`,
    notDecided: 'Planen är ännu inte beslutad.',
    diarienummer: 'Diarienummer',
    version: 'Version',
    owner: 'Dokumentansvarig',
  },
  costs: {
    heading: 'Kostnad under perioden',
    year: 'År',
    own: 'Egna åtgärder',
    suggestions: 'Katalogens förslag',
    total: 'Summa',
    count: (own: number, suggestions: number) =>
      `${own} ${plural('sv', own, 'egen åtgärd', 'egna åtgärder')} och ${suggestions} förslag från katalogen under perioden.`,
    part: (label: string, n: number, amount: string, estimated: boolean) => `${label}: ${n} st, ${estimated ? 'cirka ' : ''}${amount}`,
    totalLine: (amount: string, estimated: boolean) => `Summa under perioden: ${estimated ? 'cirka ' : ''}${amount} (summan av åren i tabellen).`,
    estimateNote:
      'Uppskattade kostnader (katalogens kostnadsklasser eller åtgärder utan egen kostnad) är avrundade till hela tusental kronor och är uppskattningar, inte budgeterade belopp.',
    apartHeading: 'Räknas inte in i summan',
    apart: (id: string, reason: 'outside' | 'postponed' | 'cancelled', amount: string) =>
      `${id}: ${reason === 'outside' ? 'utanför planperioden' : reason === 'postponed' ? 'uppskjuten' : 'avbruten'} (${amount})`,
  },
  summary: {
    heading: 'Sammanfattning',
    assessed: (total: number, answered: number, unknown: number, notRelevant: number, unanswered: number) =>
      `${total} ${plural('sv', total, 'indikator', 'indikatorer')} i katalogen: ${answered} ${plural('sv', answered, 'bedömd', 'bedömda')} med nivå, ${unknown} vet ej, ${notRelevant} ej ${plural('sv', notRelevant, 'relevant', 'relevanta')}, ${unanswered} ${plural('sv', unanswered, 'obesvarad', 'obesvarade')}.`,
    gaps: (n: number) =>
      n === 0 ? 'Inga glapp mellan nuläge och mål.' : `${n} ${plural('sv', n, 'indikator har', 'indikatorer har')} ett glapp mellan nuläge och mål.`,
    scheduled: (s: number, ns: number) =>
      `${s} ${plural('sv', s, 'åtgärd är inplanerad', 'åtgärder är inplanerade')}${ns ? `; ${ns} ryms inte inom planens ramar` : ''}.`,
    top: 'Högst prioritet:',
    late: (n: number) => `${n} ${plural('sv', n, 'åtgärd är försenad', 'åtgärder är försenade')} (sista terminen har passerat utan att åtgärden är klar).`,
    noOverall: 'Planen ger ingen samlad poäng för huvudmannen: varje indikator bedöms för sig.',
  },
  levels: {
    heading: 'Nuläge och målnivå per fokusområde och delmål',
    intro:
      'Medelvärden över indikatorer som bedömts med nivå (1–4). Varje nivå förutsätter nivåerna under, och en indikator står på den högsta nivån där allt som står stämmer. Vet ej och ej relevant räknas för sig och aldrig som nivåer.',
    area: 'Område',
    current: 'Nuläge',
    target: 'Målnivå',
    gap: 'Glapp',
    answered: 'Bedömda',
    unknown: 'Vet ej',
    notRelevant: 'Ej relevant',
    unanswered: 'Obesvarade',
    focusArea: catalogueWords.sv.focusArea,
    goal: (id: string) => `Delmål ${id}`,
    paraphrase: 'omskrivning, strategins ordalydelse ej bekräftad',
  },
  priorities: {
    heading: 'Prioriterade glapp',
    intro:
      'Ordningen räknas fram ur glappets storlek, vikten, hur många andra glapp som bygger på indikatorn och vilket nationellt stöd som finns. Skälen står på varje rad.',
    rank: 'Nr',
    indicator: 'Indikator',
    levels: 'Nuläge → målnivå',
    importance: 'Vikt',
    reasons: 'Skäl',
    none: 'Inga glapp att prioritera.',
    comment: 'Kommentar',
    evidence: 'Underlag',
    notes: 'Kommentarer och underlag',
  },
  reasons: {
    gap: (from: number, to: number) => `glapp ${from}→${to}`,
    importance: (i: string) => `${i} vikt`,
    prerequisiteFor: (ids: string) => `förutsättning för ${ids}`,
    nationalSupport: (list: string) => `nationellt stöd: ${list}`,
    initiative: (n: number) => `initiativ ${n}`,
    resources: (n: number) => `${n} ${plural('sv', n, 'stödresurs', 'stödresurser')}`,
  },
  importance: { high: 'hög', medium: 'medelhög', low: 'låg' } as Record<Importance, string>,
  status: { planned: 'planerad', 'in-progress': 'pågår', done: 'klar', postponed: 'uppskjuten', cancelled: 'inställd' } as Record<ActionStatus, string>,
  timeline: {
    heading: 'Tidsplan',
    /** `over`: the plan's own dated actions fill a term or a year beyond its limit (see the warnings). */
    intro: (over: boolean): string =>
      over
        ? 'Åtgärderna ligger på terminer (VT januari–juni, HT augusti–december), aldrig före de indikatorer de bygger på. Katalogens förslag ryms inom planens kapacitet och budget, men era egna daterade åtgärder går över dem (se Varningar).'
        : 'Åtgärderna ligger på terminer (VT januari–juni, HT augusti–december), aldrig före de indikatorer de bygger på och inom planens kapacitet och budget.',
    term: 'Termin',
    actions: 'Pågående åtgärder',
    load: 'Antal',
    cost: 'Kostnad',
    ganttTitle: 'Handlingsplan',
  },
  actions: {
    heading: 'Åtgärder',
    id: 'Id',
    action: 'Åtgärd',
    indicators: 'Indikatorer',
    owner: 'Ansvarig',
    terms: 'Terminer',
    cost: 'Kostnad',
    status: 'Status',
    resources: 'Stöd',
    suggestion: 'förslag',
    estimated: 'uppskattat',
    late: 'försenad',
    none: 'Inga åtgärder.',
    legend:
      'Förslag kommer från katalogen och täcker glapp som ingen av planens egna åtgärder täcker. Uppskattade kostnader bygger på katalogens kostnadsklasser (ett planeringsantagande).',
    details: 'Beskrivningar',
    success: 'Så ser ni att det lyckats',
  },
  notScheduled: {
    heading: 'Ryms inte i planen',
    intro: 'De här åtgärderna fick inte plats inom planens ramar. Öka kapaciteten, budgeten eller antalet terminer, eller skjut upp något annat.',
    reason: 'Skäl',
    capacity: 'kapaciteten (åtgärder per termin) räcker inte',
    budget: 'budgeten per år räcker inte',
    horizon: 'ryms inte före planperiodens slut',
    prerequisite: (ids: string) => `bygger på ${ids}, som inte kunde planeras in`,
  },
  declined: {
    heading: 'Förslag som ni har valt bort',
    intro: 'Glappen finns kvar i prioriteringen, men de här förslagen tas inte med i planperioden (planning.declined i planfilen).',
  },
  warnings: {
    heading: 'Varningar',
    capacity: (term: string, used: number, limit: number) => `${term}: era egna daterade åtgärder tar ${used} platser, men kapaciteten är ${limit} per termin.`,
    budget: (year: number, used: string, limit: string) => `${year}: era egna daterade åtgärder kostar ${used}, men budgeten är ${limit} per år.`,
    beforePrerequisite: (action: string, pre: string) => `${action} börjar innan ${pre} är klar, trots att ${action} bygger på ${pre}.`,
    outsideHorizon: (action: string) => `${action} ligger utanför planperioden.`,
  },
  reassess: {
    mark: (from: string) => `besvarad mot ${from}, bedöm på nytt`,
    heading: 'Bedöm på nytt',
    intro: (from: string, to: string) =>
      `Planen gjordes med katalogversion ${from}. Frågorna eller nivåerna för de här indikatorerna har ändrats i version ${to}; svaren har förts över och används i planen, men de ska bedömas på nytt.`,
  },
  notAssessed: {
    heading: 'Inte bedömda med nivå',
    unknown: 'Vet ej',
    notRelevant: 'Ej relevant',
    unanswered: 'Obesvarade',
    hint: 'Ta reda på nuläget för indikatorerna under "vet ej" inför nästa bedömning.',
  },
  support: {
    heading: 'Nationellt stöd',
    initiatives: 'Nationella initiativ i #skolDigiplan som berör glappen',
    initiativeUnverified: (n: number) => `Initiativ ${n} (titeln är inte bekräftad mot den nationella handlingsplanen)`,
    initiative: (n: number, title: string) => `Initiativ ${n}: ${title}`,
    actor: 'Aktör',
    status: 'Status',
    noInitiatives: 'Inga nationella initiativ i katalogen berör planens glapp.',
    resources: 'Resurser',
    unverifiedResource: 'ej bekräftad',
    noResources: 'Inga resurser matchar planens glapp.',
  },
  policy: {
    heading: 'Policyläget',
  },
  sources: {
    heading: 'Källor',
    about: 'Om underlaget',
    checked: (range: { oldest?: string; newest?: string; undated: number }) =>
      [
        !range.oldest
          ? 'Katalogen anger inte när dess källor och stödresurser kontrollerades.'
          : range.oldest === range.newest
            ? `Katalogens källor och stödresurser kontrollerades senast ${range.oldest}.`
            : `Katalogens källor och stödresurser kontrollerades senast mellan ${range.oldest} och ${range.newest}.`,
        range.oldest && range.undated > 0 ? `${range.undated} av dem saknar datum för kontroll.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    intro: (id: string, version: string, date: string) =>
      `Katalogen ${id} ${version} (${date}). Varje uppgift i katalogen har sin källa; här är de som planen bygger på.`,
  },
  footer: (date: string) => `Framtagen med skoldigiplan. Referensdatum för försenade åtgärder: ${date}.`,
  appendix: (n: number, title: string) => `Bilaga ${n}. ${title}`,
  appendix1: 'Underlag och policyläge',
};

export type ReportText = typeof sv;

const en: ReportText = {
  title: (org) => `Action plan for digital development – ${org}`,
  facts: {
    organiser: 'Organiser',
    municipality: (code, county) => `municipality code ${code}${county ? `, ${county}` : ''}`,
    orgNumber: (n) => `organisation number ${n}`,
    unit: 'School unit',
    unitCode: (c) => `school unit code ${c}`,
    schoolForms: 'School forms',
    date: 'Assessment date',
    period: 'Plan period',
    periodValue: (from, to, n) => `${from} – ${to} (${n} ${plural('en', n, 'term', 'terms')})`,
    capacity: 'Capacity',
    perTerm: (n) => `${n} ${plural('en', n, 'action', 'actions')} per term`,
    perYear: (m) => `budget ${m} per year`,
    noLimit: 'no limit given',
    catalogue: 'Catalogue',
    referenceDate: 'Reference date',
    contact: 'Contact',
    item: 'Item',
    value: 'Value',
  },
  schoolForms: {
    forskola: 'preschool',
    forskoleklass: 'preschool class',
    grundskola: 'compulsory school',
    'anpassad-grundskola': 'compulsory school for pupils with intellectual disabilities',
    gymnasieskola: 'upper secondary school',
    'anpassad-gymnasieskola': 'upper secondary school for pupils with intellectual disabilities',
    fritidshem: 'school-age educare',
    komvux: 'municipal adult education',
    sameskola: 'Sami school',
    specialskola: 'special school',
  },
  record: {
    proposal: 'Proposal for decision',
    decision: 'Decision',
    decisionValue: (body, date, paragraph) => `${body}, ${date}${paragraph ? `, ${paragraphMark(paragraph)}` : ''}`,
    notDecided: 'The plan has not been decided yet.',
    diarienummer: 'Reference number (diarienummer)',
    version: 'Version',
    owner: 'Document owner',
  },
  costs: {
    heading: 'Cost over the period',
    year: 'Year',
    own: 'Own actions',
    suggestions: 'Catalogue suggestions',
    total: 'Total',
    count: (own, suggestions) =>
      `${own} own ${plural('en', own, 'action', 'actions')} and ${suggestions} ${plural('en', suggestions, 'suggestion', 'suggestions')} from the catalogue in the period.`,
    part: (label, n, amount, estimated) => `${label}: ${n}, ${estimated ? 'about ' : ''}${amount}`,
    totalLine: (amount, estimated) => `Total over the period: ${estimated ? 'about ' : ''}${amount} (the sum of the years in the table).`,
    estimateNote:
      "Estimated costs (the catalogue's cost classes, or actions without a cost of their own) are rounded to whole thousands of kronor; they are estimates, not budgeted amounts.",
    apartHeading: 'Not counted in the total',
    apart: (id, reason, amount) =>
      `${id}: ${reason === 'outside' ? 'outside the plan period' : reason === 'postponed' ? 'postponed' : 'cancelled'} (${amount})`,
  },
  summary: {
    heading: 'Summary',
    assessed: (total, answered, unknown, notRelevant, unanswered) =>
      `${total} ${plural('en', total, 'indicator', 'indicators')} in the catalogue: ${answered} assessed with a level, ${unknown} unknown, ${notRelevant} not relevant, ${unanswered} unanswered.`,
    gaps: (n) =>
      n === 0
        ? 'No gaps between current and target levels.'
        : `${n} ${plural('en', n, 'indicator has', 'indicators have')} a gap between the current and the target level.`,
    scheduled: (s, ns) =>
      `${s} ${plural('en', s, 'action is', 'actions are')} scheduled${ns ? `; ${ns} ${plural('en', ns, 'does', 'do')} not fit within the plan's limits` : ''}.`,
    top: 'Highest priority:',
    late: (n) => `${n} ${plural('en', n, 'action is', 'actions are')} late (the last term has ended and the action is not done).`,
    noOverall: 'The plan gives no overall score for the organiser: each indicator is assessed on its own.',
  },
  levels: {
    heading: 'Current and target levels by focus area and sub-goal',
    intro:
      'Averages of the indicators assessed with a level (1–4). Each level presumes the levels below it, and an indicator is at the highest level whose every condition holds. Unknown and not relevant are counted separately and never as levels.',
    area: 'Area',
    current: 'Current',
    target: 'Target',
    gap: 'Gap',
    answered: 'Assessed',
    unknown: 'Unknown',
    notRelevant: 'Not relevant',
    unanswered: 'Unanswered',
    focusArea: catalogueWords.en.focusArea,
    goal: (id) => `Sub-goal ${id}`,
    paraphrase: "paraphrase, the strategy's wording not confirmed",
  },
  priorities: {
    heading: 'Prioritised gaps',
    intro:
      'The order is computed from the size of the gap, the importance, how many other gaps build on the indicator and the national support available. The reasons are given on each row.',
    rank: 'No.',
    indicator: 'Indicator',
    levels: 'Current → target',
    importance: 'Importance',
    reasons: 'Reasons',
    none: 'No gaps to prioritise.',
    comment: 'Comment',
    evidence: 'Evidence',
    notes: 'Comments and evidence',
  },
  reasons: {
    gap: (from, to) => `gap ${from}→${to}`,
    importance: (i) => `${i} importance`,
    prerequisiteFor: (ids) => `prerequisite for ${ids}`,
    nationalSupport: (list) => `national support: ${list}`,
    initiative: (n) => `initiative ${n}`,
    resources: (n) => `${n} support ${plural('en', n, 'resource', 'resources')}`,
  },
  importance: { high: 'high', medium: 'medium', low: 'low' },
  status: { planned: 'planned', 'in-progress': 'in progress', done: 'done', postponed: 'postponed', cancelled: 'cancelled' },
  timeline: {
    heading: 'Timeline',
    intro: (over) =>
      over
        ? "Actions are placed on school terms (VT January–June, HT August–December), never before the indicators they build on. The catalogue's suggestions fit within the plan's capacity and budget, but your own dated actions go beyond them (see Warnings)."
        : "Actions are placed on school terms (VT January–June, HT August–December), never before the indicators they build on, and within the plan's capacity and budget.",
    term: 'Term',
    actions: 'Actions under way',
    load: 'Count',
    cost: 'Cost',
    ganttTitle: 'Action plan',
  },
  actions: {
    heading: 'Actions',
    id: 'Id',
    action: 'Action',
    indicators: 'Indicators',
    owner: 'Owner',
    terms: 'Terms',
    cost: 'Cost',
    status: 'Status',
    resources: 'Support',
    suggestion: 'suggestion',
    estimated: 'estimated',
    late: 'late',
    none: 'No actions.',
    legend:
      "Suggestions come from the catalogue and cover gaps that none of the plan's own actions cover. Estimated costs use the catalogue's cost classes (a planning assumption).",
    details: 'Descriptions',
    success: 'How you will know it worked',
  },
  notScheduled: {
    heading: 'Does not fit in the plan',
    intro: "These actions did not fit within the plan's limits. Raise the capacity, the budget or the number of terms, or postpone something else.",
    reason: 'Reason',
    capacity: 'not enough capacity (actions per term)',
    budget: 'not enough budget per year',
    horizon: 'does not fit before the end of the plan period',
    prerequisite: (ids) => `builds on ${ids}, which could not be scheduled`,
  },
  declined: {
    heading: 'Suggestions you have declined',
    intro: 'The gaps remain in the priorities, but these suggestions are left out of the plan period (planning.declined in the plan file).',
  },
  warnings: {
    heading: 'Warnings',
    capacity: (term, used, limit) => `${term}: your own dated actions take ${used} slots, but the capacity is ${limit} per term.`,
    budget: (year, used, limit) => `${year}: your own dated actions cost ${used}, but the budget is ${limit} per year.`,
    beforePrerequisite: (action, pre) => `${action} starts before ${pre} is done, although it builds on it.`,
    outsideHorizon: (action) => `${action} lies outside the plan period.`,
  },
  reassess: {
    mark: (from) => `answered against ${from}, assess again`,
    heading: 'Assess again',
    intro: (from, to) =>
      `The plan was made with catalogue version ${from}. The questions or levels of these indicators have changed in version ${to}; the answers have been carried over and are used in the plan, but they must be assessed again.`,
  },
  notAssessed: {
    heading: 'Not assessed with a level',
    unknown: 'Unknown',
    notRelevant: 'Not relevant',
    unanswered: 'Unanswered',
    hint: 'Find out the current level of the indicators marked unknown before the next assessment.',
  },
  support: {
    heading: 'National support',
    initiatives: 'National initiatives of #skolDigiplan that bear on the gaps',
    initiativeUnverified: (n) => `Initiative ${n} (title not confirmed against the action plan)`,
    initiative: (n, title) => `Initiative ${n}: ${title}`,
    actor: 'Actor',
    status: 'Status',
    noInitiatives: "No national initiative in the catalogue bears on the plan's gaps.",
    resources: 'Resources',
    unverifiedResource: 'not confirmed',
    noResources: "No resources match the plan's gaps.",
  },
  policy: {
    heading: 'Policy context',
  },
  sources: {
    heading: 'Sources',
    about: 'About the basis of this plan',
    checked: (range) =>
      [
        !range.oldest
          ? 'The catalogue does not say when its sources and support resources were checked.'
          : range.oldest === range.newest
            ? `The catalogue's sources and support resources were last checked on ${range.oldest}.`
            : `The catalogue's sources and support resources were last checked between ${range.oldest} and ${range.newest}.`,
        range.oldest && range.undated > 0 ? `${range.undated} of them have no date of checking.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    intro: (id, version, date) =>
      `Catalogue ${id} ${version} (${date}). Every entry in the catalogue carries its source; these are the ones this plan draws on.`,
  },
  footer: (date) => `Produced with skoldigiplan. Reference date for late actions: ${date}.`,
  appendix: (n, title) => `Appendix ${n}. ${title}`,
  appendix1: 'Basis and policy context',
};

export const reportText = { sv, en };
