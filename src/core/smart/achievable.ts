import type { GoalFacts } from './facts';
import { ACHIEVABLE, withArticle } from './messages';
import type { Evidence } from './scan';
import { DAYS_PER_MONTH } from './time';
import { type CriterionResult, result, wantsTip } from './types';

/**
 * Monthly pace bands for growth and for reduction. Small businesses that grow 5-8% a month are
 * doing well; sustained 20%+ a month is rare; doubling every month is not a plan.
 */
const GROWTH_BANDS = { plausible: 0.1, ambitious: 0.2, stretch: 0.5 } as const;
const CUT_BANDS = { plausible: 0.12, ambitious: 0.25, stretch: 0.5 } as const;
const BAND_SCORE = { plausible: 0.9, ambitious: 0.7, stretch: 0.35, implausible: 0.1 } as const;
/** Shortest span the pace is computed over, so "by tomorrow" does not divide by zero. */
const MIN_MONTHS = 0.1;
const CONFIDENCE_FLOOR = 0.5;
const RESOURCE_SCORE = 0.65;

type Band = keyof typeof BAND_SCORE;

interface Pace {
  readonly band: Band;
  readonly monthly: number;
  readonly months: number;
  readonly ratio: number;
}

function pct(x: number): string {
  const p = Math.abs(x) * 100;
  if (p > 1000) return 'over 1,000%';
  return `${p >= 10 ? Math.round(p) : Math.round(p * 10) / 10}%`;
}

const count = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

function spanWords(months: number): string {
  if (months < 1) return count(Math.max(1, Math.round(months * DAYS_PER_MONTH)), 'day');
  if (months < 24) return count(Math.round(months * 10) / 10, 'month');
  return count(Math.round(months / 12), 'year');
}

/** "an 11% increase", "a 3x increase", "a 40% cut", without its article. */
function changePhrase(ratio: number): string {
  if (ratio >= 2) return `${Math.round(ratio * 10) / 10}x increase`;
  if (ratio >= 1) return `${pct(ratio - 1)} increase`;
  return `${pct(1 - ratio)} cut`;
}

function changeWords(ratio: number): string {
  const words = withArticle(changePhrase(ratio));
  return words[0].toUpperCase() + words.slice(1);
}

function pace(ratio: number, months: number): Pace {
  const m = Math.max(months, MIN_MONTHS);
  const growth = ratio >= 1;
  const monthly = growth ? Math.pow(ratio, 1 / m) - 1 : 1 - Math.pow(ratio, 1 / m);
  const bands = growth ? GROWTH_BANDS : CUT_BANDS;
  const band: Band =
    monthly <= bands.plausible
      ? 'plausible'
      : monthly <= bands.ambitious
        ? 'ambitious'
        : monthly <= bands.stretch
          ? 'stretch'
          : 'implausible';
  return { band, monthly, months: m, ratio };
}

/** The target a plausible pace would reach from the baseline in the time given. */
function suggestion(p: Pace, baseline: number | null): string {
  const factor =
    p.ratio >= 1 ? Math.pow(1 + GROWTH_BANDS.plausible, p.months) : Math.pow(1 - CUT_BANDS.plausible, p.months);
  if (baseline !== null && baseline > 0) return `a target of about ${Math.round(baseline * factor)}`;
  return `about ${withArticle(changePhrase(factor))}`;
}

interface ChangeView {
  readonly ratio: number | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly text: string;
}

function changeOf(facts: GoalFacts): ChangeView | null {
  const { baseline, target } = facts.fields;
  if (baseline !== null && target !== null) {
    return {
      ratio: baseline > 0 && target >= 0 ? target / baseline : null,
      baseline,
      target,
      text: `from ${baseline} to ${target}`,
    };
  }
  const c = facts.quantity.change;
  return c === null ? null : { ratio: c.ratio, baseline: c.baseline, target: c.target, text: c.text };
}

function monthsAvailable(facts: GoalFacts): number | null {
  const { due, asOf } = facts.fields;
  if (due !== null && asOf !== undefined) return (due - asOf) / DAYS_PER_MONTH;
  return facts.time.months;
}

interface Support {
  /** What stated confidence or named resources alone are worth; 0 when there are none. */
  readonly score: number;
  readonly facts: GoalFacts;
  readonly evidence: Evidence[];
}

