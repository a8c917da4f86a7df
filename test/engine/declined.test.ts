// Suggestions the plan declines are not scheduled again, nor are the later steps of the same indicator.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.ts';
import { catalogue, lv, plan } from './fixtures.ts';

const cat = catalogue({ '1.1.a': {}, '1.1.b': {} });

function report(declined: string[]) {
  const p = plan({ answers: { '1.1.a': lv(1, 4), '1.1.b': lv(1, 2) } });
  p.planning.declined = declined;
  return buildReport(p, cat, { referenceDate: '2026-11-28' });
}

describe('declined suggestions', () => {
  it.each([
    [[], [], ['1.1.a-1', '1.1.a-2', '1.1.a-3', '1.1.b-1']],
    [['1.1.a-2'], ['1.1.a-2', '1.1.a-3'], ['1.1.a-1', '1.1.b-1']],
    [['1.1.a-1'], ['1.1.a-1', '1.1.a-2', '1.1.a-3'], ['1.1.b-1']],
    [['1.1.b-1'], ['1.1.b-1'], ['1.1.a-1', '1.1.a-2', '1.1.a-3']],
  ])('declining %j leaves out %j', (declined, out, kept) => {
    const r = report(declined);
    expect(r.schedule.declined ?? []).toEqual(out);
    expect(r.schedule.scheduled.map((a) => a.id).sort()).toEqual(kept);
    expect(r.schedule.notScheduled).toEqual([]);
    // The gap itself stays in the priorities.
    expect(r.priorities.map((p) => p.indicator).sort()).toEqual(['1.1.a', '1.1.b']);
  });
});
