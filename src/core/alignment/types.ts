/** The alignment check's public types: rules as data, findings as returned values. */
import type { Goal, StrategyModel } from '../model';
import type { KpiStatus } from '../kpi';

export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'kpi-without-goal'
  | 'goal-without-kpi'
  | 'goal-without-pillar'
  | 'broken-link'
  | 'duplicate-id'
  | 'missing-owner'
  | 'missing-deadline'
  | 'deadline-passed'
  | 'kpi-due-after-goal'
  | 'direction-conflict'
  | 'conflicting-targets'
  | 'weak-smart'
  | 'stale-kpi'
  | 'owner-overload'
  | 'unaddressed-threat'
  | 'unaddressed-weakness'
  | 'value-not-reflected'
  | 'target-not-numeric'
  | 'direction-unreadable'
  | 'projected-miss';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly fix: string;
  /** The IDs (or, for people, the names) the finding is about. */
  readonly subjects: readonly string[];
  /**
   * What the finding shares with others of one cause (the same unknown name in one link column),
   * so many of them can be told as one; absent when the finding stands alone.
   */
  readonly cause?: FindingCause;
  /** For a finding that stands for several of one cause: how many. */
  readonly count?: number;
}

/** A link column naming something that matches nothing: the same text in many rows is likely not a link at all. */
export interface FindingCause {
  readonly kind: 'unmatched-link';
  /** The text as written in the link cells. */
  readonly ref: string;
  /** The link column's header ("Goal", "Pillar"). */
  readonly column: string;
  /** What the rows are, in words ("KPI", "goal"). */
  readonly noun: string;
  /** What the column should point at ("goal", "value or pillar"). */
  readonly targetKind: string;
}

export interface AlignmentOptions {
  /** Excel serial of the day to judge against; the core never reads the clock. */
  readonly asOf: number;
  /** Overrides the SMART engine for goals whose SMART column is blank (the pane may pass cached scores). */
  readonly smartScore?: (goal: Goal) => number;
}

/** What every rule may read: the model plus facts computed once per run (KPI statuses, achieved goals …). */
export interface RuleContext {
  readonly asOf: number;
  /** KPI status by the KPI engine at `asOf`; null when the KPI cannot be judged (no readable target). */
  kpiStatus(kpi: number): KpiStatus | null;
  kpiAchieved(kpi: number): boolean;
  goalAchieved(goal: number): boolean;
  /** SMART score 0-100 and the first tip, from the SMART column, the caller's function or the SMART engine. */
  smart(goal: number): { readonly score: number; readonly tip: string | null };
  /** The goal's effective deadline: its Due cell, else a date written in its text. */
  goalDue(goal: number): number | null;
  /**
   * Groundwork a rule's count and check (or several rules) share, worked out once per run: the answer of
   * `compute` (which is also its key) on this run's model.
   */
  once<T>(compute: (model: StrategyModel, ctx: RuleContext) => T): T;
}

/** A rule, declared as data and run by `runAlignment`. */
export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
  /** The fix as a template (`{id}`, `{example}` …); each finding carries it filled in. */
  readonly fix: string;
  /** How many checks the rule runs on this model: one per applicable entity (or metric, or owner). */
  count(model: StrategyModel, ctx: RuleContext): number;
  /** The findings; each is one failed check (the runner caps failures at `count`). */
  check(model: StrategyModel, ctx: RuleContext): Finding[];
}

export interface RuleSummary {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly checks: number;
  readonly failed: number;
}

export interface AlignmentResult {
  /** 0-100; see ALIGNMENT_METHOD. */
  readonly score: number;
  readonly findings: readonly Finding[];
  readonly checks: number;
  readonly passed: number;
  readonly rules: readonly RuleSummary[];
}
