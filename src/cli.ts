// The process boundary: declares the commands, loads each lazily, and alone sets the exit code.
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import type { Context } from './context.ts';
import type { Lang } from './core/model.ts';
import { parseAmount } from './core/amount.ts';
import { readTerm } from './core/terms.ts';
import { showControlChars } from './core/control-chars.ts';
import { CancelledError, EXIT, ExitError, UsageError, UserError } from './errors.ts';
import { cliText, type CliText } from './i18n/cli.ts';
import { createColour, wantsColour } from './io/colour.ts';
import { handleSignals, onInterrupt, untilDone } from './io/interrupt.ts';
import { printDiagnostics } from './io/report.ts';
import { asInvoked, invocation, PLAIN } from './io/invocation.ts';
import { wrapText } from './render/text-wrap.ts';
import { VERSION } from './generated/version.ts';

type Opts = Record<string, unknown>;
type Runner = (ctx: Context, args: string[], opts: Opts) => Promise<number | undefined>;

const FORMATS = ['md', 'pdf', 'json', 'html'];
const PLACEHOLDERS_SV: Record<string, string> = {
  files: 'filer',
  name: 'namn',
  file: 'fil',
  formats: 'format',
  path: 'sökväg',
  n: 'antal',
  sek: 'kronor',
  term: 'termin',
  date: 'datum',
  profile: 'profil',
  inputs: 'indata',
  dir: 'mapp',
  'action-id': 'åtgärds-id',
  text: 'text',
  older: 'äldre',
  newer: 'nyare',
  lang: 'språk',
  draft: 'utkast',
  command: 'kommando',
  answers: 'svar',
  roles: 'roller',
  rule: 'regel',
};
const STATUSES = ['planned', 'in-progress', 'done', 'postponed', 'cancelled'];

function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.SKOLDIGIPLAN_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'sv';
}

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
  const formats = (allowed: string[]) => (v: string) => {
    const list = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (list.length === 0) throw new InvalidArgumentError(t.choices('', allowed.join(', ')));
    for (const f of list) if (!allowed.includes(f)) throw new InvalidArgumentError(t.choices(f, allowed.join(', ')));
    return [...new Set(list)];
  };
  const choice = (allowed: string[]) => (v: string) => {
    if (!allowed.includes(v)) throw new InvalidArgumentError(t.choices(v, allowed.join(', ')));
    return v;
  };
  return { positive, count, amount, term, terms, date, formats, choice };
}

