// The cover: who the plan is for, when it was assessed, against which catalogue, and the plan period.
import { fitText } from '../layout/wrap.ts';
import { drawTable, tableGeometry, type TableColumn } from '../table.ts';
import { COLOUR, PAGE, STYLE } from '../theme.ts';
import type { Line } from '../flow.ts';
import { termLabel, type Ctx } from './context.ts';

export function renderCover(ctx: Ctx, county: string | undefined): void {
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
  const kicker: Line[] = flow.lines(t.cover.kicker.toLocaleUpperCase(ctx.lang === 'sv' ? 'sv-SE' : 'en-GB'), { ...STYLE.coverKicker, colour: '#dbe6f3' }, flow.width);
  const nameLines: Line[] = name.lines.map((text) => ({ text, style: nameStyle }));
  const bandTop = 0;
  const inner = 92;
  const textH = kicker.reduce((s, l) => s + l.style.leading, 0) + 10 + nameLines.reduce((s, l) => s + l.style.leading, 0);
  const bandH = Math.max(260, inner + textH + 48);
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
  doc.outline.addItem(t.docTitle(org.name));
  flow.y = bandTop + bandH + 36;

  flow.paragraph(sect, t.cover.lead, STYLE.lead, { width: flow.width * 0.86, after: 20 });

  const facts: [string, string][] = [];
  if (org.kind === 'municipality' && org.municipalityCode) facts.push([t.cover.municipalityCode, county ? `${org.municipalityCode} (${county})` : org.municipalityCode]);
  if (org.organisationNumber) facts.push([t.cover.orgNumber, org.organisationNumber]);
  if (org.unit) facts.push([t.cover.unit, org.unit.schoolUnitCode ? `${org.unit.name} (${t.cover.unitCode.toLocaleLowerCase()} ${org.unit.schoolUnitCode})` : org.unit.name]);
  if (org.schoolForms.length) facts.push([t.cover.schoolForms, org.schoolForms.map((f) => ctx.r.schoolForms[f] ?? f).join(', ')]);
  facts.push([t.cover.assessed, report.plan.assessment.date]);
  const terms = report.schedule.terms;
  if (terms.length) facts.push([t.cover.period, ctx.r.facts.periodValue(termLabel(ctx, terms[0]!), termLabel(ctx, terms[terms.length - 1]!), terms.length)]);
  const c = report.catalogue;
  facts.push([t.cover.catalogue, t.cover.catalogueValue(c.id, c.version, c.date)]);
  if (org.contact?.name || org.contact?.role) facts.push([t.cover.contact, [org.contact.name, org.contact.role, org.contact.email].filter(Boolean).join(', ')]);

  const cols: TableColumn[] = [
    { head: '', width: 132 },
    { head: '', weight: 1 },
  ];
  const geo = tableGeometry(flow, cols);
  const rows = facts.map(([k, v]) => [
    flow.lines(k, { ...STYLE.cellBold, colour: COLOUR.muted }, geo.inner[0]!),
    flow.lines(v, STYLE.cell, geo.inner[1]!),
  ]);
  drawTable(flow, sect, cols, geo, rows, { header: false, rowHeaders: true, zebra: false });

  // The note sits at the foot of the cover when there is room, else it follows the facts.
  const note = flow.lines(t.cover.footnote, STYLE.small, flow.width * 0.8);
  const noteH = note.length * STYLE.small.leading;
  if (flow.y + noteH + 20 <= flow.bottom) flow.y = flow.bottom - noteH;
  flow.block(sect, note);
  sect.end();
}
