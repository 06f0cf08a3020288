import { addMonths, endOfQuarter, formatSerialLong, isValidSerial, ymdFromSerial } from '../dates';
import type { GoalFacts } from './facts';
import { TIME_BOUND } from './messages';
import type { Evidence } from './scan';
import { type CriterionResult, result } from './types';

/** A deadline to suggest: the end of the quarter about three months after "today", or words when today is unknown. */
export function exampleDeadline(asOf: number | undefined): string {
  if (asOf === undefined || !isValidSerial(asOf) || asOf > 2958000) return TIME_BOUND.exampleWithoutToday;
  // A column of goals shares one "today": remember the last answer instead of redoing the calendar.
  if (asOf === lastExample.asOf) return lastExample.text;
  const { year, month } = ymdFromSerial(addMonths(asOf, 3));
  const text = formatSerialLong(endOfQuarter(year, Math.ceil(month / 3)));
  lastExample = { asOf, text };
  return text;
}

let lastExample: { asOf: number; text: string } = { asOf: Number.NaN, text: '' };

/** Time-bound: a deadline argument, or a date, period, span or cycle in the text. */
export function judgeTimeBound(facts: GoalFacts): CriterionResult {
  const { due, asOf } = facts.fields;
  const time = facts.time;
  const evidence: Evidence[] = [...time.deadlines];
  if (due !== null) {
    const date = formatSerialLong(due);
    evidence.unshift({ kind: 'due', text: date });
    if (asOf !== undefined && due < asOf) return result(0.5, evidence, TIME_BOUND.passed(date), TIME_BOUND.tipPassed);
    return result(1, evidence, TIME_BOUND.due(date), null);
  }
  const first = time.deadlines[0];
  if (first !== undefined) {
    if (time.dueSerial !== null && asOf !== undefined && time.dueSerial < asOf) {
      return result(0.5, evidence, TIME_BOUND.passed(formatSerialLong(time.dueSerial)), TIME_BOUND.tipPassed);
    }
    if (time.kind === 'date') return result(1, evidence, TIME_BOUND.date(first.text), null);
    if (time.kind === 'relative') {
      // A relative frame ("next quarter") is a real deadline for the person who wrote it: no tip.
      return result(0.9, evidence, TIME_BOUND.relative(first.text), null);
    }
    return result(0.7, evidence, TIME_BOUND.event(first.text), TIME_BOUND.tipEvent(first.text));
  }
  const { frequencies, slots } = facts.frequency;
  if (frequencies.length > 0) {
    evidence.push(...frequencies);
    return result(
      0.7,
      evidence,
      TIME_BOUND.recurring(frequencies[0].text),
      TIME_BOUND.tipRecurring(exampleDeadline(asOf)),
    );
  }
  if (time.windows.length > 0) {
    evidence.push(...time.windows);
    return result(
      0.7,
      evidence,
      TIME_BOUND.window(time.windows[0].text),
      TIME_BOUND.tipRecurring(exampleDeadline(asOf)),
    );
  }
  if (time.vague.length > 0) {
    evidence.push(...time.vague);
    return result(
      0.2,
      evidence,
      TIME_BOUND.vague(time.vague[0].text),
      TIME_BOUND.tipVague(time.vague[0].text, exampleDeadline(asOf)),
    );
  }
  if (slots.length > 0) {
    evidence.push(...slots);
    return result(
      0.4,
      evidence,
      TIME_BOUND.slots(slots.map((s) => s.text).join(', ')),
      TIME_BOUND.tipNone(exampleDeadline(asOf)),
    );
  }
  return result(0, evidence, TIME_BOUND.none, TIME_BOUND.tipNone(exampleDeadline(asOf)));
}
