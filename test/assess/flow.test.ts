// The assessment flow without a terminal: step order, what answers do to the plan, drafts, --from and --answers.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { Plan, PlanAction } from '../../src/core/model.ts';
import { validatePlan } from '../../src/generated/validators.js';
import { loadCatalogueFile } from '../../src/io/load-catalogue.ts';
import { loadMunicipalities } from '../../src/io/municipalities.ts';
import type { AnswerValue, Question } from '../../src/io/prompts.ts';
import { planFromAnswers } from '../../src/commands/assess/answers.ts';
import { advance, answer, enterAnswer, next, runToEnd, type FlowEnv } from '../../src/commands/assess/flow.ts';
import { proposeWithEngine } from '../../src/commands/assess/proposals.ts';
import { draftFromState, emptyState, planFromState, stateFromDraft, stateFromPlan, type AssessState } from '../../src/commands/assess/state.ts';
import { buildReport } from '../../src/core/report.ts';
import { ROOT } from '../helpers/cli.ts';

const catalogue = loadCatalogueFile(join(ROOT, 'test/fixtures/assess/catalogue.yaml'), ROOT, 'sv');

function envFor(lang: 'sv' | 'en' = 'sv'): FlowEnv {
  return { catalogue, lang, today: '2026-11-28', municipalities: loadMunicipalities(), propose: proposeWithEngine(catalogue) };
}

interface Run {
  state: AssessState;
  steps: string[];
  questions: Question[];
}

/** Gives the answers in order, taking automatic steps by themselves; stops when the answers run out or at save. */
function drive(answers: AnswerValue[], env = envFor(), start = emptyState(catalogue)): Run {
  let state = start;
  const steps: string[] = [];
  const questions: Question[] = [];
  const queue = [...answers];
  for (;;) {
    const n = next(state, env);
    if (n.kind === 'save') break;
    if (n.kind === 'auto') {
      state = advance(state, env).state;
      continue;
    }
    if (queue.length === 0) break;
    steps.push(state.step);
    questions.push(n.question);
    state = answer(state, env, queue.shift()!).state;
  }
  return { state, steps, questions };
}

const ORGANISATION: AnswerValue[] = ['municipality', '2321', 'Åre kommun', false, ['grundskola', 'forskola'], 'Örjan Ängsö', 'skolchef', ''];
// `1+`: level 1 chosen with the `k` key, so comment, evidence and importance follow the target.
const ANSWERS: AnswerValue[] = ['1+', '3', 'Vi behöver en plan för förskolan och skolan', '', 'high', 'not-relevant', 'unknown'];
/** The review, then the limits as offered. */
const PLANNING: AnswerValue[] = ['proceed', 'proceed'];
/** Both proposals kept, none changed. */
const KEEP: AnswerValue[] = [['A01', 'A02'], 'done'];

