// `skoldigiplan assess`: a guided assessment in the terminal (new, --from an earlier plan, or --resume a draft), or --answers from a file.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../context.ts';
import type { Catalogue, Lang } from '../core/model.ts';
import { reassessIds } from '../core/migrate.ts';
import { UsageError, UserError } from '../errors.ts';
import { assessText } from '../i18n/assess.ts';
import { catalogueFor, resolveCatalogue } from '../io/load-catalogue.ts';
import { loadPlan } from '../io/load-plan.ts';
import { loadMunicipalities } from '../io/municipalities.ts';
import { displayPath } from '../io/paths.ts';
import { printDiagnostics } from '../io/report.ts';
import { asInvoked } from '../io/invocation.ts';
import { createPrompter, type Prompter } from '../io/prompts.ts';
import type { Format } from '../render/outputs.ts';
import { referenceDate } from '../io/reference-date.ts';
import { runAnswers } from './assess/answers.ts';
import { draftPathFor, readDraft } from './assess/draft.ts';
import { isKnownStep, type FlowEnv } from './assess/flow.ts';
import { runInteractive, type InteractiveSetup } from './assess/interactive.ts';
import { proposeWithEngine } from './assess/proposals.ts';
import { shellArg } from './assess/save.ts';
import { emptyState, isOrganisationComplete, orderedIndicators, stateFromDraft, stateFromPlan, type AssessState } from './assess/state.ts';

export interface AssessOptions {
  answers?: string;
  from?: string;
  /** `true` for `--resume` without a file: the draft beside the output. */
  resume?: string | true;
  output: string;
  formats: Format[];
  force: boolean;
  catalogue?: string;
  date?: string;
}

/** The options of `assess`, as src/cli.ts declares and checks them. */
export interface Options {
  answers?: string;
  from?: string;
  /** `true` for `--resume` without a file. */
  resume?: string | true;
  output?: string;
  format?: Format[];
  force?: boolean;
  catalogue?: string;
  date?: string;
}

export function readOptions(opts: Options, lang: Lang): AssessOptions {
  const t = assessText[lang].usage;
  const o: AssessOptions = {
    answers: opts.answers,
    from: opts.from,
    resume: opts.resume,
    output: opts.output ?? 'plan.yaml',
    formats: opts.format ?? ['md', 'pdf'],
    force: opts.force === true,
    catalogue: opts.catalogue,
    date: opts.date,
  };
  const given = [o.answers && '--answers', o.from && '--from', o.resume && '--resume'].filter((x): x is string => Boolean(x));
  if (given.length > 1) throw new UsageError(t.conflict(given[0]!, given[1]!), t.conflictHint);
  if (o.output === '-') throw new UsageError(t.stdout, t.stdoutHint);
  if (!/\.ya?ml$/i.test(o.output)) throw new UsageError(t.outputExt(o.output), t.outputExtHint);
  return o;
}

function flowEnv(catalogue: Catalogue, lang: Lang, today: string): FlowEnv {
  return { catalogue, lang, today, municipalities: loadMunicipalities(), propose: proposeWithEngine(catalogue) };
}

export async function run(ctx: Context, _args: string[], opts: Options): Promise<number> {
  const o = readOptions(opts, ctx.lang);
  // "Today" as every command reads it: --date, else SOURCE_DATE_EPOCH, else the local calendar date.
  const today = referenceDate(ctx, o.date);
  const output = resolve(ctx.cwd, o.output);

  if (o.answers) {
    return runAnswers(ctx, {
      file: o.answers,
      output,
      force: o.force,
      catalogueFile: o.catalogue,
      save: {
        lang: ctx.lang,
        formats: o.formats,
        referenceDate: today,
        catalogueFile: o.catalogue ? resolve(ctx.cwd, o.catalogue) : undefined,
        force: o.force,
      },
      env: (catalogue) => flowEnv(catalogue, ctx.lang, today),
    });
  }

  // Inquirer on a closed or piped stdin gives up with exit 0, which a script would read as success: refuse before asking.
  if (!ctx.stdin.isTTY || !ctx.stdout.isTTY) {
    const t = assessText[ctx.lang].usage;
    const draft = o.resume === true ? draftPathFor(output) : typeof o.resume === 'string' ? resolve(ctx.cwd, o.resume) : undefined;
    const kept = draft && existsSync(draft) ? `\n${t.noTerminalResume(displayPath(draft, ctx.cwd))}` : '';
    throw new UsageError(t.noTerminal, t.noTerminalHint + kept);
  }

  // The terminal's size is read at every question and redraw, so a resized window is used at its new width.
  const terminal = ctx.stdout as Context['stdout'] & {
    rows?: number;
    on?: (e: 'resize', f: () => void) => unknown;
    off?: (e: 'resize', f: () => void) => unknown;
  };
  const onResize =
    terminal.on && terminal.off
      ? (redraw: () => void) => {
          terminal.on!('resize', redraw);
          return () => void terminal.off!('resize', redraw);
        }
      : undefined;
  const open = (lang: Lang) =>
    createPrompter(lang, {
      input: ctx.stdin,
      output: ctx.stdout as unknown as NodeJS.WritableStream,
      rows: () => terminal.rows,
      columns: () => terminal.columns,
      onResize,
      rewrite: (s) => asInvoked(s, ctx.command),
    });
  if (o.resume) return resume(ctx, o, today, o.resume === true ? draftPathFor(output) : o.resume, open);

  const prompter = open(ctx.lang);
  const draftFile = draftPathFor(output);
  if (existsSync(draftFile)) {
    const t = assessText[ctx.lang];
    const shown = displayPath(draftFile, ctx.cwd);
    const when = statSync(draftFile).mtime.toISOString().slice(0, 16).replace('T', ' ');
    if (await prompter.ask({ type: 'confirm', message: t.draftFound(shown, when), default: true }))
      return resume(ctx, o, today, draftFile, (lang) => (lang === ctx.lang ? prompter : open(lang)));
    prompter.write(`${t.draftReplaced(shown)}\n`);
  }
  return o.from ? startFrom(ctx, o, today, output, prompter) : startNew(ctx, o, today, output, prompter);
}

