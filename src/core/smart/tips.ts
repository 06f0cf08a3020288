import { CRITERION_LABELS, LOOKS_SMART } from './messages';
import { type CriterionResult, type SmartAnalysis, type SmartCriterion, SMART_CRITERIA } from './types';

/** Criteria with a tip, weakest first; ties keep S, M, A, R, T order. */
export function weakestFirst(criteria: Readonly<Record<SmartCriterion, CriterionResult>>): SmartCriterion[] {
  return SMART_CRITERIA.filter((c) => criteria[c].tip !== null).sort((a, b) => criteria[a].score - criteria[b].score);
}

/** One cell of text for SMARTTIPS: each weak criterion by name with its fix, or a short all-clear. */
export function formatTips(analysis: SmartAnalysis): string {
  const weak = weakestFirst(analysis.criteria);
  if (weak.length === 0) return LOOKS_SMART;
  return weak.map((c) => `${CRITERION_LABELS[c]}: ${analysis.criteria[c].tip ?? ''}`).join(' ');
}
