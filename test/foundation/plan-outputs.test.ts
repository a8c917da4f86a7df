// The renderers print the county they are handed; the commands look it up from the plan's municipality code.
import { describe, expect, it } from 'vitest';
import { renderPlanOutputs } from '../../src/commands/plan-outputs.ts';
import { fixtureReport } from '../pdf/fixture.ts';
import { readPdf } from '../pdf/read-pdf.ts';

const date = new Date('2026-11-28T00:00:00Z');

describe('a plan rendered for a command', () => {
  it('names the county of the municipality code in Markdown, HTML and on the PDF cover', async () => {
    const report = fixtureReport();
    expect(report.plan.organisation.municipalityCode).toBe('0180');
    const out = await renderPlanOutputs(report, { formats: ['md', 'html', 'pdf'], lang: 'sv', profile: 'ua', creationDate: date });
    expect(out.md).toContain('Stockholms län');
    expect(out.html).toContain('Stockholms län');
    const pdf = await readPdf(out.pdf!);
    expect(pdf.pages[0]!.text).toContain('0180, Stockholms län');
  });
});
