// Id order as people read it, the same on every machine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/core/ids.ts';

describe('compareIds', () => {
  it.each([
    ['1.2.a', '1.10.a', -1],
    ['1.2.a', '1.2.b', -1],
    ['2.1.a', '1.9.z', 1],
    ['A2', 'A10', -1],
    ['A01', 'A1', -1],
    ['A01', 'A01', 0],
    ['1.2.a', '1.2.a-1', -1],
    ['1.2.a-3', '1.2.b-1', -1],
    ['B', 'a', -1],
  ] as const)('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
    expect(Math.sign(compareIds(b, a))).toBe(sign === 0 ? 0 : -sign);
  });
});

describe('compareIds is a total order', () => {
  const id = fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '.', '-', 'a', 'b', 'A'), maxLength: 6 });
  it('antisymmetric, zero only for equal ids, transitive', () => {
    fc.assert(
      fc.property(id, id, id, (a, b, c) => {
        expect(Math.sign(compareIds(a, b))).toBe(-Math.sign(compareIds(b, a)) || 0);
        expect(compareIds(a, b) === 0).toBe(a === b);
        if (compareIds(a, b) <= 0 && compareIds(b, c) <= 0) expect(compareIds(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});
