// `skoldigiplan merge <answers…> --into plan.yaml`: many respondents' answers into one plan, with their spread.
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Document } from 'yaml';
import type { Context } from '../context.ts';
import { applyResponses, DISCUSSION_SPREAD, levelSpread, tallyResponses, type AnswerSheet } from '../core/merge.ts';
import type { Answer, Catalogue, Plan } from '../core/model.ts';
import { organisationIdentity } from '../core/organisation.ts';
import { nextTermAfter } from '../core/terms.ts';
import { UserError, type Diagnostic } from '../errors.ts';
import { mergeText } from '../i18n/merge.ts';
import { resolveCatalogue } from '../io/load-catalogue.ts';
import { loadPlan, type LoadPlanOptions } from '../io/load-plan.ts';
import { displayPath, sameFile, statIfExists } from '../io/paths.ts';
import { referenceDate } from '../io/reference-date.ts';
import { printDiagnostics } from '../io/report.ts';
import { parseYamlText, type ReadResult, type YamlSource } from '../io/yaml-file.ts';
import { expandInputs, inputDiagnostics } from './batch/inputs.ts';
import { readAnswersFile, type SheetOrganisation } from './merge/read-answers.ts';
import { newPlanText, spliceAnswers, updatePlanText } from './merge/update-plan.ts';
import { rewritePlan } from '../io/rewrite-plan.ts';
import { roleCounts } from '../render/spread-text.ts';

/** The options of `merge`, as src/cli.ts declares and checks them. */
export interface Options {
  into: string;
  rule?: 'median';
  catalogue?: string;
  date?: string;
}

