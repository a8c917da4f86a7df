// Puts a priority's reasons into words, the same in every renderer.
import type { Catalogue, Lang, Reason } from '../core/model.ts';
import { joinList, reportText } from '../i18n/report.ts';

export function formatReason(reason: Reason, lang: Lang, catalogue: Catalogue): string {
  const t = reportText[lang].reasons;
  void catalogue;
  switch (reason.kind) {
    case 'gap':
      return t.gap(reason.from, reason.to);
    case 'importance':
      return t.importance(reportText[lang].importance[reason.importance]);
    case 'prerequisite-for':
      return t.prerequisiteFor(joinList(reason.indicators, lang));
    case 'national-support':
      return t.nationalSupport(
        joinList(
          reason.initiatives.map((n) => t.initiative(n)),
          lang,
        ),
      );
    case 'resources':
      return t.resources(reason.count);
  }
}

export function formatReasons(reasons: readonly Reason[], lang: Lang, catalogue: Catalogue): string {
  return reasons.map((r) => formatReason(r, lang, catalogue)).join('; ');
}
