// The plan file's text with merged answers: only the answers and the respondents change; comments and the rest stay.
import { isDeepStrictEqual } from 'node:util';
import { isCollection, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Answer, Plan, Respondents } from '../../core/model.ts';
import { planToYaml } from '../../io/write-plan.ts';
import { PARSE_OPTIONS } from '../../io/yaml-file.ts';
import { answerLines, respondentsLines } from './emit.ts';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The quick way, for a plan whose answers are a block mapping: each changed answer's lines are replaced by new ones,
 * new answers go after the last, and the respondents count in place of the old one or after the assessment. Every
 * other byte of the file stays. Undefined for an unusual layout, which `updatePlanText` handles; the caller checks the
 * result reads back as intended.
 */
export function spliceAnswers(
  text: string,
  doc: Document.Parsed,
  before: Record<string, Answer>,
  after: Record<string, Answer>,
  respondents: Respondents,
): string | undefined {
  const assessment = doc.get('assessment', true);
  if (!isMap(assessment) || assessment.flow || !assessment.range) return undefined;
  const pairOf = (key: string) => (assessment.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && p.key.value === key);
  const answersPair = pairOf('answers');
  const answers = answersPair?.value;
  if (!isMap(answers) || answers.flow || answers.items.length === 0 || !answers.range) return undefined;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const block = (lines: string[]) => lines.map((l) => l + nl).join('');
  const pairs = answers.items as Pair<Node, Node | null>[];
  const indent = columnOf(text, pairs[0]!.key.range![0]);
  const edits: Edit[] = [];
  const span = (p: Pair<Node, Node | null>) => {
    const end = (p.value ?? p.key).range![1];
    return { start: lineStart(text, p.key.range![0]), end: lineEndAfter(text, end) };
  };
  for (const p of pairs) {
    if (!isScalar(p.key) || !p.key.range || (p.value && !p.value.range)) return undefined;
    const id = String(p.key.value);
    const at = span(p);
    // Anything else on the answer's first line before the key (a flow opening) is no block layout.
    if (text.slice(at.start, p.key.range[0]).trim() !== '') return undefined;
    if (!(id in after)) edits.push({ ...at, text: '' });
    else if (!isDeepStrictEqual(before[id], after[id])) edits.push({ ...at, text: block(answerLines(id, after[id]!, indent)) });
  }
  const answersEnd = lineEndAfter(text, answers.range[1]);
  const counted = block(respondentsLines(respondents, columnOf(text, answersPair!.key.range![0])));
  const old = pairOf('respondents');
  // The respondents' place is taken first: where it follows the answers at once, new answers go in before it (edits
  // at one offset are applied in the order they were made, the later one landing in front).
  if (old) {
    if (!isScalar(old.key) || !old.key.range || !old.value?.range) return undefined;
    edits.push({ ...span(old), text: counted });
  }
  const added = Object.keys(after).filter((id) => !(id in before));
  const tail = block(added.flatMap((id) => answerLines(id, after[id]!, indent))) + (old ? '' : counted);
  if (tail) {
    // At the end of a file without a final newline, the new lines start on a line of their own.
    const lead = answersEnd === text.length && text.length > 0 && !text.endsWith('\n') ? nl : '';
    edits.push({ start: answersEnd, end: answersEnd, text: lead + tail });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A new plan's text: the tool's own layout, with the answers and respondents written by the quick writer. */
export function newPlanText(plan: Plan): string {
  const { answers, respondents } = plan.assessment;
  const base = planToYaml({ ...plan, assessment: { date: plan.assessment.date, answers: {} } });
  const empty = '\n  answers: {}\n';
  const at = base.indexOf(empty);
  if (at < 0) throw new Error('merge: no empty answers in the new plan');
  const lines = [
    '  answers:',
    ...Object.entries(answers).flatMap(([id, a]) => answerLines(id, a, 4)),
    ...(respondents ? respondentsLines(respondents, 2) : []),
  ];
  return `${base.slice(0, at + 1)}${lines.join('\n')}\n${base.slice(at + empty.length)}`;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The start of the line after the one that holds `offset - 1`. */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * The general way, for any layout: sets each changed answer key by key, so that the keys left alone keep their
 * comments and place. The spread's small parts (level counts, a role's counts) are written in flow style,
 * `current: [0, 2, 4, 1]`, to keep the file readable.
 */
export function updatePlanText(text: string, before: Record<string, Answer>, after: Record<string, Answer>, respondents: Respondents): string {
  const doc = parseDocument(text, PARSE_OPTIONS);
  const node = (value: unknown) => compact(doc.createNode(value) as Node);
  if (!isMap(doc.getIn(['assessment', 'answers'], true))) doc.setIn(['assessment', 'answers'], doc.createNode({}));
  // An assessment written on one line would become one very long line: it and its answers become blocks.
  for (const path of [['assessment'], ['assessment', 'answers']]) {
    const n = doc.getIn(path, true);
    if (isMap(n)) n.flow = false;
  }
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
