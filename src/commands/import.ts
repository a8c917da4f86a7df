// `skoldigiplan import answers.csv --out plans/`: one validated plan file per CSV row; a bad row never stops the others.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../context.ts';
import { checkPlan } from '../core/check-plan.ts';
import { parseCsv } from '../core/csv.ts';
import { countCodePoints, cutText } from '../core/graphemes.ts';
import type { Lang, Plan } from '../core/model.ts';
import { assignNames, outputBaseName } from '../core/output-name.ts';
import { matchKey, organisationIdentity, type DigestOrganisation } from '../core/rollup.ts';
import { errorDiagnostics, UsageError, UserError, type Diagnostic } from '../errors.ts';
import { validatePlan } from '../generated/validatePlan.js';
import { importText } from '../i18n/import.ts';
import { ioText } from '../i18n/io.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { resolveCatalogue } from '../io/load-catalogue.ts';
import { normalisePlan, planIssueDiagnostics } from '../io/load-plan.ts';
import { municipalityNames } from '../io/municipalities.ts';
import { makeOutFolder, outFolder } from '../io/out-folder.ts';
import { writeFailure } from '../io/write-failure.ts';
import { displayPath } from '../io/paths.ts';
import { formatDiagnostic, printDiagnostics } from '../io/report.ts';
import { schemaDiagnostics } from '../io/schema-errors.ts';
import { planToYaml } from '../io/write-plan.ts';
import { MAX_YAML_BYTES, parseYamlText } from '../io/yaml-file.ts';
import { planBytes, textBytes } from '../io/plan-size.ts';
import { referenceDate } from '../io/reference-date.ts';
import { mapHeader } from './import/columns.ts';
import { nearestId } from '../core/nearest-id.ts';
import { MAX_CSV_BYTES, readCsvFile, type CsvRead } from './import/read-csv.ts';
import { rowToPlan } from './import/rows.ts';
import { readRespondentRole } from '../core/respondent-role.ts';
import { mergeRows, type RespondentRow } from './import/respondents.ts';
import { newPlanText } from './merge/update-plan.ts';

export interface ImportResult {
  file: string;
  out: string;
  rows: number;
  written: { row: number; file: string; organisation: DigestOrganisation }[];
  unchanged: { row: number; file: string; organisation: DigestOrganisation }[];
  failed: { row: number; errors: Diagnostic[] }[];
  warnings: Diagnostic[];
  /** Problems with the file as a whole (missing, empty, unusable header, no rows): no row was read. */
  errors: Diagnostic[];
  ok: boolean;
}

/** Up to this many rows, each written file is named on stderr; above, only the summary. */
const LIST_LIMIT = 20;

/** The options of `import`, as src/cli.ts declares and checks them. */
export interface Options {
  out: string;
  force?: boolean;
  json?: boolean;
  catalogue?: string;
}

