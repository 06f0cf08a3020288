import type { GoalFacts } from './facts';
import { MEASURABLE } from './messages';
import type { Evidence } from './scan';
import { type CriterionResult, result } from './types';

const AMOUNT_KINDS = new Set(['percentage', 'money', 'count', 'range', 'multiplier', 'metric', 'fraction']);

/** The first milestone verb among the goal's opening words ("launch", "hire", "sign up"). */
export function milestoneVerb(facts: GoalFacts): string | null {
  const { tokens, lex } = facts.scan;
  let seen = 0;
  for (let i = 0; i < tokens.length && seen < 3; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || lex.stop.has(t.text)) continue;
    if (lex.milestone.has(t.text)) return t.text;
    seen++;
  }
  return null;
}

function hasDirection(facts: GoalFacts): boolean {
  const { tokens, lex } = facts.scan;
  for (const t of tokens) {
    if (t.kind === 'word' && (lex.comparative.has(t.text) || lex.increase.has(t.text) || lex.decrease.has(t.text))) return true;
  }
  return false;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** Measurable: a quantity, amount, frequency or named metric with a value, or a dated deliverable. */
export function judgeMeasurable(facts: GoalFacts): CriterionResult {
  const { quantities } = facts.quantity;
  const { frequencies } = facts.frequency;
  const { baseline, target } = facts.fields;
  const evidence: Evidence[] = [...quantities, ...frequencies];
  const tipFrom = baseline !== null ? fmt(baseline) : '[today]';
  const tipTo = target !== null ? fmt(target) : '[target]';
  const tip = MEASURABLE.tip(facts.core, tipFrom, tipTo);
  if (target !== null) {
    evidence.unshift({ kind: 'target', text: fmt(target) });
    return result(1, evidence, MEASURABLE.target(fmt(target)), null);
  }
  const amounts = quantities.filter((q) => AMOUNT_KINDS.has(q.kind));
  if (amounts.length > 0) return result(1, evidence, MEASURABLE.amount(amounts.map((q) => q.text).join(', ')), null);
  const durations = quantities.filter((q) => q.kind === 'duration');
  if (frequencies.length > 0) {
    const score = durations.length > 0 ? 1 : 0.9;
    return result(score, evidence, MEASURABLE.frequency(frequencies.map((f) => f.text).join(', ')), tip);
  }
  if (durations.length > 0) return result(0.8, evidence, MEASURABLE.duration(durations[0].text), tip);
  const numbers = quantities.filter((q) => q.kind === 'number');
  if (numbers.length > 0) return result(0.6, evidence, MEASURABLE.number(numbers[0].text), tip);
  const verb = milestoneVerb(facts);
  const dated = facts.time.deadlines.length > 0 || facts.fields.due !== null;
  if (verb !== null) {
    evidence.push({ kind: 'milestone', text: verb });
    return dated
      ? result(0.7, evidence, MEASURABLE.milestone(verb), MEASURABLE.tipWithDate(verb))
      : result(0.5, evidence, MEASURABLE.milestoneNoDate(verb), MEASURABLE.tipWithDate(verb));
  }
  if (baseline !== null) return result(0.5, evidence, MEASURABLE.directionOnly, tip);
  if (hasDirection(facts)) return result(0.15, evidence, MEASURABLE.directionOnly, tip);
  return result(0, evidence, MEASURABLE.none, tip);
}
