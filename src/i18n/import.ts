// Wording of `skoldigiplan import`: problems in the CSV header and rows, and the summary.
import type { Lang } from '../core/model.ts';
import type { HeaderProblem, RowProblem } from '../core/import-problems.ts';
import { MAX_AMOUNT } from '../core/amount.ts';
import { formatMoney, numberFormat } from './number-format.ts';
import { sizeFigures } from './size.ts';
import { joinList, reportText } from './report.ts';
import { plural } from './plural.ts';

type Message = { message: string; hint?: string };

const formatCount = (lang: Lang, n: number) => numberFormat(lang).format(n);

/** The school forms as the CSV writes them, in Swedish whatever the language of the messages. */
const schoolFormList = (lang: Lang) => joinList(Object.values(reportText.sv.schoolForms), lang);

const sv = {
  file: {
    tooLarge: (mb: number) => `filen är för stor (högst ${mb} MB)`,
    tooLargeHint: 'en svarsfil för några tusen organisationer är några megabyte; kontrollera att det är rätt fil',
    isDirectoryHint: 'ange svarsfilen (.csv); varje rad i den blir en planfil i --out',
    empty: 'filen är tom',
    emptyHint: 'första raden ska vara rubriker (huvudman, kommunkod, 1.2.a nuläge, …) och varje följande rad en organisation; se docs/batch.md',
    noRows: 'filen har rubriker men inga rader med svar',
    unclosedQuote: 'citattecknet stängs aldrig; resten av filen lästes som ett enda fält',
    unclosedQuoteHint: 'kontrollera citattecknen i raden; ett citattecken i en text skrivs som två ("")',
    textAfterQuote: 'text efter ett avslutande citattecken',
    textAfterQuoteHint: 'skriv hela fältet inom citattecken, och citattecken inuti som ""',
    legacyEncoding: 'filen är inte sparad som UTF-8; den lästes som Windows-1252 (Excels äldre CSV-format)',
    legacyEncodingHint: 'spara som "CSV UTF-8" i Excel för att vara säker på att å, ä och ö blir rätt',
    extraFields: (fields: number, columns: number) =>
      `raden har ${fields} fält men rubrikraden bara ${columns}; det som står efter kolumn ${columns} skulle gå förlorat`,
    extraFieldsHint: (sep: string) =>
      sep === '\t'
        ? 'en text med tabb i ska stå inom citattecken'
        : `en text med ${sep} i ska stå inom citattecken, till exempel "grundskola${sep} fritidshem"`,
  },
  header: (p: HeaderProblem): Message => {
    switch (p.code) {
      case 'unknown-column':
        return {
          message: `okänd kolumn "${p.header}"; den hoppas över`,
          hint: 'kända kolumner står i docs/batch.md, t.ex. huvudman, kommunkod, skolenhet, datum och 1.2.a nuläge',
        };
      case 'unknown-indicator':
        return {
          message: `indikatorn ${p.indicator} finns inte i katalogen`,
          hint: p.near ? `menade du ${p.near}? Se skoldigiplan catalogue` : 'se skoldigiplan catalogue för katalogens indikatorer',
        };
      case 'duplicate-column':
        return { message: `kolumnen "${p.header}" säger samma sak som kolumn ${p.first}`, hint: 'ta bort den ena kolumnen' };
      case 'missing-name':
        return { message: 'kolumnen huvudman (huvudmannens namn) saknas', hint: 'lägg till en kolumn med rubriken huvudman' };
      case 'missing-identity':
        return {
          message: 'kolumnen kommunkod eller organisationsnummer saknas',
          hint: 'kommuner anges med kommunkod, enskilda huvudmän med organisationsnummer',
        };
    }
  },
  headerFatal: 'rubrikraden har fel; inga planfiler skrevs',
  row: (p: RowProblem): Message => {
    switch (p.code) {
      case 'required':
        return { message: 'huvudmannens namn saknas', hint: 'fyll i kolumnen huvudman på raden' };
      case 'no-identity':
        return {
          message: 'kommunkod (för en kommun) eller organisationsnummer (för en enskild huvudman) saknas',
          hint: 'fyll i kolumnen kommunkod (fyra siffror, t.ex. 0180) eller organisationsnummer (NNNNNN-NNNN)',
        };
      case 'bad-kind':
        return { message: `okänd typ av huvudman: ${p.value}`, hint: 'skriv kommun eller enskild' };
      case 'bad-municipality-code':
        return { message: `${p.value} är ingen kommunkod`, hint: 'en kommunkod har fyra siffror, t.ex. 0180 för Stockholm' };
      case 'unknown-municipality':
        return { message: `kommunkoden ${p.value} finns inte`, hint: 'se SCB:s lista över kommunkoder' };
      case 'bad-org-number':
        return { message: `${p.value} är inget organisationsnummer`, hint: 'skriv tio siffror som NNNNNN-NNNN' };
      case 'org-number-check':
        return { message: `organisationsnumret ${p.value} har fel kontrollsiffra`, hint: 'kontrollera numret mot Bolagsverket eller SCB' };
      case 'bad-unit-code':
        return { message: `${p.value} är ingen skolenhetskod`, hint: 'en skolenhetskod har åtta siffror' };
      case 'unit-code-without-name':
        return { message: 'skolenhetskod utan skolenhetens namn', hint: 'fyll i kolumnen skolenhet' };
      case 'bad-school-form':
        return { message: `okänd skolform: ${p.value}`, hint: `kända skolformer är ${schoolFormList('sv')}` };
      case 'bad-date':
        return { message: `${p.value} är inget datum`, hint: 'skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-28' };
      case 'bad-term':
        return { message: `${p.value} är ingen termin`, hint: 'skriv t.ex. 2027-VT eller 2027-HT' };
      case 'bad-integer':
        return { message: `${p.value} är inget heltal mellan ${p.min} och ${p.max}` };
      case 'bad-amount':
        return {
          message: `${p.value} är inget belopp i hela kronor mellan 0 och ${formatMoney(MAX_AMOUNT, 'sv')}`,
          hint: 'skriv t.ex. 800000 eller 800 000 kr',
        };
      case 'bad-email':
        return {
          message: `${p.value} är ingen e-postadress`,
          hint: 'skriv adressen som namn@kommun.se: utan å, ä, ö och mellanslag, och med en punkt i delen efter @',
        };
      case 'bad-level':
        return { message: `${p.indicator}: ${p.value} är ingen nivå`, hint: 'skriv 1, 2, 3 eller 4, vet ej eller ej relevant' };
      case 'bad-combined':
        return {
          message: `${p.indicator}: ${p.value} går inte att läsa som nuläge och mål`,
          hint: 'skriv nuläge→mål, t.ex. 2→3 eller 2->3, eller vet ej eller ej relevant; tomt betyder obesvarad',
        };
      case 'missing-target':
        return { message: `${p.indicator}: målnivå saknas`, hint: 'fyll i målnivån, eller lämna både nuläge och mål tomma' };
      case 'missing-current':
        return { message: `${p.indicator}: nuläge saknas`, hint: 'fyll i nuläget, eller lämna både nuläge och mål tomma' };
      case 'target-below-current':
        return { message: `${p.indicator}: målnivån ${p.target} är lägre än nuläget ${p.current}`, hint: 'målet ska vara minst nuläget' };
      case 'status-with-level':
        return { message: `${p.indicator}: både en nivå och vet ej eller ej relevant`, hint: 'ange antingen nuläge och mål, eller vet ej eller ej relevant' };
      case 'bad-importance':
        return { message: `okänd vikt: ${p.value}`, hint: 'skriv hög, medelhög eller låg' };
    }
  },
  invalidPlan: (m: string) => `planen blir ogiltig: ${m}`,
  planTooLarge: (size: number, max: number, column: string, chars: number) =>
    `raden skulle bli en plan för stor för att läsas in igen (${sizeFigures('sv', size, max)}), så den skrivs inte; längst är texten i kolumn ${column} (${formatCount('sv', chars)} tecken)`,
  planTooLargeHint: 'korta texten i cellen; långa underlag hör hemma i ett eget dokument som planen hänvisar till',
  exists: (file: string) => `${file} finns redan och skrivs inte över`,
  existsHint: 'använd --force för att skriva över befintliga planfiler',
  sameOrganisation: (row: number, file: string) => `samma organisation som rad ${row}; skrivs till ${file}`,
  rowsMerged: (rows: number[]) =>
    `raderna ${rows.slice(0, -1).join(', ')} och ${rows[rows.length - 1]} gäller samma organisation; varje rad räknas som en svarande, och de slås ihop till en plan med spridningen i svaren (medianregeln, som skoldigiplan merge)`,
  respondentRole: (value: string) => `${value} är ingen roll; skriv rektor, lärare, IT-personal, elev eller annan`,
  wrote: (row: number, file: string) => `rad ${row} → ${file}`,
  unchanged: (row: number, file: string) => `rad ${row}: ${file} är redan likadan`,
  summary: (written: number, unchanged: number, out: string) =>
    `Skrev ${written} ${plural('sv', written, 'planfil', 'planfiler')} till ${out}${unchanged ? ` (${unchanged} ${plural('sv', unchanged, 'var redan likadan', 'var redan likadana')})` : ''}.`,
  failed: (n: number) => `${n} ${plural('sv', n, 'rad har fel och skrevs inte', 'rader har fel och skrevs inte')}; se meddelandena ovan.`,
  next: (out: string) => `Nästa steg: skoldigiplan batch ${out} --out resultat/`,
};

