// Turns ajv's schema errors into diagnostics at the right line, in plain Swedish (or English).
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../errors.ts';
import type { Lang } from '../core/model.ts';
import { ioText } from '../i18n/io.ts';
import { pointerToPath, positionOf, type YamlSource } from './yaml-file.ts';

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

function allowedKeys(schema: unknown): string {
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props).join(', ') : '';
}

export function schemaDiagnostics(errors: readonly ErrorObject[], source: YamlSource | undefined, file: string, lang: Lang, root?: unknown): Diagnostic[] {
  const t = ioText[lang].schema;
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of errors) {
    // if/then/else and composition keywords only repeat what their branches already said.
    if (['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not'].includes(e.keyword)) continue;
    const path = pointerToPath(e.instancePath);
    let key = false;
    let message: string;
    let hint: string | undefined;
    const params = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required': {
        const missing = String(params.missingProperty);
        message = t.required([...path, missing].join('.'));
        hint = t.requiredHint(missing);
        break;
      }
      case 'additionalProperties':
      case 'unevaluatedProperties': {
        const k = String(params.additionalProperty ?? params.unevaluatedProperty);
        path.push(k);
        key = true;
        message = t.unknownKey(k);
        hint = t.unknownKeyHint(allowedKeys(e.parentSchema));
        break;
      }
      case 'type': {
        const expected = String(params.type).split(',').map((x) => t.types[x] ?? x).join(' / ');
        const data = e.data !== undefined ? e.data : valueAt(root, path);
        const actual = Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data;
        const raw = source ? sourceText(source, path) : undefined;
        if (params.type === 'string' && typeof data === 'number') {
          const shown = raw ?? String(data);
          message = t.numberForString(shown);
          hint = t.numberForStringHint(shown);
        } else {
          message = t.type(expected, t.types[actual] ?? actual);
        }
        break;
      }
      case 'enum':
        message = t.enum((params.allowedValues as unknown[]).map((v) => String(v)).join(', '));
        break;
      case 'const':
        message = t.constValue(String(params.allowedValue));
        break;
      case 'pattern': {
        // A key's own pattern (propertyNames) is reported once, as an invalid id.
        if ((e as ErrorObject & { propertyName?: string }).propertyName !== undefined) continue;
        const name = patternName(e);
        message = t.pattern(name ? t.patterns[name]! : String(params.pattern));
        break;
      }
      case 'minimum':
        message = t.minimum(Number(params.limit));
        break;
      case 'maximum':
        message = t.maximum(Number(params.limit));
        break;
      case 'minLength':
        message = t.minLength;
        break;
      case 'maxLength':
        message = t.maxLength(Number(params.limit));
        break;
      case 'uniqueItems':
        message = t.uniqueItems;
        break;
      case 'format':
        message = t.format(String(params.format));
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

function sourceText(source: YamlSource, path: (string | number)[]): string | undefined {
  const node = source.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return undefined;
  return source.text.slice(node.range[0], node.range[1]).trim();
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}
