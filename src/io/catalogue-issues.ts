// A catalogue's consistency issues as diagnostics with file, line and column: for --catalogue files and for the build.
import type { Lang } from '../core/model.ts';
import type { CatalogueIssue } from '../core/check-catalogue.ts';
import type { Diagnostic } from '../errors.ts';
import { ioText } from '../i18n/io.ts';
import { positionOf, type YamlSource } from './yaml-file.ts';

/** `warnings`: the issue codes that are warnings here (see OWN_CATALOGUE_WARNINGS); every other issue is an error. */
export function catalogueIssueDiagnostics(
  issues: CatalogueIssue[],
  source: YamlSource | undefined,
  file: string,
  lang: Lang,
  warnings: ReadonlySet<CatalogueIssue['code']> = new Set(),
): Diagnostic[] {
  const t = ioText[lang].catalogue;
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch returns for every issue code; TypeScript checks that it covers them all, as a missing one would put undefined in the returned list.
  return issues.map((issue) => {
    const pos = source ? positionOf(source, issue.path) : undefined;
    const base = {
      file,
      line: pos?.line,
      col: pos?.col,
      severity: warnings.has(issue.code) ? ('warning' as const) : ('error' as const),
      code: `catalogue-${issue.code}`,
    };
    switch (issue.code) {
      case 'duplicate-id':
        return { ...base, message: t.duplicateId(issue.id) };
      case 'dangling-reference':
        return { ...base, message: t.dangling(t.kinds[issue.kind] ?? issue.kind, issue.id) };
      case 'prerequisite-cycle':
        return { ...base, message: t.cycle(issue.cycle.join(' → ')), hint: t.cycleHint };
      case 'action-step':
        return { ...base, message: t.actionStep(issue.id) };
      case 'initiative-numbers':
        return { ...base, message: issue.missing.join(', ') };
      case 'unchecked':
        return { ...base, message: t.unchecked(issue.kind, issue.url), hint: t.uncheckedHint(issue.kind) };
      case 'reassess-unknown':
        return { ...base, message: t.reassessUnknown(issue.id, issue.from), hint: t.reassessUnknownHint };
    }
  });
}