export async function run(ctx: Context, inputs: string[], opts: Options): Promise<number> {
  const t = mergeText[ctx.lang];
  const into = resolve(ctx.cwd, opts.into);
  const intoShown = displayPath(into, ctx.cwd);
  const loadOpts: LoadPlanOptions = { cwd: ctx.cwd, lang: ctx.lang, catalogueFile: opts.catalogue };
  const exists = statIfExists(into) !== undefined;

  let catalogue: Catalogue;
  let organisation: SheetOrganisation | undefined;
  let existing: Existing | undefined;
  if (exists) {
    const load = loadPlan(into, loadOpts);
    if (!load.ok || !load.plan || !load.catalogue || !load.source) throw new UserError(t.planInvalid, load.diagnostics);
    printDiagnostics(load.diagnostics, ctx);
    catalogue = load.catalogue;
    organisation = load.plan.organisation;
    existing = existingFrom(load.source);
  } else {
    catalogue = resolveCatalogue(opts, ctx.cwd, ctx.lang);
  }

  const expanded = expandInputs(inputs, { cwd: ctx.cwd });
  const failures: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const d of inputDiagnostics(expanded.problems, (p) => {
    const message = {
      'not-found': t.notFound,
      'no-match': t.noMatch,
      'empty-folder': t.emptyFolder,
      'unreadable-folder': t.unreadableFolder,
      'dangling-link': t.danglingLink,
    }[p.kind];
    return p.kind === 'not-found' || p.kind === 'no-match' ? { message, hint: t.notFoundHint } : { message };
  })) {
    (d.severity === 'error' ? failures : warnings).push(d);
  }
  // The plan itself is never an answers file, under any name or link: known by its device and inode, one stat a file.
  const planStat = statIfExists(into);
  const files = planStat
    ? expanded.files.filter((f) => {
        // A file system without inode numbers (FAT on some systems) gives 0: there the paths are resolved instead.
        if (planStat.ino === 0) return !sameFile(f.file, into);
        const st = statIfExists(f.file);
        return !(st && st.ino === planStat.ino && st.dev === planStat.dev);
      })
    : expanded.files;

  const sheets: AnswerSheet[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const r = readAnswersFile(f.file, f.display, catalogue, organisation, ctx.lang);
    if (!r.sheet || !r.digest) {
      failures.push(...r.diagnostics);
      continue;
    }
    const first = seen.get(r.digest);
    if (first !== undefined) {
      failures.push({ file: f.display, line: 1, col: 1, severity: 'error', code: 'duplicate-answers', message: t.duplicate(first), hint: t.duplicateHint });
      continue;
    }
    seen.set(r.digest, f.display);
    // A new plan takes the organiser from the first file that names one; later files must name the same one.
    organisation ??= r.organisation;
    sheets.push(r.sheet);
  }
  printDiagnostics([...warnings, ...failures], ctx);
  if (files.length === 0 && failures.length === 0) throw new UserError(t.noFiles, [], t.noFilesHint);
  if (sheets.length === 0) throw new UserError(t.noGoodFiles);

  const ids = catalogue.indicators.map((i) => i.id);
  const { responses, respondents } = tallyResponses(sheets, ids);
  // The plan is read again, changed and written under its lock (rewritePlan), so that a command that wrote it since it
  // was first read above loses nothing: the answers are then spliced into the plan as it is now.
  let outcome = applyResponses(existing?.answers ?? {}, responses, ids);
  let read: ReadResult | undefined;
  const textFor = (existing: Existing | undefined): string => {
    outcome = applyResponses(existing?.answers ?? {}, responses, ids);
    read = undefined;
    let text: string;
    if (existing) {
      const bom = existing.bom ? '\uFEFF' : '';
      // Each changed answer spliced into the text, checked to read back as intended; otherwise the general way.
      const expected = { ...existing.raw, assessment: { ...(existing.raw.assessment as object), answers: outcome.answers, respondents } };
      const spliced = spliceAnswers(existing.text, existing.doc, existing.answers, outcome.answers, respondents);
      read = spliced === undefined ? undefined : parseYamlText(bom + spliced, intoShown, ctx.lang);
      if (spliced !== undefined && isDeepStrictEqual(read!.value, expected)) text = bom + spliced;
      else {
        text = bom + updatePlanText(existing.text, existing.answers, outcome.answers, respondents);
        read = undefined;
      }
    } else {
      if (!organisation?.kind || !organisation.schoolForms) throw new UserError(t.noOrganisation(intoShown), [], t.noOrganisationHint);
      const date = referenceDate(ctx, opts.date);
      const plan: Plan = {
        schemaVersion: 1,
        catalogue: { id: catalogue.id, version: catalogue.version },
        organisation: organisationIdentity({ ...organisation, kind: organisation.kind, schoolForms: organisation.schoolForms }),
        assessment: { date, answers: outcome.answers, respondents },
        planning: { start: nextTermAfter(date), terms: 6 },
        actions: [],
      };
      text = newPlanText(plan);
    }
    const check = loadPlan(into, loadOpts, read ?? parseYamlText(text, intoShown, ctx.lang));
    if (!check.ok) throw new UserError(t.invalidAfter, check.diagnostics, t.invalidAfterHint);
    return text;
  };
  await rewritePlan(
    ctx,
    into,
    (current) => {
      const now = current?.source ? existingFrom(current.source) : undefined;
      if (current && !now) throw new UserError(t.planInvalid, current.diagnostics);
      return textFor(now);
    },
    { create: true },
  );

  const discuss = [...responses.values()].filter((r) => levelSpread(r) >= DISCUSSION_SPREAD).length;
  const parts = [t.set(outcome.set.length), ...(outcome.kept.length ? [t.kept(outcome.kept.length)] : []), ...(discuss ? [t.discuss(discuss)] : [])];
  ctx.stderr.write(`${t.merged(sheets.length, roleCounts(respondents.roles, ctx.lang))}: ${parts.join('; ')}\n`);
  ctx.stderr.write(`${ctx.colour.dim(!exists ? t.created(intoShown) : read ? t.wrote(intoShown) : t.wroteReformatted(intoShown))}\n`);
  const failedFiles = new Set(failures.map((d) => d.file)).size;
  if (failedFiles > 0) {
    ctx.stderr.write(`${ctx.colour.red(t.failed(failedFiles))}\n`);
    return 1;
  }
  return 0;
}

type Existing = { text: string; bom: boolean; doc: Document.Parsed; raw: Record<string, unknown>; answers: Record<string, Answer> };

/** The answers as the file has them, not as a newer catalogue would read them: only what changes is written. */
function existingFrom(source: YamlSource): Existing {
  const doc = source.doc;
  const raw = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown> & { assessment?: { answers?: Record<string, Answer> } };
  return { text: source.text, bom: source.bom, doc, raw, answers: raw.assessment?.answers ?? {} };
}
