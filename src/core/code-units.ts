// The one string order that is the same everywhere: by UTF-16 code units, as JavaScript's `<` compares. Used wherever
// an order must not depend on the locale: file names and keys in generated files, the roll-up's rows, PDF font tables.
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
