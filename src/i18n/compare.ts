// Wording of `skoldigiplan compare`, its reports (Markdown and PDF) and of plans carried over between catalogue versions.
import type { Direction, OrganisationDifference } from '../core/compare.ts';
import type { AnswerState, Lang } from '../core/model.ts';
import { numberFormat } from './number-format.ts';
import { joinList } from './report.ts';
import { plural } from './plural.ts';

/**
 * A mean or a change of levels with two decimals, in the language's own digits; a real minus sign in both languages and,
 * with `sign`, a plus for a rise.
 */
function twoDecimals(lang: Lang, x: number, sign = false): string {
  return `${x < 0 ? '−' : sign && x > 0 ? '+' : ''}${numberFormat(lang, 2).format(Math.abs(x))}`;
}
const numberSv = (x: number, sign = false) => twoDecimals('sv', x, sign);
const numberEn = (x: number, sign = false) => twoDecimals('en', x, sign);

interface Tally {
  total: number;
  raised: number;
  lowered: number;
  unchanged: number;
  notComparable: number;
}

interface ActionTally {
  done: number;
  doneEarlier: number;
  ongoing: number;
  late: number;
  dropped: number;
  new: number;
}

const svFields: Record<OrganisationDifference['field'], string> = {
  kind: 'typ av huvudman',
  municipalityCode: 'kommunkod',
  organisationNumber: 'organisationsnummer',
  schoolUnitCode: 'skolenhetskod',
};

