// The rendered plan claims "within the plan's capacity" only when no term or year is over its limit.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { Plan } from '../../src/core/model.ts';
import { buildReport } from '../../src/core/report.ts';
import { loadCatalogueFile } from '../../src/io/load-catalogue.ts';
import { renderPlanMarkdown } from '../../src/render/markdown.ts';
import { ROOT } from '../helpers/cli.ts';

const catalogue = loadCatalogueFile(join(ROOT, 'test/fixtures/assess/catalogue.yaml'), ROOT, 'sv');

function plan(actionsInVt: number): Plan {
  return {
    schemaVersion: 1,
    catalogue: { id: catalogue.id, version: catalogue.version },
    organisation: { name: 'Åre kommun', kind: 'municipality', municipalityCode: '2321', schoolForms: ['grundskola'] },
    assessment: { date: '2026-11-28', answers: { '1.1.a': { current: 1, target: 2 } } },
    planning: { start: '2027-VT', terms: 2, capacity: { actionsPerTerm: 1 } },
    actions: Array.from({ length: actionsInVt }, (_, i) => ({
      id: `A0${i + 1}`,
      title: `Egen åtgärd ${i + 1}`,
      indicators: ['1.1.a'],
      start: '2027-VT',
      end: '2027-VT',
      status: 'planned' as const,
    })),
  };
}

const markdown = (p: Plan) => renderPlanMarkdown(buildReport(p, catalogue, { referenceDate: '2026-11-28' }), { lang: 'sv' });

describe('Tidsplan', () => {
  test('a term holding 2 of 1 is not called within capacity', () => {
    const md = markdown(plan(2));
    expect(md).toContain('2027-VT: era egna daterade åtgärder tar 2 platser, men kapaciteten är 1 per termin.');
    expect(md).not.toContain('inom planens kapacitet och budget.');
    expect(md).toContain('men era egna daterade åtgärder går över dem (se Varningar)');
  });

  test('within the limits, it says so', () => {
    expect(markdown(plan(1))).toContain('aldrig före de indikatorer de bygger på och inom planens kapacitet och budget.');
  });
});
