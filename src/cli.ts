// The process boundary: declares the commands, loads each lazily, and alone sets the exit code.
import { Command, CommanderError, Help, InvalidArgumentError, Option, type Argument, type CommandUnknownOpts } from '@commander-js/extra-typings';
import type { Context } from './context.ts';
import { RESPONDENT_ROLES, type Lang, type RespondentRole } from './core/model.ts';
import { readRespondentRole } from './core/respondent-role.ts';
import { parseAmount } from './core/amount.ts';
import { readTerm } from './core/terms.ts';
import { showControlChars } from './core/control-chars.ts';
import { CancelledError, EXIT, ExitError, UsageError, UserError } from './errors.ts';
import { cliText, placeholderName, placeholdersIn, type CliText } from './i18n/cli.ts';
import { createColour, wantsColour } from './io/colour.ts';
import { handleSignals, onInterrupt, untilDone } from './io/interrupt.ts';
import { printDiagnostics } from './io/report.ts';
import { asInvoked, invocation, PLAIN } from './io/invocation.ts';
import type { Format, PdfProfile } from './render/outputs.ts';
import { wrapText } from './core/text-wrap.ts';
import { VERSION } from './generated/version.ts';

/** A command module's entry point: its arguments, and its options as commander parsed and checked them. */
type Runner<O> = (ctx: Context, args: string[], opts: O) => Promise<number | undefined>;

const COMMANDS = new Set(['validate', 'catalogue', 'schema', 'render', 'assess', 'batch', 'import', 'status', 'compare', 'form', 'merge']);
const FORMATS: readonly Format[] = ['md', 'pdf', 'json', 'html'];
const PDF_PROFILES: readonly PdfProfile[] = ['ua', 'archive'];
// Defaults typed as lists of formats (a literal would be typed as a read-only tuple of its own values).
const MD_ONLY: Format[] = ['md'];
const MD_AND_PDF: Format[] = ['md', 'pdf'];

function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.SKOLDIGIPLAN_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'sv';
}

/**
 * The option values are checked here, at the boundary, and come out typed: a command receives `Format[]`, a number
 * or a date string, never raw text. A wrong value is a usage error (exit 2) with the message given here.
 */
function parsers(t: CliText['usage']) {
  const positive = (v: string) => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError(t.notANumber(v));
    return Number(v);
  };
  const count = (v: string) => {
    if (!/^\d{1,4}$/.test(v)) throw new InvalidArgumentError(t.notACount(v));
    return Number(v);
  };
  const amount = (v: string) => {
    const n = parseAmount(v);
    if (n === undefined) throw new InvalidArgumentError(t.notAnAmount(v));
    return n;
  };
  const term = (v: string) => {
    const read = readTerm(v);
    if (read === undefined) throw new InvalidArgumentError(t.notATerm(v));
    return read;
  };
  const terms = (v: string) => {
    const n = positive(v);
    if (n > 20) throw new InvalidArgumentError(t.tooManyTerms(v));
    return n;
  };
  const date = (v: string) => {
    // A real calendar date: 2026-02-30 parses in JavaScript but is no date.
    const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : undefined;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw new InvalidArgumentError(t.notADate(v));
    return v;
  };
  const choice =
    <const T extends string>(allowed: readonly T[]) =>
    (v: string): T => {
      const found = allowed.find((a) => a === v);
      if (found === undefined) throw new InvalidArgumentError(t.choices(v, allowed.join(', ')));
      return found;
    };
  const formats =
    <const T extends string>(allowed: readonly T[]) =>
    (v: string): T[] => {
      const list = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (list.length === 0) throw new InvalidArgumentError(t.choices('', allowed.join(', ')));
      const picked = list.map(choice(allowed));
      return [...new Set(picked)];
    };
  // Roles as people write them (`lärare`, `IT-personal`), each read as the answers file's word.
  const roles = (v: string): RespondentRole[] => {
    const words = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (words.length === 0) throw new InvalidArgumentError(t.choices('', RESPONDENT_ROLES.join(', ')));
    const read = words.map((w) => {
      const role = readRespondentRole(w);
      if (role === undefined) throw new InvalidArgumentError(t.choices(w, RESPONDENT_ROLES.join(', ')));
      return role;
    });
    return [...new Set(read)];
  };
  return { positive, count, amount, term, terms, date, formats, choice, roles };
}

/**
 * Declares every command, its arguments and its options. Each option is parsed and checked by the parser it names, so
 * that the types commander infers from these declarations (through `@commander-js/extra-typings`) are the types the
 * command's `run` declares; the compiler checks that the two agree.
 */
