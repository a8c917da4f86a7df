// Loads a plan file: YAML with positions, schema, and checks against its catalogue; collects every problem.
import { resolve } from 'node:path';
import type { Catalogue, Lang, Plan } from '../core/model.ts';
import { checkPlan, PLAN_WARNINGS, type PlanIssue } from '../core/check-plan.ts';
import { migratePlan, type MigrationInfo } from '../core/migrate.ts';
import { UserError, type Diagnostic } from '../errors.ts';
import { ioText } from '../i18n/io.ts';
import { compareText } from '../i18n/compare.ts';
import { validatePlan } from '../generated/validatePlan.js';
import { builtinCatalogue, loadCatalogueFile, looksLikeCatalogue } from './load-catalogue.ts';
import { municipalityNames } from './municipalities.ts';
import { displayPath } from './paths.ts';
import { schemaDiagnostics } from './schema-errors.ts';
import { positionOf, readYamlFile, type ReadResult, type YamlSource } from './yaml-file.ts';

export interface PlanLoad {
  /** Absolute path. */
  file: string;
  /** Path as shown to the user. */
  display: string;
  plan?: Plan;
  catalogue?: Catalogue;
  source?: YamlSource;
  /** Errors and warnings, in file order. */
  diagnostics: Diagnostic[];
  ok: boolean;
  /** Set when the plan was made with an older catalogue version and its answers were carried over on loading. */
  migration?: MigrationInfo;
}

export interface LoadPlanOptions {
  cwd: string;
  lang: Lang;
  /** `--catalogue file.yaml`: an organisation's own catalogue. */
  catalogueFile?: string;
}

/** `read` is the file already read and parsed by the caller, so that it is parsed once. */
export function loadPlan(path: string, opts: LoadPlanOptions, read?: ReadResult): PlanLoad {
  const file = resolve(opts.cwd, path);
  const display = displayPath(file, opts.cwd);
  read ??= readYamlFile(file, display, opts.lang);
  const result: PlanLoad = { file, display, source: read.source, diagnostics: [...read.diagnostics], ok: false };
  if (read.value === undefined || !read.source) return sortDiagnostics(result);
  const source = read.source;
  if (looksLikeCatalogue(read.value)) {
    // A catalogue given where a plan belongs: one error that says so, not a schema message for each catalogue key.
    const t = ioText[opts.lang];
    result.diagnostics = [
      { file: display, ...positionOf(source, []), severity: 'error', code: 'not-a-plan', message: t.isCatalogue, hint: t.isCatalogueHint(display) },
    ];
    return result;
  }
  const findings: Diagnostic[] = [];
  const schemaOk = validatePlan(read.value);
  if (!schemaOk) findings.push(...schemaDiagnostics(validatePlan.errors ?? [], source, display, opts.lang, read.value, 'plan'));
  let plan = normalisePlan(read.value as Plan);

  let catalogue: Catalogue | undefined;
  if (opts.catalogueFile) {
    try {
      catalogue = loadCatalogueFile(opts.catalogueFile, opts.cwd, opts.lang);
    } catch (e) {
      if (e instanceof UserError) result.diagnostics.push(...e.diagnostics);
      else throw e;
    }
  } else if (typeof plan.catalogue?.id === 'string') {
    catalogue = builtinCatalogue(plan.catalogue.id);
    if (!catalogue) {
      const t = ioText[opts.lang].check;
      const pos = positionOf(source, ['catalogue', 'id']);
      findings.push({
        file: display,
        ...pos,
        severity: 'error',
        code: 'unknown-catalogue',
        message: t.unknownCatalogue(plan.catalogue.id),
        hint: t.unknownCatalogueHint,
      });
    }
  }
  if (catalogue && isPlanShaped(plan)) {
    try {
      const carried = carryOver(plan, catalogue, source, display, opts.lang);
      plan = carried.plan;
      result.migration = carried.migration;
      findings.push(...carried.diagnostics);
      // Warnings judge a plan that holds together; after schema errors (a missing indicators key, filled in as an empty
      // list) they would only repeat them.
      const issues = checkPlan(plan, catalogue, { municipalities: municipalityNames() }).filter((i) => schemaOk || !PLAN_WARNINGS.has(i.code));
      findings.push(...carried.explain(planIssueDiagnostics(issues, source, display, opts.lang)));
    } catch (e) {
      // A plan that fails the schema may have any shape; its schema messages already say what to fix.
      if (schemaOk) throw e;
    }
  }
  // Below a syntax error, the recovered document may be wrong: keep only what lies above it.
  const limit = read.syntaxErrorLine;
  // Missing keys may only be hidden by the error, so they are not reported either.
  result.diagnostics.push(...(limit === undefined ? findings : findings.filter((d) => (d.line ?? 0) < limit && d.code !== 'schema-required')));
  result.plan = plan;
  result.catalogue = catalogue;
  result.ok = !result.diagnostics.some((d) => d.severity === 'error');
  return sortDiagnostics(result);
}

/** Loads a plan that must be valid; throws UserError with every problem otherwise. */
export function loadValidPlan(path: string, opts: LoadPlanOptions): Required<Pick<PlanLoad, 'plan' | 'catalogue' | 'source'>> & PlanLoad {
  const r = loadPlan(path, opts);
  if (!r.ok || !r.plan || !r.catalogue || !r.source)
    throw new UserError('', r.diagnostics.length ? r.diagnostics : [{ file: r.display, severity: 'error', code: 'invalid', message: 'invalid' }]);
  return r as Required<Pick<PlanLoad, 'plan' | 'catalogue' | 'source'>> & PlanLoad;
}

