// `skoldigiplan catalogue [id]`: the catalogue as a readable overview, or one entry in full; `--stale` lists what is due
// for a check; `--json` for scripts.
import type { Context } from '../context.ts';
import type { Catalogue, Indicator, Initiative, Lang, Source } from '../core/model.ts';
import { indexCatalogue, indicatorsOf, goalsOf, text } from '../core/catalogue.ts';
import { staleEntries, type DatedEntry } from '../core/checked.ts';
import { sourceLabel } from '../core/sources.ts';
import { UsageError, UserError } from '../errors.ts';
import { catalogueText } from '../i18n/catalogue.ts';
import { cliText } from '../i18n/cli.ts';
import { importanceWord } from '../i18n/words.ts';
import { resolveCatalogue } from '../io/load-catalogue.ts';
import { referenceDate } from '../io/reference-date.ts';
import { wrap } from '../core/text-wrap.ts';

export type CatalogueEntry =
  | { kind: 'focus-area'; entry: Catalogue['focusAreas'][number] }
  | { kind: 'goal'; entry: Catalogue['goals'][number] }
  | { kind: 'indicator'; entry: Indicator }
  | { kind: 'initiative'; entry: Initiative }
  | { kind: 'resource'; entry: Catalogue['resources'][number] };

export function findEntry(c: Catalogue, id: string): CatalogueEntry | undefined {
  const idx = indexCatalogue(c);
  const ini = /^(?:i|initiativ-?|initiative-?)(\d{1,2})$/i.exec(id);
  if (ini) {
    const e = idx.initiative.get(Number(ini[1]));
    return e && { kind: 'initiative', entry: e };
  }
  const fa = idx.focusArea.get(id);
  if (fa) return { kind: 'focus-area', entry: fa };
  const goal = idx.goal.get(id);
  if (goal) return { kind: 'goal', entry: goal };
  const ind = idx.indicator.get(id);
  if (ind) return { kind: 'indicator', entry: ind };
  const res = idx.resource.get(id);
  if (res) return { kind: 'resource', entry: res };
  return undefined;
}

/** The options of `catalogue`, as src/cli.ts declares and checks them. */
export interface Options {
  json?: boolean;
  catalogue?: string;
  stale?: boolean;
  months?: number;
  date?: string;
}

export async function run(ctx: Context, [id]: string[], opts: Options): Promise<number> {
  const u = cliText[ctx.lang].usage;
  if (!opts.stale) {
    const flag = opts.months !== undefined ? '--months' : opts.date !== undefined ? '--date' : undefined;
    if (flag) throw new UsageError(u.staleOnly(flag), u.staleOnlyHint);
  } else if (id !== undefined) throw new UsageError(u.staleWithId, u.staleWithIdHint);
  const catalogue = resolveCatalogue(opts, ctx.cwd, ctx.lang);
  const t = catalogueText[ctx.lang];
  if (opts.stale) {
    const today = referenceDate(ctx, opts.date);
    const months = opts.months ?? 12;
    const stale = staleEntries(catalogue, today, months);
    ctx.stdout.write(
      opts.json ? `${JSON.stringify(staleJson(stale, today, months, ctx.lang), null, 2)}\n` : staleText(stale, today, months, ctx.lang, width(ctx)),
    );
    return 0;
  }
  if (id === undefined) {
    ctx.stdout.write(opts.json ? `${JSON.stringify(catalogue, null, 2)}\n` : overview(catalogue, ctx.lang, width(ctx)));
    return 0;
  }
  const entry = findEntry(catalogue, id);
  if (!entry) throw new UserError(t.notFound(id), [], t.notFoundHint);
  ctx.stdout.write(opts.json ? `${JSON.stringify(entry, null, 2)}\n` : detail(catalogue, entry, ctx.lang, width(ctx)));
  return 0;
}

type Stale = ReturnType<typeof staleEntries>;

function entryTitle(e: DatedEntry, lang: Lang): string {
  return typeof e.title === 'string' ? e.title : e.title[lang];
}

function ownerLabel(e: DatedEntry, lang: Lang): string {
  const t = catalogueText[lang].stale;
  const where = t.owner[e.owner.kind]!('id' in e.owner ? String(e.owner.id) : '');
  return e.kind === 'resource' ? where : `${where}, ${t.kind.source}`;
}

