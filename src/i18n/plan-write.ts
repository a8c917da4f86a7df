// Wording for rewriting a plan file: the lock another command holds, a plan that would grow past the size limit, and
// a plan with several hard links.
import type { Lang } from '../core/model.ts';
import { numberFormat } from './number-format.ts';
import { sizeFigures } from './size.ts';
import { plural } from './plural.ts';

const sv = {
  locked: (file: string, who: string) => `${file} skrivs just nu av ett annat kommando (${who}), så planen ändras inte`,
  lockedBy: (pid: number, host: string, since: string) => `process ${pid} på ${host}, sedan ${since}`,
  lockedUnknown: 'okänd process',
  lockedHint: (lock: string) =>
    `vänta tills det är klart och kör kommandot igen; finns låset ${lock} kvar fast inget kommando körs tas det över efter en halv minut`,
  changed: 'planen ändrades av ett annat kommando medan den lästes, så din ändring är inte gjord',
  changedHint: 'kör kommandot igen',
  tooLarge: (file: string, size: number, max: number) => `${file} skulle bli för stor (${sizeFigures('sv', size, max)}), så den skrivs inte`,
  longest: (where: string, chars: number) => `längst är texten vid ${where} (${numberFormat('sv').format(chars)} tecken)`,
  tooLargeHint: 'korta texten; långa underlag hör hemma i ett eget dokument som planen hänvisar till',
  hardLinks: (file: string, others: number) =>
    `${file} har ${plural('sv', others, 'ett namn till', `${others} namn till`)} (hårda länkar), och ${plural('sv', others, 'det', 'de')} har kvar den gamla texten; bara ${file} har den nya`,
  hardLinksHint: 'använd en symbolisk länk (ln -s) om planen ska nås under flera namn: den följs, och planen den pekar på skrivs',
  invalid: 'planen skulle inte gå att läsa in efter ändringen, så filen är orörd',
  invalidHint: 'det här är troligen en bugg i skoldigiplan; rapportera gärna planfilen och kommandot',
};

export type PlanWriteText = typeof sv;

const en: PlanWriteText = {
  locked: (file, who) => `${file} is being written by another command right now (${who}), so the plan is not changed`,
  lockedBy: (pid, host, since) => `process ${pid} on ${host}, since ${since}`,
  lockedUnknown: 'unknown process',
  lockedHint: (lock) =>
    `wait until it is done and run the command again; if the lock ${lock} is left while no command runs, it is taken over after half a minute`,
  changed: 'the plan was changed by another command while it was being read, so your change is not made',
  changedHint: 'run the command again',
  tooLarge: (file, size, max) => `${file} would be too large (${sizeFigures('en', size, max)}), so it is not written`,
  longest: (where, chars) => `the longest text is at ${where} (${numberFormat('en').format(chars)} characters)`,
  tooLargeHint: 'shorten the text; long background material belongs in a document of its own that the plan refers to',
  hardLinks: (file, others) =>
    `${file} has ${plural('en', others, 'one more name (a hard link), which keeps', `${others} more names (hard links), which keep`)} the old text; only ${file} has the new one`,
  hardLinksHint: 'use a symbolic link (ln -s) if the plan is to be reached under several names: it is followed, and the plan it points to is written',
  invalid: 'the plan could not be read back after the change, so the file is untouched',
  invalidHint: 'this is most likely a bug in skoldigiplan; please report the plan file and the command',
};

export const planWriteText: Record<Lang, PlanWriteText> = { sv, en };
