// Writes merged answers and the respondents count as YAML lines, in the layout of the tool's plan files: blocks, with
// level counts and a role's counts on one line each. Hundreds of answers files give thousands of comments; a small
// writer of its own keeps that fast, where the general YAML printer would take seconds.
import type { Answer, RespondentNote, Respondents, ResponseGroup, Responses } from '../../core/model.ts';

/** A string as a YAML scalar: plain when that plainly reads back as the same text, otherwise double-quoted (JSON). */
export function scalar(s: string, inFlow = false): string {
  if ((!inFlow || !s.includes(',')) && /^[\p{L}][\p{L}\p{N} .,;()–/?-]*$/u.test(s) && !/[ .]$/.test(s) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(s))
    return s;
  return JSON.stringify(s);
}

const counts = (c: readonly number[]) => `[${c.join(', ')}]`;

function group(g: ResponseGroup): string {
  const parts = [`count: ${g.count}`];
  if (g.current) parts.push(`current: ${counts(g.current)}`, `target: ${counts(g.target ?? [0, 0, 0, 0])}`);
  if (g.unknown) parts.push(`unknown: ${g.unknown}`);
  if (g.notRelevant) parts.push(`notRelevant: ${g.notRelevant}`);
  return `{ ${parts.join(', ')} }`;
}

function notes(key: string, list: readonly RespondentNote[] | undefined, pad: string): string[] {
  if (!list?.length) return [];
  const out = [`${pad}${key}:`];
  for (const n of list) {
    out.push(`${pad}  - text: ${scalar(n.text)}`);
    if (n.role) out.push(`${pad}    role: ${n.role}`);
    if (n.unit) out.push(`${pad}    unit: ${scalar(n.unit)}`);
  }
  return out;
}

function responsesLines(r: Responses, pad: string): string[] {
  const out = [`${pad}count: ${r.count}`];
  if (r.current) out.push(`${pad}current: ${counts(r.current)}`, `${pad}target: ${counts(r.target ?? [0, 0, 0, 0])}`);
  if (r.unknown) out.push(`${pad}unknown: ${r.unknown}`);
  if (r.notRelevant) out.push(`${pad}notRelevant: ${r.notRelevant}`);
  const roles = Object.entries(r.roles ?? {});
  if (roles.length) {
    out.push(`${pad}roles:`);
    for (const [role, g] of roles) out.push(`${pad}  ${role}: ${group(g!)}`);
  }
  if (r.rule) out.push(`${pad}rule: ${r.rule}`);
  if (r.proposed) {
    const p = r.proposed;
    out.push(`${pad}proposed: { ${p.status ? `status: ${p.status}` : `current: ${p.current}, target: ${p.target}`} }`);
  }
  out.push(...notes('comments', r.comments, pad), ...notes('evidence', r.evidence, pad));
  return out;
}

/** One answer as the lines of a block mapping entry `id:` at `indent` spaces. */
export function answerLines(id: string, a: Answer, indent: number): string[] {
  const pad = ' '.repeat(indent + 2);
  const out = [`${' '.repeat(indent)}${id}:`];
  const fields = a as unknown as Record<string, unknown>;
  for (const key of ['status', 'current', 'target', 'importance', 'comment', 'evidence']) {
    const v = fields[key];
    if (v === undefined) continue;
    out.push(`${pad}${key}: ${typeof v === 'string' && key !== 'status' && key !== 'importance' ? scalar(v) : String(v)}`);
  }
  if (a.responses) out.push(`${pad}responses:`, ...responsesLines(a.responses, `${pad}  `));
  return out;
}

/** `respondents:` and its lines, at `indent` spaces. */
export function respondentsLines(r: Respondents, indent: number): string[] {
  const pad = ' '.repeat(indent + 2);
  const out = [`${' '.repeat(indent)}respondents:`, `${pad}count: ${r.count}`];
  const roles = Object.entries(r.roles ?? {});
  if (roles.length) out.push(`${pad}roles: { ${roles.map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
  if (r.units?.length) {
    out.push(`${pad}units:`);
    for (const u of r.units)
      out.push(`${pad}  - { name: ${scalar(u.name, true)}${u.schoolUnitCode ? `, schoolUnitCode: "${u.schoolUnitCode}"` : ''}, count: ${u.count} }`);
  }
  return out;
}
