// A hand-built report for the PDF tests: a small but complete catalogue, a plan with every kind of action, and a schedule.
import { compareTerms } from '../../src/core/terms.ts';
import type {
  Catalogue,
  GroupSummary,
  Indicator,
  IndicatorGap,
  Initiative,
  Level,
  PlanReport,
  Priority,
  ScheduledAction,
  UnscheduledAction,
} from '../../src/core/model.ts';

const src = (title: string, url: string) => ({ title, url });

const focusAreas: Catalogue['focusAreas'] = [
  {
    id: '1',
    title: { sv: 'Digital kompetens för alla i skolväsendet', en: 'Digital competence for all in the school system' },
    goal: { sv: 'Adekvat digital kompetens.', en: 'Adequate digital competence.' },
    wording: 'paraphrase',
    sources: [src('SKR – Nationell digitaliseringsstrategi', 'https://skr.se/strategi')],
  },
  {
    id: '2',
    title: { sv: 'Likvärdig tillgång och användning', en: 'Equal access and use' },
    goal: { sv: 'God och likvärdig tillgång.', en: 'Good and equal access.' },
    wording: 'paraphrase',
    sources: [],
  },
  {
    id: '3',
    title: { sv: 'Forskning och uppföljning kring digitaliseringens möjligheter', en: 'Research and follow-up on the possibilities of digitalisation' },
    goal: { sv: 'Forskning och uppföljning.', en: 'Research and follow-up.' },
    wording: 'paraphrase',
    sources: [],
  },
];

const goalTexts: [string, string, string][] = [
  ['1.1', '1', 'Barn och elever ska i alla delar av skolväsendet ges förutsättningar att utveckla adekvat digital kompetens'],
  ['1.2', '1', 'Förskolechefer, rektorer och huvudmän ska ha förmåga att strategiskt leda digitalt utvecklingsarbete i verksamheterna'],
  ['1.3', '1', 'Personal som arbetar med barn och elever ska ha kompetens att välja och använda digitala verktyg i utbildningen'],
  ['2.1', '2', 'Barn, elever och personal ska ha tillgång till digitala verktyg utifrån sina behov och förutsättningar'],
  ['2.2', '2', 'Det ska finnas ändamålsenlig infrastruktur samt teknisk och pedagogisk support i verksamheten'],
  ['2.3', '2', 'De digitala lärresurser som används i utbildningen ska vara ändamålsenliga'],
  ['2.4', '2', 'Digitaliseringens möjligheter ska tas till vara i personalens administrativa arbete'],
  ['3.1', '3', 'Forskningen om hur digitaliseringen påverkar undervisning och lärande ska stärkas'],
  ['3.2', '3', 'Uppföljning av digitaliseringsarbetet i skolväsendet ska genomföras'],
];

const indicatorTitles: Record<string, string> = {
  '1.1.a': 'Digital kompetens i undervisningen',
  '1.1.b': 'Källkritik och säkert nätbeteende',
  '1.2.a': 'Strategi och mål för digitaliseringen',
  '1.2.b': 'Ledningens förmåga att följa upp',
  '1.3.a': 'Kompetensutveckling för lärare',
  '1.3.b': 'Val mellan tryckta och digitala lärverktyg',
  '2.1.a': 'Tillgång till digitala verktyg för elever',
  '2.1.b': 'Anpassade verktyg för elever i behov av stöd',
  '2.2.a': 'Nätverk och uppkoppling på alla skolor',
  '2.2.b': 'Teknisk och pedagogisk support',
  '2.3.a': 'Ändamålsenliga digitala lärresurser',
  '2.3.b': 'Tillgänglighet i lärresurserna',
  '2.4.a': 'Informationssäkerhet och dataskydd',
  '2.4.b': 'Informationsutbyte mellan system (SS 12000)',
  '3.1.a': 'Samverkan med forskning',
  '3.1.b': 'Forskningsanknuten undervisning',
  '3.2.a': 'Systematisk uppföljning av digitaliseringen',
  '3.2.b': 'Uppföljning av effekter för elevers lärande',
};

const resourceIds = ['skr-skoldigiguide', 'skolverket-digitalisering', 'sambi', 'ss-12000', 'dos-lagen', 'okand-resurs'];

