// About the basis of the plan (the catalogue, its framework and policy context) and the sources it draws on.
import { text } from '../../../core/catalogue.ts';
import { STYLE } from '../theme.ts';
import { listWidth, type Ctx } from './context.ts';
import { collectSources, sourceLabel } from '../../../core/sources.ts';
import { checkedRange } from '../../../core/checked.ts';

export function renderSources(ctx: Ctx): void {
  const { flow, t, r, report, lang } = ctx;
  const c = report.catalogue;
  // Two numbered appendices, each starting a page and listed in the contents: the basis and policy, then the sources.
  const basis = flow.el(flow.root, 'Sect');
  flow.newPage();
  flow.heading(basis, 1, r.appendix(1, r.appendix1), 90);
  flow.heading(basis, 2, r.sources.about);
  flow.paragraph(basis, `${text(c.title, lang)} – ${t.cover.catalogueValue(c.id, c.version, c.date)}. ${r.sources.checked(checkedRange(c))}`, STYLE.body);
  flow.paragraph(basis, text(c.framework, lang), STYLE.body, { after: 8 });
  if (c.policyContext.length) {
    flow.heading(basis, 2, r.policy.heading);
    for (const note of c.policyContext) {
      flow.paragraph(basis, `${text(note.title, lang)} (${note.date})`, STYLE.h3, { after: 1 });
      flow.paragraph(basis, text(note.text, lang), STYLE.body, { after: 7 });
    }
  }
  basis.end();
  const sect = flow.el(flow.root, 'Sect');
  flow.newPage();
  flow.heading(sect, 1, r.appendix(2, r.sources.heading), 90);
  flow.paragraph(sect, r.sources.intro(c.id, c.version, c.date), STYLE.bodyMuted, { after: 6 });
  const w = listWidth(ctx);
  const sources = collectSources(report);
  const l = flow.el(sect, 'L');
  sources.forEach((s, i) => {
    const title = flow.lines(sourceLabel(s, lang), STYLE.smallInk, w);
    const url = flow.lines(s.url, STYLE.smallLink, w, { link: s.url });
    const li = flow.el(l, 'LI');
    flow.ensure((title.length + url.length) * STYLE.small.leading);
    const lbl = flow.el(li, 'Lbl');
    const y = flow.y;
    lbl.add(() => flow.drawLines([{ text: `${i + 1}.`, style: STYLE.small }], flow.left, y, lbl));
    lbl.end();
    const body = flow.el(li, 'LBody');
    flow.flowLines(body, title, flow.left + 14);
    const link = flow.el(body, 'Link');
    flow.flowLines(link, url, flow.left + 14);
    link.end();
    body.end();
    li.end();
    flow.space(3);
  });
  l.end();
  flow.space(10);
  flow.paragraph(sect, r.footer(report.referenceDate), STYLE.small);
  sect.end();
}
