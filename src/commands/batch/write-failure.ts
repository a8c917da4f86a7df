// A file of the run's own (an overview file, the manifest) that could not be written, said as `render` says it:
// `kunde inte skriva <fil>: <skäl>` with a hint, never Node's text or a temporary file's name.
import type { Lang } from '../../core/model.ts';
import { outputText } from '../../i18n/output.ts';
import { writeProblem } from '../../io/output.ts';
import { displayPath } from '../../io/paths.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';

export interface WriteFailure {
  /** The file, as shown to the user. */
  file: string;
  message: string;
  hint: string;
}

/** Why writing `path` failed; undefined for anything but an I/O error (a bug, which the caller lets through). */
export function writeFailure(e: unknown, path: string, cwd: string, lang: Lang): WriteFailure | undefined {
  const err = e as NodeJS.ErrnoException | undefined;
  if (typeof err?.code !== 'string' || typeof err.syscall !== 'string') return undefined;
  const { reason, hint } = writeProblem(err, path, cwd, lang);
  return { file: displayPath(path, cwd), message: outputText[lang].writeFailed(displayPath(path, cwd), reason), hint };
}

/** Writes `data` to `path` atomically; an I/O failure is returned in the user's words, anything else is thrown. */
export function tryWrite(path: string, data: string | Uint8Array, cwd: string, lang: Lang): WriteFailure | undefined {
  try {
    writeFileAtomic(path, data);
    return undefined;
  } catch (e) {
    const failure = writeFailure(e, path, cwd, lang);
    if (!failure) throw e;
    return failure;
  }
}