describe('step order', () => {
  test('a municipality, one level answer, not relevant, unknown, then planning and proposals', () => {
    const r = drive([...ORGANISATION, ...ANSWERS, ...PLANNING, ...KEEP]);
    expect(r.steps).toEqual([
      'org.kind',
      'org.municipality',
      'org.name',
      'org.unit',
      'org.forms',
      'org.contactName',
      'org.contactRole',
      'org.contactEmail',
      'current:1.1.a',
      'target:1.1.a+',
      'comment:1.1.a',
      'evidence:1.1.a',
      'importance:1.1.a',
      'current:1.1.b',
      'current:2.1.a',
      'review',
      'proposals',
      'actions.pick:0/0',
      'actions.edit:0/0',
    ]);
    expect(r.state.date).toBe('2026-11-28');
    expect(r.state.step).toBe('save');
    const plan = planFromState(r.state, catalogue);
    expect(plan.organisation).toEqual({
      name: 'Åre kommun',
      kind: 'municipality',
      municipalityCode: '2321',
      schoolForms: ['forskola', 'grundskola'],
      contact: { name: 'Örjan Ängsö', role: 'skolchef' },
    });
    // The catalogue's own importance is not repeated in the file.
    expect(plan.assessment.answers).toEqual({
      '1.1.a': { current: 1, target: 3, comment: 'Vi behöver en plan för förskolan och skolan' },
      '1.1.b': { status: 'not-relevant' },
      '2.1.a': { status: 'unknown' },
    });
    expect(plan.planning).toEqual({ start: '2027-VT', terms: 6, capacity: { actionsPerTerm: 3 } });
    expect(plan.actions.map((a) => [a.id, a.title, a.start, a.end, a.owner, a.cost, a.status])).toEqual([
      ['A01', 'Skriv ett utkast', '2027-VT', '2027-VT', 'Skolchef', 40000, 'planned'],
      ['A02', 'Besluta planen', '2027-HT', '2027-HT', 'Skolchef', 40000, 'planned'],
    ]);
    expect(validatePlan(plan)).toBe(true);
  });

  test('an independent organiser with a school unit is asked for name, organisation number and unit', () => {
    // Without a contact name there is no role or e-mail to ask for.
    const r = drive(['independent', 'Friskolan Lärkan AB', '5560000001', true, 'Lärkans skola', '12345678', ['grundskola'], '']);
    expect(r.steps).toEqual(['org.kind', 'org.name', 'org.number', 'org.unit', 'org.unitName', 'org.unitCode', 'org.forms', 'org.contactName']);
    expect(r.state.step).toBe('current:1.1.a');
    expect(r.state.organisation).toEqual({
      kind: 'independent',
      name: 'Friskolan Lärkan AB',
      organisationNumber: '556000-0001',
      unit: { name: 'Lärkans skola', schoolUnitCode: '12345678' },
      schoolForms: ['grundskola'],
    });
  });

  test.each([
    ['556000-0002', 'kontrollsiffran'],
    ['55600-0001', 'tio siffror'],
    ['abc', 'tio siffror'],
  ])('organisation number %s is refused in Swedish (%s)', (value, words) => {
    const r = drive(['independent', 'Friskolan AB']);
    const q = next(r.state, envFor());
    expect(q.kind === 'ask' && q.question.type === 'input' && q.question.validate?.(value)).toContain(words);
  });

  test("level 4 needs no target question; the target becomes 4 and importance stays the catalogue's", () => {
    const r = drive([...ORGANISATION, '4']);
    expect(r.steps.slice(-1)).toEqual(['current:1.1.a']);
    expect(r.state.step).toBe('current:1.1.b');
    expect(r.state.answers['1.1.a']).toEqual({ current: 4, target: 4 });
  });

  test('the target question offers only levels at or above the current one, one level up by default, each on its own number key', () => {
    const r = drive([...ORGANISATION, '2']);
    const q = next(r.state, envFor());
    expect(q.kind === 'ask' && q.question.type === 'select' && q.question.choices.map((c) => [c.value, c.key])).toEqual([
      ['2', '2'],
      ['3', '3'],
      ['4', '4'],
    ]);
    expect(q.kind === 'ask' && q.question.type === 'select' && q.question.choices[0]!.short).toBe('Nivå 2 (samma som i dag)');
    expect(q.kind === 'ask' && q.question.type === 'select' && q.question.default).toBe('3');
  });

  test('the level question carries the help text, shown and hidden on the list itself', () => {
    const r = drive(ORGANISATION);
    const q = next(r.state, envFor());
    expect(q.kind === 'ask' && q.question.type === 'select' && q.question.help).toContain('En beslutad plan med mål.');
    expect(q.kind === 'ask' && q.question.type === 'select' && q.question.choices.map((c) => c.key).slice(0, 4)).toEqual(['1', '2', '3', '4']);
  });

  test('the review reopens one answer and comes back to the review', () => {
    const r = drive([...ORGANISATION, ...ANSWERS, 'ind:1.1.a', '2', '4+', 'Ny kommentar', 'Protokoll 2026-10-01', 'low']);
    expect(r.steps.slice(-7)).toEqual([
      'current:2.1.a',
      'review',
      'review>current:1.1.a',
      'review>target:1.1.a',
      'review>comment:1.1.a',
      'review>evidence:1.1.a',
      'review>importance:1.1.a',
    ]);
    expect(r.state.step).toBe('review');
    expect(r.state.answers['1.1.a']).toEqual({ current: 2, target: 4, importance: 'low', comment: 'Ny kommentar', evidence: 'Protokoll 2026-10-01' });
  });

  test('the review can change the organisation; a new kind drops the old identifier', () => {
    const r = drive([...ORGANISATION, ...ANSWERS, 'org', 'independent', 'Åre skolor AB', '5560000001', false, ['grundskola'], '']);
    expect(r.state.step).toBe('review');
    expect(r.state.organisation.municipalityCode).toBeUndefined();
    expect(r.state.organisation.organisationNumber).toBe('556000-0001');
  });

  test('a level answer changed to unknown keeps its comment and loses its levels', () => {
    const r = drive([...ORGANISATION, ...ANSWERS, 'ind:1.1.a', 'unknown+', 'Oklart läge']);
    expect(r.state.answers['1.1.a']).toEqual({ status: 'unknown', comment: 'Oklart läge' });
  });
});

