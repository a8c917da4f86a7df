// The folder in --out of the commands that write many files (batch, import): it may be missing, never a file.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../core/model.ts';
import { UsageError } from '../errors.ts';
import { ioText } from '../i18n/io.ts';

/** The absolute folder; a usage error when `out` names an existing file. */
export function outFolder(cwd: string, out: string, lang: Lang): string {
  const dir = resolve(cwd, out);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(ioText[lang].outIsFile(out), ioText[lang].outIsFileHint);
  return dir;
}
