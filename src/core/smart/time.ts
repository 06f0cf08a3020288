import { addMonths, endOfMonth, endOfQuarter, serialFromYmd, ymdFromSerial } from '../dates';
import { F, F2 } from './compile';
import { type Evidence, type Scan, flagsAt, flags2At, markUsed, numAt, phrase, wordAt } from './scan';
import { findTextDates } from './timeDates';
import { leadOf, readNamedDay } from './timeNamed';

/** Average month length, to turn day spans into months. */
export const DAYS_PER_MONTH = 365.25 / 12;

export type DeadlineKind = 'date' | 'relative' | 'event' | 'window';

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
  /**
   * Limits on each occurrence rather than on the goal: "within 24 hours", "the same day",
   * "within 2 working days". They bound the work in time but set no end date.
   */
  readonly windows: Evidence[];
  /** Whether a deadline is put in place by a time word ("by Q3", "within six months"), not just named. */
  readonly led: boolean;
}

interface Found {
  readonly evidence: Evidence;
  /** Introduced by a time word ("by", "within", "next") rather than a bare period name. */
  readonly led: boolean;
  readonly kind: DeadlineKind;
  readonly serial: number | null;
  readonly months: number | null;
}

/** The last day of the period containing `serial`, `ahead` periods later. */
function periodEnd(serial: number, ahead: number, monthsLong: number): number {
  if (monthsLong >= 12) return serialFromYmd(ymdFromSerial(serial).year + ahead, 12, 31);
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

type Read = { readonly found: Found; readonly to: number } | null;

const deadline = (
  scan: Scan,
  from: number,
  to: number,
  kind: DeadlineKind,
  serial: number | null,
  months: number | null,
): Read => ({
  found: {
    evidence: { kind: 'deadline', text: phrase(scan.tokens, from, to) },
    kind,
    serial,
    months,
    // The reader starts at the time word itself; a period word alone ("quarter 2") names a period.
    led: (flagsAt(scan.tokens, from) & (F.deadline | F.span | F.end | F.relative)) !== 0,
  },
  to,
});

/** Skips "financial", "working" and the like inside a period name. */
function skipQualifiers(scan: Scan, j: number): number {
  while ((flags2At(scan.tokens, j) & F2.periodQualifier) !== 0) j++;
  return j;
}

/** Reads "next quarter", "this financial year", "the next 4 weeks", "next board meeting", "this summer" at i (the relative word). */
function readRelative(scan: Scan, i: number, asOf: number | undefined): Read {
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
  j = skipQualifiers(scan, j);
  // "next session", "next coaching session", "next board meeting"
  for (let k = j; k <= j + 2 && n === undefined; k++) {
    const f = flagsAt(tokens, k);
    if ((f & F.event) !== 0) return deadline(scan, i, k, 'event', null, null);
    if (wordAt(tokens, k) === '' || (f & F.stop) !== 0) break;
  }
  if (n === undefined) {
    const named = readNamedDay(scan, j, F.relative, asOf);
    if (named !== null) return deadline(scan, i, named.to, 'relative', named.serial, monthsUntil(named.serial, asOf));
  }
  const len = lex.period.get(wordAt(tokens, j));
  if (len === undefined) return null;
  let months = count > 1 || n !== undefined ? count * len : ahead === 0 ? len / 2 : len;
  let serial: number | null = null;
  if (asOf !== undefined) {
    serial = count > 1 || n !== undefined ? Math.round(asOf + months * DAYS_PER_MONTH) : periodEnd(asOf, ahead, len);
    months = Math.max(0, (serial - asOf) / DAYS_PER_MONTH);
  }
  return deadline(scan, i, j, 'relative', serial, months);
}

function monthsUntil(serial: number | null, asOf: number | undefined): number | null {
  return serial !== null && asOf !== undefined ? Math.max(0, (serial - asOf) / DAYS_PER_MONTH) : null;
}

/** A window on each occurrence: hours, minutes, or working days ("within 2 working days"). */
function windowAt(scan: Scan, from: number, to: number): Read {
  return {
    found: {
      evidence: { kind: 'window', text: phrase(scan.tokens, from, to) },
      kind: 'window',
      serial: null,
      months: null,
      led: false,
    },
    to,
  };
}

/** "within 6 months", "in 90 days", "over two years"; "within 24 hours" and "within the hour" are windows. */
function readSpan(scan: Scan, i: number, asOf: number | undefined): Read {
  const { tokens, lex } = scan;
  let j = i + 1;
  // "dentro de 6 meses", "innerhalb von 6 Monaten"
  if (lex.of.has(wordAt(tokens, j))) j++;
  if (lex.article.has(wordAt(tokens, j))) j++;
  // "within the hour", "within an hour"
  const isSpan = (flagsAt(tokens, i) & F.span) !== 0;
  if (isSpan && (flagsAt(tokens, j) & F.duration) !== 0) return windowAt(scan, i, j);
  if (isSpan && (flagsAt(tokens, j) & F.per) !== 0 && (flagsAt(tokens, j + 1) & F.duration) !== 0)
    return windowAt(scan, i, j + 1);
  const n = numAt(tokens, j);
  if (n === undefined || n.suffix !== '' || n.value <= 0) return null;
  const q = skipQualifiers(scan, j + 1);
  const f = flagsAt(tokens, q);
  // Only a span word ("within", "in") makes hours a limit; "for 2 hours" is how long, not when.
  if ((f & F.duration) !== 0) return isSpan ? windowAt(scan, i, q) : null;
  const w = wordAt(tokens, q);
  const len = lex.period.get(w);
  if (len === undefined || (w !== 'fy' && (f & F.frequencyAdverb) !== 0)) return null;
  // "within 2 working days" is a service promise on each job, not the goal's deadline.
  if (q > j + 1 && len < 1) return windowAt(scan, i, q);
  if (q > j + 1) return null;
  const months = n.value * len;
  const serial = asOf !== undefined ? Math.round(asOf + months * DAYS_PER_MONTH) : null;
  return deadline(scan, i, j + 1, 'relative', serial, months);
}

/** "the same day", "same-day": a limit on each occurrence, unless it describes a noun ("same-day delivery"). */
function readSame(scan: Scan, i: number): Read {
  const { tokens } = scan;
  const j = wordAt(tokens, i + 1) === '' && tokens[i + 1] !== undefined && tokens[i + 1].text === '-' ? i + 2 : i + 1;
  if ((flagsAt(tokens, j) & F.period) === 0) return null;
  const next = tokens[j + 1];
  if (next !== undefined && next.kind === 'word' && (next.flags & (F.stop | F.deadline | F.span | F.every)) === 0)
    return null;
  // Written with a space whatever the hyphen: "same-day" reads back as "same day".
  const from = scan.lex.article.has(wordAt(tokens, i - 1)) ? i - 1 : i;
  const text = `${from < i ? 'the ' : ''}${tokens[i].text} ${tokens[j].text}`;
  return {
    found: { evidence: { kind: 'window', text }, kind: 'window', serial: null, months: null, led: false },
    to: j,
  };
}

/** "end of the year", "end of next quarter", "end of summer". */
function readEndOf(scan: Scan, i: number, asOf: number | undefined): Read {
  const { tokens, lex } = scan;
  let j = i + 1;
  if (!lex.of.has(wordAt(tokens, j))) return null;
  j++;
  if (lex.article.has(wordAt(tokens, j))) j++;
  let ahead = 0;
  const rel = lex.relative.get(wordAt(tokens, j));
  if (rel !== undefined) {
    ahead = rel;
    j++;
  }
  j = skipQualifiers(scan, j);
  const named = readNamedDay(scan, j, F.end, asOf);
  if (named !== null)
    return deadline(
      scan,
      i,
      named.to,
      named.hasYear ? 'date' : 'relative',
      named.serial,
      monthsUntil(named.serial, asOf),
    );
  const len = lex.period.get(wordAt(tokens, j));
  if (len === undefined) return null;
  let serial: number | null = null;
  let months = len * (ahead + 0.5);
  if (asOf !== undefined) {
    serial = periodEnd(asOf, ahead, len);
    months = Math.max(0, (serial - asOf) / DAYS_PER_MONTH);
  }
  return deadline(scan, i, j, 'relative', serial, months);
}

/** "year end", "year-end", "month-end" at i (the period word). */
function readPeriodEnd(scan: Scan, i: number, asOf: number | undefined): Read {
  const { tokens, lex } = scan;
  const to = i + 1 + (wordAt(tokens, i + 1) === '' ? 1 : 0);
  if ((flagsAt(tokens, to) & F.end) === 0) return null;
  const len = lex.period.get(wordAt(tokens, i)) ?? 12;
  const serial = asOf !== undefined ? periodEnd(asOf, 0, len) : null;
  return deadline(
    scan,
    i,
    to,
    'relative',
    serial,
    serial !== null && asOf !== undefined ? (serial - asOf) / DAYS_PER_MONTH : len / 2,
  );
}

/** "by the next board meeting", "by Friday", "by Christmas", "before summer 2027" at i (the deadline word). */
function readDeadlineWord(scan: Scan, i: number, asOf: number | undefined): Read {
  const { tokens } = scan;
  const to = i + 1 + (scan.lex.article.has(wordAt(tokens, i + 1)) ? 1 : 0);
  if ((flagsAt(tokens, to) & F.event) !== 0) return deadline(scan, i, to, 'event', null, null);
  const named = readNamedDay(scan, to, F.deadline, asOf);
  if (named === null) return null;
  const kind = named.hasYear || (flags2At(tokens, to) & F2.holiday) !== 0 ? 'date' : 'relative';
  // Without today, "by friday" is still days away: about half a week.
  const months =
    monthsUntil(named.serial, asOf) ?? ((flags2At(tokens, to) & F2.weekday) !== 0 ? 3.5 / DAYS_PER_MONTH : null);
  return deadline(scan, i, named.to, kind, named.serial, months);
}

/** "in spring", "during summer 2027", "for christmas": a named day after a span word. */
function readSpanDay(scan: Scan, i: number, asOf: number | undefined): Read {
  const to = i + 1 + (scan.lex.article.has(wordAt(scan.tokens, i + 1)) ? 1 : 0);
  const named = readNamedDay(scan, to, flagsAt(scan.tokens, i) | F.span, asOf);
  if (named === null) return null;
  return deadline(
    scan,
    i,
    named.to,
    named.hasYear || (flags2At(scan.tokens, to) & F2.holiday) !== 0 ? 'date' : 'relative',
    named.serial,
    monthsUntil(named.serial, asOf),
  );
}

/** Words that may start a time phrase; any other word is skipped with one test. */
const TIME_START = F.relative | F.span | F.end | F.vagueTime | F.deadline | F.period;
const TIME_START2 = F2.same | F2.holiday | F2.season;

const RANK: Readonly<Record<DeadlineKind, number>> = { date: 0, relative: 1, event: 2, window: 3 };
const byRank = (a: Found, b: Found): number => RANK[a.kind] - RANK[b.kind];

/** Finds every deadline, span, window and vague time word in the goal. */
export function findTime(scan: Scan, asOf: number | undefined): TimeFacts {
  const { tokens, used } = scan;
  const found: Found[] = [];
  for (const d of findTextDates(scan, asOf)) {
    found.push({
      evidence: { kind: 'deadline', text: d.text },
      led: d.led,
      kind: 'date',
      serial: d.serial,
      months: d.serial !== null && asOf !== undefined ? (d.serial - asOf) / DAYS_PER_MONTH : null,
    });
  }
  const vague: Evidence[] = [];
  const windows: Evidence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (used[i] || t.kind !== 'word') continue;
    const f = t.flags;
    if ((f & TIME_START) === 0 && (t.flags2 & TIME_START2) === 0 && t.text !== 'for') continue;
    let read: Read = null;
    if ((f & F.relative) !== 0) read = readRelative(scan, i, asOf);
    else if ((f & F.span) !== 0 || t.text === 'for') read = readSpan(scan, i, asOf) ?? readSpanDay(scan, i, asOf);
    else if ((f & F.end) !== 0) read = readEndOf(scan, i, asOf);
    else if ((f & F.vagueTime) !== 0) vague.push({ kind: 'vague-time', text: t.text });
    else if ((f & F.deadline) !== 0) read = readDeadlineWord(scan, i, asOf);
    else if ((f & F.period) !== 0) read = readPeriodEnd(scan, i, asOf);
    else if ((t.flags2 & F2.same) !== 0) read = readSame(scan, i);
    else if ((t.flags2 & (F2.holiday | F2.season)) !== 0) {
      // "christmas 2027", "summer 2027" with no word before: firm only with a year.
      const named = readNamedDay(scan, i, leadOf(scan, i), asOf);
      if (named !== null && named.hasYear)
        read = deadline(scan, i, named.to, 'date', named.serial, monthsUntil(named.serial, asOf));
    }
    if (read === null) continue;
    if (read.found.kind === 'window') {
      // Windows leave their numbers to be read as amounts: "within 24 hours" is also how fast.
      windows.push(read.found.evidence);
    } else {
      found.push(read.found);
      markUsed(scan, i, read.to);
    }
    i = read.to;
  }
  if (found.length > 1) found.sort(byRank);
  const deadlines: Evidence[] = [];
  for (const f of found) deadlines.push(f.evidence);
  const best = found.length > 0 ? found[0] : undefined;
  return {
    deadlines,
    kind: best?.kind ?? null,
    dueSerial: best?.serial ?? null,
    months: best?.months ?? null,
    vague,
    windows,
    led: found.some((f) => f.led),
  };
}