export function buildProgram(ctx: Context, exec: (name: string, args: string[], opts: Opts) => Promise<void>): Command {
  const t = cliText[ctx.lang];
  const p = parsers(t.usage);
  // Placeholders in the help (<files...>, <dir>) in the user's language; option names stay English.
  const ph = (flags: string) =>
    ctx.lang === 'sv'
      ? flags.replace(
          /([<[])([a-z-]+)(\.\.\.)?([>\]])/g,
          (_match, open: string, name: string, dots = '', close: string) => `${open}${PLACEHOLDERS_SV[name] ?? name}${dots}${close}`,
        )
      : flags;
  const program = new Command('skoldigiplan');
  const words = (s: string) => (ctx.lang === 'sv' ? s.replace('[options]', '[flaggor]').replace('[command]', '[kommando]') : s);
  const helpConfig = {
    styleTitle: (s: string) => t.titles[s] ?? s,
    sortSubcommands: false,
    commandUsage(this: Help, cmd: Command) {
      return words(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return words(Help.prototype.subcommandTerm.call(this, cmd));
    },
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
      const d = option.defaultValue;
      const shown = d === undefined || typeof d === 'boolean' ? '' : Array.isArray(d) ? d.join(',') : String(d);
      return shown ? `${option.description} (${t.defaultWord}: ${shown})` : option.description;
    },
  };
  program
    .description(t.description)
    .version(VERSION, '-V, --version', t.opt.version)
    .helpOption('-h, --help', t.opt.help)
    .helpCommand(ph('help [command]'), t.opt.helpCommand)
    .addOption(new Option(ph('--lang <lang>'), t.opt.lang).argParser(p.choice(['sv', 'en'])).default('sv'))
    .option(ph('--no-color'), t.opt.noColor)
    .showHelpAfterError(false)
    .configureHelp(helpConfig)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(asInvoked(s, ctx.command)),
      getOutHelpWidth: () => ctx.stdout.columns ?? 80,
      getErrHelpWidth: () => ctx.stderr.columns ?? 80,
      writeErr: (s) => ctx.stderr.write(s),
      outputError: () => {},
    });

  const sub = (name: string, description: string) => {
    const c = program.command(name).description(description).helpOption('-h, --help', t.opt.help);
    c.configureHelp(helpConfig);
    const examples = t.examples[name];
    if (examples) c.addHelpText('after', `\n${t.examplesTitle}\n${examples.map((e) => `  ${e}`).join('\n')}\n`);
    return c;
  };
  const action =
    (name: string) =>
    async (...raw: unknown[]) => {
      const cmd = raw[raw.length - 1] as Command;
      const args = raw.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a.map(String) : a === undefined ? [] : [String(a)]));
      await exec(name, args, { ...program.opts(), ...cmd.opts() });
    };
  const catalogueOpt = () => new Option(ph('--catalogue <file>'), t.opt.catalogue);

  sub('validate', t.cmd.validate).argument(ph('<files...>'), t.arg.files).option(ph('--json'), t.opt.json).addOption(catalogueOpt()).action(action('validate'));

  sub('catalogue', t.cmd.catalogue)
    .argument(ph('[id]'), t.arg.id)
    .option(ph('--json'), t.opt.json)
    .addOption(catalogueOpt())
    .option(ph('--stale'), t.opt.stale)
    .addOption(new Option(ph('--months <n>'), t.opt.months).argParser(p.count))
    .addOption(new Option(ph('--date <date>'), t.opt.catalogueDate).argParser(p.date))
    .action(action('catalogue'));

  sub('schema', t.cmd.schema)
    .argument(ph('<name>'), t.arg.schemaName)
    .option(ph('-o, --output <file>'), t.opt.schemaOutput)
    .option(ph('--force'), t.opt.force)
    .action(action('schema'));

  sub('render', t.cmd.render)
    .argument(ph('<plan>'), t.arg.plan)
    .addOption(new Option(ph('--format <formats>'), t.opt.format).argParser(p.formats(FORMATS)).default(['md']))
    .option(ph('-o, --output <path>'), t.opt.renderOutput)
    .option(ph('--force'), t.opt.renderForce)
    .addOption(catalogueOpt())
    .addOption(new Option(ph('--capacity <n>'), t.opt.capacity).argParser(p.positive))
    .addOption(new Option(ph('--budget <sek>'), t.opt.budget).argParser(p.amount))
    .addOption(new Option(ph('--terms <n>'), t.opt.terms).argParser(p.terms))
    .addOption(new Option(ph('--start <term>'), t.opt.start).argParser(p.term))
    .addOption(new Option(ph('--date <date>'), t.opt.date).argParser(p.date))
    .addOption(new Option(ph('--pdf-profile <profile>'), t.opt.pdfProfile).argParser(p.choice(['ua', 'archive'])).default('ua'))
    .action(action('render'));

  sub('assess', t.cmd.assess)
    .option(ph('--answers <file>'), t.opt.answers)
    .option(ph('--from <plan>'), t.opt.from)
    .option(ph('--resume [draft]'), t.opt.resume)
    .option(ph('-o, --output <file>'), t.opt.assessOutput, 'plan.yaml')
    .addOption(new Option(ph('--format <formats>'), t.opt.assessFormat).argParser(p.formats(['md', 'pdf'])).default(['md', 'pdf']))
    .option(ph('--force'), t.opt.assessForce)
    .addOption(catalogueOpt())
    .addOption(new Option(ph('--date <date>'), t.opt.assessDate).argParser(p.date))
    .action(action('assess'));

  sub('batch', t.cmd.batch)
    .argument(ph('<inputs...>'), t.arg.inputs)
    .requiredOption(ph('--out <dir>'), t.opt.out)
    .addOption(new Option(ph('--format <formats>'), t.opt.format).argParser(p.formats(FORMATS)).default(['md']))
    .addOption(new Option(ph('--jobs <n>'), t.opt.jobs).argParser(p.positive))
    .option(ph('--fail-fast'), t.opt.failFast)
    .option(ph('--quiet'), t.opt.quiet)
    .option(ph('--json'), t.opt.json)
    .option(ph('--changed'), t.opt.changed)
    .option(ph('--compare-with <dir>'), t.opt.compareWith)
    .addOption(catalogueOpt())
    .addOption(new Option(ph('--date <date>'), t.opt.date).argParser(p.date))
    .addOption(new Option(ph('--pdf-profile <profile>'), t.opt.pdfProfile).argParser(p.choice(['ua', 'archive'])).default('ua'))
    .action(action('batch'));

  sub('import', t.cmd.import)
    .argument(ph('<csv>'), t.arg.csv)
    .requiredOption(ph('--out <dir>'), t.opt.out)
    .option(ph('--force'), t.opt.force)
    .option(ph('--json'), t.opt.json)
    .addOption(catalogueOpt())
    .action(action('import'));

  sub('status', t.cmd.status)
    .argument(ph('<plan>'), t.arg.plan)
    .argument(ph('<action-id>'), t.arg.actionId)
    .argument(ph('<status>'), t.arg.status)
    .option(ph('--note <text>'), t.opt.note)
    .addOption(new Option(ph('--date <date>'), t.opt.statusDate).argParser(p.date))
    .addOption(catalogueOpt())
    .action(action('status'));

  sub('compare', t.cmd.compare)
    .argument(ph('<older>'), t.arg.older)
    .argument(ph('<newer>'), t.arg.newer)
    .addOption(new Option(ph('--format <format>'), t.opt.formatOne).argParser(p.choice(FORMATS)).default('md'))
    .option(ph('-o, --output <path>'), t.opt.compareOutput)
    .option(ph('--force'), t.opt.compareForce)
    .addOption(catalogueOpt())
    .addOption(new Option(ph('--date <date>'), t.opt.date).argParser(p.date))
    .addOption(new Option(ph('--pdf-profile <profile>'), t.opt.pdfProfile).argParser(p.choice(['ua', 'archive'])).default('ua'))
    .action(action('compare'));

  sub('form', t.cmd.form)
    .option(ph('-o, --output <file>'), t.opt.formOutput, ctx.lang === 'en' ? 'questionnaire.html' : 'enkat.html')
    .option(ph('--force'), t.opt.formForce)
    .addOption(catalogueOpt())
    .option(ph('--organisation <plan>'), t.opt.organisation)
    .addOption(new Option(ph('--role <roles>'), t.opt.roles).argParser(p.formats(['rektor', 'larare', 'it', 'elev', 'annan'])))
    .action(action('form'));

  sub('merge', t.cmd.merge)
    .argument(ph('<answers...>'), t.arg.answersFiles)
    .requiredOption(ph('--into <plan>'), t.opt.into)
    .addOption(new Option(ph('--rule <rule>'), t.opt.rule).argParser(p.choice(['median'])).default('median'))
    .addOption(catalogueOpt())
    .addOption(new Option(ph('--date <date>'), t.opt.mergeDate).argParser(p.date))
    .action(action('merge'));

  void STATUSES;
  return program;
}

