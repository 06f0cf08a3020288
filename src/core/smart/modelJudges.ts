import { formatSerialLong } from '../dates';
import { addMonths, endOfQuarter, isValidSerial, ymdFromSerial } from '../dates';
import { coreOf, type GoalFacts } from './facts';
import { AMOUNT_KINDS, type GoalFeatures } from './features';
import { MEASURABLE, SPECIFIC, TIME_BOUND } from './messages';
import { logit, probability, weightsOf } from './model';
import type { Evidence } from './scan';
import { type CriterionResult, result, wantsTip } from './types';

/**
 * Specific, Measurable and Time-bound as the trained model scores them (`weights.json`), with a
 * reason and a tip that name the words the score rests on. The structured arguments are facts,
 * not signs to weigh: a target or a due date given beside the goal settles its criterion.
 */

/** The model's score; a goal with no words at all has nothing to judge and scores 0. */
const scoreOf = (
  criterion: 'specific' | 'measurable' | 'timeBound',
  facts: GoalFacts,
  features: GoalFeatures,
): number => (facts.scan.tokens.length === 0 ? 0 : probability(logit(weightsOf(criterion), features.values)));

const listed = (words: readonly string[], most: number): string => words.slice(0, most).join(', ');

export function judgeSpecific(facts: GoalFacts, features: GoalFeatures): CriterionResult {
  const score = scoreOf('specific', facts, features);
  const { concreteWords, vagueWords } = features;
  const evidence: Evidence[] = [];
  for (const w of concreteWords) evidence.push({ kind: 'object', text: w });
  for (const w of vagueWords) evidence.push({ kind: 'vague-word', text: w });
  if (!wantsTip(score)) return result(score, evidence, SPECIFIC.concrete(listed(concreteWords, 4)), null);
  const reason =
    vagueWords.length > 0
      ? SPECIFIC.vagueWords(listed(vagueWords, 3))
      : concreteWords.length === 0
        ? SPECIFIC.noObject
        : SPECIFIC.someDetail(listed(concreteWords, 4));
  return result(score, evidence, reason, SPECIFIC.tip(coreOf(facts), vagueWords));
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

function measurableReason(facts: GoalFacts, features: GoalFeatures): string {
  const { quantities } = facts.quantity;
  const amounts = quantities.filter((q) => AMOUNT_KINDS.has(q.kind)).map((q) => q.text);
  if (amounts.length > 0) return MEASURABLE.amount(listed(amounts, 3));
  const { frequencies } = facts.frequency;
  if (frequencies.length > 0)
    return MEASURABLE.frequency(
      listed(
        frequencies.map((f) => f.text),
        2,
      ),
    );
  const duration = quantities.find((q) => q.kind === 'duration');
  if (duration !== undefined) return MEASURABLE.duration(duration.text);
  if (features.deliverable !== '') return MEASURABLE.milestone(features.deliverable);
  const number = quantities.find((q) => q.kind === 'number');
  if (number !== undefined) return MEASURABLE.number(number.text);
  if (features.vagueWords.length > 0) return MEASURABLE.vagueOnly(listed(features.vagueWords, 3));
  return MEASURABLE.none;
}

export function judgeMeasurable(facts: GoalFacts, features: GoalFeatures): CriterionResult {
  const { baseline, target } = facts.fields;
  const evidence: Evidence[] = [...facts.quantity.quantities, ...facts.frequency.frequencies];
  if (target !== null) {
    evidence.unshift({ kind: 'target', text: fmt(target) });
    return result(1, evidence, MEASURABLE.target(fmt(target)), null);
  }
  if (features.deliverable !== '') evidence.push({ kind: 'milestone', text: features.deliverable });
  const score = scoreOf('measurable', facts, features);
  if (!wantsTip(score)) return result(score, evidence, measurableReason(facts, features), null);
  const core = coreOf(facts);
  const tip =
    features.deliverable !== '' && core.verb === features.deliverable && core.hasObject
      ? MEASURABLE.tipWithDate(core.text)
      : MEASURABLE.tip(core, baseline !== null ? fmt(baseline) : '[today]', target !== null ? fmt(target) : '[target]');
  return result(score, evidence, measurableReason(facts, features), tip);
}

/** A deadline to suggest: the end of the quarter about three months after "today", or words when today is unknown. */
export function exampleDeadline(asOf: number | undefined): string {
  if (asOf === undefined || !isValidSerial(asOf) || asOf > 2958000) return TIME_BOUND.exampleWithoutToday;
  const { year, month } = ymdFromSerial(addMonths(asOf, 3));
  return formatSerialLong(endOfQuarter(year, Math.ceil(month / 3)));
}

/** Why a goal with no firm deadline falls short, and its fix, in the goal's own time words. */
function missingDeadline(facts: GoalFacts, score: number, evidence: Evidence[]): CriterionResult {
  const { time, frequency } = facts;
  const example = exampleDeadline(facts.fields.asOf);
  const first = time.deadlines[0];
  if (first !== undefined) {
    const tip =
      time.kind === 'event' ? TIME_BOUND.tipEvent(first.text) : TIME_BOUND.tipNamedPeriod(first.text, example);
    return result(
      score,
      evidence,
      time.kind === 'event' ? TIME_BOUND.event(first.text) : TIME_BOUND.namedPeriod(first.text),
      tip,
    );
  }
  if (frequency.frequencies.length > 0) {
    const f = frequency.frequencies[0];
    evidence.push(f);
    return result(score, evidence, TIME_BOUND.recurring(f.text), TIME_BOUND.tipRecurring(example));
  }
  if (time.windows.length > 0) {
    evidence.push(...time.windows);
    return result(score, evidence, TIME_BOUND.window(time.windows[0].text), TIME_BOUND.tipRecurring(example));
  }
  if (time.vague.length > 0) {
    evidence.push(...time.vague);
    return result(
      score,
      evidence,
      TIME_BOUND.vague(time.vague[0].text),
      TIME_BOUND.tipVague(time.vague[0].text, example),
    );
  }
  if (frequency.slots.length > 0) {
    evidence.push(...frequency.slots);
    return result(
      score,
      evidence,
      TIME_BOUND.slots(
        listed(
          frequency.slots.map((s) => s.text),
          3,
        ),
      ),
      TIME_BOUND.tipNone(example),
    );
  }
  return result(score, evidence, TIME_BOUND.none, TIME_BOUND.tipNone(example));
}

export function judgeTimeBound(facts: GoalFacts, features: GoalFeatures): CriterionResult {
  const { due, asOf } = facts.fields;
  const { time } = facts;
  const evidence: Evidence[] = [...time.deadlines];
  if (due !== null) {
    const date = formatSerialLong(due);
    evidence.unshift({ kind: 'due', text: date });
    if (asOf !== undefined && due < asOf) return result(0.5, evidence, TIME_BOUND.passed(date), TIME_BOUND.tipPassed);
    return result(1, evidence, TIME_BOUND.due(date), null);
  }
  if (time.dueSerial !== null && asOf !== undefined && time.dueSerial < asOf && time.deadlines.length > 0) {
    return result(0.5, evidence, TIME_BOUND.passed(formatSerialLong(time.dueSerial)), TIME_BOUND.tipPassed);
  }
  const score = scoreOf('timeBound', facts, features);
  const first = time.deadlines[0];
  if (wantsTip(score) || first === undefined) return missingDeadline(facts, score, evidence);
  const reason = time.kind === 'date' ? TIME_BOUND.date(first.text) : TIME_BOUND.relative(first.text);
  return result(score, evidence, reason, null);
}