function indicator(id: string): Indicator {
  const goal = id.slice(0, 3);
  const n = Number(id[0]) + Number(id[2]);
  return {
    id,
    goal,
    title: { sv: indicatorTitles[id]!, en: `${indicatorTitles[id]} (en)` },
    question: { sv: 'Fråga?', en: 'Question?' },
    help: { sv: 'Hjälp.', en: 'Help.' },
    levels: [1, 2, 3, 4].map((l) => ({ sv: `Nivå ${l}`, en: `Level ${l}` })) as Indicator['levels'],
    importance: id.endsWith('a') ? 'high' : 'medium',
    prerequisites: id === '2.4.b' ? ['2.2.a'] : [],
    actions: [1, 2, 3].map((from) => ({
      id: `${id}-${from}`,
      from: from as 1 | 2 | 3,
      title: { sv: `Förslag ${id} steg ${from}`, en: `Suggestion ${id} step ${from}` },
      description: { sv: `Beskrivning av steg ${from} för ${indicatorTitles[id]}.`, en: `Description of step ${from}.` },
      terms: 1,
      cost: 'low' as const,
      owner: { sv: 'Skolchef', en: 'Director of education' },
    })),
    resources: [resourceIds[n % resourceIds.length]!, resourceIds[(n + 2) % resourceIds.length]!],
    initiatives: id.startsWith('1.2') ? [1, 13] : id.startsWith('2.2') ? [11, 12] : id.startsWith('3') ? [7] : [],
    sources: [src(`Källa för ${id}`, `https://example.se/kalla/${id}`)],
  };
}

const initiatives: Initiative[] = Array.from({ length: 18 }, (_, i) => {
  const number = i + 1;
  const verified = [1, 11, 12, 13].includes(number);
  return verified
    ? {
        number,
        verified,
        title: `Bekräftad titel på initiativ ${number} om skolans digitalisering`,
        titleEn: `Confirmed title of initiative ${number}`,
        actor: { sv: 'Skolverket', en: 'Skolverket' },
        status: { sv: 'Genomfört enligt SKR:s uppföljning.', en: 'Carried out according to SKR.' },
        goals: [],
        sources: [src(`SKR – initiativ ${number}`, `https://skr.se/initiativ/${number}`)],
      }
    : { number, verified, goals: [], sources: [src('SKL – Nationell handlingsplan', 'https://issuu.com/skl/handlingsplan')] };
});

export function fixtureCatalogue(): Catalogue {
  return {
    id: 'nationell',
    version: '1.0.0',
    date: '2026-11-28',
    title: { sv: 'Nationell katalog för skolans digitalisering', en: 'National catalogue for school digitalisation' },
    framework: {
      sv: 'Katalogen följer regeringens nationella digitaliseringsstrategi för skolväsendet (2017) och SKL:s handlingsplan #skolDigiplan (2019).',
      en: 'The catalogue follows the national digitalisation strategy (2017) and #skolDigiplan (2019).',
    },
    sources: [
      src('Regeringen – Nationell digitaliseringsstrategi för skolväsendet (2017)', 'https://www.regeringen.se/strategi-2017'),
      { title: 'SKR – Nationell handlingsplan', url: 'https://skr.se/handlingsplan', checked: '2026-11-20' },
    ],
    costClasses: { low: 50000, medium: 200000, high: 600000 },
    policyContext: [
      {
        id: 'p1',
        date: '2024-07-01',
        title: { sv: 'Skolverket ska beakta digitaliseringens risker', en: 'Skolverket must consider the risks' },
        text: { sv: 'Sedan juli 2024 ska Skolverket särskilt beakta riskerna med digitalisering.', en: 'Since July 2024 Skolverket must consider the risks.' },
        sources: [src('Regeringen – pressmeddelande', 'https://www.regeringen.se/risker')],
      },
    ],
    focusAreas,
    goals: goalTexts.map(([id, fa, text]) => ({
      id,
      focusArea: fa,
      text: { sv: text, en: `${text} (en)` },
      wording: 'paraphrase',
      verified: false,
      sources: [],
    })),
    indicators: Object.keys(indicatorTitles).map(indicator),
    resources: resourceIds.map((id, i) => ({
      id,
      title: { sv: `Resurs ${i + 1}: stöd för ${id} – vägledning för huvudmän`, en: `Resource ${i + 1}: support for ${id}` },
      publisher: i % 2 ? 'Skolverket' : 'SKR',
      url: `https://example.se/resurser/${id}/en-ganska-lang-adress-som-ska-brytas-snyggt?param=1&lang=sv`,
      kind: (['guidance', 'training', 'service', 'standard', 'law', 'research'] as const)[i]!,
      description: { sv: `Beskrivning av resursen ${id}: vad den är och hur den hjälper huvudmannen att stänga glappen.`, en: `Description of ${id}.` },
      verified: id !== 'okand-resurs',
    })),
    initiatives,
  };
}

