// `skoldigiplan catalogue`: not built yet.
import type { Context } from '../context.ts';
import { UsageError } from '../errors.ts';

export async function run(ctx: Context): Promise<number> {
  throw new UsageError(ctx.lang === 'sv' ? 'kommandot catalogue finns inte ännu i den här versionen' : 'the catalogue command is not available in this version yet');
}
