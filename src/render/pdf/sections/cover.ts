// The cover: who the plan is for, when it was assessed, against which catalogue, and the plan period.
import { coverRecord } from '../../../core/decision.ts';
import { localeTag } from '../../../i18n/locale.ts';
import { fitText } from '../layout/wrap.ts';
import { drawTable, tableGeometry, type TableColumn } from '../table.ts';
import { COLOUR, PAGE, STYLE } from '../theme.ts';
import type { Line } from '../flow.ts';
import { own, termLabel, type Ctx } from './context.ts';

/**
 * Draws the cover and keeps room for the table of contents, which can only be written once the
 * other sections have found their pages: the returned function writes it and closes the cover.
 */
export function renderCover(ctx: Ctx, county: string | undefined, sections: number): (contents: readonly { title: string; page: number }[]) => void {
  const { flow, t, report } = ctx;
  const doc = flow.doc;
  const org = report.plan.organisation;
  const sect = flow.el(flow.root, 'Sect');

  // The name sets the size: as large as fits in five lines, never cut.
  const name = fitText(org.name, {
    width: flow.width,
    sizes: [26, 24, 22, 20, 18, 16, 14, 12],
    maxLines: 5,
    measureAt: (size) => (s) => flow.faces.bold.widthOf(s, size),
  });
  const nameStyle = { ...STYLE.coverOrg, face: 'bold' as const, size: name.size, leading: Math.round(name.size * 1.22 * 10) / 10, colour: COLOUR.white };
  const kicker: Line[] = flow.lines(t.cover.kicker.toLocaleUpperCase(localeTag(ctx.lang)), { ...STYLE.coverKicker, colour: '#dbe6f3' }, flow.width);
  const nameLines: Line[] = name.lines.map((text) => ({ text, style: nameStyle, ...own(ctx) }));
  const bandTop = 0;
  const inner = 92;
  const textH = kicker.reduce((s, l) => s + l.style.leading, 0) + 10 + nameLines.reduce((s, l) => s + l.style.leading, 0);
  const bandH = Math.max(220, inner + textH + 48);
  flow.artifact(() => {
    doc.rect(0, bandTop, PAGE.width, bandH).fill(COLOUR.accentDark);
    doc.rect(0, bandTop + bandH, PAGE.width, 5).fill(COLOUR.accentLight);
  });
  const h1 = flow.el(sect, 'H1');
  const y0 = bandTop + bandH - 40 - textH;
  h1.add(() => {
    flow.drawLines(kicker, flow.left, y0, h1);
    flow.drawLines(nameLines, flow.left, y0 + kicker.reduce((s, l) => s + l.style.leading, 0) + 10, h1);
  });
  h1.end();
  doc.outline.addItem(t.docTitle(org.name.replace(/\s+/g, ' ').trim()));
  flow.y = bandTop + bandH + 36;

  flow.paragraph(sect, t.cover.lead, STYLE.lead, { width: flow.width * 0.86, after: 12 });
  const rec = coverRecord(report.plan);
  const rt = ctx.r.record;
  // The plan's standing first: the decision taken, or a proposal still to be decided.
  if (rec.decision) {
    // The label, then the decision in the body's words (Swedish, tagged so in an English plan), hanging beside it.
    const label = `${rt.decision}: `;
    const indent = flow.measure(STYLE.coverStatus)(label);
    const value = flow.lines(rt.decisionValue(rec.decision.body, rec.decision.date, rec.decision.paragraph), STYLE.coverStatus, flow.width - indent, {
      ...own(ctx),
      dx: indent,
    });
    // The label takes no height of its own: it shares the first line of the decision.
    flow.block(sect, [{ text: label, style: { ...STYLE.coverStatus, leading: 0 } }, ...value], { after: 14 });
  } else flow.paragraph(sect, rt.proposal, STYLE.coverStatus, { after: 14 });

  /** Label, value, and whether the value is the organisation's own words. */
  const facts: [string, string, boolean?][] = [];
  if (org.kind === 'municipality' && org.municipalityCode)
    facts.push([t.cover.municipalityCode, county ? `${org.municipalityCode}, ${county}` : org.municipalityCode]);
  if (org.organisationNumber) facts.push([t.cover.orgNumber, org.organisationNumber]);
  if (org.unit)
    facts.push([
      t.cover.unit,
      org.unit.schoolUnitCode ? `${org.unit.name} (${t.cover.unitCode.toLocaleLowerCase()} ${org.unit.schoolUnitCode})` : org.unit.name,
      true,
    ]);
  if (org.schoolForms.length) facts.push([t.cover.schoolForms, org.schoolForms.map((f) => ctx.r.schoolForms[f] ?? f).join(', ')]);
  if (rec.diarienummer) facts.push([rt.diarienummer, rec.diarienummer]);
  if (rec.version) facts.push([rt.version, rec.version]);
  if (rec.owner) facts.push([rt.owner, rec.owner, true]);
  facts.push([t.cover.assessed, report.plan.assessment.date]);
  const terms = report.schedule.terms;
  if (terms.length) facts.push([t.cover.period, ctx.r.facts.periodValue(termLabel(ctx, terms[0]!), termLabel(ctx, terms[terms.length - 1]!), terms.length)]);
  const c = report.catalogue;
  facts.push([t.cover.catalogue, t.cover.catalogueValue(c.id, c.version, c.date)]);
  if (org.contact?.name || org.contact?.role)
    facts.push([t.cover.contact, [org.contact.name, org.contact.role, org.contact.email].filter(Boolean).join(', '), true]);

  const cols: TableColumn[] = [
    { head: '', width: 132 },
    { head: '', weight: 1 },
  ];
  const geo = tableGeometry(flow, cols);
  const rows = facts.map(([k, v, words]) => [
    flow.lines(k, { ...STYLE.cellBold, colour: COLOUR.muted }, geo.inner[0]!),
    flow.lines(v, STYLE.cell, geo.inner[1]!, words ? own(ctx) : {}),
  ]);
  drawTable(flow, sect, cols, geo, rows, { header: false, rowHeaders: true, zebra: false });

  const note = flow.lines(t.cover.footnote, STYLE.small, flow.width * 0.8);
  const noteH = note.length * STYLE.small.leading;
  const entryH = STYLE.body.leading + 3;
  const tocH = STYLE.h2.leading + 10 + sections * entryH;
  let fill: (contents: readonly { title: string; page: number }[]) => void = () => {};
  if (flow.y + 10 + tocH + noteH + 24 <= flow.bottom) {
    flow.space(10);
    flow.heading(sect, 2, t.cover.contents, 0);
    const toc = flow.el(sect, 'TOC');
    const top = flow.y;
    const page = flow.pageCount - 1;
    flow.y += sections * entryH;
    fill = (contents) => drawContents(ctx, toc, page, top, entryH, contents.slice(0, sections));
  }
  // The note sits at the foot of the cover when there is room, else it follows.
  if (flow.y + noteH + 20 <= flow.bottom) flow.y = flow.bottom - noteH;
  flow.block(sect, note);
  return (contents) => {
    fill(contents);
    sect.end();
  };
}