describe('proposals', () => {
  const upToProposals = [...ORGANISATION, ...ANSWERS, ...PLANNING];
  const tight = [...ORGANISATION, '1', '4', '1', '4', '1', '4'];

  test('unticking a proposal drops it, declines it and numbers the kept ones without gaps', () => {
    const r = drive([...upToProposals, ['A02'], 'done']);
    expect(r.steps.slice(-2)).toEqual(['actions.pick:0/0', 'actions.edit:0/0']);
    expect(r.state.step).toBe('save');
    expect(r.state.actions.map((a) => [a.id, a.title])).toEqual([['A01', 'Besluta planen']]);
    // The dropped suggestion is declined in the plan, so the rendered plan does not propose it again.
    expect(r.state.planning.declined).toHaveLength(1);
    const plan = planFromState(r.state, envFor().catalogue);
    expect(plan.planning.declined).toEqual(r.state.planning.declined);
  });

  test('editing changes owner, terms and cost; an end before the start is refused', () => {
    const r = drive([...upToProposals, KEEP[0]!, '0', 'Förvaltningschef', '2027-ht']);
    const q = next(r.state, envFor());
    expect(q.kind === 'ask' && q.question.type === 'input' && q.question.validate?.('2027-VT')).toContain('2027-HT');
    const done = drive(['2028-vt', '120 000 kr', 'done'], envFor(), r.state);
    expect(done.state.actions[0]).toMatchObject({ id: 'A01', owner: 'Förvaltningschef', start: '2027-HT', end: '2028-VT', cost: 120000 });
    expect(done.steps).toEqual(['action.end:0/0/0', 'action.cost:0/0/0', 'actions.edit:0/0']);
    expect(done.state.step).toBe('save');
  });

  test("the budget and cost questions refuse an amount above the plan schema's maximum and say the maximum", () => {
    const budget = next(drive([...ORGANISATION, ...ANSWERS, 'proceed', 'limits', '2027-VT', '6', '3']).state, envFor());
    expect(budget.kind === 'ask' && budget.question.type === 'input' && budget.question.validate?.('1 000 000 000 000')).toBe(true);
    expect(budget.kind === 'ask' && budget.question.type === 'input' && budget.question.validate?.('1 000 000 000 001')).toMatch(
      /hela kronor, högst 1\s000\s000\s000\s000 kr/,
    );
    const atCost = drive([...upToProposals, KEEP[0]!, '0', 'Förvaltningschef', '2027-ht', '2028-vt']).state;
    expect(atCost.step).toMatch(/^action\.cost/);
    const cost = next(atCost, envFor());
    expect(cost.kind === 'ask' && cost.question.type === 'input' && cost.question.validate?.('1 000 000 000 000')).toBe(true);
    expect(cost.kind === 'ask' && cost.question.type === 'input' && cost.question.validate?.('1 000 000 000 001 kr')).toMatch(
      /hela kronor, högst 1\s000\s000\s000\s000 kr/,
    );
  });

  test('when proposals do not fit, the planning step names the limit that binds and what more of each would make room for', () => {
    const r = drive([...tight, 'proceed', 'limits', '2027-VT', '2', '1', '']);
    const q = next(r.state, envFor());
    expect(q.kind).toBe('ask');
    const header = q.kind === 'ask' ? q.header.join('\n') : '';
    expect(header).toContain('Ramarna: 2 terminer från 2027-VT, högst 1 åtgärd per termin, ingen budgetgräns.');
    expect(header).toMatch(/ryms inom ramarna, men \d+ till gör det inte/);
    expect(header).toMatch(/Det som binder: (\d+) ryms inte, \d+ för att terminerna är fulla \(1 åtgärd per termin\)/);
    expect(header).toMatch(/Med 2 åtgärder per termin ryms [1-9]\d* till; med 4 terminer ryms [1-9]\d* till\./);
    const wider = drive(['limits', '2027-VT', '10', '3', ''], envFor(), r.state);
    expect(wider.steps).toEqual(['proposals', 'plan.start', 'plan.terms', 'plan.perTerm', 'plan.budget']);
    expect(wider.state.planning).toMatchObject({ terms: 10, actionsPerTerm: 3 });
  });

  test('moving an action into a full term warns at once', () => {
    const env = envFor();
    const r = drive([...tight, 'proceed', 'limits', '2027-VT', '4', '1', '', 'proceed'], env);
    expect(r.state.step).toBe('actions.pick:0/0');
    const kept = drive([r.state.actions.map((a) => a.id), '1', ''], env, r.state);
    expect(kept.state.step).toBe('action.start:1/0/0');
    const first = kept.state.actions[0]!.start!;
    const moved = answer(kept.state, env, first);
    expect(moved.notes).toEqual([`Varning: ${first} har nu 2 åtgärder, men ramen är 1 per termin.`]);
    // A term with room says nothing.
    const fine = answer(kept.state, env, kept.state.actions[1]!.start!);
    expect(fine.notes).toBeUndefined();
  });

  test('raising a cost past the yearly budget warns at once', () => {
    const env = envFor();
    const r = drive([...tight, 'proceed', 'limits', '2027-VT', '4', '3', '100 000', 'proceed'], env);
    const atCost = drive([r.state.actions.map((a) => a.id), '0', '', r.state.actions[0]!.start!, r.state.actions[0]!.start!], env, r.state);
    expect(atCost.state.step).toBe('action.cost:0/0/0');
    const year = r.state.actions[0]!.start!.slice(0, 4);
    const notes = answer(atCost.state, env, '250 000').notes;
    expect(notes).toHaveLength(1);
    expect(notes![0]).toMatch(new RegExp(`^Varning: ${year} kostar nu [\\d\\s]+ kr, men budgeten är 100\\s000 kr per år\\.$`));
    expect(answer(atCost.state, env, '1 000').notes).toBeUndefined();
  });

  test('the plan holds only actions the user was shown and kept: what fits after a drop is shown before saving', () => {
    const env = envFor();
    const r = drive([...tight, 'proceed', 'limits', '2027-VT', '2', '1', '', 'proceed'], env);
    const shown = new Set<string>();
    let state = r.state;
    for (let round = 0; next(state, env).kind !== 'save' && round < 20; round++) {
      const n = next(state, env);
      if (n.kind === 'auto') {
        state = advance(state, env).state;
        continue;
      }
      if (n.kind !== 'ask') break;
      if (n.question.type === 'checkbox') {
        for (const c of n.question.choices) shown.add(c.name.split(' · ')[0]!.replace(/^A\d+ /, ''));
        // The first round drops its first proposal; later rounds keep everything.
        state = answer(state, env, round === 0 ? n.question.choices.slice(1).map((c) => c.value) : n.question.choices.map((c) => c.value)).state;
      } else state = answer(state, env, enterAnswer(n.question)).state;
    }
    expect(next(state, env).kind).toBe('save');
    const plan = planFromState(state, catalogue);
    expect(plan.actions.length).toBeGreaterThan(0);
    for (const a of plan.actions) expect(shown.has(a.title), a.title).toBe(true);
    const report = buildReport(plan, catalogue, { referenceDate: '2026-11-28' });
    expect(report.schedule.scheduled.filter((a) => a.origin !== 'plan')).toEqual([]);
  });
});

