// The organisation's own comment and evidence on an indicator, as the Markdown and HTML plans print them below the
// priorities: each part a sentence after its label, so that "Kommentar: Saknas helt" does not run into "Underlag: …".
import { answerNotes, type Answer } from '../core/model.ts';

/**
 * "Kommentar: … Underlag: …", or '' when the answer has neither. `words` formats the organisation's text for the
 * output (escaping, a language tag), `label` the label.
 */
export function notesText(
  answer: Answer | undefined,
  labels: { comment: string; evidence: string },
  words: (s: string) => string,
  label: (s: string) => string = (s) => s,
): string {
  const { comment, evidence } = answerNotes(answer);
  const part = (l: string, text: string) => `${label(l)}: ${words(text)}${/[.!?…]$/.test(text) ? '' : '.'}`;
  return [comment ? part(labels.comment, comment) : '', evidence ? part(labels.evidence, evidence) : ''].filter(Boolean).join(' ');
}
