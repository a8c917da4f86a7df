// Reads an answers file as text whichever way a spreadsheet saved it: UTF-8 (with or without BOM), UTF-16, or Excel's older Windows-1252.
import { readInputFile, type FileRead } from '../../io/read-file.ts';

/** Survey exports for a few thousand organisations are a few megabytes; anything far larger is the wrong file. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type CsvRead = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } | Exclude<FileRead, { ok: true }>;

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
  const read = readInputFile(path, MAX_CSV_BYTES);
  return read.ok ? decodeCsv(read.bytes) : read;
}