describe('drafts', () => {
  test('after every answer the draft passes the plan schema and gives back the same state', () => {
    const all = [
      ...ORGANISATION,
      ...ANSWERS,
      'ind:2.1.a',
      '2',
      '3+',
      '',
      '',
      'medium',
      ...PLANNING,
      ['A02'],
      '0',
      'Rektor',
      '2027-HT',
      '2028-VT',
      '10 000',
      'done',
    ];
    for (let n = 1; n <= all.length; n++) {
      const { state } = drive(all.slice(0, n));
      const draft = draftFromState(state, catalogue, { output: 'plan.yaml', lang: 'sv' });
      expect(validatePlan(draft), `after ${n} answers: ${JSON.stringify(validatePlan.errors)}`).toBe(true);
      const back = stateFromDraft(JSON.parse(JSON.stringify(draft)));
      expect(back.step).toBe(state.step);
      expect(draftFromState(back, catalogue, { output: 'plan.yaml', lang: 'sv' })).toEqual(draft);
    }
  });

  test('a half-given organisation waits under resume until it is complete', () => {
    const { state } = drive(['independent', 'Friskolan AB']);
    const draft = draftFromState(state, catalogue, { output: 'plan.yaml', lang: 'sv' });
    expect(draft.organisation).toBeUndefined();
    expect(draft.resume).toEqual({ step: 'org.number', output: 'plan.yaml', lang: 'sv', organisation: { name: 'Friskolan AB', kind: 'independent' } });
  });
});

