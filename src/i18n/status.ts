// Wording of `skoldigiplan status` and the names of action statuses, shared by every view of follow-up.
import type { ActionStatus } from '../core/model.ts';

const sv = {
  names: {
    planned: 'planerad',
    'in-progress': 'pågår',
    done: 'klar',
    postponed: 'uppskjuten',
    cancelled: 'inställd',
  } as Record<ActionStatus, string>,
  changed: (id: string, from: string, to: string) => `${id}: ${from} → ${to}`,
  sameStatusLogged: (id: string, status: string) => `${id}: status ${status} som förut; anteckningen har lagts till i loggen`,
  sameStatus: (id: string, status: string) => `${id} har redan status ${status}; planfilen är inte ändrad`,
  sameStatusHint: 'lägg till --note "…" om du vill skriva en anteckning i åtgärdens logg',
  wrote: (file: string) => `${file} är uppdaterad; kommentarer och layout är kvar`,
  wroteReformatted: (file: string) =>
    `${file} är uppdaterad, men åtgärden var skriven på ett ovanligt sätt (t.ex. inom { … }), så mellanrum och radbrytningar i filen kan ha ändrats – kommentarerna finns kvar`,
  invalidStatus: (value: string, allowed: string) => `${value} är ingen giltig status; välj en av ${allowed}`,
  invalidStatusHint: 'på svenska går också planerad, pågår, klar, uppskjuten och inställd',
  unknownAction: (id: string, ids: string) => `åtgärden ${id} finns inte i planen; åtgärder som finns: ${ids}`,
  noActions: (id: string) => `åtgärden ${id} finns inte i planen, som inte har några åtgärder än`,
  unknownActionHint: 'id:t står efter id: under actions i planfilen, t.ex. A01; stora och små bokstäver skiljs åt',
  invalidBefore: 'planfilen har fel och ändras inte; rätta felen ovan och kör kommandot igen',
  invalidAfter: 'ändringen skulle ha gjort planfilen ogiltig, så filen är orörd',
  invalidAfterHint: 'det här är troligen en bugg i skoldigiplan; rapportera gärna planfilen och kommandot',
};

export type StatusText = typeof sv;

const en: StatusText = {
  names: {
    planned: 'planned',
    'in-progress': 'in progress',
    done: 'done',
    postponed: 'postponed',
    cancelled: 'cancelled',
  },
  changed: (id, from, to) => `${id}: ${from} → ${to}`,
  sameStatusLogged: (id, status) => `${id}: status ${status} as before; the note has been added to the log`,
  sameStatus: (id, status) => `${id} already has status ${status}; the plan file is unchanged`,
  sameStatusHint: 'add --note "…" to write a note in the action\'s log',
  wrote: (file) => `${file} is updated; comments and layout are kept`,
  wroteReformatted: (file) =>
    `${file} is updated, but the action was written in an unusual way (e.g. inside { … }), so spacing and line breaks in the file may have changed – comments are kept`,
  invalidStatus: (value, allowed) => `${value} is not a valid status; choose one of ${allowed}`,
  invalidStatusHint: 'the Swedish names planerad, pågår, klar, uppskjuten and inställd work too',
  unknownAction: (id, ids) => `there is no action ${id} in the plan; the actions are: ${ids}`,
  noActions: (id) => `there is no action ${id} in the plan, which has no actions yet`,
  unknownActionHint: 'the id is the value of id: under actions in the plan file, e.g. A01; case matters',
  invalidBefore: 'the plan file has errors and is not changed; fix the errors above and run the command again',
  invalidAfter: 'the change would have made the plan file invalid, so the file is untouched',
  invalidAfterHint: 'this is probably a bug in skoldigiplan; please report the plan file and the command',
};

export const statusText = { sv, en };
