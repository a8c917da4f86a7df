// A small glob matcher for batch inputs (`plans/**/*.yaml`): shells on Windows do not expand patterns, so we do.

/** True when the argument contains glob syntax and is not simply a path. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/**
 * The part of a pattern before its first segment with glob syntax: where the walk starts.
 * `plans/2026/*.yaml` → `plans/2026`; `*.yaml` → `.`.
 */
export function globBase(pattern: string): string {
  return splitGlob(pattern).base;
}

/**
 * The pattern's base (see `globBase`) and how many folders down from it the pattern reaches: one fewer than its
 * segments after the base (the last names the file), or without limit for `**`.
 */
export function splitGlob(pattern: string): { base: string; depth: number } {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const base: string[] = [];
  for (const s of segments) {
    if (isGlob(s)) break;
    base.push(s);
  }
  if (base.length === segments.length) base.pop();
  const depth = segments.includes('**') ? Infinity : segments.length - base.length - 1;
  if (base.length === 0) return { base: '.', depth };
  const joined = base.join('/');
  return { base: joined === '' ? '/' : joined, depth };
}

/**
 * A regular expression for a glob over `/`-separated paths: `*` and `?` stay within one segment,
 * `**` spans segments, `[abc]`/`[!abc]` are classes and `{a,b}` alternatives. Matching ignores case on request
 * (Windows and macOS file systems do).
 */
export function globToRegExp(pattern: string, opts: { ignoreCase?: boolean } = {}): RegExp {
  const p = pattern.replace(/\\/g, '/');
  let re = '';
  let braces = 0;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more whole segments; a trailing `**` matches everything below.
          if (p[i + 2] === '/') {
            re += '(?:[^/]*/)*';
            i += 2;
          } else {
            re += '.*';
            i += 1;
          }
          continue;
        }
        i += 1;
      }
      re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = p.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = p.slice(i + 1, close);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        re += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, (c) => `\\${c}`)}]`;
        i = close;
      }
    } else if (ch === '{') {
      braces++;
      re += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (ch === ',' && braces > 0) re += '|';
    else re += ch.replace(/[.+^$()|\\]/g, (c) => `\\${c}`);
  }
  while (braces-- > 0) re += ')';
  return new RegExp(`^${re}$`, opts.ignoreCase ? 'i' : '');
}
