import { F, F2 } from './compile';
import { type Evidence, type Scan, flagsAt, markUsed, numAt, phrase, symAt, wordAt } from './scan';
import type { Token } from './text';

/** A change the goal states: from a baseline to a target, or by a ratio ("by 15%", "10x", "halve"). */
export interface ChangeFact {
  readonly baseline: number | null;
  readonly target: number | null;
  /** target / baseline when known or stated as a ratio. */
  readonly ratio: number | null;
  readonly text: string;
}

export interface QuantityFacts {
  readonly quantities: Evidence[];
  readonly change: ChangeFact | null;
  /** Clock times ("10am") and labels ("module 5"): numbers that measure nothing. */
  readonly details: Evidence[];
}

type Direction = 1 | -1 | 0;

/** Skips what may sit between a number and "to" in a range: "%", a unit word, a currency word. */
function afterValue(scan: Scan, i: number): number {
  const t = scan.tokens[i];
  if (t === undefined) return i;
  if (t.kind === 'sym') return t.text === '%' ? i + 1 : i;
  if (t.kind !== 'word') return i;
  if ((t.flags & F.percent) !== 0) return i + 1;
  return (t.flags2 & F2.rangeJoin) === 0 && (t.flags & (F.stop | F.period)) === 0 ? i + 1 : i;
}

/** A number, possibly after a currency symbol: returns its index or -1. */
function valueAt(scan: Scan, i: number): number {
  if (numAt(scan.tokens, i) !== undefined) return i;
  if (scan.lex.currencySymbol.has(symAt(scan.tokens, i)) && numAt(scan.tokens, i + 1) !== undefined) return i + 1;
  return -1;
}

interface RangeRead {
  readonly from: number;
  readonly to: number;
  readonly a: number;
  readonly b: number;
  /** "from 200 to 260" and "200 → 260" state a change; "between 10 and 12" and "3-4" a band. */
  readonly isChange: boolean;
}

function readRange(scan: Scan, i: number): RangeRead | null {
  const { tokens } = scan;
  const isFrom = ((tokens[i]?.flags2 ?? 0) & F2.changeFrom) !== 0;
  const opener = isFrom || (flagsAt(tokens, i) & F.between) !== 0;
  const first = opener ? valueAt(scan, i + 1) : valueAt(scan, i);
  if (first < 0 || scan.used[first]) return null;
  let j = afterValue(scan, first + 1);
  let arrow = false;
  if (symAt(tokens, j) === '→' || (symAt(tokens, j) === '-' && symAt(tokens, j + 1) === '>')) {
    arrow = true;
    j += symAt(tokens, j) === '→' ? 1 : 2;
  } else if (
    (tokens[j] !== undefined && tokens[j].kind === 'word' && (tokens[j].flags2 & F2.rangeJoin) !== 0) ||
    (!opener && symAt(tokens, j) === '-' && j === first + 1)
  ) {
    j++;
  } else return null;
  const second = valueAt(scan, j);
  if (second < 0 || scan.used[second]) return null;
  const a = tokens[first].value;
  const b = tokens[second].value;
  const end = afterValue(scan, second + 1) - 1;
  const isChange = arrow || isFrom;
  if (!isChange && !opener && wordAt(tokens, first + 1) === 'and') return null;
  return { from: opener ? i : first, to: Math.max(second, end), a, b, isChange };
}

function directionOf(tokens: readonly Token[]): Direction {
  for (let i = 0; i < tokens.length && i < 12; i++) {
    const f = tokens[i].flags;
    if ((f & F.increase) !== 0) return 1;
    if ((f & F.decrease) !== 0) return -1;
  }
  return 0;
}

const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

function classify(scan: Scan, i: number, dir: Direction): Evidence | null {
  const { tokens, lex } = scan;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = wordAt(tokens, i + 1);
  const nextFlags = flagsAt(tokens, i + 1);
  const nextIsClock = next !== '' && (tokens[i + 1].flags2 & F2.clock) !== 0;
  if (
    (t.suffix !== '' && lex.clock.has(t.suffix)) ||
    nextIsClock ||
    (symAt(tokens, i + 1) === ':' && numAt(tokens, i + 2))
  ) {
    const end =
      symAt(tokens, i + 1) === ':' ? (lex.clock.has(wordAt(tokens, i + 3)) ? i + 3 : i + 2) : nextIsClock ? i + 1 : i;
    markUsed(scan, i, end);
    return { kind: 'time-of-day', text: phrase(tokens, i, end) };
  }
  if (prev !== undefined && (prev.flags2 & F2.label) !== 0) return { kind: 'label', text: phrase(tokens, i - 1, i) };
  if (symAt(tokens, i + 1) === '%' || (nextFlags & F.percent) !== 0)
    return { kind: 'percentage', text: phrase(tokens, i, i + 1) };
  if (prev !== undefined && prev.kind === 'sym' && lex.currencySymbol.has(prev.text))
    return { kind: 'money', text: phrase(tokens, i - 1, i) };
  const nextIsCurrency = (nextFlags & F.currencyWord) !== 0;
  if (nextIsCurrency || (t.suffix !== '' && lex.currencyWord.has(t.suffix)))
    return { kind: 'money', text: phrase(tokens, i, nextIsCurrency ? i + 1 : i) };
  if (t.suffix === 'x' || next === 'x')
    return { kind: 'multiplier', text: phrase(tokens, i, next === 'x' ? i + 1 : i) };
  const nextIsDuration = (nextFlags & F.duration) !== 0;
  if (nextIsDuration || (t.suffix !== '' && lex.duration.has(t.suffix)))
    return { kind: 'duration', text: phrase(tokens, i, nextIsDuration ? i + 1 : i) };
  if (t.suffix !== '' && !ORDINAL_SUFFIXES.has(t.suffix)) return { kind: 'count', text: t.text };
  // "grow weekly users by 500": after a verb of change, "by" and a number state the amount of the change.
  if (dir !== 0 && prev !== undefined && lex.changeBy.has(prev.text))
    return { kind: 'count', text: phrase(tokens, i - 1, i) };
  if (next !== '' && (nextFlags & F.stop) === 0) return { kind: 'count', text: phrase(tokens, i, i + 1) };
  if (prev !== undefined && (prev.flags2 & F2.metric) !== 0) return { kind: 'metric', text: phrase(tokens, i - 1, i) };
  return { kind: 'number', text: t.text };
}