export type ImportText = typeof sv;

const en: ImportText = {
  file: {
    tooLarge: (mb) => `the file is too large (at most ${mb} MB)`,
    tooLargeHint: 'an answers file for a few thousand organisations is a few megabytes; check that this is the right file',
    isDirectoryHint: 'give the answers file (.csv); each of its rows becomes a plan file in --out',
    empty: 'the file is empty',
    emptyHint: 'the first row holds the headers (huvudman, kommunkod, 1.2.a nuläge, …) and each following row one organisation; see docs/batch.md',
    noRows: 'the file has headers but no rows with answers',
    unclosedQuote: 'the quote is never closed; the rest of the file was read as one field',
    unclosedQuoteHint: 'check the quotes in the row; a quote inside text is written as two ("")',
    textAfterQuote: 'text after a closing quote',
    textAfterQuoteHint: 'put the whole field in quotes, and quotes inside it as ""',
    legacyEncoding: "the file is not saved as UTF-8; it was read as Windows-1252 (Excel's older CSV format)",
    legacyEncodingHint: 'save as "CSV UTF-8" in Excel to be sure that å, ä and ö come out right',
    extraFields: (fields, columns) => `the row has ${fields} fields but the header row only ${columns}; what stands after column ${columns} would be lost`,
    extraFieldsHint: (sep) =>
      sep === '\t' ? 'text with a tab in it must be in quotes' : `text with ${sep} in it must be in quotes, for example "grundskola${sep} fritidshem"`,
  },
  header: (p) => {
    switch (p.code) {
      case 'unknown-column':
        return {
          message: `unknown column "${p.header}"; it is skipped`,
          hint: 'the known columns are listed in docs/batch.md, e.g. huvudman, kommunkod, skolenhet, datum and 1.2.a nuläge',
        };
      case 'unknown-indicator':
        return {
          message: `the catalogue has no indicator ${p.indicator}`,
          hint: p.near ? `did you mean ${p.near}? See skoldigiplan catalogue` : "see skoldigiplan catalogue for the catalogue's indicators",
        };
      case 'duplicate-column':
        return { message: `the column "${p.header}" says the same as column ${p.first}`, hint: 'remove one of them' };
      case 'missing-name':
        return { message: "the column huvudman (the organiser's name) is missing", hint: 'add a column headed huvudman (or organiser)' };
      case 'missing-identity':
        return {
          message: 'the column kommunkod or organisationsnummer is missing',
          hint: 'municipalities are identified by kommunkod, independent organisers by organisationsnummer',
        };
    }
  },
  headerFatal: 'the header row has errors; no plan files were written',
  row: (p) => {
    switch (p.code) {
      case 'required':
        return { message: "the organiser's name is missing", hint: 'fill in the huvudman column of the row' };
      case 'no-identity':
        return {
          message: 'kommunkod (for a municipality) or organisationsnummer (for an independent organiser) is missing',
          hint: 'fill in the kommunkod column (four digits, e.g. 0180) or organisationsnummer (NNNNNN-NNNN)',
        };
      case 'bad-kind':
        return { message: `unknown kind of organiser: ${p.value}`, hint: 'write kommun (municipality) or enskild (independent)' };
      case 'bad-municipality-code':
        return { message: `${p.value} is not a municipality code`, hint: 'a kommunkod has four digits, e.g. 0180 for Stockholm' };
      case 'unknown-municipality':
        return { message: `there is no municipality with code ${p.value}`, hint: "see Statistics Sweden's list of municipality codes" };
      case 'bad-org-number':
        return { message: `${p.value} is not an organisation number`, hint: 'write ten digits as NNNNNN-NNNN' };
      case 'org-number-check':
        return { message: `the organisation number ${p.value} has a wrong check digit`, hint: 'check the number with Bolagsverket or Statistics Sweden' };
      case 'bad-unit-code':
        return { message: `${p.value} is not a school unit code`, hint: 'a skolenhetskod has eight digits' };
      case 'unit-code-without-name':
        return { message: "a school unit code without the unit's name", hint: 'fill in the column skolenhet' };
      case 'bad-school-form':
        return { message: `unknown school form: ${p.value}`, hint: `the known school forms are ${schoolFormList('en')}` };
      case 'bad-date':
        return { message: `${p.value} is not a date`, hint: 'write YYYY-MM-DD, e.g. 2026-11-28' };
      case 'bad-term':
        return { message: `${p.value} is not a term`, hint: 'write e.g. 2027-VT or 2027-HT' };
      case 'bad-integer':
        return { message: `${p.value} is not a whole number from ${p.min} to ${p.max}` };
      case 'bad-amount':
        return { message: `${p.value} is not an amount in whole kronor from 0 to ${formatMoney(MAX_AMOUNT, 'en')}`, hint: 'write e.g. 800000 or 800 000 kr' };
      case 'bad-email':
        return {
          message: `${p.value} is not an e-mail address`,
          hint: 'write the address as name@kommun.se: without å, ä, ö or spaces, and with a dot in the part after @',
        };
      case 'bad-level':
        return { message: `${p.indicator}: ${p.value} is not a level`, hint: 'write 1, 2, 3 or 4, vet ej (unknown) or ej relevant (not relevant)' };
      case 'bad-combined':
        return {
          message: `${p.indicator}: ${p.value} cannot be read as current and target level`,
          hint: 'write current→target, e.g. 2→3 or 2->3, or vet ej or ej relevant; empty means unanswered',
        };
      case 'missing-target':
        return { message: `${p.indicator}: the target level is missing`, hint: 'fill in the target, or leave both current and target empty' };
      case 'missing-current':
        return { message: `${p.indicator}: the current level is missing`, hint: 'fill in the current level, or leave both current and target empty' };
      case 'target-below-current':
        return {
          message: `${p.indicator}: the target ${p.target} is below the current level ${p.current}`,
          hint: 'the target must be at least the current level',
        };
      case 'status-with-level':
        return { message: `${p.indicator}: both a level and unknown or not relevant`, hint: 'give either current and target, or unknown or not relevant' };
      case 'bad-importance':
        return { message: `unknown importance: ${p.value}`, hint: 'write hög, medelhög or låg (high, medium, low)' };
    }
  },
  invalidPlan: (m) => `the plan would be invalid: ${m}`,
  planTooLarge: (size, max, column, chars) =>
    `the row would make a plan too large to be read back (${sizeFigures('en', size, max)}), so it is not written; the longest text is in column ${column} (${formatCount('en', chars)} characters)`,
  planTooLargeHint: 'shorten the text in the cell; long background material belongs in a document of its own that the plan refers to',
  exists: (file) => `${file} already exists and is not overwritten`,
  existsHint: 'use --force to overwrite existing plan files',
  sameOrganisation: (row, file) => `the same organisation as row ${row}; written to ${file}`,
  rowsMerged: (rows) =>
    `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]} are for the same organisation; each row counts as a respondent, and they are merged into one plan with the spread of the answers (the median rule, as skoldigiplan merge)`,
  respondentRole: (value) => `${value} is no role; write rektor, lärare, IT-personal, elev or annan (principal, teacher, IT staff, pupil, other)`,
  wrote: (row, file) => `row ${row} → ${file}`,
  unchanged: (row, file) => `row ${row}: ${file} is already the same`,
  summary: (written, unchanged, out) =>
    `Wrote ${written} plan ${plural('en', written, 'file', 'files')} to ${out}${unchanged ? ` (${unchanged} already the same)` : ''}.`,
  failed: (n) => `${n} ${plural('en', n, 'row has errors and was not written', 'rows have errors and were not written')}; see the messages above.`,
  next: (out) => `Next: skoldigiplan batch ${out} --out results/`,
};

export const importText: Record<Lang, ImportText> = { sv, en };
