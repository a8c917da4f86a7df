// Unit tests of carrying a plan over to a newer catalogue version: renamed, split and removed indicators, and what cannot be mapped.
import { describe, expect, it } from 'vitest';
import { migratePlan } from '../../src/core/migrate.ts';
import { catalogue, plan } from './helpers.ts';

const v2 = catalogue(['1.1.a', '1.1.d', '1.2.a', '2.1.b', '2.1.c'], {
  version: '2.0.0',
  migrations: [{ from: '1.0.0', indicators: { '1.1.b': ['1.1.d'], '2.1.a': ['2.1.b', '2.1.c'], '1.2.c': [] } }],
});

describe('migratePlan', () => {
  it('renames, splits and removes, keeping the order of the answers', () => {
    const old = plan({ '1.1.a': 2, '1.1.b': '1>3', '1.2.c': 1, '2.1.a': 'unknown' }, [{ indicators: ['2.1.a', '1.2.c', '1.1.a'] }]);
    const r = migratePlan(old, v2);
    expect(r.applied).toBe(true);
    expect(Object.keys(r.plan.assessment.answers)).toEqual(['1.1.a', '1.1.d', '2.1.b', '2.1.c']);
    expect(r.plan.assessment.answers['1.1.d']).toEqual({ current: 1, target: 3 });
    expect(r.plan.assessment.answers['2.1.b']).toEqual({ status: 'unknown' });
    expect(r.plan.assessment.answers['2.1.c']).toEqual({ status: 'unknown' });
    expect(r.plan.actions[0]!.indicators).toEqual(['2.1.b', '2.1.c', '1.1.a']);
    expect(r.mapped).toEqual([
      { from: '1.1.b', to: ['1.1.d'] },
      { from: '2.1.a', to: ['2.1.b', '2.1.c'] },
    ]);
    expect(r.removed).toEqual(['1.2.c']);
    expect(r.unmapped).toEqual([]);
  });

  it('does not change the plan it was given', () => {
    const old = plan({ '1.1.b': 2, '2.1.a': 1, '1.2.c': 3 }, [{ indicators: ['1.1.b', '2.1.a'] }]);
    const before = structuredClone(old);
    const r = migratePlan(old, v2);
    expect(r.applied).toBe(true);
    expect(old).toEqual(before);
  });

  it('names the indicators that neither the catalogue nor its mapping knows', () => {
    const r = migratePlan(plan({ '1.1.a': 2, '1.1.c': 3 }, [{ indicators: ['9.9.z'] }]), v2);
    expect(r.unmapped).toEqual(['1.1.c', '9.9.z']);
    expect(r.plan.assessment.answers['1.1.c']).toEqual({ current: 3, target: 3 });
  });

  it("keeps the plan's own answer for a new id rather than a copied one", () => {
    const r = migratePlan(plan({ '2.1.a': 1, '2.1.c': 4 }), v2);
    expect(r.plan.assessment.answers['2.1.c']).toEqual({ current: 4, target: 4 });
    expect(r.plan.assessment.answers['2.1.b']).toEqual({ current: 1, target: 3 });
    expect(r.kept).toEqual(['2.1.c']);
  });

  it("applies nothing when there is no mapping from the plan's version", () => {
    const r = migratePlan(plan({ '1.1.b': 2 }, [], { catalogue: { id: 'test', version: '0.9.0' } }), v2);
    expect(r.applied).toBe(false);
    expect(r.mapped).toEqual([]);
    expect(r.unmapped).toEqual(['1.1.b']);
  });

  it("applies nothing when the plan already has the catalogue's version", () => {
    const r = migratePlan(plan({ '1.1.a': 2 }, [], { catalogue: { id: 'test', version: '2.0.0' } }), v2);
    expect(r.applied).toBe(false);
    expect(r.plan.assessment.answers).toEqual({ '1.1.a': { current: 2, target: 3 } });
  });

  it('honours a split that keeps the old id as one of the new ones', () => {
    const cat = catalogue(['1.2.a', '1.2.d'], { version: '2.0.0', migrations: [{ from: '1.0.0', indicators: { '1.2.a': ['1.2.a', '1.2.d'] } }] });
    const r = migratePlan(plan({ '1.2.a': 2 }), cat);
    expect(r.plan.assessment.answers).toEqual({ '1.2.a': { current: 2, target: 3 }, '1.2.d': { current: 2, target: 3 } });
    expect(r.kept).toEqual([]);
  });
});