/** Classes of words that are no thing to count: time, recurrence and connecting words. */
const NOT_A_THING = F.stop | F.period | F.slot | F.frequencyAdverb | F.duration | F.times | F.every;

/** Whether the token at i is a word naming a thing ("baker", "store"), not a period or a connecting word. */
export function namesThing(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && (t.flags & NOT_A_THING) === 0 && (t.flags2 & F2.weekday) === 0;
}

/** Reads "by 15%" (a relative change) given the goal's direction. */
function relativeChange(scan: Scan, i: number, dir: Direction): ChangeFact | null {
  const { tokens } = scan;
  const t = tokens[i];
  const isPercent = symAt(tokens, i + 1) === '%' || (flagsAt(tokens, i + 1) & F.percent) !== 0;
  // "to 35%" is a level to reach, not a change; "by 15%" or a bare "15%" after the verb is a change.
  const prev = wordAt(tokens, i - 1);
  const by = scan.lex.changeBy.has(prev);
  if (!isPercent || dir === 0 || (!by && (prev === '' || (flagsAt(tokens, i - 1) & F.stop) !== 0))) return null;
  const ratio = Math.max(0, 1 + (dir * t.value) / 100);
  return { baseline: null, target: null, ratio, text: phrase(tokens, by ? i - 1 : i, i + 1) };
}

/**
 * Finds the amounts a goal states (percentages, money, counts, durations, ranges, multipliers)
 * and the change it asks for, skipping tokens already read as dates, confidence or frequencies.
 */
export function findQuantities(scan: Scan): QuantityFacts {
  const { tokens, lex, used } = scan;
  const quantities: Evidence[] = [];
  const details: Evidence[] = [];
  let change: ChangeFact | null = null;
  const dir = directionOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    if (t.text === 'half' && wordAt(tokens, i - 1) === 'by' && dir !== 0) {
      quantities.push({ kind: 'fraction', text: 'by half' });
      change ??= { baseline: null, target: null, ratio: dir > 0 ? 1.5 : 0.5, text: 'by half' };
      continue;
    }
    if ((t.flags & F.multiplier) !== 0) {
      const mult = lex.multiplier.get(t.text);
      if (mult !== undefined) {
        quantities.push({ kind: 'multiplier', text: t.text });
        change ??= { baseline: null, target: null, ratio: mult, text: t.text };
        continue;
      }
    }
    if ((t.flags2 & F2.ordinal) !== 0 && (flagsAt(tokens, i - 1) & F.stop) !== 0 && namesThing(tokens, i + 1)) {
      // "hire a second baker", "abrir una segunda tienda": after an article or "our", the ordinal counts the thing.
      quantities.push({ kind: 'count', text: phrase(tokens, i, i + 1) });
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'num' && !lex.currencySymbol.has(t.text)) continue;
    const range =
      t.kind === 'num' ||
      (t.flags2 & F2.changeFrom) !== 0 ||
      (t.flags & F.between) !== 0 ||
      (t.kind === 'sym' && lex.currencySymbol.has(t.text))
        ? readRange(scan, i)
        : null;
    if (range !== null) {
      quantities.push({ kind: 'range', text: phrase(tokens, range.from, range.to) });
      if (range.isChange && change === null) {
        change = {
          baseline: range.a,
          target: range.b,
          ratio: range.a > 0 && range.b >= 0 ? range.b / range.a : null,
          text: phrase(tokens, range.from, range.to),
        };
      }
      markUsed(scan, range.from, range.to);
      i = range.to;
      continue;
    }
    if (t.kind !== 'num') continue;
    // A spelled "one" is usually an article ("identify one feature"), unless bounded ("at least one").
    if (t.spelled && t.value === 1 && (i === 0 || (tokens[i - 1].flags2 & F2.bound) === 0)) continue;
    const ev = classify(scan, i, dir);
    if (ev === null) continue;
    if (ev.kind === 'time-of-day' || ev.kind === 'label') {
      details.push(ev);
      continue;
    }
    quantities.push(ev);
    if (change === null) {
      change = relativeChange(scan, i, dir);
      if (change === null && ev.kind === 'multiplier' && t.value > 0)
        change = { baseline: null, target: null, ratio: dir < 0 ? 1 / t.value : t.value, text: ev.text };
    }
  }
  return { quantities, change, details };
}
