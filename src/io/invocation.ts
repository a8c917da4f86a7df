// How the user started the tool, so that every command a message suggests can be typed as it stands: through npx
// (or `npm exec`, for which npm sets npm_command=exec) it is `npx skoldigiplan …`, otherwise `skoldigiplan …`.

export const PLAIN = 'skoldigiplan';

/** The command that started this run. */
export function invocation(env: NodeJS.ProcessEnv): string {
  return env.npm_command === 'exec' ? `npx ${PLAIN}` : PLAIN;
}

/** The text with each suggested command (`skoldigiplan assess …`, `skoldigiplan [flaggor]`) written as the user started the tool. */
export function asInvoked(text: string, command: string | undefined): string {
  if (!command || command === PLAIN) return text;
  return text.replace(/(^|[\s'"`(:=])skoldigiplan(?= (?:[a-z-]|\[|<))/gm, `$1${command}`);
}
