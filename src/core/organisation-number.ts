// Swedish organisationsnummer: NNNNNN-NNNN whose last digit is a Luhn check digit.

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
