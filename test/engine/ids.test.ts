// Id order as people read it, the same on every machine.
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
