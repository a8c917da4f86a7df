// Amounts in whole kronor as people write them: `800 000`, `800000`, `800_000`, `800 000 kr`, `SEK 800,000` is not one.

/** The largest amount a plan takes, as budgetPerYear and cost in schemas/plan.schema.json (1 000 000 000 000 kr). */
export const MAX_AMOUNT = 1_000_000_000_000;

/** The amount, or undefined when the text is not a whole number of kronor from 0 to MAX_AMOUNT. */
export function parseAmount(text: string): number | undefined {
  const s = text
    .trim()
    .replace(/^sek\s*/i, '')
    .replace(/\s*(kr|sek|:-)\.?$/i, '')
    .replace(/[\s\u00a0\u202f_]/g, '');
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n <= MAX_AMOUNT ? n : undefined;
}
