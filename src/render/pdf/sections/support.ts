// National support: the #skolDigiplan initiatives that bear on the gaps, and the resources with clickable links.
import { text } from '../../../core/catalogue.ts';
import type { Resource } from '../../../core/model.ts';
import { joinList } from '../../../i18n/report.ts';
import type { Line, Struct } from '../flow.ts';
import { STYLE } from '../theme.ts';
import { listWidth, type Ctx } from './context.ts';

export function renderSupport(ctx: Ctx): void {
  const { flow, r } = ctx;
  const sect = flow.el(flow.root, 'Sect');
  flow.heading(sect, 1, r.support.heading, 90);
  initiatives(ctx, sect);
  resources(ctx, sect);
  sect.end();
}

/** Indicators with a gap that the given test picks, as ids. */
function gapsWhere(ctx: Ctx, test: (indicator: string) => boolean): string[] {
  return ctx.report.gaps.filter((g) => (g.gap ?? 0) > 0 && test(g.indicator)).map((g) => g.indicator);
}

function initiatives(ctx: Ctx, sect: Struct): void {
  const { flow, t, r, report, idx, lang } = ctx;
  flow.heading(sect, 2, r.support.initiatives);
  if (report.initiatives.length === 0) {
    flow.paragraph(sect, r.support.noInitiatives);
    return;
  }
  flow.paragraph(sect, t.initiatives.intro, STYLE.bodyMuted, { after: 6 });
  const w = listWidth(ctx);
  flow.list(
    sect,
    report.initiatives.map((n) => {
      const ini = idx.initiative.get(n);
      const body: Line[] = [];
      // An initiative whose title is not confirmed is named by its number only: a title is never made up.
      if (!ini?.verified || !ini.title) body.push(...flow.lines(t.initiatives.unverified(n), STYLE.h3, w));
      else {
        body.push(...flow.lines(t.initiatives.verified(n, lang === 'en' && ini.titleEn ? ini.titleEn : ini.title), STYLE.h3, w));
        if (ini.actor) body.push(...flow.lines(`${r.support.actor}: ${text(ini.actor, lang)}`, STYLE.bodyMuted, w));
        if (ini.status) body.push(...flow.lines(`${r.support.status}: ${text(ini.status, lang)}`, STYLE.bodyMuted, w));
      }
      const bears = gapsWhere(ctx, (id) => idx.indicator.get(id)?.initiatives.includes(n) ?? false);
      if (bears.length) body.push(...flow.lines(`${t.initiatives.bearsOn}: ${joinList(bears, lang)}`, STYLE.small, w));
      return { label: '•', body };
    }),
    { gap: 6 },
  );
}

function resources(ctx: Ctx, sect: Struct): void {
  const { flow, t, r, idx } = ctx;
  flow.heading(sect, 2, r.support.resources);
  const ids = [...ctx.resourceNo.keys()].filter((id) => idx.resource.has(id));
  if (ids.length === 0) {
    flow.paragraph(sect, r.support.noResources);
    return;
  }
  flow.paragraph(sect, t.resources.intro, STYLE.bodyMuted, { after: 6 });
  const l = flow.el(sect, 'L');
  for (const id of ids) resourceItem(ctx, l, idx.resource.get(id)!, ctx.resourceNo.get(id)!);
  l.end();
}

/** One resource: number, linked title, publisher and kind, description and the visible, linked address. */
function resourceItem(ctx: Ctx, l: Struct, res: Resource, no: number): void {
  const { flow, t, lang } = ctx;
  const indent = 26;
  const x = flow.left + indent;
  const w = flow.width - indent;
  const title = flow.lines(text(res.title, lang), STYLE.h3Accent, w, { link: res.url });
  const meta = flow.lines(`${t.resources.publisher}: ${res.publisher} · ${t.resources.kind}: ${t.resources.kinds[res.kind] ?? res.kind}`, STYLE.small, w);
  const flag = res.verified ? [] : flow.lines(`${t.resources.unverified}: ${t.resources.unverifiedNote}`, STYLE.smallLate, w);
  const description = flow.lines(text(res.description, lang), STYLE.body, w);
  const url = flow.lines(res.url, STYLE.smallLink, w, { link: res.url });
  const bears = gapsWhere(ctx, (id) => idx(ctx, id).includes(res.id));
  const uses = bears.length ? flow.lines(`${t.resources.for}: ${joinList(bears, lang)}`, STYLE.small, w) : [];

  const li = flow.el(l, 'LI');
  flow.ensure(title.length * title[0]!.style.leading + meta.length * STYLE.small.leading + 2 * STYLE.body.leading);
  const lbl = flow.el(li, 'Lbl');
  const y = flow.y;
  lbl.add(() => flow.drawLines([{ text: `R${no}`, style: STYLE.h3Muted }], flow.left, y, lbl));
  lbl.end();
  const body = flow.el(li, 'LBody');
  // The title and the address are each a Link element holding the text and its annotation.
  const titleLink = flow.el(body, 'Link');
  flow.flowLines(titleLink, title, x);
  titleLink.end();
  const about = flow.el(body, 'P');
  flow.flowLines(about, [...meta, ...flag, ...description], x);
  about.end();
  const urlLink = flow.el(body, 'Link');
  flow.flowLines(urlLink, url, x);
  urlLink.end();
  if (uses.length) {
    const p = flow.el(body, 'P');
    flow.flowLines(p, uses, x);
    p.end();
  }
  body.end();
  li.end();
  flow.space(8);
}

function idx(ctx: Ctx, indicator: string): string[] {
  return ctx.report.gaps.find((g) => g.indicator === indicator)?.resources ?? ctx.idx.indicator.get(indicator)?.resources ?? [];
}