/** `catalogue --stale`: what is due for a check, oldest first, with where it sits, its title and address. */
function staleText(stale: Stale, today: string, months: number, lang: Lang, cols: number): string {
  const t = catalogueText[lang].stale;
  if (stale.entries.length === 0) return `${wrap(t.none(months, stale.cutoff, today, stale.total), cols).join('\n')}\n`;
  const out = [...wrap(t.header(months, stale.cutoff, today, stale.entries.length, stale.total), cols), ''];
  const pad = Math.max(10, t.never.length) + 2;
  for (const e of stale.entries) {
    const head = (e.checked ?? t.never).padEnd(pad);
    const indent = ' '.repeat(pad);
    out.push(`${head}${ownerLabel(e, lang)}`);
    out.push(...wrap(entryTitle(e, lang), cols - pad).map((l) => indent + l));
    out.push(`${indent}${e.url}`);
  }
  out.push('', ...wrap(t.footer, cols), '');
  return out.join('\n');
}

function staleJson(stale: Stale, today: string, months: number, lang: Lang): unknown {
  return {
    referenceDate: today,
    months,
    cutoff: stale.cutoff,
    total: stale.total,
    stale: stale.entries.map((e) => ({ checked: e.checked ?? null, kind: e.kind, owner: e.owner, title: entryTitle(e, lang), url: e.url })),
  };
}

function width(ctx: Context): number {
  return Math.max(60, Math.min(ctx.stdout.columns ?? 100, 120));
}

export function overview(c: Catalogue, lang: Lang, cols: number): string {
  const t = catalogueText[lang];
  const out: string[] = [t.header(text(c.title, lang), c.id, c.version, c.date), ''];
  for (const fa of c.focusAreas) {
    out.push(t.focusArea(fa.id, text(fa.title, lang)));
    for (const g of goalsOf(c, fa.id)) {
      const goalLine = `${t.goal(g.id, text(g.text, lang))}${g.wording === 'paraphrase' ? ` (${g.verified ? t.paraphraseWord : t.paraphraseUnconfirmed})` : ''}`;
      out.push(...wrap(goalLine, cols - 2).map((l, i) => (i === 0 ? '  ' : '    ') + l));
      for (const ind of indicatorsOf(c, g.id)) {
        const meta = `${t.importance} ${importanceWord(ind.importance, lang)}${ind.prerequisites.length ? `; ${t.buildsOn} ${ind.prerequisites.join(', ')}` : ''}`;
        const head = `    ${ind.id.padEnd(6)} `;
        const lines = wrap(`${text(ind.title, lang)} (${meta})`, cols - head.length);
        out.push(...lines.map((l, i) => (i === 0 ? head : ' '.repeat(head.length)) + l));
      }
    }
    out.push('');
  }
  out.push(t.initiatives);
  for (const n of [...c.initiatives].sort((a, b) => a.number - b.number)) {
    const head = `  ${String(n.number).padStart(2)}  `;
    const title = n.verified && n.title ? (lang === 'en' && n.titleEn ? n.titleEn : n.title) : `(${t.initiativeUnverified})`;
    out.push(...wrap(title, cols - head.length).map((l, i) => (i === 0 ? head : ' '.repeat(head.length)) + l));
  }
  out.push('');
  out.push(
    t.totals(
      c.focusAreas.length,
      c.goals.length,
      c.indicators.length,
      c.initiatives.length,
      c.initiatives.filter((i) => i.verified).length,
      c.resources.length,
    ),
  );
  out.push(t.showOne, '');
  return out.join('\n');
}