export function buildProgram(ctx: Context, onCommand: (name: string) => void = () => {}) {
  const t = cliText[ctx.lang];
  const p = parsers(t.usage);
  // Placeholders (<files...>, <dir>) and [options] in the user's language where help and errors show them; the
  // declarations below stay English.
  const placeholders = (text: string) => placeholdersIn(text, ctx.lang);
  const program = new Command('skoldigiplan');
  const helpConfig = {
    styleTitle: (s: string) => t.titles[s] ?? s,
    sortSubcommands: false,
    commandUsage(this: Help, cmd: CommandUnknownOpts) {
      return placeholders(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: CommandUnknownOpts) {
      return placeholders(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionTerm: (option: Option) => placeholders(option.flags),
    argumentTerm: (argument: Argument) => placeholderName(argument.name(), ctx.lang),
    // Wrapped between words at the terminal's width, by the library every terminal text is wrapped with; the
    // descriptions beside the long `status` usage still get a column of their own at 80 columns.
    minWidthToWrap: 24,
    boxWrap(this: Help, str: string, width: number) {
      return width < this.minWidthToWrap ? str : wrapText(str, width);
    },
    // In a narrow terminal the description goes under its term instead of beside it.
    formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help) {
      const width = this.helpWidth ?? 80;
      if (!description || width - termWidth - 4 >= this.minWidthToWrap) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
      return `  ${term}\n${wrapText(description, width - 6)
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n')}`;
    },
    // Allowed values are already named in each description; show only a default worth knowing.
    optionDescription(option: Option) {
      const d: unknown = option.defaultValue;
      const shown = d === undefined || typeof d === 'boolean' ? '' : Array.isArray(d) ? d.join(',') : String(d);
      return shown ? `${option.description} (${t.defaultWord}: ${shown})` : option.description;
    },
  };
  program
    .description(t.description)
    .version(VERSION, '-V, --version', t.opt.version)
    .helpOption('-h, --help', t.opt.help)
    .helpCommand('help [command]', t.opt.helpCommand)
    .addOption(new Option('--lang <lang>', t.opt.lang).argParser(p.choice(['sv', 'en'])).default('sv'))
    .option('--no-color', t.opt.noColor)
    .showHelpAfterError(false)
    .configureHelp(helpConfig)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(asInvoked(s, ctx.command)),
      getOutHelpWidth: () => ctx.stdout.columns ?? 80,
      getErrHelpWidth: () => ctx.stderr.columns ?? 80,
      writeErr: (s) => ctx.stderr.write(s),
      outputError: () => {},
    })
    .hook('preAction', (_program, command) => onCommand(command.name()));

  const sub = (name: string, description: string) => {
    const c = program.command(name).description(description).helpOption('-h, --help', t.opt.help);
    c.configureHelp(helpConfig);
    const examples = t.examples[name];
    if (examples) c.addHelpText('after', `\n${t.examplesTitle}\n${examples.map((e) => `  ${e}`).join('\n')}\n`);
    return c;
  };
  /** Loads the command's module only now, and runs it; a non-zero result ends the program with that exit code. */
  const start = async <O>(load: Promise<{ run: Runner<O> }>, args: string[], opts: NoInfer<O>) => {
    const code = await (await load).run(ctx, args, opts);
    if (code) throw new ExitError(code);
  };
  // Options that several commands share, declared once.
  const catalogueOpt = () => new Option('--catalogue <file>', t.opt.catalogue);
  const dateOpt = (description: string) => new Option('--date <date>', description).argParser(p.date);
  const pdfProfileOpt = () => new Option('--pdf-profile <profile>', t.opt.pdfProfile).argParser(p.choice(PDF_PROFILES)).default('ua');
  const formatsOpt = (description: string, allowed: readonly Format[], byDefault: Format[]) =>
    new Option('--format <formats>', description).argParser(p.formats(allowed)).default(byDefault);

  sub('validate', t.cmd.validate)
    .argument('<files...>', t.arg.files)
    .option('--json', t.opt.json)
    .addOption(catalogueOpt())
    .action((files, opts) => start(import('./commands/validate.ts'), files, opts));

  sub('catalogue', t.cmd.catalogue)
    .argument('[id]', t.arg.id)
    .option('--json', t.opt.json)
    .addOption(catalogueOpt())
    .option('--stale', t.opt.stale)
    .addOption(new Option('--months <n>', t.opt.months).argParser(p.count))
    .addOption(dateOpt(t.opt.catalogueDate))
    .action((id, opts) => start(import('./commands/catalogue.ts'), id === undefined ? [] : [id], opts));

  sub('schema', t.cmd.schema)
    .argument('<name>', t.arg.schemaName)
    .option('-o, --output <file>', t.opt.schemaOutput)
    .option('--force', t.opt.force)
    .action((name, opts) => start(import('./commands/schema.ts'), [name], opts));

  sub('render', t.cmd.render)
    .argument('<plan>', t.arg.plan)
    .addOption(formatsOpt(t.opt.format, FORMATS, MD_ONLY))
    .option('-o, --output <path>', t.opt.renderOutput)
    .option('--force', t.opt.renderForce)
    .addOption(catalogueOpt())
    .addOption(new Option('--capacity <n>', t.opt.capacity).argParser(p.positive))
    .addOption(new Option('--budget <sek>', t.opt.budget).argParser(p.amount))
    .addOption(new Option('--terms <n>', t.opt.terms).argParser(p.terms))
    .addOption(new Option('--start <term>', t.opt.start).argParser(p.term))
    .addOption(dateOpt(t.opt.date))
    .addOption(pdfProfileOpt())
    .action((plan, opts) => start(import('./commands/render.ts'), [plan], opts));

  sub('assess', t.cmd.assess)
    .option('--answers <file>', t.opt.answers)
    .option('--from <plan>', t.opt.from)
    .option('--resume [draft]', t.opt.resume)
    .option('-o, --output <file>', t.opt.assessOutput, 'plan.yaml')
    .addOption(formatsOpt(t.opt.assessFormat, MD_AND_PDF, MD_AND_PDF))
    .option('--force', t.opt.assessForce)
    .addOption(catalogueOpt())
    .addOption(dateOpt(t.opt.assessDate))
    .action((opts) => start(import('./commands/assess.ts'), [], opts));

  sub('batch', t.cmd.batch)
    .argument('<inputs...>', t.arg.inputs)
    .requiredOption('--out <dir>', t.opt.out)
    .addOption(formatsOpt(t.opt.format, FORMATS, MD_ONLY))
    .addOption(new Option('--jobs <n>', t.opt.jobs).argParser(p.positive))
    .option('--fail-fast', t.opt.failFast)
    .option('--quiet', t.opt.quiet)
    .option('--json', t.opt.json)
    .option('--changed', t.opt.changed)
    .option('--compare-with <dir>', t.opt.compareWith)
    .addOption(catalogueOpt())
    .addOption(dateOpt(t.opt.date))
    .addOption(pdfProfileOpt())
    .action((inputs, opts) => start(import('./commands/batch.ts'), inputs, opts));

  sub('import', t.cmd.import)
    .argument('<csv>', t.arg.csv)
    .requiredOption('--out <dir>', t.opt.out)
    .option('--force', t.opt.force)
    .option('--json', t.opt.json)
    .addOption(catalogueOpt())
    .action((csv, opts) => start(import('./commands/import.ts'), [csv], opts));

  sub('status', t.cmd.status)
    .argument('<plan>', t.arg.plan)
    .argument('<action-id>', t.arg.actionId)
    .argument('<status>', t.arg.status)
    .option('--note <text>', t.opt.note)
    .addOption(dateOpt(t.opt.statusDate))
    .addOption(catalogueOpt())
    .action((plan, id, status, opts) => start(import('./commands/status.ts'), [plan, id, status], opts));

  sub('compare', t.cmd.compare)
    .argument('<older>', t.arg.older)
    .argument('<newer>', t.arg.newer)
    .addOption(new Option('--format <format>', t.opt.formatOne).argParser(p.choice(FORMATS)).default('md'))
    .option('-o, --output <path>', t.opt.compareOutput)
    .option('--force', t.opt.compareForce)
    .addOption(catalogueOpt())
    .addOption(dateOpt(t.opt.date))
    .addOption(pdfProfileOpt())
    .action((older, newer, opts) => start(import('./commands/compare.ts'), [older, newer], opts));

  sub('form', t.cmd.form)
    .option('-o, --output <file>', t.opt.formOutput, t.formFile)
    .option('--force', t.opt.formForce)
    .addOption(catalogueOpt())
    .option('--organisation <plan>', t.opt.organisation)
    .addOption(new Option('--role <roles>', t.opt.roles).argParser(p.roles))
    .action((opts) => start(import('./commands/form.ts'), [], opts));

  sub('merge', t.cmd.merge)
    .argument('<answers...>', t.arg.answersFiles)
    .requiredOption('--into <plan>', t.opt.into)
    .addOption(new Option('--rule <rule>', t.opt.rule).argParser(p.choice(['median'])).default('median'))
    .addOption(catalogueOpt())
    .addOption(dateOpt(t.opt.mergeDate))
    .action((answers, opts) => start(import('./commands/merge.ts'), answers, opts));

  return program;
}

