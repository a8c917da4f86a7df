// E-mail addresses as the plan schema's "email" format accepts them (ajv-formats' pattern), so an address that
// assess or import accepts is never refused when the plan is checked. A test keeps the copy equal to ajv-formats'.
export const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

export function isEmail(s: string): boolean {
  return EMAIL.test(s);
}
