import {
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  isValidYmd,
  monthFromName,
  monthWords,
  parseDateText,
  serialFromYmd,
  ymdFromSerial,
} from '../dates';
import { F, F2 } from './compile';
import { type Scan, flagsAt, markUsed, numAt, phrase, symAt, wordAt } from './scan';

/** A date written in the goal, resolved to a serial when its year is known or can be inferred from "today". */
export interface TextDate {
  readonly text: string;
  readonly serial: number | null;
  /**
   * Whether a time word puts it in place as a deadline ("by Q3", "in 2027"); a bare period
   * ("the Q2 pipeline") more often names what the goal is about.
   */
  readonly led: boolean;
}

/** A word that sets a deadline ("by", "within", "in", "end") just before token i, an article aside. */
function ledAt(scan: Scan, i: number): boolean {
  const lead = F.deadline | F.span | F.end;
  const before = flagsAt(scan.tokens, i - 1);
  if ((before & lead) !== 0) return true;
  // "by the end", "antes del 31 de marzo": an article or "of" word may sit between.
  const between = wordAt(scan.tokens, i - 1);
  return (scan.lex.article.has(between) || scan.lex.of.has(between)) && (flagsAt(scan.tokens, i - 2) & lead) !== 0;
}

/** "FY2027", "CY 2023": words that say which calendar a year is in. */
const YEAR_KIND: ReadonlySet<string> = new Set(['fy', 'cy']);

// Month names are read through a map built once; the dates module folds accents on every call.
const MONTHS: ReadonlyMap<string, number> = new Map(
  monthWords()
    .map((w): [string, number | undefined] => [w, monthFromName(w)])
    .filter((e): e is [string, number] => e[1] !== undefined),
);

/** "q1".."q4", "h1", "h2": checked by character, as this runs on every word. */
function isQuarterWord(w: string): boolean {
  if (w.length !== 2) return false;
  const d = w.charCodeAt(1) - 48;
  return (w[0] === 'q' && d >= 1 && d <= 4) || (w[0] === 'h' && (d === 1 || d === 2));
}

