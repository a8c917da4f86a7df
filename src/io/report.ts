// Formats diagnostics and errors for people: `file:line:col: fel: message` and a hint line.
import type { Diagnostic } from '../errors.ts';
import type { Context } from '../context.ts';
import { cliText } from '../i18n/cli.ts';
import { showControlChars } from '../core/control-chars.ts';

export function formatDiagnostic(d: Diagnostic, ctx: Pick<Context, 'lang' | 'colour'>): string {
  const t = cliText[ctx.lang].usage;
  const where = [showControlChars(d.file), d.line, d.col].filter((x) => x !== undefined).join(':');
  const label = d.severity === 'error' ? t.prefix : t.warningPrefix;
  const coloured = d.severity === 'error' ? ctx.colour.red(label) : ctx.colour.yellow(label);
  // File names turn up in messages and hints too; a line break in one must not break the line.
  let out = `${ctx.colour.bold(where)}: ${coloured}: ${showControlChars(d.message)}`;
  if (d.hint) out += `\n  ${ctx.colour.dim(`${t.hintPrefix}: ${showControlChars(d.hint)}`)}`;
  return out;
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], ctx: Pick<Context, 'lang' | 'colour' | 'stderr'>): void {
  for (const d of diagnostics) ctx.stderr.write(`${formatDiagnostic(d, ctx)}\n`);
}
