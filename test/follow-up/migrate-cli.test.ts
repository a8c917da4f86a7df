// Plans made with an older catalogue version, end to end: carried over with a warning, or refused naming the indicators.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

const DIR = 'test/fixtures/follow-up/migrate';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup(): string {
  const t = tempDir([`${DIR}/catalogue.yaml`, `${DIR}/plan-1.0.0.yaml`, `${DIR}/plan-2.0.0.yaml`, `${DIR}/plan-unmapped.yaml`, `${DIR}/plan-0.9.0.yaml`]);
  cleanup = t.cleanup;
  return t.dir;
}

const validate = (dir: string, file: string) => runMain(['validate', file, '--catalogue', 'catalogue.yaml'], { cwd: dir });

describe('plans made with an older catalogue version', () => {
  it('are carried over when the catalogue maps the version, with a warning that names what moved', async () => {
    const r = await validate(setup(), 'plan-1.0.0.yaml');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'plan-1.0.0.yaml:3:45: varning: planen gjordes med katalogversion 1.0.0; svaren har förts över till version 2.0.0: 1.1.b → 1.1.d; 2.1.a → 2.1.b, 2.1.c; 1.2.c har tagits bort',
    );
  });

  it('are refused when indicators are not mapped: each is named at its line, with the catalogue versions', async () => {
    const r = await validate(setup(), 'plan-unmapped.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'plan-unmapped.yaml:14:5: fel: okänd indikator 1.1.c (planen gjordes med katalogversion 1.0.0, och katalogen med version 2.0.0 saknar en mappning för indikatorn)',
    );
    expect(r.stderr).toContain('plan-unmapped.yaml:15:5: fel: okänd indikator 2.2.a (planen gjordes');
    expect(r.stderr).toContain('katalogen har version 2.0.0 och dess mappning täcker inte 1.1.c, 2.2.a');
  });

  it('are refused when the catalogue has no mapping from their version', async () => {
    const r = await validate(setup(), 'plan-0.9.0.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plan-0.9.0.yaml:13:5: fel: okänd indikator 1.1.b (planen gjordes med katalogversion 0.9.0');
    expect(r.stderr).toContain('ingen mappning från 0.9.0 för 1.1.b');
  });

  it('are compared with the newer plan on the new ids, and the report says what was carried over', async () => {
    const dir = setup();
    const r = await runMain(['compare', 'plan-1.0.0.yaml', 'plan-2.0.0.yaml', '--catalogue', 'catalogue.yaml', '--date', '2027-11-30'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 1.1.d Programmering och digitalt skapande | 1 | 2 | höjd (+1) |');
    expect(r.stdout).toContain(
      '- Planerna är gjorda med olika versioner av katalogen: uppfoljning-test 1.0.0 (den äldre) och uppfoljning-test 2.0.0 (den nyare).',
    );
    expect(r.stdout).toContain(
      '- Den äldre planens svar har förts över från katalogversion 1.0.0 till 2.0.0: 1.1.b → 1.1.d; 2.1.a → 2.1.b, 2.1.c; 1.2.c har tagits bort.',
    );
    const json = JSON.parse(
      (
        await runMain(['compare', 'plan-1.0.0.yaml', 'plan-2.0.0.yaml', '--catalogue', 'catalogue.yaml', '--date', '2027-11-30', '--format', 'json'], {
          cwd: dir,
        })
      ).stdout,
    );
    expect(json.older.migration).toEqual({
      from: '1.0.0',
      to: '2.0.0',
      mapped: [
        { from: '1.1.b', to: ['1.1.d'] },
        { from: '2.1.a', to: ['2.1.b', '2.1.c'] },
      ],
      removed: ['1.2.c'],
      reassess: [],
    });
    expect(json.actions.done.map((a: { id: string; indicators: string[] }) => [a.id, a.indicators])).toEqual([['A01', ['2.1.b', '2.1.c']]]);
  });

  it('cannot be compared when indicators are not mapped', async () => {
    const r = await runMain(['compare', 'plan-unmapped.yaml', 'plan-2.0.0.yaml', '--catalogue', 'catalogue.yaml'], { cwd: setup() });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('okänd indikator 1.1.c (planen gjordes med katalogversion 1.0.0');
  });
});
