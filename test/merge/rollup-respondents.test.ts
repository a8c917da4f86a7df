// The batch roll-up counts questionnaire respondents per organisation and school unit, and shows no comment.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/merge.ts';
import { buildReport } from '../../src/core/report.ts';
import { digestReport, rollUp } from '../../src/core/rollup.ts';
import { loadValidPlan } from '../../src/io/load-plan.ts';
import { parseCsv } from '../../src/core/csv.ts';
import { renderOverviewCsv } from '../../src/render/overview-csv.ts';
import { renderOverviewMarkdown } from '../../src/render/overview-markdown.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { answersFile, context } from './helpers.ts';

describe('respondents in the batch roll-up', () => {
  it('counts them per organisation and unit, and leaves their comments out', async () => {
    const dir = testDir();
    mkdirSync(join(dir, 'svar'));
    const units = ['Norrskolan', 'Norrskolan', 'Söderskolan', 'Norrskolan'];
    units.forEach((unit, i) => {
      writeFileSync(
        join(dir, 'svar', `${i}.yaml`),
        answersFile({ id: `d${i}`, role: i < 3 ? 'rektor' : 'larare', unit, answers: { '1.1.a': { current: 2, comment: `Hemlig kommentar ${i}` } } }),
      );
    });
    copyFileSync(join(ROOT, 'examples/landsbygd.yaml'), join(dir, 'landsbygd.yaml'));
    expect(await run(context(dir), ['svar'], { into: 'landsbygd.yaml' })).toBe(0);

    const digests = ['landsbygd.yaml', join(ROOT, 'examples/storstad.yaml')].map((f) => {
      const p = loadValidPlan(f, { cwd: dir, lang: 'sv' });
      return digestReport(buildReport(p.plan, p.catalogue, { referenceDate: '2027-01-15' }), f);
    });
    const catalogue = loadValidPlan('landsbygd.yaml', { cwd: dir, lang: 'sv' }).catalogue;
    const r = rollUp(digests, catalogue);
    expect(r.respondents.total).toBe(4);
    expect(r.respondents.rows.map((x) => x.file)).toEqual(['landsbygd.yaml']);
    const md = renderOverviewMarkdown(r, catalogue, { lang: 'sv', referenceDate: '2027-01-15' });
    expect(md).toContain('## Svarande i enkäter');
    expect(md).toContain('| Exempelby kommun | 4 | 3 rektorer, 1 lärare | Norrskolan 3, Söderskolan 1 |');
    expect(md).not.toContain('Hemlig kommentar');

    const csv = renderOverviewCsv(digests, { failed: [], paths: [] }, catalogue, 'sv');
    const rows = parseCsv(csv).records.map((x) => x.cells);
    const head = rows[0]!;
    const byFile = new Map(rows.slice(1).map((row) => [row[0], Object.fromEntries(head.map((h, i) => [h, row[i]]))]));
    expect(byFile.get('landsbygd.yaml')).toMatchObject({
      svarande: '4',
      'svarande per roll': '3 rektorer, 1 lärare',
      'svarande per skolenhet': 'Norrskolan 3, Söderskolan 1',
    });
    expect(byFile.get(join(ROOT, 'examples/storstad.yaml'))).toMatchObject({ svarande: '', 'svarande per roll': '' });
    expect(csv).not.toContain('Hemlig kommentar');
  });
});
