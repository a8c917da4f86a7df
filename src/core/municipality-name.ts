// Which municipality an organisation's name speaks of, to catch a kommunkod that belongs to another one.

export interface NamedMunicipality {
  code: string;
  name: string;
}

interface Matcher {
  pattern: RegExp;
  byName: Map<string, NamedMunicipality>;
}

const matchers = new WeakMap<ReadonlyMap<string, string>, Matcher>();

/** One pattern for all names, longest first, so that "Upplands Väsby" wins over a shorter name inside it. */
function matcherFor(municipalities: ReadonlyMap<string, string>): Matcher {
  let m = matchers.get(municipalities);
  if (!m) {
    const byName = new Map<string, NamedMunicipality>();
    for (const [code, name] of municipalities) byName.set(name.toLocaleLowerCase('sv'), { code, name });
    const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // A whole word, also in the genitive ("Sundsvalls kommun", "Ales kommun").
    m = { pattern: new RegExp(`(?<!\\p{L})(${names.join('|')})s?(?!\\p{L})`, 'giu'), byName };
    matchers.set(municipalities, m);
  }
  return m;
}

/**
 * The municipality that `name` names when it is not the one with `code`: "Sundsvalls kommun" with code 0180 gives
 * Sundsvall (2281). A name that names its own municipality, or none at all ("Barn- och utbildningsförvaltningen"),
 * gives undefined.
 */
export function otherMunicipalityNamed(name: string, code: string, municipalities: ReadonlyMap<string, string>): NamedMunicipality | undefined {
  const own = municipalities.get(code);
  if (own === undefined) return undefined;
  const { pattern, byName } = matcherFor(municipalities);
  let other: NamedMunicipality | undefined;
  for (const match of name.matchAll(pattern)) {
    const found = byName.get(match[1]!.toLocaleLowerCase('sv'));
    if (!found) continue;
    if (found.code === code) return undefined;
    other ??= found;
  }
  return other;
}
