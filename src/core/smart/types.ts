import type { SmartLexicon } from './lexicon/types';
import type { Evidence } from './scan';

export type { Evidence } from './scan';

export type SmartCriterion = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

/** The five criteria in S, M, A, R, T order. */
export const SMART_CRITERIA: readonly SmartCriterion[] = [
  'specific',
  'measurable',
  'achievable',
  'relevant',
  'timeBound',
];

export interface GoalInput {
  text: string;
  /** Excel serial date (1900 system), already parsed by the caller. */
  due?: number | null;
  baseline?: number | null;
  target?: number | null;
  /** Mission, vision, values or pillar text the goal should serve. */
  context?: string | null;
}

export interface SmartOptions {
  /** Excel serial of "today"; the caller passes it, the core never reads the clock. */
  asOf?: number;
  /**
   * The words to read the goal with.
   * @default EN
   */
  lexicon?: SmartLexicon;
}

export interface CriterionResult {
  /** 0..1 */
  score: number;
  evidence: readonly Evidence[];
  /** Plain words why. */
  reason: string;
  /** A concrete fix, or null when there is nothing to fix. */
  tip: string | null;
}

export interface SmartAnalysis {
  /** 0-100 integer: 20 points per criterion, partial credit allowed. */
  score: number;
  criteria: Readonly<Record<SmartCriterion, CriterionResult>>;
  /** Weakest criteria first, each a concrete fix. */
  tips: readonly string[];
  /** Whether Relevant was judged against the given context or by naming a business outcome. */
  relevanceBasis: 'context' | 'outcome';
}

/** A criterion scores below this when it gets a tip. */
export const TIP_BELOW = 0.8;

const clean = (score: number): number =>
  Number.isFinite(score) ? Math.min(1, Math.max(0, Math.round(score * 100) / 100)) : 0;

/** Whether a criterion with this raw score shows a tip: lets a judge skip writing a tip nobody sees. */
export const wantsTip = (score: number): boolean => clean(score) < TIP_BELOW;

export function result(
  score: number,
  evidence: readonly Evidence[],
  reason: string,
  tip: string | null,
): CriterionResult {
  const s = clean(score);
  return { score: s, evidence, reason, tip: s < TIP_BELOW ? tip : null };
}