export function detail(c: Catalogue, e: CatalogueEntry, lang: Lang, cols: number): string {
  const t = catalogueText[lang];
  const idx = indexCatalogue(c);
  const out: string[] = [];
  const para = (label: string, body: string, indent = 2) => {
    out.push(`${label}:`);
    out.push(...wrap(body, cols - indent).map((l) => ' '.repeat(indent) + l));
  };
  const sources = (list: Source[] | undefined) => {
    if (!list?.length) return;
    out.push(`${t.sources}:`);
    for (const s of list) out.push(...wrap(`- ${sourceLabel(s, lang, t.checked)}`, cols - 2).map((l, i) => (i ? '    ' : '  ') + l), `    ${s.url}`);
  };
  switch (e.kind) {
    case 'focus-area': {
      const fa = e.entry;
      out.push(t.focusArea(fa.id, text(fa.title, lang)), '');
      para(t.focusGoal, `${text(fa.goal, lang)}${fa.wording === 'paraphrase' ? ` (${t.paraphraseWord})` : ''}`);
      out.push(`${t.goalsOf}:`);
      for (const g of goalsOf(c, fa.id)) out.push(...wrap(t.goal(g.id, text(g.text, lang)), cols - 2).map((l, i) => (i ? '    ' : '  ') + l));
      sources(fa.sources);
      break;
    }
    case 'goal': {
      const g = e.entry;
      out.push(...wrap(t.goal(g.id, text(g.text, lang)), cols), '');
      out.push(`${t.wording}: ${g.wording === 'verbatim' ? t.verbatim : g.verified ? t.paraphraseWord : t.paraphraseUnconfirmed}`);
      if (g.note) out.push(...wrap(`${t.goalNote}: ${text(g.note, lang)}`, cols));
      out.push(`${t.indicatorsOf}:`);
      for (const ind of indicatorsOf(c, g.id)) out.push(`  ${ind.id.padEnd(6)} ${text(ind.title, lang)}`);
      sources(g.sources);
      break;
    }
    case 'indicator': {
      const ind = e.entry;
      const goal = idx.goal.get(ind.goal);
      out.push(`${ind.id} ${text(ind.title, lang)}`);
      if (goal) out.push(...wrap(`${t.goalOf} ${goal.id}: ${text(goal.text, lang)}`, cols));
      out.push(
        `${t.importance[0]!.toUpperCase()}${t.importance.slice(1)}: ${importanceWord(ind.importance, lang)}. ${t.prerequisites}: ${ind.prerequisites.join(', ') || t.none}.`,
        '',
      );
      para(t.question, text(ind.question, lang));
      para(t.help, text(ind.help, lang));
      out.push('', `${t.levels}:`, ...wrap(t.levelsRule, cols));
      ind.levels.forEach((l, i) => {
        const head = `  ${i + 1}  `;
        out.push(...wrap(text(l, lang), cols - head.length).map((x, k) => (k ? ' '.repeat(head.length) : head) + x));
      });
      out.push('', `${t.actions}:`);
      for (const a of [...ind.actions].sort((x, y) => x.from - y.from)) {
        out.push(`  ${t.step(a.from)}  ${text(a.title, lang)}`);
        out.push(...wrap(text(a.description, lang), cols - 8).map((x) => `        ${x}`));
        out.push(`        ${t.terms(a.terms)}, ${t.cost(t.costClass[a.cost] ?? a.cost)}, ${t.owner}: ${text(a.owner, lang)}`);
      }
      if (ind.resources.length) {
        out.push('', `${t.resources}:`);
        for (const id of ind.resources) {
          const r = idx.resource.get(id);
          if (!r) continue;
          out.push(`  - ${text(r.title, lang)} (${r.publisher})${r.verified ? '' : ` ${t.unverified}`}`, `    ${r.url}`);
          out.push(...wrap(text(r.description, lang), cols - 4).map((x) => `    ${x}`));
        }
      }
      if (ind.initiatives.length) {
        out.push('', `${t.relatedInitiatives}:`);
        for (const n of ind.initiatives) {
          const ini = idx.initiative.get(n);
          out.push(`  ${n}  ${ini?.verified && ini.title ? (lang === 'en' && ini.titleEn ? ini.titleEn : ini.title) : `(${t.initiativeUnverified})`}`);
        }
      }
      const policy = c.policyContext.filter((p) => p.indicators?.includes(ind.id));
      if (policy.length) {
        out.push('', `${t.policy}:`);
        for (const p of policy) out.push(...wrap(`${p.date} ${text(p.title, lang)}: ${text(p.text, lang)}`, cols - 4).map((x, k) => (k ? '    ' : '  - ') + x));
      }
      out.push('');
      sources(ind.sources);
      break;
    }
    case 'initiative': {
      const n = e.entry;
      const title = n.verified && n.title ? n.title : `(${t.initiativeUnverified})`;
      out.push(...wrap(t.initiative(n.number, title), cols));
      if (lang === 'en' && n.verified && n.titleEn) out.push(...wrap(n.titleEn, cols));
      out.push('');
      if (n.actor) para(t.actor, text(n.actor, lang));
      if (n.status) para(t.status, text(n.status, lang));
      if (n.note) para(t.note, text(n.note, lang));
      if (n.goals.length) out.push(`${t.supportsGoals}: ${n.goals.join(', ')}`);
      const used = c.indicators.filter((i) => i.initiatives.includes(n.number)).map((i) => i.id);
      if (used.length) out.push(`${t.indicatorsOf}: ${used.join(', ')}`);
      sources(n.sources);
      break;
    }
    case 'resource': {
      const r = e.entry;
      out.push(`${text(r.title, lang)}${r.verified ? '' : ` ${t.unverified}`}`, '');
      out.push(`${t.publisher}: ${r.publisher}`, `${t.url}: ${r.url}`, `${t.kind}: ${t.kinds[r.kind] ?? r.kind}`);
      if (r.checked) out.push(`${t.checkedLabel}: ${r.checked}`);
      para(t.helpsWith, text(r.description, lang));
      const used = c.indicators.filter((i) => i.resources.includes(r.id)).map((i) => i.id);
      if (used.length) out.push(`${t.indicatorsOf}: ${used.join(', ')}`);
      sources(r.sources);
      break;
    }
  }
  out.push('');
  return out.join('\n');
}
