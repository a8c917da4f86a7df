// Resources and initiatives matched to actions and gaps: no duplicates, priority order, initiatives ascending.
import { describe, expect, it } from 'vitest';
import { analyseGaps } from '../../src/core/gaps.ts';
import type { PlanAction } from '../../src/core/model.ts';
import { prioritise } from '../../src/core/priority.ts';
import { actionSupport, matchResources } from '../../src/core/resources.ts';
import { act, catalogue, lv, plan } from './fixtures.ts';

const cat = catalogue({
  '1.1.a': { importance: 'high', res: ['ra', 'shared'], ini: [12, 3] },
  '1.1.b': { res: ['rb', 'shared'], ini: [3, 1] },
  '1.1.c': { importance: 'low', res: ['rc'], ini: [18] },
});
const byId = new Map(cat.indicators.map((i) => [i.id, i]));

describe('actionSupport', () => {
  it.each<[string, string[], string[], string[], number[]]>([
    ['one indicator', ['1.1.a'], [], ['ra', 'shared'], [3, 12]],
    ['own resources lead, duplicates dropped', ['1.1.a'], ['shared', 'mine'], ['shared', 'mine', 'ra'], [3, 12]],
    ['several indicators in the order given', ['1.1.b', '1.1.a'], [], ['rb', 'shared', 'ra'], [1, 3, 12]],
    ['an indicator the catalogue lacks adds nothing', ['9.9.z'], ['mine'], ['mine'], []],
  ])('%s', (_, indicators, own, resources, initiatives) => {
    expect(actionSupport(indicators, own, byId)).toEqual({ resources, initiatives });
  });
});

describe('matchResources', () => {
  const run = (answers: Parameters<typeof plan>[0] extends infer P ? (P extends { answers?: infer A } ? A : never) : never, actions: PlanAction[] = []) =>
    matchResources(prioritise(analyseGaps(plan({ answers }), cat), cat), actions, cat);

  it.each<[string, NonNullable<Parameters<typeof run>[0]>, PlanAction[], string[], number[]]>([
    ['in priority order, each once', { '1.1.a': lv(1, 2), '1.1.b': lv(1, 3), '1.1.c': lv(1, 2) }, [], ['rb', 'shared', 'ra', 'rc'], [1, 3, 12, 18]],
    ['only gaps count', { '1.1.a': lv(2, 2), '1.1.c': lv(1, 2) }, [], ['rc'], [18]],
    [
      'resources named on open own actions join their indicator',
      { '1.1.a': lv(1, 2) },
      [act('A01', ['1.1.a'], { resources: ['rc', 'unknown-id'] })],
      ['ra', 'shared', 'rc'],
      [3, 12],
    ],
    ['closed own actions add nothing', { '1.1.a': lv(1, 2) }, [act('A01', ['1.1.a'], { resources: ['rc'], status: 'cancelled' })], ['ra', 'shared'], [3, 12]],
    ['no gaps, nothing to match', {}, [], [], []],
  ])('%s', (_, answers, actions, resources, initiatives) => {
    expect(run(answers, actions)).toEqual({ resources, initiatives });
  });
});