describe('--from and --answers', () => {
  const earlier: Plan = {
    schemaVersion: 1,
    catalogue: { id: 'skoltest', version: '1.0.0' },
    organisation: { name: 'Åre kommun', kind: 'municipality', municipalityCode: '2321', schoolForms: ['grundskola'] },
    assessment: {
      date: '2025-11-20',
      answers: { '1.1.a': { current: 2, target: 4, importance: 'medium', comment: 'Förra året' }, '2.1.a': { status: 'unknown' } },
    },
    planning: { start: '2026-VT', terms: 4, capacity: { actionsPerTerm: 2, budgetPerYear: 500000 } },
    actions: [
      { id: 'A01', title: 'Klar sak', indicators: ['1.1.a'], status: 'done' },
      { id: 'A02', title: 'Pågående sak', indicators: ['1.1.a'], start: '2026-HT', end: '2027-HT', status: 'in-progress' },
    ] satisfies PlanAction[],
  };

  test('an earlier plan fills in every default; the date is today and the start is a term still to come', () => {
    const state = stateFromPlan(earlier, catalogue, '2026-11-28');
    expect(state.date).toBe('2026-11-28');
    expect(state.planning).toEqual({ start: '2027-VT', terms: 4, actionsPerTerm: 2, budgetPerYear: 500000 });
    // Suggestions declined last year are offered again.
    expect(stateFromPlan({ ...earlier, planning: { ...earlier.planning, declined: ['1.1.a-1'] } }, catalogue, '2026-11-28').planning).toEqual(state.planning);
    // Done actions follow too, so compare can see them done in both years.
    expect(state.actions.map((a) => [a.id, a.status])).toEqual([
      ['A01', 'done'],
      ['A02', 'in-progress'],
    ]);
    const q = next({ ...state, step: 'current:1.1.a' }, envFor());
    expect(q.kind === 'ask' && q.question.type === 'select' && q.question.default).toBe('2');
  });

  test('pressing Enter through a --from run keeps every answer; new proposals get ids the earlier actions do not use', () => {
    const env = envFor();
    const final = runToEnd(stateFromPlan(earlier, catalogue, '2026-11-28'), env, enterAnswer);
    const plan = planFromState(final, catalogue);
    // 1.1.b was not answered last year: Enter takes the first choice, level 1, with one level up as the target.
    expect(plan.assessment.answers).toEqual({
      '1.1.a': { current: 2, target: 4, importance: 'medium', comment: 'Förra året' },
      '1.1.b': { current: 1, target: 2 },
      '2.1.a': { status: 'unknown' },
    });
    expect(plan.actions.slice(0, 2).map((a) => a.id)).toEqual(['A01', 'A02']);
    expect(plan.actions.length).toBeGreaterThan(2);
    expect(plan.actions.slice(2).every((a) => a.id !== 'A01' && a.id !== 'A02')).toBe(true);
  });

  test('an answers file gives the same plan as the same answers typed in', () => {
    const typed = planFromState(drive([...ORGANISATION, ...ANSWERS, ...PLANNING, ...KEEP]).state, catalogue);
    const file: Plan = {
      schemaVersion: 1,
      catalogue: { id: 'skoltest', version: '1.0.0' },
      organisation: {
        name: 'Åre kommun',
        kind: 'municipality',
        municipalityCode: '2321',
        schoolForms: ['grundskola', 'forskola'],
        contact: { role: 'skolchef', name: 'Örjan Ängsö' },
      },
      assessment: {
        date: '2026-11-28',
        answers: {
          '2.1.a': { status: 'unknown' },
          '1.1.b': { status: 'not-relevant' },
          '1.1.a': { target: 3, current: 1, importance: 'high', comment: ' Vi behöver en plan för förskolan och skolan ' },
        },
      },
      planning: { start: '2027-VT', terms: 6 },
      actions: [],
    };
    expect(planFromAnswers(file, catalogue, envFor())).toEqual(typed);
  });

  test('in English, titles and owners of accepted proposals are in English', () => {
    const r = drive([...ORGANISATION, ...ANSWERS, ...PLANNING, ...KEEP], envFor('en'));
    expect(r.state.actions.map((a) => [a.title, a.owner])).toEqual([
      ['Write a draft', 'Director of education'],
      ['Adopt the plan', 'Director of education'],
    ]);
  });
});
