import { CRITERION_LABELS, LOOKS_SMART } from './messages';
import { type CriterionResult, type SmartAnalysis, type SmartCriterion, SMART_CRITERIA } from './types';

/** Criteria with a tip, weakest first; ties keep S, M, A, R, T order. */
export function weakestFirst(criteria: Readonly<Record<SmartCriterion, CriterionResult>>): SmartCriterion[] {
  const out: SmartCriterion[] = [];
  for (const c of SMART_CRITERIA) if (criteria[c].tip !== null) out.push(c);
  return stableByScore(out, (c) => criteria[c].score);
}

/** The tips of results given in S, M, A, R, T order, weakest first. */
export function tipsWeakestFirst(results: readonly CriterionResult[]): string[] {
  const withTip: CriterionResult[] = [];
  for (const r of results) if (r.tip !== null) withTip.push(r);
  stableByScore(withTip, scoreOf);
  const tips: string[] = [];
  for (const r of withTip) tips.push(r.tip ?? '');
  return tips;
}

const scoreOf = (r: CriterionResult): number => r.score;

/** Insertion sort of at most five, in place: stable, so ties keep their order. */
function stableByScore<T>(list: T[], score: (x: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let k = i;
    while (k > 0 && score(list[k - 1]) > score(x)) {
      list[k] = list[k - 1];
      k--;
    }
    list[k] = x;
  }
  return list;
}

/** One cell of text for SMARTTIPS: each weak criterion by name with its fix, or a short all-clear. */
export function formatTips(analysis: SmartAnalysis): string {
  const weak = weakestFirst(analysis.criteria);
  if (weak.length === 0) return LOOKS_SMART;
  return weak.map((c) => `${CRITERION_LABELS[c]}: ${analysis.criteria[c].tip ?? ''}`).join(' ');
}
