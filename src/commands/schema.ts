// `skoldigiplan schema <name>`: prints or saves a JSON Schema shipped in schemas/, for editors that work offline.
import { readdirSync, readFileSync } from 'node:fs';
import type { Context } from '../context.ts';
import { UsageError } from '../errors.ts';
import { packagePath } from '../io/paths.ts';
import { checkOutput, writeOutput } from '../io/output.ts';
import { schemaText } from '../i18n/schema.ts';

export function schemaNames(): string[] {
  return readdirSync(packagePath('schemas'))
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => f.replace('.schema.json', ''))
    .sort();
}

/** The options of `schema`, as src/cli.ts declares and checks them. */
export interface Options {
  output?: string;
  force?: boolean;
}

export async function run(ctx: Context, [name]: string[], opts: Options): Promise<number> {
  const names = schemaNames();
  if (!name || !names.includes(name)) throw new UsageError(schemaText[ctx.lang].unknown(name ?? '', names.join(', ')));
  const text = readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8');
  const target = opts.output ?? '-';
  checkOutput(ctx, target, { force: Boolean(opts.force) });
  const written = writeOutput(ctx, target, text);
  if (written) ctx.stderr.write(`${schemaText[ctx.lang].wrote(written)}\n`);
  return 0;
}