const answers: Record<
  string,
  { current: Level; target: Level; importance?: 'high' | 'medium' | 'low'; comment?: string } | { status: 'unknown' | 'not-relevant' }
> = {
  '1.1.a': { current: 2, target: 3 },
  '1.1.b': { current: 2, target: 4, importance: 'high', comment: 'Risker med skärmtid ska hanteras enligt Skolverkets nya uppdrag.' },
  '1.2.a': { current: 1, target: 3, importance: 'high', comment: 'Planen från 2019 är inte uppdaterad; nämnden efterfrågar en ny.' },
  '1.2.b': { current: 3, target: 3 },
  '1.3.a': { current: 2, target: 3 },
  '1.3.b': { current: 1, target: 3, importance: 'high' },
  '2.1.a': { current: 3, target: 4 },
  '2.1.b': { status: 'unknown' },
  '2.2.a': { current: 2, target: 4 },
  '2.2.b': { current: 3, target: 3 },
  '2.3.a': { current: 2, target: 3 },
  '2.3.b': { status: 'not-relevant' },
  '2.4.a': { current: 2, target: 4, importance: 'high' },
  '2.4.b': { current: 1, target: 3 },
  '3.1.a': { status: 'unknown' },
  '3.2.a': { current: 2, target: 3 },
  '3.2.b': { current: 1, target: 2 },
};

export interface FixtureOptions {
  orgName?: string;
  /** Replaces the title of action A01. */
  actionTitle?: string;
  /** Replaces the comment on 1.2.a. */
  comment?: string;
  /** Extra plan actions, to make the tables run over pages. */
  extraActions?: number;
  kind?: 'municipality' | 'independent';
}

