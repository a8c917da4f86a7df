// The plan file's text with merged answers: only the answers and the respondents change; comments and the rest stay.
import { isDeepStrictEqual } from 'node:util';
import { isCollection, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Answer, Plan, Respondents } from '../../core/model.ts';
import { planToYaml } from '../../io/write-plan.ts';
import { PARSE_OPTIONS } from '../../io/yaml-file.ts';

/**
 * Sets each changed answer key by key, so that the keys left alone keep their comments and place. The spread's small
 * parts (level counts, a role's counts) are written in flow style, `current: [0, 2, 4, 1]`, to keep the file readable.
 */
export function updatePlanText(text: string, before: Record<string, Answer>, after: Record<string, Answer>, respondents: Respondents): string {
  const doc = parseDocument(text, PARSE_OPTIONS);
  const node = (value: unknown) => compact(doc.createNode(value) as Node);
  if (!isMap(doc.getIn(['assessment', 'answers'], true))) doc.setIn(['assessment', 'answers'], doc.createNode({}));
  for (const [id, answer] of Object.entries(after)) {
    const old = before[id] as Record<string, unknown> | undefined;
    if (!old) {
      doc.setIn(['assessment', 'answers', id], node(answer));
      continue;
    }
    const next = answer as unknown as Record<string, unknown>;
    // An answer written on one line gets a spread of several: it becomes a block, or its line would run on and on.
    const held = doc.getIn(['assessment', 'answers', id], true);
    if (isMap(held) && held.flow && next.responses !== undefined) held.flow = false;
    for (const key of Object.keys(old)) if (!(key in next)) doc.deleteIn(['assessment', 'answers', id, key]);
    for (const [key, value] of Object.entries(next)) {
      if (!isDeepStrictEqual(old[key], value)) doc.setIn(['assessment', 'answers', id, key], node(value));
    }
  }
  for (const id of Object.keys(before)) if (!(id in after)) doc.deleteIn(['assessment', 'answers', id]);
  doc.setIn(['assessment', 'respondents'], node(respondents));
  const padded = (text.match(/\{ \S/g) ?? []).length >= (text.match(/\{[^\s}]/g) ?? []).length;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const printed = doc.toString({ lineWidth: 0, flowCollectionPadding: padded });
  const out = nl === '\r\n' ? printed.replace(/\r?\n/g, '\r\n') : printed;
  return spliceAssessment(text, out) ?? out;
}

/**
 * Printing the whole document also respaces what merge did not touch (`[a, b]` against `{ a: 1 }`, blank lines
 * before comments). Only the assessment changes, so only its printed text is put in place of the old; the result must
 * read back as exactly the printed document, or the printed document is used as it is.
 */
function spliceAssessment(original: string, printed: string): string | undefined {
  const range = (text: string) => {
    const doc = parseDocument(text, PARSE_OPTIONS);
    if (!isMap(doc.contents)) return undefined;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'assessment');
    const v = pair?.value as Node | null | undefined;
    if (!isMap(v) || v.flow || !v.range || !isScalar(pair!.key) || !pair!.key.range) return undefined;
    // From the key to the end of the value's last line.
    return [pair!.key.range[0], v.range[1]] as const;
  };
  const a = range(original);
  const b = range(printed);
  if (!a || !b) return undefined;
  const spliced = original.slice(0, a[0]) + printed.slice(b[0], b[1]) + original.slice(a[1]);
  const read = (text: string) => {
    const doc = parseDocument(text, PARSE_OPTIONS);
    return doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 0 });
  };
  const want = read(printed);
  return want !== undefined && isDeepStrictEqual(read(spliced), want) ? spliced : undefined;
}

/** A new plan's text, in the tool's own layout, with the spread compact as in an updated one. */
export function newPlanText(plan: Plan): string {
  const text = planToYaml(plan);
  const doc = parseDocument(text, PARSE_OPTIONS);
  compact(doc.contents as Node);
  return doc.toString({ lineWidth: 0 });
}

/** Level counts, a role's counts, a unit and the rule's answer in flow style: each is read as one line. */
function compact(node: Node): Node {
  const walk = (n: unknown, key: string | undefined, parent: string | undefined): void => {
    if (!isCollection(n)) return;
    const scalars = (isSeq(n) ? n.items : n.items.map((p) => p.value)).every((v) => isScalar(v));
    // A role's counts and a unit are one line each, their level counts inside them.
    if (parent === 'roles' || parent === 'units' || (scalars && (isSeq(n) || key === 'proposed' || key === 'roles'))) n.flow = true;
    if (isMap(n)) for (const p of n.items) walk(p.value, isScalar(p.key) ? String(p.key.value) : undefined, key);
    else for (const item of n.items) walk(item, undefined, key);
  };
  walk(node, undefined, undefined);
  return node;
}