export async function run(ctx: Context, [csvArg]: string[], opts: Options): Promise<number> {
  const t = importText[ctx.lang];
  const csvPath = resolve(ctx.cwd, csvArg!);
  const shown = displayPath(csvPath, ctx.cwd);
  const outShown = displayPath(resolve(ctx.cwd, opts.out), ctx.cwd);
  const force = opts.force === true;
  const warnings: Diagnostic[] = [];
  const writeResult = (r: ImportResult) => {
    if (opts.json) ctx.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  };
  const emptyResult = (errors: Diagnostic[], rows = 0): ImportResult => ({
    file: shown,
    out: outShown,
    rows,
    written: [],
    unchanged: [],
    failed: [],
    warnings,
    errors,
    ok: false,
  });
  /** The whole file is unusable: with --json, scripts still get a result that says why, then the errors as usual. */
  const fileFailed = (headline: string, errors: Diagnostic[], rows = 0): never => {
    writeResult(emptyResult(errors, rows));
    throw new UserError(headline, errors);
  };
  /** An unusable --out or --catalogue stops the import: with --json, the result says so (the findings, or one error under --out). */
  const stopped = (e: unknown, result: ImportResult): never => {
    if (e instanceof UserError || e instanceof UsageError) writeResult({ ...result, errors: errorDiagnostics(e, outShown, 'import-failed') });
    throw e;
  };
  let outDir: string;
  let catalogue: ReturnType<typeof resolveCatalogue>;
  try {
    outDir = outFolder(ctx.cwd, opts.out, ctx.lang);
    catalogue = resolveCatalogue(opts, ctx.cwd, ctx.lang);
  } catch (e) {
    return stopped(e, emptyResult([]));
  }
  const read = readCsvFile(csvPath);
  if (!read.ok) {
    const { message, hint } = csvReadProblem(read, ctx.lang);
    return fileFailed('', [{ file: shown, severity: 'error', code: `csv-${read.reason}`, message, hint }]);
  }
  const at = (row: number, column: number | undefined, severity: Diagnostic['severity'], code: string, m: { message: string; hint?: string }): Diagnostic => ({
    file: shown,
    line: row,
    ...(column ? { col: column } : {}),
    severity,
    code,
    message: m.message,
    ...(m.hint ? { hint: m.hint } : {}),
  });
  if (read.encoding === 'windows-1252')
    warnings.push({ file: shown, severity: 'warning', code: 'csv-encoding', message: t.file.legacyEncoding, hint: t.file.legacyEncodingHint });

  const parsed = parseCsv(read.text);
  // Spreadsheets often export rows with nothing but separators below the data; they are not answers.
  const [head, ...records] = parsed.records.filter((r, i) => i === 0 || r.cells.some((c) => c.trim() !== ''));
  if (!head) return fileFailed('', [{ file: shown, severity: 'error', code: 'csv-empty', message: t.file.empty, hint: t.file.emptyHint }]);
  const ids = catalogue.indicators.map((i) => i.id);
  const header = mapHeader(head.cells, ids, (id) => nearestId(id, ids, 2));
  const headerErrors: Diagnostic[] = [];
  for (const p of header.problems) {
    const d = at(1, p.column || undefined, p.code === 'unknown-column' ? 'warning' : 'error', `csv-${p.code}`, t.header(p));
    (d.severity === 'error' ? headerErrors : warnings).push(d);
  }
  if (headerErrors.length) {
    printDiagnostics(warnings, ctx);
    return fileFailed(t.headerFatal, headerErrors, records.length);
  }
  if (records.length === 0) {
    printDiagnostics(warnings, ctx);
    return fileFailed('', [{ file: shown, severity: 'error', code: 'csv-no-rows', message: t.file.noRows, hint: t.file.emptyHint }]);
  }

  // Rows that the CSV reader itself found broken (an unclosed quote) fail as a whole.
  const broken = new Map<number, Diagnostic[]>();
  for (const p of parsed.problems) {
    const m =
      p.code === 'unclosed-quote'
        ? { message: t.file.unclosedQuote, hint: t.file.unclosedQuoteHint }
        : { message: t.file.textAfterQuote, hint: t.file.textAfterQuoteHint };
    broken.set(p.row, [...(broken.get(p.row) ?? []), at(p.row, p.column, 'error', `csv-${p.code}`, m)]);
  }

  const municipalities = municipalityNames();
  const municipalityCodes = new Set(municipalities.keys());
  const today = referenceDate(ctx, undefined);
  const result = emptyResult([], records.length);
  const good: { row: number; plan: Plan; text: string }[] = [];
  for (const rec of records) {
    const errors = [...(broken.get(rec.row) ?? [])];
    // More filled fields than headers: a text with the separator in it, unquoted; what follows would be lost or shifted.
    let fields = rec.cells.length;
    while (fields > head.cells.length && rec.cells[fields - 1]!.trim() === '') fields--;
    const shifted = fields > head.cells.length;
    if (shifted)
      errors.push(
        at(rec.row, head.cells.length + 1, 'error', 'csv-extra-fields', {
          message: t.file.extraFields(fields, head.cells.length),
          hint: t.file.extraFieldsHint(parsed.separator),
        }),
      );
    const { plan, problems } = rowToPlan(rec.cells, header.columns, { catalogue, municipalityCodes, today });
    // In a shifted row the values stand under the wrong headers: what is said of them would only mislead.
    // A cell quoted in a message is cut short: a message stays a line, however long the cell.
    if (!shifted)
      for (const p of problems) errors.push(at(rec.row, p.column, 'error', `csv-${p.code}`, t.row('value' in p ? { ...p, value: cutText(p.value, 80) } : p)));
    let text: string | undefined;
    if (plan && errors.length === 0) {
      // What import writes must be readable by every command: a plan over the size limit is refused at its longest cell.
      // Its texts alone are a lower bound of its size, so a plan that cannot fit is refused before its YAML is made.
      const least = textBytes(plan);
      if (least > MAX_YAML_BYTES) errors.push(tooLarge(rec.row, rec.cells, head.cells, least));
      else {
        text = planToYaml(plan);
        const size = planBytes(text);
        if (size.tooLarge) errors.push(tooLarge(rec.row, rec.cells, head.cells, size.bytes));
        else errors.push(...verify(text, rec.row));
      }
    }
    if (errors.length || !plan || text === undefined) result.failed.push({ row: rec.row, errors });
    else good.push({ row: rec.row, plan, text });
  }

  function tooLarge(row: number, cells: readonly string[], headers: readonly string[], bytes: number): Diagnostic {
    let longest = 0;
    cells.forEach((c, i) => {
      if (c.length > (cells[longest]?.length ?? 0)) longest = i;
    });
    const header = headers[longest]?.trim();
    const name = header ? `${longest + 1} (${header})` : String(longest + 1);
    const chars = countCodePoints(cells[longest] ?? '');
    return at(row, longest + 1, 'error', 'csv-plan-too-large', { message: t.planTooLarge(bytes, MAX_YAML_BYTES, name, chars), hint: t.planTooLargeHint });
  }

  // Several rows for one organisation (a survey export): each row is a respondent, and the rows become one plan with
  // the spread of their answers, as `merge` makes it from answers files.
  const roleColumn = header.columns.find((c) => c.kind === 'field' && c.field === 'respondentRole')?.column;
  const cellsOf = new Map(records.map((r) => [r.row, r.cells]));
  const groups = new Map<string, typeof good>();
  for (const g of good) {
    const k = matchKey(organisationIdentity(g.plan.organisation));
    groups.set(k, [...(groups.get(k) ?? []), g]);
  }
  const merged: typeof good = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      merged.push(group[0]!);
      continue;
    }
    const respondents: RespondentRow[] = [];
    for (const g of group) {
      const value = roleColumn ? (cellsOf.get(g.row)?.[roleColumn - 1] ?? '') : '';
      const role = readRespondentRole(value);
      if (role) respondents.push({ row: g.row, plan: g.plan, role });
      else result.failed.push({ row: g.row, errors: [at(g.row, roleColumn, 'error', 'csv-respondent-role', { message: t.respondentRole(value.trim()) })] });
    }
    if (respondents.length === 0) continue;
    const first = respondents[0]!.row;
    const plan = mergeRows(respondents, catalogue);
    const text = newPlanText(plan);
    const problems = verify(text, first);
    if (problems.length) {
      result.failed.push({ row: first, errors: problems });
      continue;
    }
    if (respondents.length > 1) warnings.push(at(first, undefined, 'warning', 'csv-rows-merged', { message: t.rowsMerged(respondents.map((r) => r.row)) }));
    merged.push({ row: first, plan, text });
  }
  good.splice(0, good.length, ...merged.sort((a, b) => a.row - b.row));

  function verify(text: string, row: number): Diagnostic[] {
    // The file as written is read back and checked like any plan file, so what import writes always validates.
    // Findings are worded as validate words them, and placed on the CSV row rather than in the YAML.
    const back = parseYamlText(text, shown, ctx.lang);
    const onRow = (d: Diagnostic): Diagnostic => ({ ...at(row, undefined, 'error', `csv-${d.code}`, { message: t.invalidPlan(d.message), hint: d.hint }) });
    if (!back.value || !back.source) return back.diagnostics.map(onRow);
    if (!validatePlan(back.value)) return schemaDiagnostics(validatePlan.errors ?? [], undefined, shown, ctx.lang, back.value).map(onRow);
    const issues = checkPlan(normalisePlan(back.value as Plan), catalogue, { municipalities });
    return planIssueDiagnostics(issues, back.source, shown, ctx.lang).map(onRow);
  }

  // Names as batch gives them; two rows for the same organisation get -2, -3 in row order.
  const key = (row: number) => String(row).padStart(9, '0');
  const names = assignNames(
    good.map((g) => {
      const o = g.plan.organisation;
      return { key: key(g.row), base: outputBaseName({ ...o, municipalityName: o.municipalityCode ? municipalities.get(o.municipalityCode) : undefined }) };
    }),
  );
  const firstRow = new Map<string, number>();
  if (good.length) {
    try {
      makeOutFolder(ctx.cwd, opts.out, outDir, ctx.lang);
    } catch (e) {
      stopped(e, result);
    }
  }
  for (const g of good) {
    const org = organisationIdentity(g.plan.organisation);
    const target = join(outDir, `${names.get(key(g.row))}.yaml`);
    const file = displayPath(target, ctx.cwd);
    const mk = matchKey(org);
    const earlier = firstRow.get(mk);
    if (earlier !== undefined) warnings.push(at(g.row, undefined, 'warning', 'csv-same-organisation', { message: t.sameOrganisation(earlier, file) }));
    else firstRow.set(mk, g.row);
    try {
      // Reading what is there fails as writing would (a folder of that name, no permission): said the same way.
      if (existsSync(target)) {
        if (readFileSync(target, 'utf8') === g.text) {
          result.unchanged.push({ row: g.row, file, organisation: org });
          continue;
        }
        if (!force) {
          result.failed.push({ row: g.row, errors: [at(g.row, undefined, 'error', 'csv-exists', { message: t.exists(file), hint: t.existsHint })] });
          continue;
        }
      }
      // Readable by its owner only when new: a plan holds contact details. A plan replaced keeps its mode.
      writeFileAtomic(target, g.text, { private: true });
      result.written.push({ row: g.row, file, organisation: org });
    } catch (e) {
      // One row's file that cannot be written fails that row only, in the user's words rather than Node's.
      const failure = writeFailure(e, target, ctx.cwd, ctx.lang);
      if (!failure) throw e;
      result.failed.push({ row: g.row, errors: [at(g.row, undefined, 'error', 'csv-write-failed', failure)] });
    }
  }
  result.failed.sort((a, b) => a.row - b.row);
  result.ok = result.failed.length === 0;

  const all = [...warnings, ...result.failed.flatMap((f) => f.errors)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  for (const d of all) ctx.stderr.write(`${formatDiagnostic(d, ctx)}\n`);
  if (records.length <= LIST_LIMIT) {
    for (const w of result.written) ctx.stderr.write(`${ctx.colour.green('✔')} ${t.wrote(w.row, w.file)}\n`);
    for (const w of result.unchanged) ctx.stderr.write(`${t.unchanged(w.row, w.file)}\n`);
  }
  ctx.stderr.write(`${t.summary(result.written.length, result.unchanged.length, outShown)}\n`);
  if (result.failed.length) ctx.stderr.write(`${t.failed(result.failed.length)}\n`);
  if (result.written.length + result.unchanged.length > 0) ctx.stderr.write(`${t.next(outShown)}\n`);
  writeResult(result);
  return result.ok ? 0 : 1;
}

/** Why an answers file could not be read, as the message and hint shown for it. */
function csvReadProblem(read: Extract<CsvRead, { ok: false }>, lang: Lang): { message: string; hint: string } {
  const io = ioText[lang];
  const t = importText[lang].file;
  switch (read.reason) {
    case 'not-found':
      return { message: io.notFound, hint: io.notFoundHint };
    case 'is-directory':
      return { message: io.isDirectory, hint: t.isDirectoryHint };
    case 'not-a-file':
      return { message: io.notAFile(read.kind), hint: io.notAFileHint };
    case 'too-large':
      return { message: t.tooLarge(MAX_CSV_BYTES / (1024 * 1024)), hint: t.tooLargeHint };
    case 'no-access':
      return { message: io.noAccess, hint: io.noAccessHint };
    case 'unreadable':
      return { message: io.readError(read.detail), hint: io.readErrorHint };
  }
}