const loaders: Record<string, () => Promise<{ run: Runner }>> = {
  validate: () => import('./commands/validate.ts'),
  catalogue: () => import('./commands/catalogue.ts'),
  schema: () => import('./commands/schema.ts'),
  render: () => import('./commands/render.ts'),
  assess: () => import('./commands/assess.ts'),
  batch: () => import('./commands/batch.ts'),
  import: () => import('./commands/import.ts'),
  status: () => import('./commands/status.ts'),
  compare: () => import('./commands/compare.ts'),
  form: () => import('./commands/form.ts'),
  merge: () => import('./commands/merge.ts'),
};

function usageMessage(err: CommanderError, t: CliText['usage']): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'commander.unknownOption':
      return t.unknownOption(quoted);
    case 'commander.unknownCommand':
      return t.unknownCommand(quoted);
    case 'commander.missingArgument':
      return t.missingArgument(quoted);
    case 'commander.excessArguments':
      return t.excessArguments;
    case 'commander.optionMissingArgument':
      return t.optionMissingArgument(quoted);
    case 'commander.missingMandatoryOptionValue':
      return t.optionMissing(quoted);
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
  const program = buildProgram(ctx, async (name, args, opts) => {
    commandName = `skoldigiplan ${name}`;
    const mod = await loaders[name]!();
    const code = await mod.run(ctx, args, opts);
    if (typeof code === 'number' && code !== 0) throw new ExitError(code);
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
    await program.parseAsync(argv as string[], { from: 'user' });
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
    const sub = argv.find((a) => loaders[a]);
    const name = sub ? `skoldigiplan ${sub}` : 'skoldigiplan';
    ctx.stderr.write(`${red(t.usage.prefix)}: ${usageMessage(err, t.usage)}\n${t.usage.seeHelp(name)}\n`);
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
