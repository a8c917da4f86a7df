// The data model shared by every part of the tool: catalogue, plan file and the computed report.

export type Lang = 'sv' | 'en';

/** A text in both languages. Swedish is the original; English is a reviewed translation. */
export interface Text {
  sv: string;
  en: string;
}

export interface Source {
  title: string;
  url: string;
  /** Date the source was last checked against the page, YYYY-MM-DD. Required in the built-in catalogue. */
  checked?: string;
  /** The catalogue's own remark on the source (a news item, a secondary source), shown after the title. */
  note?: Text;
}

export type Importance = 'low' | 'medium' | 'high';
export type CostClass = 'low' | 'medium' | 'high';
export type Level = 1 | 2 | 3 | 4;

// ───────────────────────── Catalogue ─────────────────────────

export interface Catalogue {
  id: string;
  version: string;
  /** Date of this catalogue version, YYYY-MM-DD. */
  date: string;
  title: Text;
  /** Which framework the catalogue follows, and what has changed since. */
  framework: Text;
  sources: Source[];
  /** Planning assumptions in SEK for each cost class; used when an action has no cost of its own. */
  costClasses: Record<CostClass, number>;
  policyContext: PolicyNote[];
  focusAreas: FocusArea[];
  goals: Goal[];
  indicators: Indicator[];
  resources: Resource[];
  initiatives: Initiative[];
  /** How indicators of earlier catalogue versions map onto this one. */
  migrations?: Migration[];
}

export interface PolicyNote {
  id: string;
  date: string;
  title: Text;
  text: Text;
  /** Indicators whose assessment this change affects. */
  indicators?: string[];
  sources: Source[];
}

export interface FocusArea {
  id: string; // "1"
  title: Text;
  /** The focus area's overall goal, as a paraphrase unless `wording` says verbatim. */
  goal: Text;
  wording: 'verbatim' | 'paraphrase';
  sources: Source[];
}

export interface Goal {
  id: string; // "1.2"
  focusArea: string;
  text: Text;
  /** Whether `text.sv` is the strategy's own wording or our paraphrase. */
  wording: 'verbatim' | 'paraphrase';
  verified: boolean;
  /** The catalogue's remark on the goal (a word in the 2017 wording that has since changed). */
  note?: Text;
  sources: Source[];
}

export interface Indicator {
  id: string; // "1.2.a"
  goal: string;
  title: Text;
  question: Text;
  help: Text;
  /** Descriptors for levels 1, 2, 3 and 4, in that order. */
  levels: [Text, Text, Text, Text];
  importance: Importance;
  /** Indicators this one builds on. */
  prerequisites: string[];
  actions: SuggestedAction[];
  resources: string[];
  /** National initiatives (numbers 1–18) that bear on this indicator. */
  initiatives: number[];
  sources: Source[];
}

export interface SuggestedAction {
  id: string; // "1.2.a-2" – the step from level 2 to 3
  /** The level this action starts from: 1 (1→2), 2 (2→3) or 3 (3→4). */
  from: 1 | 2 | 3;
  title: Text;
  description: Text;
  /** Typical duration in school terms. */
  terms: number;
  cost: CostClass;
  owner: Text;
}

export type ResourceKind = 'guidance' | 'training' | 'service' | 'standard' | 'funding' | 'research' | 'law';

export interface Resource {
  id: string;
  title: Text;
  publisher: string;
  url: string;
  kind: ResourceKind;
  description: Text;
  /** False when the resource's existence or address could not be confirmed. */
  verified: boolean;
  /** Date the resource and its address were last checked, YYYY-MM-DD. */
  checked?: string;
  sources?: Source[];
}

export interface Initiative {
  number: number; // 1–18
  /** True only when the number and the Swedish title are confirmed by a source. */
  verified: boolean;
  /** Official Swedish title; absent when not verified. */
  title?: string;
  /** English rendering of the title (ours). */
  titleEn?: string;
  focusArea?: string;
  actor?: Text;
  status?: Text;
  note?: Text;
  /** Goals the initiative supports, only where a source supports the link. */
  goals: string[];
  sources: Source[];
}

export interface Migration {
  /** Catalogue version this mapping starts from. */
  from: string;
  /** Old indicator id → new indicator id(s); an empty list means removed. */
  indicators: Record<string, string[]>;
  /**
   * Old ids whose question or levels changed: their answers are carried over (to the ids `indicators` gives, else the same
   * id) but marked as answered against the older version, to be assessed again.
   */
  reassess?: string[];
  note?: Text;
}