function usageMessage(err: CommanderError, lang: Lang): string {
  const t = cliText[lang].usage;
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'commander.unknownOption':
      return t.unknownOption(quoted);
    case 'commander.unknownCommand':
      return t.unknownCommand(quoted);
    case 'commander.missingArgument':
      return t.missingArgument(placeholderName(quoted, lang));
    case 'commander.excessArguments':
      return t.excessArguments;
    case 'commander.optionMissingArgument':
      return t.optionMissingArgument(placeholdersIn(quoted, lang));
    case 'commander.missingMandatoryOptionValue':
      return t.optionMissing(placeholdersIn(quoted, lang));
    case 'commander.invalidArgument': {
      const m = /Invalid argument for|option '[^']+' argument '[^']*' is invalid\. (.*)$/s.exec(err.message);
      return m?.[1] ?? err.message.replace(/^error: /, '');
    }
    default:
      return err.message.replace(/^error: /, '');
  }
}

/**
 * Runs the CLI and returns the exit code; never throws. With `signals` (the real process), Ctrl-C and SIGTERM end a
 * command as `handleSignals` says: a batch stops itself; any other command lets go of its lock and ends at once.
 */
export async function main(argv: readonly string[], base: Omit<Context, 'lang' | 'colour'>, opts: { signals?: boolean } = {}): Promise<number> {
  const lang = detectLang(argv, base.env);
  const colourOn = wantsColour({ env: base.env, isTTY: Boolean(base.stderr.isTTY), noColorFlag: argv.includes('--no-color') });
  // Copied with its getters, so that stdin and stdout are made only if the command uses them.
  const ctx = Object.defineProperties({ lang, colour: createColour(colourOn) }, Object.getOwnPropertyDescriptors(base)) as Context;
  // Every message on stderr names commands the way the user started the tool (npx or installed).
  ctx.command = base.command ?? invocation(base.env);
  if (ctx.command !== PLAIN) {
    const stderr = base.stderr;
    const write = (s: string | Uint8Array) => stderr.write(typeof s === 'string' ? asInvoked(s, ctx.command) : s);
    Object.defineProperty(ctx, 'stderr', { value: { write, isTTY: stderr.isTTY, columns: stderr.columns }, configurable: true });
  }
  const t = cliText[lang];
  let commandName = 'skoldigiplan';
  const program = buildProgram(ctx, (name) => {
    commandName = `skoldigiplan ${name}`;
  });
  // A command takes the signals over, or leaves something to undo, through its Context.
  if (opts.signals) ctx.signals ??= { onInterrupt, untilDone };
  const stopListening = opts.signals
    ? handleSignals((_signal, code) => {
        ctx.stderr.write(`\n${t.cancelled}\n`);
        process.exit(code);
      })
    : undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    return handleError(err, ctx, t, commandName, argv);
  } finally {
    stopListening?.();
  }
}