const sv = {
  number: numberSv,
  title: (name: string) => `Uppföljning av den digitala utvecklingen: ${name}`,
  footer: 'Framtagen med skoldigiplan.',
  intro: (olderDate: string, olderFile: string, newerDate: string, newerFile: string) =>
    `Jämförelse av bedömningen ${olderDate}${olderFile ? ` (${olderFile})` : ''} med bedömningen ${newerDate}${newerFile ? ` (${newerFile})` : ''}.`,
  referenceDate: (date: string) =>
    `Referensdatum: ${date}. En åtgärd är försenad när dess sista termin har tagit slut före det datumet utan att åtgärden är klar.`,
  sections: {
    summary: 'Sammanfattning',
    goals: 'Delmål',
    indicators: 'Indikatorer som har ändrats',
    targets: 'Ändrade målnivåer',
    actions: 'Åtgärder',
    done: 'Klara sedan förra bedömningen',
    late: 'Försenade',
    ongoing: 'Pågår eller planerade',
    dropped: 'Har utgått',
    new: 'Nya i planen',
    about: 'Om jämförelsen',
  },
  goalsNote:
    'Medelvärdet av nuläget (nivå 1–4) för de indikatorer som har en känd nivå i båda bedömningarna. Svaren vet ej och ej relevant räknas aldrig som nivåer.',
  summaryGoals: (t: Tally) => {
    if (t.total === 0) return 'Inga delmål finns i båda katalogerna, så inga delmål kan jämföras.';
    const rest: string[] = [];
    if (t.lowered) rest.push(`${t.lowered} har sänkts`);
    if (t.unchanged) rest.push(`${t.unchanged} är ${plural('sv', t.unchanged, 'oförändrat', 'oförändrade')}`);
    if (t.notComparable) rest.push(`${t.notComparable} går inte att jämföra`);
    return `${joinList([`${t.raised} av ${t.total} delmål har höjts`, ...rest], 'sv')}.`;
  },
  summaryIndicators: (t: Tally) => {
    if (t.total === 0) return 'Ingen indikator är bedömd i någon av planerna.';
    const rest: string[] = [];
    if (t.lowered) rest.push(`${t.lowered} har fått lägre nivå`);
    if (t.unchanged) rest.push(`${t.unchanged} har samma nivå`);
    if (t.notComparable) rest.push(`${t.notComparable} går inte att jämföra`);
    const first = `${t.raised} av ${t.total} bedömda ${plural('sv', t.total, 'indikator', 'indikatorer')} har fått högre nivå`;
    return `${joinList([first, ...rest], 'sv')}.`;
  },
  summaryActions: (t: ActionTally) => {
    const parts = [t.done === 0 ? 'Ingen åtgärd har blivit klar' : `${t.done} ${plural('sv', t.done, 'åtgärd har blivit klar', 'åtgärder har blivit klara')}`];
    parts.push(t.late === 0 ? 'ingen är försenad' : `${t.late} ${plural('sv', t.late, 'är försenad', 'är försenade')}`);
    if (t.ongoing) parts.push(`${t.ongoing} pågår eller är ${plural('sv', t.ongoing, 'planerad', 'planerade')}`);
    if (t.dropped) parts.push(`${t.dropped} har utgått`);
    if (t.new) parts.push(`${t.new} är ${plural('sv', t.new, 'ny', 'nya')}`);
    return `${joinList(parts, 'sv')}.`;
  },
  summaryDoneEarlier: (n: number) => `${n} ${plural('sv', n, 'åtgärd var redan klar', 'åtgärder var redan klara')} vid förra bedömningen.`,
  summaryTargets: (raised: number, lowered: number) => {
    const n = (k: number) => `${k} ${plural('sv', k, 'indikator', 'indikatorer')}`;
    const parts: string[] = [];
    if (raised) parts.push(`höjts för ${n(raised)}`);
    if (lowered) parts.push(`sänkts för ${n(lowered)}`);
    return `Målnivån har ${joinList(parts, 'sv')}.`;
  },
  summaryOpen: (unknown: { older: number; newer: number }, notRelevant: { older: number; newer: number }) => {
    const parts: string[] = [];
    if (unknown.older || unknown.newer) parts.push(`vet ej ${unknown.older} förra gången och ${unknown.newer} nu`);
    if (notRelevant.older || notRelevant.newer) parts.push(`ej relevant ${notRelevant.older} förra gången och ${notRelevant.newer} nu`);
    return `Svar som inte är nivåer: ${parts.join('; ')}. De räknas aldrig som nivåer.`;
  },
  head: {
    goal: 'Delmål',
    indicator: 'Indikator',
    before: 'Då',
    now: 'Nu',
    change: 'Förändring',
    targetThen: 'Målnivå då',
    targetNow: 'Målnivå nu',
    action: 'Åtgärd',
    status: 'Status',
    statusThen: 'Status då',
    end: 'Klar senast',
    endPassed: 'Skulle vara klar',
    owner: 'Ansvarig',
    note: 'Anteckning',
    reason: 'Varför',
  },
  states: { answered: '', unknown: 'vet ej', 'not-relevant': 'ej relevant', unanswered: 'ej bedömd' } as Record<AnswerState, string>,
  none: '–',
  goalDirection: (d: Direction, change?: number) =>
    d === 'raised'
      ? `höjt (${numberSv(change ?? 0, true)})`
      : d === 'lowered'
        ? `sänkt (${numberSv(change ?? 0, true)})`
        : d === 'unchanged'
          ? 'oförändrat'
          : 'går inte att jämföra',
  indicatorDirection: (d: Direction, change?: number) =>
    d === 'raised' || d === 'lowered'
      ? `${d === 'raised' ? 'höjd' : 'sänkt'} (${change !== undefined && change > 0 ? '+' : '−'}${Math.abs(change ?? 0)})`
      : d === 'unchanged'
        ? 'oförändrad'
        : 'går inte att jämföra',
  unchangedRest: (n: number) =>
    plural('sv', n, 'Den övriga indikatorn har samma svar som förra gången.', `De övriga ${n} indikatorerna har samma svar som förra gången.`),
  nowKnown: 'nivån är känd nu',
  noLongerKnown: 'nivån är inte känd nu',
  isNew: 'ny',
  endMoved: (end: string, olderEnd: string) => `${end} (var ${olderEnd})`,
  reasons: { removed: 'struken ur planen', cancelled: 'inställd' },
  noEnd: 'ingen sluttermin',
  about: {
    versions: (older: string, newer: string) => `Planerna är gjorda med olika versioner av katalogen: ${older} (den äldre) och ${newer} (den nyare).`,
    migrated: (side: 'older' | 'newer', from: string, to: string, list: string) =>
      `Den ${side === 'older' ? 'äldre' : 'nyare'} planens svar har förts över från katalogversion ${from} till ${to}${list ? `: ${list}` : ''}.`,
    reassessed: (side: 'older' | 'newer', from: string, ids: string) =>
      `I den ${side === 'older' ? 'äldre' : 'nyare'} planen är svaren för ${ids} besvarade mot katalogversion ${from}, vars frågor eller nivåer har ändrats sedan dess; jämförelsen för dem är ungefärlig (markerade ”besvarad mot ${from}, bedöm på nytt”).`,
    onlyInOlder: (ids: string) => `Indikatorer som bara finns i den äldre planens katalog och därför inte jämförs: ${ids}.`,
    onlyInNewer: (ids: string) => `Indikatorer som bara finns i den nyare planens katalog och därför inte jämförs: ${ids}.`,
    organisations: (list: string) => `Obs! Planerna gäller olika organisationer (${list}). Jämförelsen är ändå gjord, eftersom --force angavs.`,
  },
  reassessMark: (from: string) => `besvarad mot ${from}, bedöm på nytt`,
  mapping: {
    moved: (from: string, to: string[]) => `${from} → ${to.join(', ')}`,
    removed: (id: string) => `${id} har tagits bort`,
  },
  fieldValue: (field: OrganisationDifference['field'], older?: string, newer?: string) => `${svFields[field]} ${older ?? 'saknas'} och ${newer ?? 'saknas'}`,
  // Messages of the command itself.
  differentOrganisations: (older: string, newer: string, list: string) => `${older} och ${newer} gäller olika organisationer: ${list}`,
  swapped: (olderDate: string, newer: string, newerDate: string) =>
    `bedömningen här (${olderDate}) är senare än den i ${newer} (${newerDate}), men den äldre planen ska stå först`,
  swappedHint: 'kör skoldigiplan compare <äldre.yaml> <nyare.yaml>',
  draft: (file: string) => `${file} är ett utkast från en avbruten bedömning och kan inte jämföras`,
  draftHint: 'gör klart bedömningen med skoldigiplan assess --resume',
  differentOrganisationsHint: 'jämför två planer för samma huvudman och samma skolenhet; har en kod ändrats, kör igen med --force',
  forcedOrganisations: (older: string, newer: string, list: string) =>
    `${older} och ${newer} gäller olika organisationer (${list}); de jämförs ändå, eftersom --force angavs`,
  forcedOrganisationsHint: 'kontrollera att det är rätt planer; utan --force jämförs bara planer för samma huvudman och skolenhet',
  outputIsInput: (file: string) => `utfilen ${file} är en av planfilerna och skulle skrivas över`,
  outputIsInputHint: 'välj ett annat namn med -o, t.ex. jamforelse.md',
  wrote: (file: string) => `Skrev ${file}`,
  pdf: {
    subject: 'Jämförelse av två bedömningar av den digitala utvecklingen',
    keywords: 'skoldigiplan, uppföljning, digitalisering, skola, systematiskt kvalitetsarbete',
    page: (n: number, total: number) => `Sida ${n} av ${total}`,
  },
  // Plans made with another catalogue version (used when a plan is loaded).
  migration: {
    mapped: (from: string, to: string, list: string) => `planen gjordes med katalogversion ${from}; svaren har förts över till version ${to}: ${list}`,
    mappedHint: (to: string) =>
      `övergången görs på nytt vid varje körning; för att göra den bestående, byt id:n i planfilen och skriv version ${to} under catalogue`,
    notMappable: (from: string, to: string, mapping: boolean, ids: string) =>
      `planen gjordes med katalogversion ${from}, men katalogen har version ${to} och ${mapping ? 'dess mappning täcker inte' : `ingen mappning från ${from} för`} ${ids}`,
    notMappableHint:
      'använd en katalog med planens version (--catalogue fil.yaml), lägg till indikatorerna under migrations i katalogen, eller byt till id:n som finns (se skoldigiplan catalogue)',
    unknownSuffix: (from: string, to: string) =>
      ` (planen gjordes med katalogversion ${from}, och katalogen med version ${to} saknar en mappning för indikatorn)`,
    kept: (ids: string) => `; planens egna svar för ${ids} har behållits`,
    reassess: (from: string, to: string, ids: string) =>
      `frågorna eller nivåerna har ändrats sedan katalogversion ${from} för ${ids}: svaren har förts över till version ${to} men är besvarade mot ${from} och ska bedömas på nytt`,
    reassessHint:
      'bedöm indikatorerna på nytt, till exempel med skoldigiplan assess --from (de frågas då utan förra svaret), och skriv den nya versionen under catalogue',
  },
};

