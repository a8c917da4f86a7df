// What every renderer of one plan (Markdown, HTML, PDF) is told besides the report.
import type { Lang } from '../core/model.ts';

export interface PlanRenderOptions {
  lang: Lang;
  /** County of the kommunkod, looked up by the caller (I/O stays outside). */
  county?: string;
}
