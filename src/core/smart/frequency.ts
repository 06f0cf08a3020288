import { F } from './compile';
import { type Evidence, type Scan, flagsAt, markUsed, numAt, phrase, symAt } from './scan';

export interface FrequencyFacts {
  /** Recurrences that can be counted: "three times a week", "daily", "10,000 steps a day". */
  readonly frequencies: Evidence[];
  /** Named recurring slots without a count: "on weekends", "mondays". */
  readonly slots: Evidence[];
}

/** Index just past a period word at i ("week", "day", "monday"), skipping a number ("every 2 weeks"). */
function periodEnd(scan: Scan, i: number): number {
  const { tokens } = scan;
  let j = i;
  if (numAt(tokens, j) !== undefined) j++;
  return (flagsAt(tokens, j) & (F.period | F.slot)) !== 0 ? j : -1;
}

/** "a week", "per day", "each month", "every sunday", "/week", "weekly": returns the last index or -1. */
function perPeriod(scan: Scan, i: number): number {
  const f = flagsAt(scan.tokens, i);
  if ((f & F.frequencyAdverb) !== 0) return i;
  if ((f & F.per) !== 0 || symAt(scan.tokens, i) === '/') {
    // "once every two days": allow the number between "every" and the period.
    return periodEnd(scan, i + 1);
  }
  return -1;
}

/**
 * A frequency word used as an adjective after a determiner or preposition ("during daily walks",
 * "a weekly report") names no recurrence of the goal itself; after a verb ("take daily statins") it does.
 */
function isAdjectival(scan: Scan, i: number): boolean {
  const next = scan.tokens[i + 1];
  const prev = scan.tokens[i - 1];
  if (next === undefined || next.kind !== 'word' || prev === undefined || prev.kind !== 'word') return false;
  const nextIsNoun = (next.flags & (F.stop | F.period | F.slot | F.every)) === 0;
  return nextIsNoun && (prev.flags & F.stop) !== 0;
}

export function findFrequencies(scan: Scan): FrequencyFacts {
  const { tokens, used } = scan;
  const frequencies: Evidence[] = [];
  const slots: Evidence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    const f = t.flags;
    if (t.kind === 'num') {
      // "3 times a week", "3x a week", "three times weekly", "5 days a week", "2 x 2-hour sessions" is not one.
      const timesAt = t.suffix === 'x' ? i : (flagsAt(tokens, i + 1) & F.times) !== 0 ? i + 1 : -1;
      if (timesAt >= 0) {
        const end = perPeriod(scan, timesAt + 1);
        if (end >= 0) {
          add(scan, frequencies, i, end);
          i = end;
          continue;
        }
      }
      if ((flagsAt(tokens, i + 1) & (F.period | F.slot)) !== 0) {
        const end = perPeriod(scan, i + 2);
        if (end >= 0) {
          add(scan, frequencies, i, end);
          i = end;
        }
      }
      continue;
    }
    if (t.kind === 'sym') {
      // "10 complaints / month": a rate after a quantity.
      if (t.text === '/') i = rateAfterQuantity(scan, frequencies, i);
      continue;
    }
    if (f === 0) continue;
    if ((f & F.occurrence) !== 0) {
      const end = perPeriod(scan, i + 1);
      if (end >= 0) {
        add(scan, frequencies, i, end);
        i = end;
      }
      continue;
    }
    if ((f & F.every) !== 0 && t.text !== 'per') {
      const end = periodEnd(scan, i + 1);
      if (end >= 0) {
        add(scan, frequencies, i, end);
        i = end;
      }
      continue;
    }
    if ((f & F.frequencyAdverb) !== 0 && !isAdjectival(scan, i)) {
      add(scan, frequencies, i, i);
      continue;
    }
    // "10,000 steps a day", "45 minutes per day", "10 complaints a month": a rate after a quantity.
    if ((f & F.per) !== 0 && t.text !== 'every' && t.text !== 'each') {
      i = rateAfterQuantity(scan, frequencies, i);
      continue;
    }
    if ((f & F.slot) !== 0 && (f & F.period) === 0) slots.push({ kind: 'schedule', text: t.text });
  }
  return { frequencies, slots };
}

function add(scan: Scan, frequencies: Evidence[], from: number, to: number): void {
  frequencies.push({ kind: 'frequency', text: phrase(scan.tokens, from, to) });
  markUsed(scan, from, to);
}

/** Reads a rate ("a day", "/ month") at i after a quantity; returns the index to continue from. */
function rateAfterQuantity(scan: Scan, frequencies: Evidence[], i: number): number {
  const end = periodEnd(scan, i + 1);
  if (end !== i + 1 || !hasQuantityBefore(scan, i)) return i;
  frequencies.push({ kind: 'rate', text: phrase(scan.tokens, i, end) });
  markUsed(scan, i, end);
  return end;
}

function hasQuantityBefore(scan: Scan, i: number): boolean {
  for (let j = i - 1; j >= i - 3 && j >= 0; j--) {
    if (scan.tokens[j].kind === 'num') return true;
  }
  return false;
}