export type CompareText = typeof sv;

const enFields: Record<OrganisationDifference['field'], string> = {
  kind: 'kind of organiser',
  municipalityCode: 'municipality code',
  organisationNumber: 'organisation number',
  schoolUnitCode: 'school unit code',
};

const en: CompareText = {
  number: numberEn,
  title: (name) => `Follow-up of digital development: ${name}`,
  footer: 'Produced with skoldigiplan.',
  intro: (olderDate, olderFile, newerDate, newerFile) =>
    `Comparison of the assessment of ${olderDate}${olderFile ? ` (${olderFile})` : ''} with the assessment of ${newerDate}${newerFile ? ` (${newerFile})` : ''}.`,
  referenceDate: (date) => `Reference date: ${date}. An action is late when its last term ended before that date and the action is not done.`,
  sections: {
    summary: 'Summary',
    goals: 'Sub-goals',
    indicators: 'Indicators that changed',
    targets: 'Changed target levels',
    actions: 'Actions',
    done: 'Done since the last assessment',
    late: 'Late',
    ongoing: 'In progress or planned',
    dropped: 'Dropped',
    new: 'New in the plan',
    about: 'About the comparison',
  },
  goalsNote:
    'The mean current level (1–4) of the indicators with a known level in both assessments. The answers unknown and not relevant are never counted as levels.',
  summaryGoals: (t) => {
    if (t.total === 0) return 'No sub-goal is in both catalogues, so no sub-goals can be compared.';
    const rest: string[] = [];
    if (t.lowered) rest.push(`${t.lowered} lowered`);
    if (t.unchanged) rest.push(`${t.unchanged} unchanged`);
    if (t.notComparable) rest.push(`${t.notComparable} cannot be compared`);
    return `${joinList([`${t.raised} of ${t.total} sub-goals have been raised`, ...rest], 'en')}.`;
  },
  summaryIndicators: (t) => {
    if (t.total === 0) return 'No indicator is assessed in either plan.';
    const rest: string[] = [];
    if (t.lowered) rest.push(`${t.lowered} at a lower level`);
    if (t.unchanged) rest.push(`${t.unchanged} at the same level`);
    if (t.notComparable) rest.push(`${t.notComparable} cannot be compared`);
    return `${joinList([`${t.raised} of ${t.total} assessed ${plural('en', t.total, 'indicator is', 'indicators are')} at a higher level`, ...rest], 'en')}.`;
  },
  summaryActions: (t) => {
    const parts = [t.done === 0 ? 'No action has been completed' : `${t.done} ${plural('en', t.done, 'action has', 'actions have')} been completed`];
    parts.push(t.late === 0 ? 'none is late' : `${t.late} ${plural('en', t.late, 'is', 'are')} late`);
    if (t.ongoing) parts.push(`${t.ongoing} ${plural('en', t.ongoing, 'is', 'are')} in progress or planned`);
    if (t.dropped) parts.push(`${t.dropped} ${plural('en', t.dropped, 'has', 'have')} been dropped`);
    if (t.new) parts.push(`${t.new} ${plural('en', t.new, 'is', 'are')} new`);
    return `${joinList(parts, 'en')}.`;
  },
  summaryDoneEarlier: (n) => `${n} ${plural('en', n, 'action was', 'actions were')} already done at the last assessment.`,
  summaryTargets: (raised, lowered) => {
    const n = (k: number) => `${k} ${plural('en', k, 'indicator', 'indicators')}`;
    const parts: string[] = [];
    if (raised) parts.push(`raised for ${n(raised)}`);
    if (lowered) parts.push(`lowered for ${n(lowered)}`);
    return `The target level has been ${joinList(parts, 'en')}.`;
  },
  summaryOpen: (unknown, notRelevant) => {
    const parts: string[] = [];
    if (unknown.older || unknown.newer) parts.push(`unknown ${unknown.older} last time and ${unknown.newer} now`);
    if (notRelevant.older || notRelevant.newer) parts.push(`not relevant ${notRelevant.older} last time and ${notRelevant.newer} now`);
    return `Answers that are not levels: ${parts.join('; ')}. They are never counted as levels.`;
  },
  head: {
    goal: 'Sub-goal',
    indicator: 'Indicator',
    before: 'Then',
    now: 'Now',
    change: 'Change',
    targetThen: 'Target then',
    targetNow: 'Target now',
    action: 'Action',
    status: 'Status',
    statusThen: 'Status then',
    end: 'Due',
    endPassed: 'Was due',
    owner: 'Owner',
    note: 'Note',
    reason: 'Why',
  },
  states: { answered: '', unknown: 'unknown', 'not-relevant': 'not relevant', unanswered: 'not assessed' },
  none: '–',
  goalDirection: (d, change) =>
    d === 'raised'
      ? `raised (${numberEn(change ?? 0, true)})`
      : d === 'lowered'
        ? `lowered (${numberEn(change ?? 0, true)})`
        : d === 'unchanged'
          ? 'unchanged'
          : 'cannot be compared',
  indicatorDirection: (d, change) =>
    d === 'raised' || d === 'lowered'
      ? `${d} (${change !== undefined && change > 0 ? '+' : '−'}${Math.abs(change ?? 0)})`
      : d === 'unchanged'
        ? 'unchanged'
        : 'cannot be compared',
  unchangedRest: (n) =>
    plural('en', n, 'The other indicator has the same answer as last time.', `The other ${n} indicators have the same answers as last time.`),
  nowKnown: 'level now known',
  noLongerKnown: 'level no longer known',
  isNew: 'new',
  endMoved: (end, olderEnd) => `${end} (was ${olderEnd})`,
  reasons: { removed: 'removed from the plan', cancelled: 'cancelled' },
  noEnd: 'no end term',
  about: {
    versions: (older, newer) => `The plans were made with different versions of the catalogue: ${older} (the older) and ${newer} (the newer).`,
    migrated: (side, from, to, list) => `The ${side} plan's answers have been carried over from catalogue version ${from} to ${to}${list ? `: ${list}` : ''}.`,
    reassessed: (side, from, ids) =>
      `In the ${side} plan the answers for ${ids} were given against catalogue version ${from}, whose questions or levels have changed since; their comparison is approximate (marked “answered against ${from}, assess again”).`,
    onlyInOlder: (ids) => `Indicators only in the older plan's catalogue, and therefore not compared: ${ids}.`,
    onlyInNewer: (ids) => `Indicators only in the newer plan's catalogue, and therefore not compared: ${ids}.`,
    organisations: (list) => `Note: the plans are for different organisations (${list}). They were compared anyway because --force was given.`,
  },
  reassessMark: (from) => `answered against ${from}, assess again`,
  mapping: {
    moved: (from, to) => `${from} → ${to.join(', ')}`,
    removed: (id) => `${id} has been removed`,
  },
  fieldValue: (field, older, newer) => `${enFields[field]} ${older ?? 'missing'} and ${newer ?? 'missing'}`,
  differentOrganisations: (older, newer, list) => `${older} and ${newer} are for different organisations: ${list}`,
  swapped: (olderDate, newer, newerDate) =>
    `the assessment here (${olderDate}) is later than the one in ${newer} (${newerDate}), but the older plan must come first`,
  swappedHint: 'run skoldigiplan compare <older.yaml> <newer.yaml>',
  draft: (file) => `${file} is a draft from an interrupted assessment and cannot be compared`,
  draftHint: 'finish the assessment with skoldigiplan assess --resume',
  differentOrganisationsHint: 'compare two plans of the same organiser and the same school unit; if a code has changed, run again with --force',
  forcedOrganisations: (older, newer, list) =>
    `${older} and ${newer} are for different organisations (${list}); they are compared anyway because --force was given`,
  forcedOrganisationsHint: 'check that these are the right plans; without --force only plans of the same organiser and school unit are compared',
  outputIsInput: (file) => `the output file ${file} is one of the plan files and would be overwritten`,
  outputIsInputHint: 'choose another name with -o, e.g. comparison.md',
  wrote: (file) => `Wrote ${file}`,
  pdf: {
    subject: 'Comparison of two assessments of digital development',
    keywords: 'skoldigiplan, follow-up, digitalisation, school, systematic quality work',
    page: (n, total) => `Page ${n} of ${total}`,
  },
  migration: {
    mapped: (from, to, list) => `the plan was made with catalogue version ${from}; its answers have been carried over to version ${to}: ${list}`,
    mappedHint: (to) => `this is done again on every run; to make it permanent, change the ids in the plan file and write version ${to} under catalogue`,
    notMappable: (from, to, mapping, ids) =>
      `the plan was made with catalogue version ${from}, but the catalogue has version ${to} and ${mapping ? 'its mapping does not cover' : `no mapping from ${from} for`} ${ids}`,
    notMappableHint:
      "use a catalogue of the plan's version (--catalogue file.yaml), add the indicators under migrations in the catalogue, or change to ids that exist (see skoldigiplan catalogue)",
    unknownSuffix: (from, to) => ` (the plan was made with catalogue version ${from}, and the catalogue of version ${to} has no mapping for the indicator)`,
    kept: (ids) => `; the plan's own answers for ${ids} have been kept`,
    reassess: (from, to, ids) =>
      `the questions or levels have changed since catalogue version ${from} for ${ids}: the answers have been carried over to version ${to} but were given against ${from} and must be assessed again`,
    reassessHint:
      "assess the indicators again, for example with skoldigiplan assess --from (they are then asked without last time's answer), and write the new version under catalogue",
  },
};

export const compareText = { sv, en };

/** Where two plans disagree about whose plan they are, as one line for a message or a report. */
export function organisationDifferenceList(differences: readonly OrganisationDifference[], lang: Lang): string {
  const t = compareText[lang];
  return differences.map((d) => t.fieldValue(d.field, d.older, d.newer)).join('; ');
}