/** "fy27", "fy2027" */
function isFiscalWord(w: string): boolean {
  if ((w.length !== 4 && w.length !== 6) || w[0] !== 'f' || w[1] !== 'y') return false;
  for (let k = 2; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const ORDINAL: ReadonlySet<string> = new Set(['', 'st', 'nd', 'rd', 'th']);

function yearAt(scan: Scan, i: number): number | null {
  const t = numAt(scan.tokens, i);
  if (t === undefined || t.suffix !== '' || t.spelled || t.decimal) return null;
  if (t.text.length === 4 && t.value >= 1900 && t.value <= 9999) return t.value;
  return null;
}

function dayAt(scan: Scan, i: number): number | null {
  const t = numAt(scan.tokens, i);
  if (t === undefined || t.spelled || t.decimal || !ORDINAL.has(t.suffix)) return null;
  return Number.isInteger(t.value) && t.value >= 1 && t.value <= 31 ? t.value : null;
}

function resolveSerial(text: string): number | null {
  const r = parseDateText(text);
  return r.ok ? r.serial : null;
}

/** A day and month without a year means its next occurrence from "today", when today is known. */
function nextOccurrence(month: number, day: number | null, asOf: number | undefined): number | null {
  if (asOf === undefined) return null;
  const { year } = ymdFromSerial(asOf);
  for (let y = year; y <= year + 1; y++) {
    const d = day ?? daysInMonth(y, month);
    if (!isValidYmd(y, month, d)) continue;
    const serial = serialFromYmd(y, month, d);
    if (serial >= asOf) return serial;
  }
  return null;
}

const inCalendar = (year: number): boolean => year >= 1900 && year <= 9999;

/** Last day of a quarter ("q3") or half ("h2") of a year, computed directly: this runs for every such word. */
function endOfPart(word: string, year: number): number | null {
  if (!inCalendar(year)) return null;
  const n = word.charCodeAt(1) - 48;
  return word[0] === 'q' ? endOfQuarter(year, n) : endOfMonth(year, n * 6);
}

/** "fy27", "fy2027" or "fy" + year: the last day of that year, as the dates module reads FY. */
function fiscalYear(word: string): number {
  const digits = word.slice(2);
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function readMonthDate(
  scan: Scan,
  i: number,
  month: number,
  asOf: number | undefined,
): { date: TextDate; from: number; to: number } | null {
  const { tokens, lex } = scan;
  const w = wordAt(tokens, i);
  let from = i;
  let to = i;
  let day: number | null = null;
  // "31 March", "31st of March"
  const ofBefore = lex.of.has(wordAt(tokens, i - 1)) ? 1 : 0;
  const before = dayAt(scan, i - 1 - ofBefore);
  if (before !== null) {
    day = before;
    from = i - 1 - ofBefore;
  } else {
    const after = dayAt(scan, i + 1);
    if (after !== null && yearAt(scan, i + 1) === null) {
      day = after;
      to = i + 1;
    }
  }
  // "March 31, 2027", "marzo de 2027"
  const gap =
    symAt(tokens, to + 1) === ',' || (lex.of.has(wordAt(tokens, to + 1)) && yearAt(scan, to + 2) !== null) ? 1 : 0;
  const year = yearAt(scan, to + 1 + gap);
  if (year !== null) to = to + 1 + gap;
  const prevFlags = flagsAt(tokens, from - 1);
  const anchored =
    day !== null || year !== null || (prevFlags & (F.deadline | F.span)) !== 0 || lex.of.has(wordAt(tokens, from - 1));
  if (!anchored && lex.ambiguousMonth.has(w)) return null;
  const text = phrase(tokens, from, to);
  let serial: number | null;
  if (year !== null) {
    serial =
      day !== null ? (isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : null) : endOfMonth(year, month);
  } else {
    serial = nextOccurrence(month, day, asOf);
  }
  return { date: { text, serial, led: ledAt(scan, from) }, from, to };
}

/**
 * Finds written dates: "31 March 2027", "March 31", "by June", "Q3 2027", "FY2027", "2027-03-31",
 * "by 2027". Marks their tokens so the numbers in them are not read as quantities.
 */
export function findTextDates(scan: Scan, asOf: number | undefined): TextDate[] {
  const { tokens, used } = scan;
  const out: TextDate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    if (t.kind === 'word') {
      const month = (t.flags2 & F2.month) !== 0 ? MONTHS.get(t.text) : undefined;
      if (month !== undefined) {
        const read = readMonthDate(scan, i, month, asOf);
        if (read !== null) {
          out.push(read.date);
          markUsed(scan, read.from, read.to);
          i = read.to;
        }
        continue;
      }
      // Quarter and fiscal words ("q3", "h1", "fy2027") are short: skip the rest at once.
      if (t.text.length > 6) continue;
      if (isQuarterWord(t.text)) {
        const year = yearAt(scan, i + 1) ?? (wordAt(tokens, i + 1) === 'fy' ? yearAt(scan, i + 2) : null);
        const yearBefore = year === null ? yearAt(scan, i - 1) : null;
        const y = year ?? yearBefore ?? (asOf !== undefined ? ymdFromSerial(asOf).year : null);
        const end = year !== null ? (wordAt(tokens, i + 1) === 'fy' ? i + 2 : i + 1) : i;
        const serial = y !== null ? endOfPart(t.text, y) : null;
        const from = yearBefore !== null ? i - 1 : i;
        out.push({ text: phrase(tokens, from, end), serial, led: ledAt(scan, from) });
        markUsed(scan, yearBefore !== null ? i - 1 : i, end);
        i = end;
        continue;
      }
      const fiscal = isFiscalWord(t.text);
      const fyYear = fiscal ? fiscalYear(t.text) : t.text === 'fy' ? yearAt(scan, i + 1) : null;
      if (fyYear !== null) {
        const end = fiscal ? i : i + 1;
        const text = phrase(tokens, i, end);
        out.push({ text, serial: inCalendar(fyYear) ? serialFromYmd(fyYear, 12, 31) : null, led: ledAt(scan, i) });
        markUsed(scan, i, end);
        i = end;
      }
      continue;
    }
    if (t.kind !== 'num') continue;
    // 2027-03-31, 31/03/2027
    const sep = symAt(tokens, i + 1);
    if ((sep === '/' || sep === '-') && symAt(tokens, i + 3) === sep && numAt(tokens, i + 2) && numAt(tokens, i + 4)) {
      const text = phrase(tokens, i, i + 4);
      const serial = resolveSerial(text);
      if (serial !== null) {
        out.push({ text, serial, led: ledAt(scan, i) });
        markUsed(scan, i, i + 4);
        i += 4;
        continue;
      }
    }
    const year = yearAt(scan, i);
    if (
      year !== null &&
      ((flagsAt(tokens, i - 1) & (F.deadline | F.span)) !== 0 ||
        scan.lex.of.has(wordAt(tokens, i - 1)) ||
        YEAR_KIND.has(wordAt(tokens, i - 1)))
    ) {
      const from = YEAR_KIND.has(wordAt(tokens, i - 1)) ? i - 1 : i;
      out.push({ text: String(year), serial: serialFromYmd(year, 12, 31), led: ledAt(scan, from) });
      markUsed(scan, i, i);
    }
  }
  return out;
}
