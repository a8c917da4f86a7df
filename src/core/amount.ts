// Amounts in whole kronor as people write them: `800 000`, `800000`, `800_000`, `800 000 kr`, `SEK 800,000` is not one.

/** The amount, or undefined when the text is not a whole number of kronor (at most 13 digits). */
export function parseAmount(text: string): number | undefined {
  const s = text
    .trim()
    .replace(/^sek\s*/i, '')
    .replace(/\s*(kr|sek|:-)\.?$/i, '')
    .replace(/[\s\u00a0\u202f_]/g, '');
  return /^\d{1,13}$/.test(s) ? Number(s) : undefined;
}
