// Turns ajv's schema errors into diagnostics at the right line, in plain Swedish (or English).
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../errors.ts';
import type { Lang } from '../core/model.ts';
import { readFileSync } from 'node:fs';
import { ioText } from '../i18n/io.ts';
import { packagePath } from './paths.ts';
import { nearestId } from '../core/nearest-id.ts';
import { nodeAt, pointerToPath, positionOf, type PathSegment, type YamlSource } from './yaml-file.ts';
import { cutText } from '../core/graphemes.ts';

function patternName(e: ErrorObject): string | undefined {
  const where = `${e.schemaPath} ${e.instancePath}`;
  if (/declined/.test(where)) return 'suggestion';
  if (/term|\/start$|\/end$/.test(where)) return 'term';
  if (/municipalityCode/.test(where)) return 'municipalityCode';
  if (/organisationNumber/.test(where)) return 'organisationNumber';
  if (/schoolUnitCode/.test(where)) return 'schoolUnitCode';
  if (/indicator/i.test(where)) return 'indicator';
  if (/version/.test(where)) return 'version';
  if (/actions\/\d+\/id$/.test(e.instancePath)) return 'actionId';
  return undefined;
}

function allowedKeys(schema: unknown): string[] {
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

/** The schema files by name, read only when a file has an unknown key (the validators carry no schema text). */
const schemaFiles = new Map<string, unknown>();

/**
 * The schema object that holds the keyword that failed: `#/$defs/levelAnswer/additionalProperties` → levelAnswer.
 * ajv gives the path from the definition a `$ref` leads to when it compiles that definition on its own, so the path
 * is trusted only when the object's other keys are all among that schema's; otherwise the definition that has
 * them all is taken, if exactly one does, or the one named after the list the object is in (`sources/0` → source).
 */
function parentSchema(e: ErrorObject, schemaName: string | undefined, known: readonly string[], instancePath: string): unknown {
  if (e.parentSchema) return e.parentSchema;
  if (!schemaName || !e.schemaPath.startsWith('#/')) return undefined;
  const schema = schemaFile(schemaName);
  let node = schema;
  for (const seg of e.schemaPath.slice(2).split('/').slice(0, -1))
    node = (node as Record<string, unknown> | null | undefined)?.[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  const fits = (s: unknown) => known.every((k) => allowedKeys(s).includes(k));
  if (fits(node)) return node;
  const defs = Object.entries(((schema ?? {}) as { $defs?: Record<string, unknown> }).$defs ?? {}).filter(([, d]) => allowedKeys(d).length > 0 && fits(d));
  if (defs.length === 1) return defs[0]![1];
  // Several could hold these keys (an answer and its spread both have current and target): the one whose required
  // keys are all there.
  const complete = defs.filter(([, d]) => (((d as { required?: string[] }).required ?? []) as string[]).every((k) => known.includes(k)));
  if (complete.length === 1) return complete[0]![1];
  const list = instancePath
    .split('/')
    .filter((s) => s !== '' && !/^\d+$/.test(s))
    .pop();
  return defs.find(([name]) => list !== undefined && `${name}s` === list)?.[1];
}

function schemaFile(schemaName: string): unknown {
  let schema = schemaFiles.get(schemaName);
  if (schema === undefined) {
    try {
      schema = JSON.parse(readFileSync(packagePath('schemas', `${schemaName}.schema.json`), 'utf8'));
    } catch {
      schema = null;
    }
    schemaFiles.set(schemaName, schema);
  }
  return schema;
}

/**
 * `schemaName` (`plan`, `catalogue`) lets an unknown key be matched against the keys its place allows, so that a
 * misspelt key is named with its likely meaning ("menade du target?") instead of as unknown plus missing.
 */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  source: YamlSource | undefined,
  file: string,
  lang: Lang,
  root?: unknown,
  schemaName?: string,
): Diagnostic[] {
  const t = ioText[lang].schema;
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  // A misspelt key: an unknown key next to a missing or allowed one it is close to. Found first, so the missing
  // key's own error can be left out: the rename fixes both.
  const renames = new Map<ErrorObject, string>();
  const allowed = new Map<ErrorObject, string[]>();
  const renamedTo = new Set<string>();
  const unknownAt = (at: string) =>
    errors
      .filter((x) => x.keyword === 'additionalProperties' && x.instancePath === at)
      .map((x) => String((x.params as Record<string, unknown>).additionalProperty));
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const k = String((e.params as Record<string, unknown>).additionalProperty);
    const object = valueAt(root, pointerToPath(e.instancePath));
    const others = object && typeof object === 'object' ? Object.keys(object).filter((x) => !unknownAt(e.instancePath).includes(x)) : [];
    allowed.set(e, allowedKeys(parentSchema(e, schemaName, others, e.instancePath)));
    const missing = errors
      .filter((r) => r.keyword === 'required' && r.instancePath === e.instancePath)
      .map((r) => String((r.params as Record<string, unknown>).missingProperty));
    // Two edits (a swapped pair of letters) for longer keys; one for short ones, which are close to too much.
    const edits = k.length > 4 ? 2 : 1;
    // A key the object already has is no suggestion: renaming to it would make a duplicate.
    const near =
      nearestId(k, missing, edits) ??
      nearestId(
        k,
        allowed.get(e)!.filter((x) => !others.includes(x)),
        edits,
      );
    if (near === undefined || near === k) continue;
    renames.set(e, near);
    if (missing.includes(near)) renamedTo.add(`${e.instancePath}|${near}`);
  }
  for (const e of errors) {
    // if/then/else and composition keywords only repeat what their branches already said.
    if (['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not'].includes(e.keyword)) continue;
    const path = pointerToPath(e.instancePath);
    let key = false;
    let message: string;
    let hint: string | undefined;
    const params = e.params as Record<string, unknown>;
    // The validators are built without ajv's `verbose`, so the value comes from the document itself.
    const data = e.data !== undefined ? e.data : valueAt(root, path);
    switch (e.keyword) {
      case 'required': {
        const missing = String(params.missingProperty);
        if (renamedTo.has(`${e.instancePath}|${missing}`)) continue;
        message = t.required([...path, missing].join('.'));
        hint = t.requiredHint(missing);
        break;
      }
      case 'additionalProperties':
      case 'unevaluatedProperties': {
        const k = String(params.additionalProperty ?? params.unevaluatedProperty);
        path.push(k);
        key = true;
        const near = renames.get(e);
        // The key as the message shows it: a key may be up to 1,024 characters long, a message stays a line.
        const shown = cutText(k, 80);
        message = near ? t.misspeltKey(shown, near) : t.unknownKey(shown);
        hint = near ? t.misspeltKeyHint(shown, near) : t.unknownKeyHint((allowed.get(e) ?? []).join(', '));
        break;
      }
      case 'type': {
        const expected = String(params.type)
          .split(',')
          .map((x) => t.types[x] ?? x)
          .join(' / ');
        const raw = shown(source, path, data);
        const field = t.fieldHints[String(path[path.length - 1])];
        if (params.type === 'string' && typeof data === 'number') {
          message = t.numberForString(raw);
          hint = t.numberForStringHint(raw);
        } else if (data === null || data === undefined) {
          message = t.missingValue(expected);
          hint = t.missingValueHint;
        } else {
          const actual = Array.isArray(data) ? 'array' : typeof data === 'number' && !Number.isInteger(data) ? 'decimal' : typeof data;
          const said =
            typeof data === 'string'
              ? t.textValue(raw)
              : actual === 'decimal'
                ? `${t.types.decimal} (${raw})`
                : actual === 'boolean'
                  ? raw
                  : (t.types[actual] ?? actual);
          message = t.type(expected, said);
          const quotedNumber = typeof data === 'string' && (params.type === 'integer' || params.type === 'number') && /^\s*-?\d+(\.\d+)?\s*$/.test(data);
          hint = quotedNumber ? t.quotedNumberHint(raw) : (t.typeHints[String(params.type).split(',')[0]!] ?? t.otherHint);
          if (field && (params.type === 'integer' || params.type === 'number')) hint += `; ${field}`;
        }
        break;
      }
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]).map((v) => String(v));
        const given = typeof data === 'string' ? data.trim().toLowerCase() : undefined;
        // The Swedish word is recognised in English too: plans are often written from Swedish printouts.
        const words = [t.enumWords, ioText.sv.schema.enumWords];
        const byWord = given === undefined ? undefined : allowed.find((v) => words.some((w) => w[v]?.toLowerCase() === given));
        const near = given === undefined ? undefined : (byWord ?? nearestId(given, allowed, 2));
        message = t.enum(shown(source, path, data), allowed.join(', '));
        hint = t.enumHint(near, allowed.map((v) => (t.enumWords[v] ? `${v} (${t.enumWords[v]})` : v)).join(', '));
        break;
      }
      case 'const': {
        const last = path[path.length - 1];
        message = t.constValue(String(params.allowedValue));
        hint = t.constHint(typeof last === 'string' ? last : '', String(params.allowedValue));
        break;
      }
      case 'pattern': {
        // A key's own pattern (propertyNames) is reported once, as an invalid id.
        if ((e as ErrorObject & { propertyName?: string }).propertyName !== undefined) continue;
        const name = patternName(e);
        message = t.pattern(shown(source, path, data), name ? t.patterns[name]! : t.patternOther(String(params.pattern)));
        hint = (name && t.patternHints[name]) || t.otherHint;
        break;
      }
      case 'minimum':
      case 'maximum': {
        const raw = shown(source, path, data);
        const limit = Number(params.limit);
        message = e.keyword === 'minimum' ? t.minimum(raw, limit) : t.maximum(raw, limit);
        const field = t.fieldHints[String(path[path.length - 1])];
        hint = (e.keyword === 'minimum' ? t.minimumHint(limit) : t.maximumHint(limit)) + (field ? `; ${field}` : '');
        break;
      }
      case 'minLength':
        message = t.minLength;
        hint = t.minLengthHint;
        break;
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
        // A limit the schema gives, said with its number.
        message = t[e.keyword](Number(params.limit));
        hint = t[`${e.keyword}Hint`];
        break;
      case 'uniqueItems': {
        const item = Array.isArray(data) ? data[Number(params.j)] : undefined;
        message = t.uniqueItems(typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item));
        hint = t.uniqueItemsHint;
        break;
      }
      case 'format':
        message = t.format(shown(source, path, data), String(params.format));
        hint = t.formatHints[String(params.format)] ?? t.otherHint;
        break;
      case 'propertyNames': {
        const k = String(params.propertyName);
        path.push(k);
        key = true;
        message = t.propertyName(k);
        hint = t.propertyNameHint;
        break;
      }
      default:
        message = t.other(e.message ?? e.keyword);
        hint = t.otherHint;
    }
    const id = `${path.join('/')}|${message}`;
    if (seen.has(id)) continue;
    // A bad property name also fails its pattern; report it once.
    if (e.keyword === 'pattern' && seen.has(`${path.join('/')}|key`)) continue;
    seen.add(id);
    if (key) seen.add(`${path.join('/')}|key`);
    const pos = source ? positionOf(source, path, { key }) : undefined;
    out.push({ file, line: pos?.line, col: pos?.col, severity: 'error', code: `schema-${e.keyword}`, message, hint });
  }
  return out;
}

function sourceText(source: YamlSource, path: PathSegment[]): string | undefined {
  const node = nodeAt(source, path);
  if (!node?.range) return undefined;
  return source.text.slice(node.range[0], node.range[1]).trim();
}

/** The value at `path` as the file writes it (cut short when long), or as read when the source has no node there. */
function shown(source: YamlSource | undefined, path: PathSegment[], data: unknown): string {
  const raw = (source ? sourceText(source, path) : undefined) ?? (typeof data === 'object' && data !== null ? JSON.stringify(data) : String(data));
  const line = raw.split('\n')[0]!;
  return line.length > 60 || line !== raw ? `${line.slice(0, 57)}…` : line;
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}