/**
 * A plan made with another catalogue version: applies the catalogue's mapping from that version (a warning names what moved),
 * and makes unknown-indicator errors say that the plan was made with another version.
 */
function carryOver(plan: Plan, catalogue: Catalogue, source: YamlSource, file: string, lang: Lang) {
  const version = plan.catalogue?.version;
  if (typeof version !== 'string' || version === catalogue.version) return { plan, diagnostics: [], explain: (d: Diagnostic[]) => d };
  const t = compareText[lang];
  const m = migratePlan(plan, catalogue);
  // Found only for a warning: finding a position parses the whole document, which the quick reader otherwise avoids.
  const at = () => ({ file, ...positionOf(source, ['catalogue', 'version']) });
  const diagnostics: Diagnostic[] = [];
  const moved = [...m.mapped.map((x) => t.mapping.moved(x.from, x.to)), ...m.removed.map(t.mapping.removed)].join('; ');
  if (moved) {
    const kept = m.kept.length > 0 ? t.migration.kept(m.kept.join(', ')) : '';
    diagnostics.push({
      ...at(),
      severity: 'warning',
      code: 'catalogue-migrated',
      message: t.migration.mapped(version, catalogue.version, moved) + kept,
      hint: t.migration.mappedHint(catalogue.version),
    });
  }
  if (m.reassess.length > 0) {
    diagnostics.push({
      ...at(),
      severity: 'warning',
      code: 'catalogue-reassess',
      message: t.migration.reassess(version, catalogue.version, m.reassess.join(', ')),
      hint: t.migration.reassessHint,
    });
  }
  if (m.unmapped.length > 0) {
    diagnostics.push({
      ...at(),
      severity: 'warning',
      code: 'catalogue-unmapped',
      message: t.migration.notMappable(version, catalogue.version, m.applied, m.unmapped.join(', ')),
      hint: t.migration.notMappableHint,
    });
  }
  const explain = (found: Diagnostic[]) =>
    found.map((d) =>
      d.code === 'unknown-indicator' || d.code === 'action-unknown-indicator'
        ? { ...d, message: d.message + t.migration.unknownSuffix(version, catalogue.version), hint: t.migration.notMappableHint }
        : d,
    );
  const migration: MigrationInfo | undefined =
    moved || m.reassess.length > 0 ? { from: version, to: catalogue.version, mapped: m.mapped, removed: m.removed, reassess: m.reassess } : undefined;
  return { plan: m.plan, diagnostics, explain, migration };
}

function isPlanShaped(p: Plan): boolean {
  return typeof p === 'object' && p !== null && typeof p.assessment === 'object' && p.assessment !== null && typeof p.assessment.answers === 'object';
}

/** Fills the defaults the schema allows to be left out. */
export function normalisePlan(p: Plan): Plan {
  if (!Array.isArray(p.actions)) p.actions = [];
  for (const a of p.actions) {
    if (a && typeof a === 'object' && !Array.isArray(a)) {
      a.status ??= 'planned';
      if (!Array.isArray(a.indicators)) a.indicators = [];
    }
  }
  return p;
}

function sortDiagnostics(r: PlanLoad): PlanLoad {
  r.diagnostics.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0) : 0));
  return r;
}

export function planIssueDiagnostics(issues: PlanIssue[], source: YamlSource, file: string, lang: Lang): Diagnostic[] {
  const t = ioText[lang].check;
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch returns for every issue code; TypeScript checks that it covers them all, as a missing one would put undefined in the returned list.
  return issues.map((issue) => {
    const pos = positionOf(source, issue.path, { key: 'key' in issue });
    const base = { file, line: pos.line, col: pos.col, severity: PLAN_WARNINGS.has(issue.code) ? ('warning' as const) : ('error' as const), code: issue.code };
    switch (issue.code) {
      case 'unknown-indicator':
        return { ...base, message: t.unknownIndicator(issue.id), hint: t.unknownIndicatorHint(issue.near ?? '') };
      case 'unknown-municipality':
        return { ...base, message: t.unknownMunicipality(issue.codeValue), hint: t.unknownMunicipalityHint };
      case 'bad-organisation-number':
        return { ...base, message: t.badOrgNumber(issue.value), hint: t.badOrgNumberHint };
      case 'target-below-current':
        return { ...base, message: t.targetBelowCurrent(issue.target, issue.current), hint: t.targetBelowCurrentHint };
      case 'action-unknown-indicator':
        return { ...base, message: t.actionUnknownIndicator(issue.id), hint: t.unknownIndicatorHint(issue.near ?? '') };
      case 'end-before-start':
        return { ...base, message: t.endBeforeStart(issue.end, issue.start), hint: t.endBeforeStartHint };
      case 'duplicate-action':
        return { ...base, message: t.duplicateAction(issue.id), hint: t.duplicateActionHint };
      case 'unknown-resource':
        return { ...base, message: t.unknownResource(issue.id), hint: t.unknownResourceHint };
      case 'unknown-suggestion':
        return { ...base, message: t.unknownSuggestion(issue.id), hint: t.unknownSuggestionHint };
      case 'action-too-long':
        return { ...base, message: t.actionTooLong(issue.start, issue.end, issue.span, issue.terms), hint: t.actionTooLongHint(issue.planEnd) };
      case 'action-no-indicators':
        return { ...base, message: t.actionNoIndicators(issue.id), hint: t.actionNoIndicatorsHint };
      case 'municipality-name-mismatch':
        return {
          ...base,
          message: t.municipalityNameMismatch(issue.named, issue.namedCode, issue.codeValue, issue.codeName),
          hint: t.municipalityNameMismatchHint(issue.named, issue.namedCode),
        };
    }
  });
}
