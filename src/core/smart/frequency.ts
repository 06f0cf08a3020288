import { type Evidence, type Scan, markUsed, numAt, phrase, symAt, wordAt } from './scan';

export interface FrequencyFacts {
  /** Recurrences that can be counted: "three times a week", "daily", "10,000 steps a day". */
  readonly frequencies: Evidence[];
  /** Named recurring slots without a count: "on weekends", "mondays". */
  readonly slots: Evidence[];
}

/** Index just past a period word at i ("week", "day", "monday"), skipping a number ("every 2 weeks"). */
function periodEnd(scan: Scan, i: number): number {
  const { tokens, lex } = scan;
  let j = i;
  if (numAt(tokens, j) !== undefined) j++;
  const w = wordAt(tokens, j);
  return lex.period.has(w) || lex.slot.has(w) ? j : -1;
}

/** "a week", "per day", "each month", "every sunday", "/week", "weekly": returns the last index or -1. */
function perPeriod(scan: Scan, i: number): number {
  const { tokens, lex } = scan;
  const w = wordAt(tokens, i);
  if (lex.frequencyAdverb.has(w)) return i;
  if (lex.per.has(w) || symAt(tokens, i) === '/') {
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
  const { lex } = scan;
  const nextIsNoun = !lex.stop.has(next.text) && !lex.period.has(next.text) && !lex.slot.has(next.text) && !lex.every.has(next.text);
  return nextIsNoun && lex.stop.has(prev.text);
}

export function findFrequencies(scan: Scan): FrequencyFacts {
  const { tokens, lex, used } = scan;
  const frequencies: Evidence[] = [];
  const slots: Evidence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    const w = t.kind === 'word' ? t.text : '';
    if (t.kind === 'num') {
      // "3 times a week", "3x a week", "three times weekly", "5 days a week", "2 x 2-hour sessions" is not one.
      const timesAt = t.suffix === 'x' ? i : lex.times.has(wordAt(tokens, i + 1)) ? i + 1 : -1;
      if (timesAt >= 0) {
        const end = perPeriod(scan, timesAt + 1);
        if (end >= 0) {
          add(scan, frequencies, i, end);
          i = end;
          continue;
        }
      }
      const unit = wordAt(tokens, i + 1);
      if (lex.period.has(unit) || lex.slot.has(unit)) {
        const end = perPeriod(scan, i + 2);
        if (end >= 0) {
          add(scan, frequencies, i, end);
          i = end;
        }
      }
      continue;
    }
    if (lex.occurrence.has(w)) {
      const end = perPeriod(scan, i + 1);
      if (end >= 0) {
        add(scan, frequencies, i, end);
        i = end;
      }
      continue;
    }
    if (lex.every.has(w) && w !== 'per') {
      const end = periodEnd(scan, i + 1);
      if (end >= 0) {
        add(scan, frequencies, i, end);
        i = end;
      }
      continue;
    }
    if (lex.frequencyAdverb.has(w) && !isAdjectival(scan, i)) {
      add(scan, frequencies, i, i);
      continue;
    }
    // "10,000 steps a day", "45 minutes per day", "10 complaints a month": a rate after a quantity.
    if ((lex.per.has(w) || symAt(tokens, i) === '/') && w !== 'every' && w !== 'each') {
      const end = periodEnd(scan, i + 1);
      if (end === i + 1 && hasQuantityBefore(scan, i)) {
        frequencies.push({ kind: 'rate', text: phrase(tokens, i, end) });
        markUsed(scan, i, end);
        i = end;
      }
      continue;
    }
    if (lex.slot.has(w) && !lex.period.has(w)) slots.push({ kind: 'schedule', text: w });
  }
  return { frequencies, slots };
}

function add(scan: Scan, frequencies: Evidence[], from: number, to: number): void {
  frequencies.push({ kind: 'frequency', text: phrase(scan.tokens, from, to) });
  markUsed(scan, from, to);
}

function hasQuantityBefore(scan: Scan, i: number): boolean {
  for (let j = i - 1; j >= i - 3 && j >= 0; j--) {
    if (scan.tokens[j].kind === 'num') return true;
  }
  return false;
}
