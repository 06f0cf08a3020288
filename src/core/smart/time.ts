import { addMonths, endOfMonth, endOfQuarter, serialFromYmd, ymdFromSerial } from '../dates';
import { type Evidence, type Scan, markUsed, numAt, phrase, wordAt } from './scan';
import { findTextDates } from './timeDates';

/** Average month length, to turn day spans into months. */
export const DAYS_PER_MONTH = 365.25 / 12;

export type DeadlineKind = 'date' | 'relative' | 'event';

export interface TimeFacts {
  /** Deadlines found in the text, best first. */
  readonly deadlines: Evidence[];
  readonly kind: DeadlineKind | null;
  /** The deadline as a serial, when it could be resolved. */
  readonly dueSerial: number | null;
  /** The time available, in months, when known (from "today" to the deadline, or the span itself). */
  readonly months: number | null;
  /** "soon", "asap": time words that set no date. */
  readonly vague: Evidence[];
}

interface Found {
  readonly evidence: Evidence;
  readonly kind: DeadlineKind;
  readonly serial: number | null;
  readonly months: number | null;
}

/** The last day of the period containing `serial`, `ahead` periods later. */
function periodEnd(serial: number, ahead: number, monthsLong: number): number {
  const { year } = ymdFromSerial(serial);
  if (monthsLong >= 12) return serialFromYmd(year + ahead, 12, 31);
  if (monthsLong === 3) {
    const shifted = ymdFromSerial(addMonths(serial, 3 * ahead));
    return endOfQuarter(shifted.year, Math.ceil(shifted.month / 3));
  }
  if (monthsLong === 1) {
    const shifted = ymdFromSerial(addMonths(serial, ahead));
    return endOfMonth(shifted.year, shifted.month);
  }
  if (monthsLong < 1) return serial + Math.round(monthsLong * DAYS_PER_MONTH * (ahead + 1));
  return addMonths(serial, Math.round(monthsLong * (ahead + 1)));
}

/** Reads "next quarter", "this financial year", "the next 4 weeks" at i (i is the relative word). */
function readRelative(scan: Scan, i: number, asOf: number | undefined): { found: Found; to: number } | null {
  const { tokens, lex } = scan;
  const ahead = lex.relative.get(wordAt(tokens, i));
  if (ahead === undefined) return null;
  let j = i + 1;
  let count = 1;
  const n = numAt(tokens, j);
  if (n !== undefined && n.value > 0 && n.suffix === '') {
    count = n.value;
    j++;
  }
  while (lex.periodQualifier.has(wordAt(tokens, j))) j++;
  const w = wordAt(tokens, j);
  // "next session", "next coaching session", "next board meeting"
  for (let k = j; k <= j + 2 && n === undefined; k++) {
    if (lex.event.has(wordAt(tokens, k))) {
      return { found: { evidence: { kind: 'deadline', text: phrase(tokens, i, k) }, kind: 'event', serial: null, months: null }, to: k };
    }
    if (wordAt(tokens, k) === '' || lex.stop.has(wordAt(tokens, k))) break;
  }
  const len = lex.period.get(w);
  if (len === undefined) return null;
  let months = count > 1 || n !== undefined ? count * len : ahead === 0 ? len / 2 : len;
  let serial: number | null = null;
  if (asOf !== undefined) {
    serial = count > 1 || n !== undefined ? Math.round(asOf + months * DAYS_PER_MONTH) : periodEnd(asOf, ahead, len);
    months = Math.max(0, (serial - asOf) / DAYS_PER_MONTH);
  }
  return { found: { evidence: { kind: 'deadline', text: phrase(tokens, i, j) }, kind: 'relative', serial, months }, to: j };
}

/** "within 6 months", "in 90 days", "over two years". */
function readSpan(scan: Scan, i: number, asOf: number | undefined): { found: Found; to: number } | null {
  const { tokens, lex } = scan;
  let j = i + 1;
  if (wordAt(tokens, j) === 'the') j++;
  const n = numAt(tokens, j);
  if (n === undefined || n.suffix !== '' || n.value <= 0) return null;
  const w = wordAt(tokens, j + 1);
  const len = lex.period.get(w);
  if (len === undefined || (w !== 'fy' && lex.frequencyAdverb.has(w))) return null;
  const months = n.value * len;
  const serial = asOf !== undefined ? Math.round(asOf + months * DAYS_PER_MONTH) : null;
  return { found: { evidence: { kind: 'deadline', text: phrase(tokens, i, j + 1) }, kind: 'relative', serial, months }, to: j + 1 };
}