/** One linked entry per section: its title, a dotted leader and its page number. */
function drawContents(
  ctx: Ctx,
  toc: PDFKit.PDFStructureElement,
  page: number,
  top: number,
  entryH: number,
  contents: readonly { title: string; page: number }[],
): void {
  const { flow, t } = ctx;
  const doc = flow.doc;
  doc.switchToPage(doc.bufferedPageRange().start + page);
  const measure = flow.measure(STYLE.body);
  const numberW = measure('000');
  contents.forEach((entry, i) => {
    const y = top + i * entryH;
    const number = String(entry.page);
    const title = flow.wrap(entry.title, STYLE.body, flow.width - numberW - 30, 1)[0] ?? '';
    const titleEnd = flow.left + measure(title) + 6;
    const pageX = flow.left + flow.width - measure(number);
    flow.artifact(() => {
      doc
        .moveTo(titleEnd, y + STYLE.body.size)
        .lineTo(pageX - 6, y + STYLE.body.size)
        .lineWidth(0.8)
        .dash(0.8, { space: 2.6 })
        .strokeColor(COLOUR.rule)
        .stroke();
      doc.undash();
    });
    const item = flow.el(toc, 'TOCI');
    const link = flow.el(item, 'Link');
    link.add(() => {
      flow.drawLines([{ text: title, style: STYLE.body }], flow.left, y, link);
      flow.drawLines([{ text: number, style: STYLE.body }], pageX, y, link);
      doc.link(flow.left, y, flow.width, STYLE.body.leading, entry.page - 1, {
        structParent: link,
        Contents: new String(t.cover.contentsLink(entry.title, entry.page)),
      });
    });
    link.end();
    item.end();
  });
  toc.end();
}
