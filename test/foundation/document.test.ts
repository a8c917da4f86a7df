// The plan file's document block (the record and the board's decision): validated, with positions, and kept when the tool writes the plan.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/model.ts';
import { planToYaml } from '../../src/io/write-plan.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const DOCUMENT = `document:
  diarienummer: BUN 2027/123
  version: "1.0"
  owner: Barn- och utbildningsnämnden
  decision: { body: Barn- och utbildningsnämnden, date: 2027-02-15, paragraph: "§ 12" }
`;

const validate = async (dir: string) => {
  const r = await runMain(['validate', 'plan.yaml'], { cwd: dir });
  return { code: r.code, err: r.stderr };
};

const example = () => readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8');

describe('document', () => {
  it('a plan with the record and the decision is valid, and the tool writes the block back', async () => {
    const dir = testDir();
    const text = `${example()}${DOCUMENT}`;
    writeFileSync(join(dir, 'plan.yaml'), text);
    const r = await validate(dir);
    expect(r.err).toBe('✔ plan.yaml: giltig\n');
    expect(r.code).toBe(0);
    const written = parse(planToYaml(parse(text) as Plan)) as Plan;
    expect(written.document).toEqual({
      diarienummer: 'BUN 2027/123',
      version: '1.0',
      owner: 'Barn- och utbildningsnämnden',
      decision: { body: 'Barn- och utbildningsnämnden', date: '2027-02-15', paragraph: '§ 12' },
    });
  });

  it('a decision without its date is an error at the decision', async () => {
    const dir = testDir();
    const text = `${example()}document:\n  decision: { body: Barn- och utbildningsnämnden }\n`;
    writeFileSync(join(dir, 'plan.yaml'), text);
    const line = text.split('\n').length - 1;
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`plan\\.yaml:${line}:\\d+: fel: .*date`));
  });
});