/** "end of the year", "end of next quarter", "year end", "year-end". */
function readEndOf(scan: Scan, i: number, asOf: number | undefined): { found: Found; to: number } | null {
  const { tokens, lex } = scan;
  let j = i + 1;
  if (wordAt(tokens, j) !== 'of') return null;
  j++;
  if (wordAt(tokens, j) === 'the') j++;
  let ahead = 0;
  const rel = lex.relative.get(wordAt(tokens, j));
  if (rel !== undefined) {
    ahead = rel;
    j++;
  }
  while (lex.periodQualifier.has(wordAt(tokens, j))) j++;
  const w = wordAt(tokens, j);
  const len = lex.period.get(w);
  if (len === undefined) return null;
  let serial: number | null = null;
  let months = len * (ahead + 0.5);
  if (asOf !== undefined) {
    serial = periodEnd(asOf, ahead, len);
    months = Math.max(0, (serial - asOf) / DAYS_PER_MONTH);
  }
  return { found: { evidence: { kind: 'deadline', text: phrase(tokens, i, j) }, kind: 'relative', serial, months }, to: j };
}

function fromDates(scan: Scan, asOf: number | undefined): Found[] {
  return findTextDates(scan, asOf).map((d) => ({
    evidence: { kind: 'deadline', text: d.text },
    kind: 'date' as const,
    serial: d.serial,
    months: d.serial !== null && asOf !== undefined ? (d.serial - asOf) / DAYS_PER_MONTH : null,
  }));
}

/** Finds every deadline, span and vague time word in the goal. */
export function findTime(scan: Scan, asOf: number | undefined): TimeFacts {
  const { tokens, lex, used } = scan;
  const found: Found[] = fromDates(scan, asOf);
  const vague: Evidence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || tokens[i].kind !== 'word') continue;
    const w = tokens[i].text;
    let read: { found: Found; to: number } | null = null;
    if (lex.relative.has(w)) read = readRelative(scan, i, asOf);
    else if (lex.span.has(w) || w === 'for') read = readSpan(scan, i, asOf);
    else if (lex.end.has(w)) read = readEndOf(scan, i, asOf);
    else if (lex.vagueTime.has(w)) vague.push({ kind: 'vague-time', text: w });
    else if (lex.deadline.has(w) && lex.event.has(wordAt(tokens, i + 1 + (wordAt(tokens, i + 1) === 'the' ? 1 : 0)))) {
      const to = i + 1 + (wordAt(tokens, i + 1) === 'the' ? 1 : 0);
      read = { found: { evidence: { kind: 'deadline', text: phrase(tokens, i, to) }, kind: 'event', serial: null, months: null }, to };
    } else if (lex.period.has(w) && lex.end.has(wordAt(tokens, i + 1 + (wordAt(tokens, i + 1) === '' ? 1 : 0)))) {
      // "year end", "year-end", "month-end"
      const to = i + 1 + (wordAt(tokens, i + 1) === '' ? 1 : 0);
      const len = lex.period.get(w) ?? 12;
      const serial = asOf !== undefined ? periodEnd(asOf, 0, len) : null;
      const months = serial !== null && asOf !== undefined ? (serial - asOf) / DAYS_PER_MONTH : len / 2;
      read = { found: { evidence: { kind: 'deadline', text: phrase(tokens, i, to) }, kind: 'relative', serial, months }, to };
    }
    if (read !== null) {
      found.push(read.found);
      markUsed(scan, i, read.to);
      i = read.to;
    }
  }
  const rank = (f: Found): number => (f.kind === 'date' ? 0 : f.kind === 'relative' ? 1 : 2);
  found.sort((a, b) => rank(a) - rank(b));
  const best = found[0];
  return {
    deadlines: found.map((f) => f.evidence),
    kind: best?.kind ?? null,
    dueSerial: best?.serial ?? null,
    months: best?.months ?? null,
    vague,
  };
}
