// Wording of `skoldigiplan batch`: progress, summary and the roll-up overview (Markdown, PDF, CSV).
import type { Lang } from '../core/model.ts';
import { numberFormat } from './number-format.ts';
import { plural } from './plural.ts';

/** Whole numbers with the language's thousands separator: 2 900 in Swedish, 2,900 in English. */
export function formatCount(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

/** Time left, rounded up to whole seconds first so that 119.6 s reads 2 min 0 s, never 1 min 60 s. */
function minutesAndSeconds(s: number): string {
  const whole = Math.ceil(s);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** The change table's columns for plans that rose and fell; the table's introduction names them too. */
const SV_COLUMNS = { raised: 'Planer upp', lowered: 'Planer ned' };
const EN_COLUMNS = { raised: 'Plans up', lowered: 'Plans down' };

const sv = {
  outLocked: (out: string, holder?: { pid: number; started: string; host: string }) =>
    `en annan körning skriver redan i ${out}${holder ? ` (process ${holder.pid}${holder.host ? ` på ${holder.host}` : ''}, startad ${holder.started.slice(0, 16).replace('T', ' ')} UTC)` : ''}`,
  outLockedHint: (lock: string) =>
    `vänta tills den körningen är klar och kör sedan igen, eller välj en annan mapp med --out; pågår ingen annan körning, ta bort ${lock}`,
  interrupted: (done: number, total: number) =>
    `Avbrutet efter ${done} av ${total} ${plural('sv', total, 'plan', 'planer')}. Halvskrivna filer har tagits bort; ingen sammanställning skrevs.`,
  input: {
    notFound: 'filen eller mappen finns inte',
    notFoundHint: 'kontrollera sökvägen; mönster som plans/*.yaml kan stå inom citattecken',
    noMatch: 'mönstret matchar inga filer',
    noMatchHint: 'kontrollera mönstret; ** matchar mappar på alla nivåer, t.ex. "plans/**/*.yaml"',
    emptyFolder: 'mappen innehåller inga planfiler (*.yaml eller *.yml)',
    emptyFolderHint: 'planfiler slutar på .yaml eller .yml; mappar vars namn börjar med punkt, node_modules och --out söks inte igenom',
    unreadableFolder: 'mappen går inte att läsa (behörighet saknas), så planer i den kommer inte med',
    unreadableFolderHint: 'ge läsbehörighet till mappen, eller ange planerna på annat sätt',
    folderReadError: (code: string) => `mappen gick inte att läsa (systemfel ${code}), så planer i den kommer inte med`,
    folderReadErrorHint: 'kontrollera att mappen och disken går att läsa, och kör igen',
    danglingLink: 'länken pekar på en fil som inte finns, så planen kommer inte med',
    danglingLinkHint: 'låt länken peka på planfilen, eller ta bort länken',
    noPlans: 'det finns inga planfiler att behandla',
    noPlansHint: 'ange planfiler, mappar med *.yaml-filer eller mönster som "plans/**/*.yaml"',
    catalogueFile: 'en katalogfil, inte en plan; hoppas över',
    compareWithMissing: (dir: string) => `${dir} är ingen mapp med tidigare planer`,
    compareWithHint: 'ange mappen med förra årets planfiler, t.ex. --compare-with plans-2025/',
  },
  plan: {
    internal: (m: string) => `internt fel när planen behandlades (en bugg i skoldigiplan): ${m}`,
    internalHint: 'rapportera gärna felet; övriga planer behandlas ändå',
    wrote: (file: string, outputs: string) => `${file} → ${outputs}`,
    skipped: (file: string) => `${file}: oförändrad, hoppas över (--changed)`,
    sameOrganisation: (who: string, kept: string, date: string, tie: boolean) =>
      `planen gäller samma organisation (${who}) som ${kept}; sammanställningen tar bara med ${kept}, ` +
      (tie ? `eftersom båda har bedömningsdatum ${date} och ${kept} kommer sist i sökvägsordning` : `som har det senaste bedömningsdatumet (${date})`),
    /** The plans are in folders apart: run on this year's folder and compare with last year's. */
    sameOrganisationHint: (newer: string, older: string) =>
      `båda planerna skapas ändå; kör batch på ett års planer i taget och jämför med förra årets genom --compare-with, t.ex. skoldigiplan batch ${newer} --out <mapp> --compare-with ${older}`,
    /** The plans are in one folder (or one in the other's): a folder per year first. */
    sameOrganisationFolderHint:
      'båda planerna skapas ändå; lägg varje års planer i en egen mapp, kör batch på ett års mapp i taget och ange förra årets mapp med --compare-with',
    /** Both plans have the same assessment date: most likely one plan twice. */
    sameOrganisationTieHint:
      'båda planerna skapas ändå; är det samma plan två gånger, ta bort eller flytta den ena; annars rätta bedömningsdatumet i den äldre',
    identity: {
      municipality: (code: string) => `kommunkod ${code}`,
      organisationNumber: (n: string) => `organisationsnummer ${n}`,
      unit: (unit: string) => `skolenhet ${unit}`,
    },
  },
  /** Why --changed makes every plan again: said once, before the plans. */
  changed: {
    again: 'alla planer skapas på nytt (--changed).',
    noRecord: (out: string) =>
      `Det finns ingen uppgift om vilka inställningar resultaten i ${out} gjordes med (de kan ha gjorts av en äldre version av skoldigiplan)`,
    tool: (from: string, to: string) => `skoldigiplan har en annan version än vid förra körningen (${from} → ${to})`,
    language: (from: string, to: string) => `Språket har ändrats sedan förra körningen (${from} → ${to})`,
    date: (from: string, to: string) => `Referensdatumet har ändrats sedan förra körningen (${from} → ${to}; ange --date för att behålla samma datum)`,
    catalogue: (from: string, to: string) => `En annan katalog används än vid förra körningen (${from} → ${to})`,
    catalogueVersion: (from: string, to: string) => `Katalogen har en annan version än vid förra körningen (${from} → ${to})`,
    catalogueFile: (file: string) => `Katalogfilen ${file} har ändrats sedan förra körningen`,
    pdfProfile: (from: string, to: string) => `PDF-profilen har ändrats sedan förra körningen (${from} → ${to})`,
    pdfDate: 'PDF-filernas datum (SOURCE_DATE_EPOCH) har ändrats sedan förra körningen',
  },
  progress: {
    checking: 'Kontrollerar',
    rendering: 'Skapar',
    rate: (r: string) => `${r}/s`,
    eta: (s: string) => `cirka ${s} kvar`,
    failed: (n: number) => `${n} fel`,
    line: (done: number, total: number, failed: number) =>
      `${done} av ${total} ${plural('sv', total, 'plan', 'planer')} klara${failed ? `, ${failed} med fel` : ''}`,
    seconds: minutesAndSeconds,
  },
  summary: {
    done: (ok: number, total: number, out: string, files: number) =>
      `Klart: ${ok} av ${total} ${plural('sv', total, 'plan', 'planer')} finns i ${out} (${files} ${plural('sv', files, 'fil skriven', 'filer skrivna')}).`,
    skipped: (n: number) => `${n} ${plural('sv', n, 'plan var oförändrad och hoppades över', 'planer var oförändrade och hoppades över')} (--changed).`,
    failed: (n: number) => `${n} ${plural('sv', n, 'plan har fel och kom inte med', 'planer har fel och kom inte med')}; se meddelandena ovan.`,
    inputsFailed: (n: number) => `${n} ${plural('sv', n, 'sökväg', 'sökvägar')} kunde inte användas; se meddelandena ovan.`,
    overview: (files: string) => `Sammanställning: ${files}`,
    overviewUnchanged: 'Sammanställningen är oförändrad.',
    aborted: (left: number) =>
      `Avbröt vid första felet (--fail-fast); ${left} ${plural('sv', left, 'plan behandlades', 'planer behandlades')} inte och ingen sammanställning skrevs.`,
    time: (s: string) => `Tid: ${s}.`,
  },
  overview: {
    title: 'Sammanställning av digitala utvecklingsplaner',
    intro: (plans: number, organisers: number, units: number) =>
      `${plans} ${plural('sv', plans, 'plan', 'planer')} från ${organisers} ${plural('sv', organisers, 'huvudman', 'huvudmän')}` +
      (units ? `, varav ${units} ${plural('sv', units, 'plan för en skolenhet', 'planer för enskilda skolenheter')}.` : '.'),
    meta: (catalogue: string, date: string) => `Katalog: ${catalogue}. Referensdatum: ${date}.`,
    privacy: 'Sammanställningen innehåller bara uppgifter om organisationerna, inga kontaktpersoner.',
    noScore:
      'Det finns ingen samlad poäng: varje indikator och delmål redovisas för sig. Medelvärden beräknas bara på svar med en nivå; vet ej och ej relevant räknas för sig.',
    counts: {
      heading: 'Omfattning',
      plans: 'Planer',
      organisers: 'Huvudmän',
      units: 'Skolenheter',
      failed: 'Planer med fel',
      paths: 'Sökvägar som inte gav någon plan',
      other: 'Planer mot en annan katalog (ej med)',
    },
    goals: {
      heading: 'Glapp per fokusområde och delmål',
      intro: 'Medelvärden över alla bedömda indikatorer i alla planer (nivå 1–4).',
      area: 'Område',
      answered: 'Svar med nivå',
      current: 'Nuläge',
      target: 'Målnivå',
      gap: 'Glapp',
      focusArea: (id: string, title: string) => `**Fokusområde ${id}** ${title}`,
      goal: (id: string) => `Delmål ${id}`,
    },
    levels: {
      heading: 'Nivåer per indikator',
      intro: 'Antal planer på varje nuläge (Nu 1–4) och målnivå (Mål 1–4). Ej rel. står för ej relevant och Obesv. för obesvarad.',
      indicator: 'Indikator',
      current: (n: number) => `Nu ${n}`,
      target: (n: number) => `Mål ${n}`,
      unknown: 'Vet ej',
      notRelevant: 'Ej rel.',
      unanswered: 'Obesv.',
      withGap: 'Med glapp',
    },
    priorities: {
      heading: 'Vanligaste prioriteringarna',
      intro: (k: number) => `Hur många planer som har indikatorn bland sina ${k} första prioriteringar.`,
      indicator: 'Indikator',
      plans: 'Planer',
      none: 'Inga planer har glapp att prioritera.',
    },
    initiatives: {
      heading: 'Nationella initiativ som berör flest glapp',
      intro: 'Initiativ i #skolDigiplan kopplade till indikatorer där planerna har ett glapp mellan nuläge och mål.',
      initiative: 'Initiativ',
      gaps: 'Glapp',
      plans: 'Planer',
      unverified: (n: number) => `Initiativ ${n} (titeln ej bekräftad)`,
      none: 'Inga glapp berörs av nationella initiativ i katalogen.',
    },
    heatmap: {
      heading: 'Nuläge per delmål och huvudman',
      intro: 'Medelvärde av nuläget (1–4) per delmål. En huvudman med planer för flera skolenheter visas först som helhet och sedan enhet för enhet.',
      organisation: 'Huvudman eller skolenhet',
      code: 'Kod',
      whole: (n: number) => `hela huvudmannen (${n} planer)`,
      own: 'huvudmannens plan',
      wholeOnly: (units: number) =>
        `Här visas varje huvudman bara som helhet: ${units} skolenheter blir för många rader för en läsbar tabell. overview.md och overview.csv har varje skolenhet.`,
      legend: 'Tecknen visar nivån även utan färg: ░ under 1,5 · ▒ 1,5 till under 2,5 · ▓ 2,5 till under 3,5 · █ 3,5 och högre · – inget svar med nivå.',
      key: 'Kolumnerna är delmålen:',
    },
    failed: {
      heading: 'Planer med fel',
      headingWithPaths: 'Planer med fel och sökvägar som inte gav någon plan',
      intro: 'De här planerna kom inte med i sammanställningen. Rätta felen och kör igen.',
      introWithPaths: 'De här planerna och sökvägarna kom inte med i sammanställningen. Rätta felen och kör igen.',
      file: 'Fil',
      errors: 'Fel',
      first: 'Första felet',
    },
    other: {
      heading: 'Planer mot en annan katalog',
      intro: (id: string) => `De här planerna bygger på en annan katalog än ${id} och räknas inte in.`,
    },
    compare: {
      heading: 'Förändring sedan förra bedömningen',
      intro: (matched: number, total: number) =>
        `${matched} av ${total} ${plural('sv', total, 'plan', 'planer')} har en tidigare plan för samma organisation: samma kommunkod eller organisationsnummer och, för en skolenhet, samma skolenhetskod (eller samma namn på enheten om koden saknas). Genomsnittligt nuläge beräknas bara på indikatorer som har en nivå båda åren. Kolumnerna ${SV_COLUMNS.raised} och ${SV_COLUMNS.lowered} visar i hur många planer delmålets nuläge steg respektive sjönk.`,
      goal: 'Delmål',
      before: 'Nuläge då',
      now: 'Nuläge nu',
      change: 'Förändring',
      raised: SV_COLUMNS.raised,
      lowered: SV_COLUMNS.lowered,
      actions: (done: number, late: number) =>
        `Åtgärder i de parade planerna: ${done} ${plural('sv', done, 'blev klar', 'blev klara')} sedan förra bedömningen, ${late} ${plural('sv', late, 'är försenad', 'är försenade')}.`,
      none: 'Ingen plan hade en tidigare plan att jämföra med.',
      unmatched: (n: number) => `${n} ${plural('sv', n, 'tidigare plan saknar', 'tidigare planer saknar')} motsvarighet i år.`,
    },
    pdf: {
      subject: 'Sammanställning av huvudmännens bedömningar och planer för digital utveckling',
      keywords: 'skolDigiplan, digitalisering, sammanställning',
      page: (n: number, of: number) => `Sida ${n} av ${of}`,
    },
    csv: {
      file: 'fil',
      status: 'status',
      ok: 'ok',
      failed: 'fel',
      path: 'ingen plan',
      kommunkod: 'kommunkod',
      organisationsnummer: 'organisationsnummer',
      huvudman: 'huvudman',
      skolenhetskod: 'skolenhetskod',
      skolenhet: 'skolenhet',
      datum: 'datum',
      goalCurrent: (id: string) => `delmål ${id} nuläge`,
      goalTarget: (id: string) => `delmål ${id} mål`,
      goalGap: (id: string) => `delmål ${id} glapp`,
      areaGap: (id: string) => `fokusområde ${id} glapp`,
      priorities: 'prioriteringar',
      ownActions: 'egna åtgärder',
      suggestions: 'förslag från katalogen',
      notScheduled: 'åtgärder som inte ryms',
      cost: 'kostnad under perioden (kr)',
      late: 'försenade åtgärder',
      respondents: 'svarande',
      respondentRoles: 'svarande per roll',
      respondentUnits: 'svarande per skolenhet',
      indicatorCurrent: (id: string) => `${id} nuläge`,
      indicatorTarget: (id: string) => `${id} mål`,
      unknown: 'vet ej',
      notRelevant: 'ej relevant',
    },
  },
};

export type BatchText = typeof sv;

const en: BatchText = {
  outLocked: (out, holder) =>
    `another run is already writing in ${out}${holder ? ` (process ${holder.pid}${holder.host ? ` on ${holder.host}` : ''}, started ${holder.started.slice(0, 16).replace('T', ' ')} UTC)` : ''}`,
  outLockedHint: (lock) => `wait until that run has finished and run again, or choose another folder with --out; if no other run is going on, remove ${lock}`,
  interrupted: (done, total) =>
    `Cancelled after ${done} of ${total} ${plural('en', total, 'plan', 'plans')}. Half-written files have been removed; no overview was written.`,
  input: {
    notFound: 'the file or folder does not exist',
    notFoundHint: 'check the path; patterns such as plans/*.yaml may be quoted',
    noMatch: 'the pattern matches no files',
    noMatchHint: 'check the pattern; ** matches folders at any depth, e.g. "plans/**/*.yaml"',
    emptyFolder: 'the folder contains no plan files (*.yaml or *.yml)',
    emptyFolderHint: 'plan files end in .yaml or .yml; folders whose names start with a dot, node_modules and --out are not searched',
    unreadableFolder: 'the folder cannot be read (no permission), so the plans in it are left out',
    unreadableFolderHint: 'give read permission to the folder, or name the plans another way',
    folderReadError: (code) => `the folder could not be read (system error ${code}), so the plans in it are left out`,
    folderReadErrorHint: 'check that the folder and the disk can be read, and run again',
    danglingLink: 'the link points to a file that does not exist, so its plan is left out',
    danglingLinkHint: 'point the link at the plan file, or remove it',
    noPlans: 'there are no plan files to process',
    noPlansHint: 'name plan files, folders with *.yaml files or patterns such as "plans/**/*.yaml"',
    catalogueFile: 'a catalogue file, not a plan; skipped',
    compareWithMissing: (dir) => `${dir} is not a folder of earlier plans`,
    compareWithHint: "name the folder with last year's plan files, e.g. --compare-with plans-2025/",
  },
  plan: {
    internal: (m) => `internal error while processing the plan (a bug in skoldigiplan): ${m}`,
    internalHint: 'please report it; the other plans are still processed',
    wrote: (file, outputs) => `${file} → ${outputs}`,
    skipped: (file) => `${file}: unchanged, skipped (--changed)`,
    sameOrganisation: (who, kept, date, tie) =>
      `the same organisation (${who}) as ${kept}; the overview counts only ${kept}, ` +
      (tie ? `since both are assessed on ${date} and it comes last in path order` : `which has the latest assessment date (${date})`),
    sameOrganisationHint: (newer, older) =>
      `both plans are still made; run batch on one year's plans at a time and compare with last year's using --compare-with, e.g. skoldigiplan batch ${newer} --out <folder> --compare-with ${older}`,
    sameOrganisationFolderHint:
      "both plans are still made; put each year's plans in a folder of their own, run batch on one year's folder at a time and give last year's folder with --compare-with",
    sameOrganisationTieHint:
      'both plans are still made; if it is the same plan twice, remove or move one of them; otherwise correct the assessment date in the older one',
    identity: {
      municipality: (code) => `municipality code ${code}`,
      organisationNumber: (n) => `organisation number ${n}`,
      unit: (unit) => `school unit ${unit}`,
    },
  },
  changed: {
    again: 'every plan is made again (--changed).',
    noRecord: (out) => `There is no record of the settings the outputs in ${out} were made with (for instance by an older version of skoldigiplan)`,
    tool: (from, to) => `skoldigiplan has another version than in the previous run (${from} → ${to})`,
    language: (from, to) => `The language has changed since the previous run (${from} → ${to})`,
    date: (from, to) => `The reference date has changed since the previous run (${from} → ${to}; give --date to keep the same date)`,
    catalogue: (from, to) => `Another catalogue is used than in the previous run (${from} → ${to})`,
    catalogueVersion: (from, to) => `The catalogue has another version than in the previous run (${from} → ${to})`,
    catalogueFile: (file) => `The catalogue file ${file} has changed since the previous run`,
    pdfProfile: (from, to) => `The PDF profile has changed since the previous run (${from} → ${to})`,
    pdfDate: "The PDF files' date (SOURCE_DATE_EPOCH) has changed since the previous run",
  },
  progress: {
    checking: 'Checking',
    rendering: 'Rendering',
    rate: (r) => `${r}/s`,
    eta: (s) => `about ${s} left`,
    failed: (n) => `${n} failed`,
    line: (done, total, failed) => `${done} of ${total} ${plural('en', total, 'plan', 'plans')} done${failed ? `, ${failed} failed` : ''}`,
    seconds: minutesAndSeconds,
  },
  summary: {
    done: (ok, total, out, files) =>
      `Done: ${ok} of ${total} ${plural('en', total, 'plan', 'plans')} ${plural('en', ok, 'is', 'are')} in ${out} (${files} ${plural('en', files, 'file', 'files')} written).`,
    skipped: (n) => `${n} ${plural('en', n, 'plan was unchanged and skipped', 'plans were unchanged and skipped')} (--changed).`,
    failed: (n) => `${n} ${plural('en', n, 'plan has errors and was left out', 'plans have errors and were left out')}; see the messages above.`,
    inputsFailed: (n) => `${n} ${plural('en', n, 'path', 'paths')} could not be used; see the messages above.`,
    overview: (files) => `Overview: ${files}`,
    overviewUnchanged: 'The overview is unchanged.',
    aborted: (left) =>
      `Stopped at the first failure (--fail-fast); ${left} ${plural('en', left, 'plan was', 'plans were')} not processed and no overview was written.`,
    time: (s) => `Time: ${s}.`,
  },
  overview: {
    title: 'Overview of digital development plans',
    intro: (plans, organisers, units) =>
      `${plans} ${plural('en', plans, 'plan', 'plans')} from ${organisers} ${plural('en', organisers, 'organiser', 'organisers')}` +
      (units ? `, of which ${units} ${plural('en', units, 'plan is for a school unit', 'plans are for single school units')}.` : '.'),
    meta: (catalogue, date) => `Catalogue: ${catalogue}. Reference date: ${date}.`,
    privacy: 'The overview holds data about the organisations only, no contact persons.',
    noScore:
      'There is no overall score: each indicator and goal is reported on its own. Means are taken over answers with a level only; unknown and not relevant are counted separately.',
    counts: {
      heading: 'Scope',
      plans: 'Plans',
      organisers: 'Organisers',
      units: 'School units',
      failed: 'Plans with errors',
      paths: 'Paths that gave no plan',
      other: 'Plans against another catalogue (left out)',
    },
    goals: {
      heading: 'Gaps per focus area and goal',
      intro: 'Means over every assessed indicator in every plan (levels 1–4).',
      area: 'Area',
      answered: 'Answers with a level',
      current: 'Current',
      target: 'Target',
      gap: 'Gap',
      focusArea: (id, title) => `**Focus area ${id}** ${title}`,
      goal: (id) => `Goal ${id}`,
    },
    levels: {
      heading: 'Levels per indicator',
      intro: 'Number of plans at each current level (Now 1–4) and target level (Tgt 1–4). N/r stands for not relevant and Unans. for unanswered.',
      indicator: 'Indicator',
      current: (n) => `Now ${n}`,
      target: (n) => `Tgt ${n}`,
      unknown: 'Unknown',
      notRelevant: 'N/r',
      unanswered: 'Unans.',
      withGap: 'With gap',
    },
    priorities: {
      heading: 'Most common priorities',
      intro: (k) => `How many plans have the indicator among their first ${k} priorities.`,
      indicator: 'Indicator',
      plans: 'Plans',
      none: 'No plan has gaps to prioritise.',
    },
    initiatives: {
      heading: 'National initiatives bearing on the most gaps',
      intro: 'Initiatives of #skolDigiplan linked to indicators where the plans have a gap between current and target level.',
      initiative: 'Initiative',
      gaps: 'Gaps',
      plans: 'Plans',
      unverified: (n) => `Initiative ${n} (title not confirmed)`,
      none: 'No gap is linked to a national initiative in the catalogue.',
    },
    heatmap: {
      heading: 'Current level per goal and organisation',
      intro: 'Mean current level (1–4) per goal. An organiser with plans for several school units is shown first as a whole, then unit by unit.',
      organisation: 'Organisation',
      code: 'Code',
      whole: (n) => `whole organiser (${n} plans)`,
      own: "organiser's plan",
      wholeOnly: (units) =>
        `Each organiser is shown as a whole only here: ${units} school units make too many rows for a readable table. overview.md and overview.csv have every school unit.`,
      legend:
        'The signs show the level without colour too: ░ below 1.5 · ▒ 1.5 to under 2.5 · ▓ 2.5 to under 3.5 · █ 3.5 and above · – no answer with a level.',
      key: 'The columns are the goals:',
    },
    failed: {
      heading: 'Plans with errors',
      headingWithPaths: 'Plans with errors and paths that gave no plan',
      intro: 'These plans are not part of the overview. Fix the errors and run again.',
      introWithPaths: 'These plans and paths are not part of the overview. Fix the errors and run again.',
      file: 'File',
      errors: 'Errors',
      first: 'First error',
    },
    other: {
      heading: 'Plans against another catalogue',
      intro: (id) => `These plans use another catalogue than ${id} and are not counted.`,
    },
    compare: {
      heading: 'Change since the previous assessment',
      intro: (matched, total) =>
        `${matched} of ${total} ${plural('en', total, 'plan', 'plans')} have an earlier plan for the same organisation: the same municipality code or organisation number and, for a school unit, the same school unit code (or the same unit name if the code is missing). Mean current levels are calculated only from indicators that have a level in both years. The columns ${EN_COLUMNS.raised} and ${EN_COLUMNS.lowered} count the plans in which the goal's current level rose or fell.`,
      goal: 'Goal',
      before: 'Then',
      now: 'Now',
      change: 'Change',
      raised: EN_COLUMNS.raised,
      lowered: EN_COLUMNS.lowered,
      actions: (done, late) => `Actions in the paired plans: ${done} done since the previous assessment, ${late} late.`,
      none: 'No plan had an earlier plan to compare with.',
      unmatched: (n) => `${n} earlier ${plural('en', n, 'plan has', 'plans have')} no counterpart this year.`,
    },
    pdf: {
      subject: "Overview of organisers' assessments and plans for digital development",
      keywords: 'skolDigiplan, digitalisation, overview',
      page: (n, of) => `Page ${n} of ${of}`,
    },
    csv: {
      file: 'file',
      status: 'status',
      ok: 'ok',
      failed: 'failed',
      path: 'no plan',
      kommunkod: 'municipality code',
      organisationsnummer: 'organisation number',
      huvudman: 'organiser',
      skolenhetskod: 'school unit code',
      skolenhet: 'school unit',
      datum: 'date',
      goalCurrent: (id) => `goal ${id} current`,
      goalTarget: (id) => `goal ${id} target`,
      goalGap: (id) => `goal ${id} gap`,
      areaGap: (id) => `focus area ${id} gap`,
      priorities: 'priorities',
      ownActions: 'own actions',
      suggestions: 'catalogue suggestions',
      notScheduled: 'actions that do not fit',
      cost: 'cost over the period (SEK)',
      late: 'late actions',
      respondents: 'respondents',
      respondentRoles: 'respondents by role',
      respondentUnits: 'respondents by school unit',
      indicatorCurrent: (id) => `${id} current`,
      indicatorTarget: (id) => `${id} target`,
      unknown: 'unknown',
      notRelevant: 'not relevant',
    },
  },
};

export const batchText: Record<Lang, BatchText> = { sv, en };
