// Wording of `skoldigiplan form` and of the questionnaire page it writes.
import { catalogueWords } from './catalogue-words.ts';
import { plural } from './plural.ts';

const sv = {
  // The page
  title: 'Enkät om digital utveckling',
  titleFor: (org: string) => `Enkät om digital utveckling – ${org}`,
  intro: (n: number) =>
    `Enkäten har ${n} frågor om hur långt verksamheten har kommit i sin digitala utveckling, enligt den nationella digitaliseringsstrategin för skolväsendet. Svara utifrån det du känner till; vet du inte, välj Vet ej.`,
  privacy:
    'Svaren stannar på din enhet. Sidan skickar ingenting någonstans: svaren sparas bara i den här webbläsaren medan du svarar, och när du är klar sparar du dem som en fil med knappen Spara svaren. Filen skickar du själv till den som bad dig svara. Enkäten frågar inte efter namn eller e-postadress.',
  storageOff:
    'Den här webbläsaren låter inte sidan spara svaren medan du svarar, så de försvinner om du stänger sidan. Spara dem med knappen Spara svaren innan du stänger den.',
  noscript: 'Enkäten behöver JavaScript för att kunna spara svaren. Slå på JavaScript, eller öppna filen i en annan webbläsare.',
  catalogueLine: (id: string, version: string) => `Katalog: ${id} ${version}`,
  organisation: 'Huvudman',
  about: 'Om dig',
  role: 'Din roll',
  roleRequired: 'obligatorisk',
  unit: 'Skolenhet (frivilligt)',
  unitHelp: 'Skriv eller välj den skolenhet du svarar för, om du svarar för en.',
  roles: { rektor: 'Rektor', larare: 'Lärare', it: 'IT-personal', elev: 'Elev', annan: 'Annan roll' } as Record<string, string>,
  focusArea: catalogueWords.sv.focusArea,
  goal: catalogueWords.sv.goal,
  help: 'Om frågan',
  current: 'Nuläge: var står ni i dag?',
  target: 'Målnivå: var vill ni stå om några år?',
  targetNone: 'Ingen målnivå',
  level: catalogueWords.sv.level,
  unknown: 'Vet ej',
  notRelevant: 'Ej relevant',
  comment: 'Kommentar (frivilligt)',
  evidence: 'Underlag (frivilligt)',
  evidenceHelp: 'Till exempel en rapport, en enkät eller ett beslut som stöder bedömningen.',
  save: 'Spara svaren',
  clear: 'Rensa svaren i den här webbläsaren',
  // The script's messages
  progress: (done: string, all: string) => `${done} av ${all} frågor besvarade`,
  saved: (file: string) => `Svaren är sparade i filen ${file}. Skicka filen till den som bad dig svara. Du kan fortsätta ändra och spara igen.`,
  savedPartly: (left: string, n: number) => plural('sv', n, `${left} fråga är obesvarad; den räknas inte.`, `${left} frågor är obesvarade; de räknas inte.`),
  restored: 'Dina tidigare svar i den här webbläsaren är ifyllda.',
  errorPrefix: 'Fel:',
  roleMissing: 'Välj din roll innan du sparar svaren.',
  targetBelow: 'Målnivån kan inte vara lägre än nuläget.',
  errorsSummary: (n: string, count: number) =>
    `Svaren är inte sparade: ${n} fel behöver rättas. ${plural('sv', count, 'Felet står vid frågan', 'Felen står vid frågorna')}.`,
  confirmClear: 'Vill du ta bort alla svar som den här webbläsaren har sparat för enkäten?',
  cleared: 'Svaren är borttagna från webbläsaren.',
  fileComment: 'Svar från enkäten om digital utveckling (skoldigiplan form). Skicka filen till den som bad dig svara.',
  fileStem: 'svar',
  // The command
  wrote: (file: string, kb: string, n: number) => `${file} är skriven (${kb} kB, ${n} frågor); den fungerar offline och kan skickas som e-postbilaga`,
  exists: (file: string) => `${file} finns redan`,
  existsHint: 'välj ett annat namn med -o, eller skriv över filen med --force',
  organisationInvalid: 'planfilen för --organisation har fel; rätta felen ovan och kör kommandot igen',
};

export type FormText = typeof sv;

const en: FormText = {
  title: 'Questionnaire on digital development',
  titleFor: (org) => `Questionnaire on digital development – ${org}`,
  intro: (n) =>
    `The questionnaire has ${n} questions on how far your organisation has come in its digital development, following the national digitalisation strategy for the school system. Answer from what you know; if you do not know, choose Don’t know.`,
  privacy:
    'Your answers stay on your device. The page sends nothing anywhere: while you answer, the answers are kept only in this browser, and when you are done you save them as a file with the Save answers button. You send that file yourself to whoever asked you to answer. The questionnaire asks for no name or e-mail address.',
  storageOff:
    'This browser does not let the page keep your answers while you answer, so they are lost if you close the page. Save them with the Save answers button before you close it.',
  noscript: 'The questionnaire needs JavaScript to save the answers. Turn JavaScript on, or open the file in another browser.',
  catalogueLine: (id, version) => `Catalogue: ${id} ${version}`,
  organisation: 'Organiser',
  about: 'About you',
  role: 'Your role',
  roleRequired: 'required',
  unit: 'School unit (optional)',
  unitHelp: 'Type or choose the school unit you answer for, if you answer for one.',
  roles: { rektor: 'Principal', larare: 'Teacher', it: 'IT staff', elev: 'Pupil', annan: 'Other role' },
  focusArea: catalogueWords.en.focusArea,
  goal: catalogueWords.en.goal,
  help: 'About the question',
  current: 'Current level: where do you stand today?',
  target: 'Target level: where do you want to stand in a few years?',
  targetNone: 'No target level',
  level: catalogueWords.en.level,
  unknown: 'Don’t know',
  notRelevant: 'Not relevant',
  comment: 'Comment (optional)',
  evidence: 'Evidence (optional)',
  evidenceHelp: 'For example a report, a survey or a decision that supports the assessment.',
  save: 'Save answers',
  clear: 'Clear the answers in this browser',
  progress: (done, all) => `${done} of ${all} questions answered`,
  saved: (file) => `The answers are saved in the file ${file}. Send the file to whoever asked you to answer. You can go on changing them and save again.`,
  savedPartly: (left, n) => plural('en', n, `${left} question is unanswered; it is not counted.`, `${left} questions are unanswered; they are not counted.`),
  restored: 'Your earlier answers in this browser have been filled in.',
  errorPrefix: 'Error:',
  roleMissing: 'Choose your role before you save the answers.',
  targetBelow: 'The target level cannot be below the current level.',
  errorsSummary: (n, count) =>
    plural(
      'en',
      count,
      `The answers are not saved: ${n} error needs correcting. The error is shown at its question.`,
      `The answers are not saved: ${n} errors need correcting. The errors are shown at the questions.`,
    ),
  confirmClear: 'Do you want to remove all answers this browser has kept for the questionnaire?',
  cleared: 'The answers have been removed from the browser.',
  fileComment: 'Answers from the questionnaire on digital development (skoldigiplan form). Send the file to whoever asked you to answer.',
  fileStem: 'answers',
  wrote: (file, kb, n) => `${file} is written (${kb} kB, ${n} questions); it works offline and can be sent as an e-mail attachment`,
  exists: (file) => `${file} already exists`,
  existsHint: 'choose another name with -o, or overwrite the file with --force',
  organisationInvalid: 'the plan file for --organisation has errors; correct them above and run the command again',
};

export const formText = { sv, en };
