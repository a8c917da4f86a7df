// The one string order that is the same everywhere: by UTF-16 code units, as JavaScript's `<` compares. Used where a
// file's bytes must not depend on the locale (sorted keys in the batch manifest, PDF font tables, scheduled output).
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
