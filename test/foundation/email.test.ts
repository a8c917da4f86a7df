// The e-mail check of assess and import is the one the plan validator makes, so no address they accept fails the plan.
import { describe, expect, it } from 'vitest';
import { fullFormats } from 'ajv-formats/dist/formats.js';
// @ts-expect-error build script without types
import { createAjv } from '../../scripts/validators.mjs';
import { EMAIL, isEmail } from '../../src/core/email.ts';

describe('isEmail', () => {
  it("uses ajv-formats' full email pattern, the one the plan validator is generated with", () => {
    const email = createAjv().formats.email;
    expect(email).toBe(fullFormats.email);
    expect(email).toBeInstanceOf(RegExp);
    expect(EMAIL.source).toBe((email as RegExp).source);
    expect(EMAIL.flags).toBe((email as RegExp).flags);
  });

  it.each([
    ['rektor@skolan.se', true],
    ['anna.berg+plan@kommun.se', true],
    ['åsa@skolan.se', false],
    ['rektor@skolan', false],
    ['a b@skolan.se', false],
    ['', false],
  ])('%j is an address: %s', (s, ok) => expect(isEmail(s)).toBe(ok));
});