// ───────────────────────── Plan file ─────────────────────────

export type SchoolForm =
  | 'forskola'
  | 'forskoleklass'
  | 'grundskola'
  | 'anpassad-grundskola'
  | 'gymnasieskola'
  | 'anpassad-gymnasieskola'
  | 'fritidshem'
  | 'komvux'
  | 'sameskola'
  | 'specialskola';

export interface Organisation {
  name: string;
  kind: 'municipality' | 'independent';
  municipalityCode?: string;
  organisationNumber?: string;
  unit?: { name: string; schoolUnitCode?: string };
  schoolForms: SchoolForm[];
  contact?: { name?: string; role?: string; email?: string };
}

export interface LevelAnswer {
  current: Level;
  target: Level;
  importance?: Importance;
  comment?: string;
  evidence?: string;
  /** The spread of the respondents' answers, written by `merge`. */
  responses?: Responses;
}

export interface StatusAnswer {
  status: 'not-relevant' | 'unknown';
  comment?: string;
  responses?: Responses;
}

// ───────────────────────── Respondents (form and merge) ─────────────────────────

export type RespondentRole = 'rektor' | 'larare' | 'it' | 'elev' | 'annan';
export const RESPONDENT_ROLES: readonly RespondentRole[] = ['rektor', 'larare', 'it', 'elev', 'annan'];

/** Counts of levels 1–4, in that order. */
export type LevelCounts = [number, number, number, number];

/** How one group of respondents answered one indicator. */
export interface ResponseGroup {
  count: number;
  current?: LevelCounts;
  target?: LevelCounts;
  unknown?: number;
  notRelevant?: number;
}

export interface RespondentNote {
  text: string;
  /** Only when at least three respondents share the role (and unit): a smaller group is identifiable. */
  role?: RespondentRole;
  unit?: string;
}

export interface Responses extends ResponseGroup {
  roles?: Partial<Record<RespondentRole, ResponseGroup>>;
  rule?: 'median';
  /** What the rule gave; a plan answer that differs from it is the organiser's own decision. */
  proposed?: { current?: Level; target?: Level; status?: 'unknown' | 'not-relevant' };
  comments?: RespondentNote[];
  evidence?: RespondentNote[];
}

/** How many answered the questionnaire, by role and by school unit. */
export interface Respondents {
  count: number;
  roles?: Partial<Record<RespondentRole, number>>;
  units?: { name: string; schoolUnitCode?: string; count: number }[];
}

export type Answer = LevelAnswer | StatusAnswer;

export type ActionStatus = 'planned' | 'in-progress' | 'done' | 'postponed' | 'cancelled';

export interface ActionLogEntry {
  date: string;
  status: ActionStatus;
  note?: string;
}

export interface PlanAction {
  id: string;
  title: string;
  indicators: string[];
  owner?: string;
  start?: string; // "2027-VT"
  end?: string;
  cost?: number;
  status: ActionStatus;
  resources?: string[];
  successCriteria?: string;
  description?: string;
  log?: ActionLogEntry[];
}

export interface Planning {
  start: string;
  terms: number;
  capacity?: { actionsPerTerm?: number; budgetPerYear?: number };
  /** Suggested action ids the organisation has chosen not to take in this plan period. */
  declined?: string[];
}

export interface Plan {
  schemaVersion: 1;
  draft?: boolean;
  catalogue: { id: string; version: string };
  organisation: Organisation;
  assessment: { date: string; answers: Record<string, Answer>; respondents?: Respondents };
  planning: Planning;
  actions: PlanAction[];
  /** The record's details and the board's decision, shown on the cover. */
  document?: PlanDocument;
}

export interface PlanDocument {
  diarienummer?: string;
  version?: string;
  owner?: string;
  decision?: { body: string; date: string; paragraph?: string };
}

export function isLevelAnswer(a: Answer | undefined): a is LevelAnswer {
  return typeof a === 'object' && a !== null && 'current' in a;
}

/** The organisation's own words on an indicator, as every format shows them: its comment, and a level's evidence. */
export function answerNotes(a: Answer | undefined): { comment?: string; evidence?: string } {
  return { ...(a?.comment ? { comment: a.comment } : {}), ...(isLevelAnswer(a) && a.evidence ? { evidence: a.evidence } : {}) };
}