function handleError(err: unknown, ctx: Context, t: CliText, commandName: string, argv: readonly string[]): number {
  const red = ctx.colour.red;
  if (err instanceof ExitError) return err.code;
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
    const sub = argv.find((a) => COMMANDS.has(a));
    const name = sub ? `skoldigiplan ${sub}` : 'skoldigiplan';
    ctx.stderr.write(`${red(t.usage.prefix)}: ${usageMessage(err, ctx.lang)}\n${t.usage.seeHelp(name)}\n`);
    return EXIT.usage;
  }
  // File names turn up in messages and hints; a line break in one must not break the line (as in formatDiagnostic).
  if (err instanceof UsageError) {
    ctx.stderr.write(`${red(t.usage.prefix)}: ${showControlChars(err.message)}\n`);
    ctx.stderr.write(err.hint ? `${t.usage.hintPrefix}: ${showControlChars(err.hint)}\n` : `${t.usage.seeHelp(commandName)}\n`);
    return EXIT.usage;
  }
  if (err instanceof UserError) {
    printDiagnostics(err.diagnostics, ctx);
    if (err.message) ctx.stderr.write(`${red(t.usage.prefix)}: ${showControlChars(err.message)}\n`);
    if (err.message && err.hint) ctx.stderr.write(`${t.usage.hintPrefix}: ${showControlChars(err.hint)}\n`);
    return EXIT.invalid;
  }
  if (err instanceof CancelledError || (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError'))) {
    const message = err instanceof CancelledError && err.message ? err.message : t.cancelled;
    ctx.stderr.write(`\n${message}\n`);
    if (err instanceof CancelledError && err.hint) ctx.stderr.write(`${err.hint}\n`);
    return err instanceof CancelledError ? err.exitCode : EXIT.cancelled;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  ctx.stderr.write(`${red(t.internal.title)}\n${t.internal.report}\n\n`);
  ctx.stderr.write(`skoldigiplan ${VERSION}, Node ${process.version}, ${process.platform}-${process.arch}\n`);
  ctx.stderr.write(`${commandName}: ${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}\n`);
  return EXIT.internal;
}