function resourceList(resources: readonly Evidence[]): string {
  let out = '';
  for (const r of resources) out += out === '' ? r.text : `, ${r.text}`;
  return out;
}

/** Tops up a judged score with stated confidence or resources, and explains whichever wins. */
function supported(support: Support, score: number, reason: string, tip: string | null): CriterionResult {
  const { facts, evidence } = support;
  if (support.score <= score) return result(score, evidence, reason, tip);
  const conf = facts.confidence;
  const low = conf !== null && conf.value < 0.5;
  const why =
    conf !== null
      ? low
        ? ACHIEVABLE.lowConfidence(conf.text)
        : ACHIEVABLE.confidence(conf.text)
      : ACHIEVABLE.resources(resourceList(facts.resources));
  return result(support.score, evidence, why, low ? ACHIEVABLE.tipLowConfidence : tip);
}

/** Achievable: a plausible pace from baseline to target, stated confidence, or named resources. */
/** `deliverable`: the one-off deliverable verb the goal opens with ("launch"), or ''. */
export function judgeAchievable(facts: GoalFacts, deliverable: string): CriterionResult {
  const evidence: Evidence[] = [];
  const conf = facts.confidence;
  if (conf !== null) evidence.push({ kind: 'confidence', text: conf.text });
  for (const r of facts.resources) evidence.push(r);
  const support: Support = {
    score: Math.max(
      conf !== null ? CONFIDENCE_FLOOR + (1 - CONFIDENCE_FLOOR) * conf.value : 0,
      facts.resources.length > 0 ? RESOURCE_SCORE : 0,
    ),
    facts,
    evidence,
  };
  const months = monthsAvailable(facts);
  const hasDeadline = facts.fields.due !== null || facts.time.deadlines.length > 0;
  if (months !== null && months < 0 && facts.fields.asOf !== undefined) {
    return result(0.2, evidence, ACHIEVABLE.passed, ACHIEVABLE.tipPassed);
  }
  const change = changeOf(facts);
  if (change !== null) {
    evidence.push({ kind: 'change', text: change.text });
    if (change.baseline !== null && change.target !== null && change.baseline === change.target) {
      return supported(support, 0.8, ACHIEVABLE.hold, null);
    }
    if (change.ratio === null) {
      return supported(support, hasDeadline ? 0.5 : 0.35, ACHIEVABLE.acrossZero, ACHIEVABLE.tipEvidence);
    }
    if (change.ratio === 0) {
      return supported(support, hasDeadline ? 0.45 : 0.3, ACHIEVABLE.toZero(change.text), ACHIEVABLE.tipZero);
    }
    const words = changeWords(change.ratio);
    if (months !== null) {
      const p = pace(change.ratio, months);
      evidence.push({ kind: 'pace', text: `${pct(p.monthly)} a month` });
      const reason = ACHIEVABLE[p.band](words, spanWords(p.months), pct(p.monthly));
      const score = BAND_SCORE[p.band];
      const tip = wantsTip(score) ? ACHIEVABLE.tipStretch(suggestion(p, change.baseline)) : null;
      // Confidence cannot rescue an implausible pace: it only tops up a plausible one.
      if (p.band === 'stretch' || p.band === 'implausible') return result(score, evidence, reason, tip);
      return supported(support, score, reason, tip);
    }
    const modest = change.ratio >= 1 / 3 && change.ratio <= 3;
    if (hasDeadline) {
      return modest
        ? supported(support, 0.65, ACHIEVABLE.modestNoSpan(words), null)
        : supported(support, 0.3, ACHIEVABLE.bigNoSpan(words), ACHIEVABLE.tipEvidence);
    }
    return supported(support, modest ? 0.4 : 0.2, ACHIEVABLE.noSpan(words), ACHIEVABLE.tipSpan(change.text));
  }
  if (hasDeadline && (facts.fields.target !== null || facts.quantity.quantities.length > 0)) {
    return supported(support, 0.35, ACHIEVABLE.noBaseline, ACHIEVABLE.tipBaseline);
  }
  if (deliverable !== '' && hasDeadline)
    return supported(support, 0.4, ACHIEVABLE.milestoneOnly, ACHIEVABLE.tipEvidence);
  return supported(support, 0.2, ACHIEVABLE.noEvidence, ACHIEVABLE.tipEvidence);
}