function baseSetup(ctx: Context, o: AssessOptions, lang: Lang, catalogue: Catalogue, output: string, today: string, state: AssessState): InteractiveSetup {
  const catalogueFile = o.catalogue ? resolve(ctx.cwd, o.catalogue) : undefined;
  const t = assessText[lang];
  const intro = [t.welcome(catalogue.title[lang], orderedIndicators(catalogue).length)];
  if (existsSync(output) && !o.force) intro.push(t.outputExists(displayPath(output, ctx.cwd)));
  return {
    state,
    catalogue,
    draft: { file: draftPathFor(output), output, lang, catalogueFile },
    draftOnDisk: false,
    force: o.force,
    save: { lang, formats: o.formats, referenceDate: today, catalogueFile, force: o.force },
    intro,
  };
}

async function startNew(ctx: Context, o: AssessOptions, today: string, output: string, prompter: Prompter): Promise<number> {
  const catalogue = resolveCatalogue({ catalogue: o.catalogue }, ctx.cwd, ctx.lang);
  const setup = baseSetup(ctx, o, ctx.lang, catalogue, output, today, emptyState(catalogue));
  return runInteractive(ctx, setup, prompter, flowEnv(catalogue, ctx.lang, today));
}

/** Problems in an earlier plan that do not stop it from filling in this year's answers: ids the catalogue no longer has. */
const TOLERATED = new Set(['unknown-indicator', 'action-unknown-indicator']);

async function startFrom(ctx: Context, o: AssessOptions, today: string, output: string, prompter: Prompter): Promise<number> {
  const t = assessText[ctx.lang];
  const loaded = loadPlan(o.from!, { cwd: ctx.cwd, lang: ctx.lang, catalogueFile: o.catalogue });
  const blocking = loaded.diagnostics.filter((d) => d.severity === 'error' && !TOLERATED.has(d.code));
  if (loaded.plan?.draft === true) throw new UserError(t.usage.fromDraft(loaded.display), [], t.usage.answersDraftHint(loaded.display));
  if (blocking.length > 0 || !loaded.plan || !loaded.catalogue) {
    throw new UserError(t.usage.fromInvalid(loaded.display), blocking.length > 0 ? blocking : loaded.diagnostics);
  }
  const catalogue = loaded.catalogue;
  // The loader has already carried the plan over to this catalogue version and warns about what moved.
  printDiagnostics(
    loaded.diagnostics.filter((d) => d.severity === 'warning'),
    ctx,
  );
  const known = new Set(catalogue.indicators.map((i) => i.id));
  const dropped = Object.keys(loaded.plan.assessment.answers).filter((id) => !known.has(id));
  const state = stateFromPlan(loaded.plan, catalogue, today);
  // Answers given against an older version whose question or levels have changed are asked again, not offered as before.
  const reassess = reassessIds(loaded.plan, catalogue);
  for (const id of reassess) delete state.answers[id];
  const setup = baseSetup(ctx, o, ctx.lang, catalogue, output, today, state);
  setup.intro.push(t.fromLoaded(loaded.display, loaded.plan.assessment.date));
  if (dropped.length > 0) setup.intro.push(t.fromDropped(dropped.join(', ')));
  if (reassess.length > 0) setup.intro.push(t.fromReassess(loaded.plan.catalogue.version, reassess.join(', ')));
  if (state.actions.length > 0)
    setup.intro.push(t.fromCarried(state.actions.length, state.actions.filter((a) => a.status !== 'done' && a.status !== 'cancelled').length));
  return runInteractive(ctx, setup, prompter, flowEnv(catalogue, ctx.lang, today));
}

async function resume(ctx: Context, o: AssessOptions, today: string, path: string, open: (lang: Lang) => Prompter): Promise<number> {
  const loaded = readDraft(path, ctx.cwd, ctx.lang);
  const lang = loaded.draft.resume.lang ?? ctx.lang;
  const t = assessText[lang];
  const catalogueFile = o.catalogue ? resolve(ctx.cwd, o.catalogue) : loaded.catalogueFile;
  const catalogue = catalogueFor(loaded.draft.catalogue.id, { catalogueFile, cwd: ctx.cwd, lang });
  if (!catalogue) throw new UserError(t.draft.otherCatalogue(loaded.draft.catalogue.id), [], t.draft.otherCatalogueHint);

  const env = flowEnv(catalogue, lang, today);
  const state = stateFromDraft(loaded.draft);
  const known = new Set(catalogue.indicators.map((i) => i.id));
  for (const id of Object.keys(state.answers)) if (!known.has(id)) delete state.answers[id];
  state.catalogue = { id: catalogue.id, version: catalogue.version };
  if (!isKnownStep(state.step, state, env)) state.step = isOrganisationComplete(state.organisation) && state.date ? 'review' : 'org.kind';

  const draftFile = resolve(ctx.cwd, path);
  const shown = displayPath(draftFile, ctx.cwd);
  const setup: InteractiveSetup = {
    state,
    catalogue,
    draft: { file: draftFile, output: loaded.output, lang, catalogueFile },
    draftOnDisk: true,
    force: o.force,
    save: { lang, formats: o.formats, referenceDate: today, catalogueFile, force: o.force },
    intro: [t.resumed(shellArg(shown))],
  };
  return runInteractive(ctx, setup, open(lang), env);
}
