// `import` of a survey export: several rows for one organisation become one plan with the spread of their answers.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/import.ts';
import { loadValidPlan } from '../../src/io/load-plan.ts';
import { testDir } from '../helpers/cli.ts';
import { context } from './helpers.ts';

const CSV = [
  'huvudman;kommunkod;skolformer;datum;svarandes roll;1.1.a nuläge;1.1.a mål;1.1.a kommentar;1.2.a',
  'Stockholms stad;0180;grundskola;2027-01-10;rektor;1;2;;2→3',
  'Stockholms stad;0180;grundskola;2027-01-11;Lärare;3;3;Bra fortbildning;vet ej',
  'Stockholms stad;0180;grundskola;2027-01-12;lärare;2;3;;2→2',
  'Stockholms stad;0180;grundskola;2027-01-12;vaktmästare;2;2;;2→2',
  'Göteborgs Stad;1480;grundskola;2027-01-09;;2;3;;1→2',
].join('\n');

describe('import of several rows for one organisation', () => {
  it('merges them into one plan by the median rule, one row per respondent, and names a bad role by its cell', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'enkat.csv'), CSV);
    const ctx = context(dir);
    expect(await run(ctx, ['enkat.csv'], { out: 'planer' })).toBe(1);
    expect(readdirSync(join(dir, 'planer')).sort()).toEqual(['0180-stockholm.yaml', '1480-goteborg.yaml']);
    expect(ctx.err()).toMatch(/^enkat\.csv:5:5: fel: vaktmästare är ingen roll/m);
    expect(ctx.err()).toMatch(/^enkat\.csv:2: varning: raderna 2, 3 och 4 gäller samma organisation/m);

    const stockholm = loadValidPlan('planer/0180-stockholm.yaml', { cwd: dir, lang: 'sv' }).plan;
    expect(stockholm.assessment.date).toBe('2027-01-12');
    expect(stockholm.assessment.respondents).toEqual({ count: 3, roles: { rektor: 1, larare: 2 } });
    expect(stockholm.assessment.answers['1.1.a']).toMatchObject({ current: 2, target: 3, responses: { count: 3, current: [1, 1, 1, 0], rule: 'median' } });
    expect(stockholm.assessment.answers['1.2.a']).toMatchObject({ current: 2, target: 2, responses: { count: 3, unknown: 1 } });
    // Two teachers are too few to tie the comment to their role.
    expect(stockholm.assessment.answers['1.1.a']!.responses!.comments).toEqual([{ text: 'Bra fortbildning' }]);

    const goteborg = loadValidPlan('planer/1480-goteborg.yaml', { cwd: dir, lang: 'sv' }).plan;
    expect(goteborg.assessment.respondents).toBeUndefined();
    expect(goteborg.assessment.answers['1.1.a']).toEqual({ current: 2, target: 3 });
  });
});
