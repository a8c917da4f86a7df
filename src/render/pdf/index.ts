// PDF rendering of the action plan: an accessible (PDF/UA) or archival (PDF/A-2a) document from the same report as the Markdown.
import type { PlanReport } from '../../core/model.ts';
import { localeTag } from '../../i18n/locale.ts';
import { pdfText } from '../../i18n/pdf.ts';
import type { PlanRenderOptions } from '../plan-options.ts';
import { createDocument, finish, type PdfProfile } from './document.ts';
import { Flow } from './flow.ts';
import { runningHeader } from './running-header.ts';
import { loadFaces } from './fonts.ts';
import { renderActions } from './sections/actions.ts';
import { makeContext, type Ctx } from './sections/context.ts';
import { renderCover } from './sections/cover.ts';
import { renderLevels } from './sections/levels.ts';
import { renderNotScheduled } from './sections/not-scheduled.ts';
import { renderPriorities } from './sections/priorities.ts';
import { renderSources } from './sections/sources.ts';
import { spreadView } from '../../core/merge-view.ts';
import { renderSpread } from './sections/spread.ts';
import { renderSummary } from './sections/summary.ts';
import { renderSupport } from './sections/support.ts';
import { renderTimeline } from './sections/timeline.ts';

export interface PdfOptions extends PlanRenderOptions {
  profile: PdfProfile;
  /** Written as the creation and modification date; the same date gives the same bytes. */
  creationDate: Date;
}

export async function renderPlanPdf(report: PlanReport, opts: PdfOptions): Promise<Uint8Array> {
  const faces = loadFaces();
  const t = pdfText[opts.lang];
  // A name is one line in titles and running heads, whatever white space it was typed with.
  const org = report.plan.organisation.name.replace(/\s+/g, ' ').trim();
  const doc = createDocument(
    {
      title: t.docTitle(org),
      subject: t.docSubject,
      author: org,
      keywords: t.keywords,
      lang: localeTag(opts.lang),
      profile: opts.profile,
      creationDate: opts.creationDate,
    },
    faces,
  );
  const flow = new Flow(doc, faces);
  const ctx = makeContext(flow, report, opts.lang);

  flow.newPage();
  // The sections and the two appendices, as the contents list them.
  const spread = spreadView(report.plan, report.catalogue);
  const sections = 8 + (report.schedule.notScheduled.length ? 1 : 0) + (spread ? 2 : 0);
  const finishCover = renderCover(ctx, opts.county, sections);
  flow.newPage();
  renderSummary(ctx);
  flow.newPage();
  renderLevels(ctx);
  renderPriorities(ctx);
  renderSpread(ctx, spread);
  flow.newPage();
  renderTimeline(ctx);
  renderActions(ctx);
  renderNotScheduled(ctx);
  renderSupport(ctx);
  renderSources(ctx);
  finishCover(flow.contents);
  decoratePages(ctx, org);
  flow.root.end();
  return finish(doc);
}

/** Running header and page numbers on every page but the cover (which is counted), drawn as pagination artifacts. */
function decoratePages(ctx: Ctx, org: string): void {
  const { flow, t, report } = ctx;
  runningHeader(flow, t.running(org), report.plan.assessment.date);
  flow.numberPages(t.page, 1);
}
