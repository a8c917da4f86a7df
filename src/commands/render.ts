// `skoldigiplan render`: not built yet.
import type { Context } from '../context.ts';
import { UsageError } from '../errors.ts';

export async function run(ctx: Context): Promise<number> {
  throw new UsageError(ctx.lang === 'sv' ? 'kommandot render finns inte ännu i den här versionen' : 'the render command is not available in this version yet');
}
