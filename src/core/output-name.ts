// Names of generated files: ASCII, safe on Windows, macOS and Linux, deterministic, and never a path.
import { byCodeUnits } from './code-units.ts';

/** What names an output: the organisation as the plan file states it (no contact data). */
export interface OutputIdentity {
  name?: string;
  municipalityCode?: string;
  organisationNumber?: string;
  /** The official municipality name for the kommunkod, when known: "Göteborg" rather than "Göteborgs Stad". */
  municipalityName?: string;
  unit?: { name?: string; schoolUnitCode?: string };
}

/** Longest base name (without extension or collision suffix); far below every file system's 255-byte limit. */
export const MAX_BASE_LENGTH = 80;

const FALLBACK = 'plan';

// Windows refuses these as file names with any extension ("con.md" too), in any case.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

// Letters NFKD does not decompose into a base letter and a mark.
const LETTERS: Record<string, string> = {
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  ß: 'ss',
  ẞ: 'ss',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
  ŋ: 'ng',
  Ŋ: 'ng',
  ŧ: 't',
  Ŧ: 't',
};

/** Lower-case ASCII letters, digits and single dashes: `Göteborgs Stad` → `goteborgs-stad`. */
export function slugify(text: string, max = MAX_BASE_LENGTH): string {
  const ascii = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the class is everything outside ASCII, written as its range from U+0000.
    .replace(/[^\u0000-\u007f]/g, (ch) => LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return trimSlug(ascii, max);
}

/** Cuts at a dash where possible so words stay whole, and never ends on a dash. */
function trimSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (dash >= max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

function digits(value: string | undefined): string {
  return (value ?? '').replace(/[^0-9]/g, '');
}

/**
 * The base name of a plan's outputs, without extension:
 * `0180-stockholm`, `5560000001-friskolan-ab`, `1480-goteborg-12345678-hvitfeldtska`.
 * Municipalities are named by kommunkod and the official municipality name; independent organisers
 * by organisationsnummer (digits only) and their name; a school unit adds its skolenhetskod and name.
 */
export function outputBaseName(id: OutputIdentity): string {
  const parts: string[] = [];
  const code = digits(id.municipalityCode) || digits(id.organisationNumber);
  if (code) parts.push(code);
  const orgName = slugify(id.municipalityCode && id.municipalityName ? id.municipalityName : (id.name ?? ''));
  if (orgName) parts.push(orgName);
  if (id.unit) {
    const unitCode = digits(id.unit.schoolUnitCode);
    if (unitCode) parts.push(unitCode);
    const unitName = slugify(id.unit.name ?? '');
    if (unitName) parts.push(unitName);
  }
  return safeBaseName(parts.join('-'));
}

/** Any string made into a base name that every platform accepts; never empty, never a reserved device name. */
export function safeBaseName(raw: string): string {
  let base = trimSlug(slugify(raw, Number.MAX_SAFE_INTEGER), MAX_BASE_LENGTH);
  if (!base) base = FALLBACK;
  if (RESERVED.test(base)) base = `${base}-plan`;
  return base;
}

export interface NameRequest {
  /** A stable key that orders the requests, e.g. the input path: the first in order keeps the plain name. */
  key: string;
  base: string;
}

/**
 * Final base names with collisions resolved: sorted by key, the first keeps its name and later ones get
 * `-2`, `-3`, …; names in `taken` (such as `overview`) are never given out. Comparison ignores case,
 * because Windows and macOS do.
 */
export function assignNames(requests: readonly NameRequest[], taken: Iterable<string> = []): Map<string, string> {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  const out = new Map<string, string>();
  const sorted = [...requests].sort((a, b) => byCodeUnits(a.key, b.key));
  for (const r of sorted) {
    if (out.has(r.key)) continue;
    const base = safeBaseName(r.base);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    out.set(r.key, name);
  }
  return out;
}

/** True when `name` can be used as one file name inside a folder on every platform. */
export function isSafeFileName(name: string): boolean {
  if (name.length === 0 || name.length > 120) return false;
  if (name === '.' || name === '..') return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names on every platform, so they are looked for.
  if (/[\u0000-\u001f\u007f<>:"/\\|?*]/.test(name)) return false;
  if (/[. ]$/.test(name)) return false;
  const stem = name.split('.')[0] ?? '';
  return !RESERVED.test(stem);
}
