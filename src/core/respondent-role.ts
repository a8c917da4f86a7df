// A respondent's role as people write it: the answers file's word (`larare`), or a Swedish or English name
// (`lärare`, `IT-personal`, `teacher`), with or without accents and in any case.
import type { RespondentRole } from './model.ts';

const ROLE_WORDS: Record<string, RespondentRole> = {
  rektor: 'rektor',
  principal: 'rektor',
  forskolechef: 'rektor',
  larare: 'larare',
  teacher: 'larare',
  forskollarare: 'larare',
  pedagog: 'larare',
  it: 'it',
  'it-personal': 'it',
  'it personal': 'it',
  'it staff': 'it',
  'it-tekniker': 'it',
  elev: 'elev',
  pupil: 'elev',
  student: 'elev',
  annan: 'annan',
  other: 'annan',
  ovrig: 'annan',
  ovriga: 'annan',
};

/** A respondent's role as typed in a survey: the file's word or a Swedish or English name; empty is "other". */
export function readRespondentRole(value: string): RespondentRole | undefined {
  const v = value
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (v === '') return 'annan';
  return ROLE_WORDS[v];
}