export function fixtureReport(o: FixtureOptions = {}): PlanReport {
  const catalogue = fixtureCatalogue();
  const planAnswers = structuredClone(answers);
  if (o.comment !== undefined) (planAnswers['1.2.a'] as { comment?: string }).comment = o.comment;
  const gaps: IndicatorGap[] = catalogue.indicators.map((ind) => {
    const a = planAnswers[ind.id];
    const base = { indicator: ind.id, goal: ind.goal, focusArea: ind.goal[0]!, importance: ind.importance };
    if (!a) return { ...base, state: 'unanswered' };
    if ('status' in a) return { ...base, state: a.status };
    const gap = a.target - a.current;
    return {
      ...base,
      state: 'answered',
      current: a.current,
      target: a.target,
      gap,
      importance: a.importance ?? ind.importance,
      ...(gap > 0 ? { resources: ind.resources, initiatives: ind.initiatives } : {}),
    };
  });
  const summarise = (id: string, of: IndicatorGap[]): GroupSummary => {
    const answered = of.filter((g) => g.state === 'answered');
    const mean = (f: (g: IndicatorGap) => number) => (answered.length ? answered.reduce((s, g) => s + f(g), 0) / answered.length : undefined);
    const s: GroupSummary = {
      id,
      answered: answered.length,
      unknown: of.filter((g) => g.state === 'unknown').length,
      notRelevant: of.filter((g) => g.state === 'not-relevant').length,
      unanswered: of.filter((g) => g.state === 'unanswered').length,
    };
    const mc = mean((g) => g.current!);
    const mt = mean((g) => g.target!);
    if (mc !== undefined && mt !== undefined) Object.assign(s, { meanCurrent: mc, meanTarget: mt, meanGap: mt - mc });
    return s;
  };
  const priorities: Priority[] = gaps
    .filter((g) => (g.gap ?? 0) > 0)
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0) || a.indicator.localeCompare(b.indicator))
    .map((g, i) => ({
      indicator: g.indicator,
      rank: i + 1,
      score: 10 - i,
      reasons: [
        { kind: 'gap', from: g.current!, to: g.target! },
        ...(g.importance === 'high' ? [{ kind: 'importance' as const, importance: 'high' as const }] : []),
        ...(g.indicator === '2.2.a' ? [{ kind: 'prerequisite-for' as const, indicators: ['2.4.b'] }] : []),
        ...(g.initiatives?.length ? [{ kind: 'national-support' as const, initiatives: g.initiatives }] : []),
        { kind: 'resources', count: 2 },
      ],
    }));
  const action = (id: string, title: string, start: string, end: string, extra: Partial<ScheduledAction> = {}): ScheduledAction => ({
    id,
    origin: 'plan',
    title,
    indicators: ['1.2.a'],
    owner: 'Skolchef',
    start,
    end,
    terms: 1,
    cost: 120000,
    costEstimated: false,
    status: 'planned',
    resources: ['skr-skoldigiguide'],
    initiatives: [],
    fixed: true,
    ...extra,
  });
  // A step the catalogue suggests: its cost is an estimate, and the schedule may move it.
  const suggested = (id: string, title: string, start: string, end: string, extra: Partial<ScheduledAction>): ScheduledAction =>
    action(id, title, start, end, { origin: 'suggestion', costEstimated: true, fixed: false, ...extra });
  const scheduled: ScheduledAction[] = [
    action('A01', o.actionTitle ?? 'Ta fram en digitaliseringsplan med mätbara mål och förankra den hos rektorerna', '2026-HT', '2027-VT', {
      status: 'in-progress',
      initiatives: [1, 13],
      successCriteria: 'Nämnden har beslutat planen och alla rektorer känner till målen.',
      description: 'Planen omfattar förskola, grundskola och gymnasieskola och tar hänsyn till Skolverkets nya uppdrag om digitaliseringens risker.',
    }),
    action('A02', 'Gemensam kravbild för upphandling av digitala verktyg – dataskydd, tillgänglighet och SS 12000', '2027-VT', '2027-HT', {
      owner: 'Upphandlingschef',
      cost: 250000,
      indicators: ['2.4.a', '2.4.b'],
      resources: ['ss-12000', 'dos-lagen'],
    }),
    action('A03', 'Riktlinjer för val mellan tryckta och digitala lärverktyg', '2027-VT', '2027-VT', {
      owner: 'Grundskolechef',
      cost: 0,
      indicators: ['1.3.b'],
      status: 'done',
      resources: [],
    }),
    action('A04', 'Klassa informationen i elevsystemen', '2027-HT', '2028-VT', {
      owner: 'Informationssäkerhetssamordnare',
      cost: 600000,
      indicators: ['2.4.a'],
      resources: ['okand-resurs'],
    }),
    suggested('S01', 'Förslag 2.2.a steg 2', '2027-HT', '2027-HT', {
      suggestion: '2.2.a-2',
      titleText: { sv: 'Kartlägg nätverkets kapacitet på alla skolor', en: 'Map network capacity at every school' },
      ownerText: { sv: 'It-chef', en: 'Head of IT' },
      descriptionText: { sv: 'Mät uppkopplingen på varje skola och jämför med behoven i undervisningen.', en: 'Measure the connection at every school.' },
      owner: undefined,
      cost: 50000,
      indicators: ['2.2.a'],
      resources: ['sambi'],
      initiatives: [11, 12],
    }),
    suggested('S02', 'Förslag 3.2.b steg 1', '2028-VT', '2029-VT', {
      suggestion: '3.2.b-1',
      titleText: { sv: 'Inför en årlig uppföljning av effekterna för elevernas lärande', en: 'Introduce a yearly follow-up of effects on learning' },
      ownerText: { sv: 'Kvalitetschef', en: 'Head of quality' },
      owner: undefined,
      cost: 200000,
      indicators: ['3.2.b'],
      resources: ['skolverket-digitalisering'],
      initiatives: [7],
    }),
    action('A05', 'Fortbildning i digital kompetens för alla lärare', '2028-HT', '2029-HT', {
      owner: 'Utvecklingsledare',
      cost: 400000,
      indicators: ['1.3.a'],
      status: 'postponed',
    }),
  ];
  for (let i = 0; i < (o.extraActions ?? 0); i++) {
    scheduled.push(
      action(`X${String(i + 1).padStart(2, '0')}`, `Extra åtgärd ${i + 1} för att prova sidbrytningar i tabellen över åtgärder`, '2027-VT', '2028-HT', {
        description: 'En beskrivning som tar några rader i tabellen, så att raderna måste delas mellan sidor ibland. '.repeat(1 + (i % 3)),
      }),
    );
  }
  const notScheduled: UnscheduledAction[] = [
    {
      ...omitTerms(
        suggested('S03', 'Förslag 2.1.a steg 3', '', '', {
          suggestion: '2.1.a-3',
          titleText: { sv: 'Säkra tillgången till verktyg för alla elever', en: 'Secure access to tools for every pupil' },
          cost: 600000,
        }),
      ),
      reason: { kind: 'budget' },
    },
    {
      ...omitTerms(
        suggested('S04', 'Förslag 2.4.b steg 1', '', '', { titleText: { sv: 'Inför SS 12000 i elevsystemen', en: 'Introduce SS 12000' }, cost: 50000 }),
      ),
      reason: { kind: 'prerequisite', indicators: ['2.2.a'] },
    },
    { ...omitTerms(action('A06', 'Samverkan med högskolan om praktiknära forskning', '', '', { cost: 0 })), reason: { kind: 'capacity' } },
  ];
  const terms = ['2027-VT', '2027-HT', '2028-VT', '2028-HT', '2029-VT', '2029-HT'];
  return {
    plan: {
      schemaVersion: 1,
      catalogue: { id: 'nationell', version: '1.0.0' },
      organisation: {
        name: o.orgName ?? 'Exempelby kommun – barn- och utbildningsförvaltningen',
        kind: o.kind ?? 'municipality',
        ...(o.kind === 'independent'
          ? { organisationNumber: '556677-8899', unit: { name: 'Exempelskolan Östra', schoolUnitCode: '12345678' } }
          : { municipalityCode: '0180' }),
        schoolForms: ['forskola', 'grundskola', 'gymnasieskola'],
        contact: { name: 'Åsa Öberg', role: 'utvecklingsledare', email: 'asa.oberg@example.se' },
      },
      assessment: { date: '2026-11-28', answers: planAnswers },
      planning: { start: '2027-VT', terms: 6, capacity: { actionsPerTerm: 3, budgetPerYear: 800000 } },
      actions: [],
    },
    catalogue,
    gaps,
    goals: goalTexts.map(([id]) =>
      summarise(
        id,
        gaps.filter((g) => g.goal === id),
      ),
    ),
    focusAreas: focusAreas.map((f) =>
      summarise(
        f.id,
        gaps.filter((g) => g.focusArea === f.id),
      ),
    ),
    priorities,
    schedule: {
      terms,
      scheduled,
      notScheduled,
      warnings: [
        { kind: 'capacity-exceeded', term: '2027-VT', used: 4, limit: 3 },
        { kind: 'budget-exceeded', year: 2027, used: 920000, limit: 800000 },
        { kind: 'before-prerequisite', action: 'A02', prerequisite: '2.2.a' },
      ],
      load: terms.map((term) => ({ term, actions: scheduled.filter((a) => compareTerms(a.start, term) <= 0 && compareTerms(term, a.end) <= 0).length })),
      spend: [
        { year: 2027, cost: 920000 },
        { year: 2028, cost: 600000 },
        { year: 2029, cost: 0 },
      ],
    },
    resources: ['skr-skoldigiguide', 'sambi', 'ss-12000', 'dos-lagen', 'okand-resurs'],
    initiatives: [1, 7, 11, 12, 13],
    referenceDate: '2027-09-01',
    late: ['A01'],
    // As buildReport sets it: the plan's own capacity and budget.
    limits: { actionsPerTerm: 3, budgetPerYear: 800000 },
  };
}

function omitTerms(a: ScheduledAction): Omit<ScheduledAction, 'start' | 'end'> {
  const { start, end, ...rest } = a;
  void start;
  void end;
  return rest;
}
