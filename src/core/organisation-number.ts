// Swedish organisationsnummer: NNNNNN-NNNN whose last digit is a Luhn check digit.

/**
 * An organisationsnummer as typed or exported (`5560000001`, `556000 0001`, `16556000-0001` with the century-style
 * prefix 16) in the form plans use, NNNNNN-NNNN; undefined when it is not ten digits. The check digit is not tested.
 */
export function normaliseOrganisationNumber(value: string): string | undefined {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const ten = digits.length === 12 && digits.startsWith('16') ? digits.slice(2) : digits;
  return ten.length === 10 ? `${ten.slice(0, 6)}-${ten.slice(6)}` : undefined;
}

/** Why a typed organisationsnummer is refused: 'format' when it is not ten digits, 'check' when the check digit is wrong. */
export function organisationNumberProblem(value: string): 'format' | 'check' | undefined {
  const n = normaliseOrganisationNumber(value);
  if (!n) return 'format';
  return isValidOrganisationNumber(n) ? undefined : 'check';
}

export function isValidOrganisationNumber(value: string): boolean {
  const m = /^(\d{6})-(\d{4})$/.exec(value);
  if (!m) return false;
  return luhnValid(m[1]! + m[2]!);
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