// ───────────────────────── Engine output ─────────────────────────

export type AnswerState = 'answered' | 'unknown' | 'not-relevant' | 'unanswered';

export interface IndicatorGap {
  indicator: string;
  goal: string;
  focusArea: string;
  state: AnswerState;
  current?: Level;
  target?: Level;
  /** target − current, 0 when the target is reached; absent unless answered. */
  gap?: number;
  importance: Importance;
  /** Catalogue resources that help close the gap; set when gap > 0. */
  resources?: string[];
  /** National initiatives that bear on the indicator, ascending; set when gap > 0. */
  initiatives?: number[];
}

/** Summary over a goal or a focus area. Means are over answered indicators only. */
export interface GroupSummary {
  id: string;
  answered: number;
  unknown: number;
  notRelevant: number;
  unanswered: number;
  meanCurrent?: number;
  meanTarget?: number;
  meanGap?: number;
}

export type Reason =
  | { kind: 'gap'; from: Level; to: Level }
  | { kind: 'importance'; importance: Importance }
  | { kind: 'prerequisite-for'; indicators: string[] }
  | { kind: 'national-support'; initiatives: number[] }
  | { kind: 'resources'; count: number };

export interface Priority {
  indicator: string;
  rank: number; // 1 = first
  score: number;
  reasons: Reason[];
}

/** An action as scheduled: the plan's own, or one suggested by the catalogue. */
export interface ScheduledAction {
  id: string;
  origin: 'plan' | 'suggestion';
  /** For suggestions: the catalogue's suggested action id. */
  suggestion?: string;
  title: string;
  /** Lang-independent title for suggestions. */
  titleText?: Text;
  description?: string;
  /** Lang-independent description for suggestions. */
  descriptionText?: Text;
  indicators: string[];
  owner?: string;
  /** Lang-independent typical owner for suggestions. */
  ownerText?: Text;
  start: string;
  end: string;
  terms: number;
  cost: number;
  /** True when the cost is the catalogue's cost-class estimate. */
  costEstimated: boolean;
  status: ActionStatus;
  resources: string[];
  initiatives: number[];
  successCriteria?: string;
  /** True when the user gave the terms in the plan file. */
  fixed: boolean;
}

export type NotScheduledReason = { kind: 'capacity' } | { kind: 'budget' } | { kind: 'horizon' } | { kind: 'prerequisite'; indicators: string[] };

export interface UnscheduledAction extends Omit<ScheduledAction, 'start' | 'end'> {
  reason: NotScheduledReason;
}

export type ScheduleWarning =
  | { kind: 'capacity-exceeded'; term: string; used: number; limit: number }
  | { kind: 'budget-exceeded'; year: number; used: number; limit: number }
  | { kind: 'before-prerequisite'; action: string; prerequisite: string }
  | { kind: 'outside-horizon'; action: string };

export interface Schedule {
  terms: string[];
  scheduled: ScheduledAction[];
  notScheduled: UnscheduledAction[];
  warnings: ScheduleWarning[];
  /** Slots used per term, and cost per calendar year. */
  load: { term: string; actions: number }[];
  spend: { year: number; cost: number }[];
  /** Suggestions left out because the plan declines them (the step named and the later steps of its indicator). */
  declined?: string[];
}

/** Everything a renderer needs: one model, many views. */
export interface PlanReport {
  plan: Plan;
  catalogue: Catalogue;
  gaps: IndicatorGap[];
  goals: GroupSummary[];
  focusAreas: GroupSummary[];
  priorities: Priority[];
  schedule: Schedule;
  /** Resource ids matched to the gaps, in priority order, without duplicates. */
  resources: string[];
  /** Initiative numbers that bear on the gaps, ascending. */
  initiatives: number[];
  /** The run's reference date (YYYY-MM-DD), used to flag late actions. */
  referenceDate: string;
  /** Actions whose end term has passed without being done. */
  late: string[];
  /** The capacity and budget the schedule was made with: the plan's, or the command line's what-if values. */
  limits: { actionsPerTerm?: number; budgetPerYear?: number };
  /**
   * Indicators whose answers were given against an older catalogue version (`plan.catalogue.version`) and carried over,
   * to be assessed again (the catalogue's migration lists them under `reassess`), in catalogue order.
   */
  reassess?: string[];
}
