// Reads an answers file as text whichever way a spreadsheet saved it: UTF-8 (with or without BOM), UTF-16, or Excel's older Windows-1252.
import { readFileSync, statSync } from 'node:fs';

/** Survey exports for a few thousand organisations are a few megabytes; anything far larger is the wrong file. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type CsvRead =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; reason: 'not-found' | 'is-directory' | 'too-large' | 'no-access' | 'unreadable'; detail?: string };

export function decodeCsv(buf: Uint8Array): Extract<CsvRead, { ok: true }> {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  try {
    // The BOM, if any, is left for the CSV parser to drop.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // Swedish Excel's "CSV (semikolonavgränsad)" is Windows-1252; every byte sequence decodes, so this cannot fail.
    return { ok: true, text: new TextDecoder('windows-1252').decode(buf), encoding: 'windows-1252' };
  }
}

export function readCsvFile(path: string): CsvRead {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, reason: 'is-directory' };
    if (st.size > MAX_CSV_BYTES) return { ok: false, reason: 'too-large' };
    return decodeCsv(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'not-found' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'no-access' };
    return { ok: false, reason: 'unreadable', detail: code ?? (e as Error).message };
  }
}
