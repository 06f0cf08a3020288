import { daysInMonth, isValidYmd, serialFromYmd, ymdFromSerial } from '../dates';
import { F, F2 } from './compile';
import type { Holiday } from './lexicon/types';
import { type Scan, flagsAt, flags2At, numAt, wordAt } from './scan';

/**
 * Deadlines named by a day rather than a date: "by Friday", "by Christmas", "before summer 2027",
 * "in spring". Each resolves to a serial when "today" (or a year) is known.
 */
export interface NamedDay {
  /** Index of the last token read. */
  readonly to: number;
  readonly serial: number | null;
  /** Whether a year was written, which makes it as firm as a date. */
  readonly hasYear: boolean;
}

/** 0 for Sunday. Serials from 61 on are real days; serial 61 (1 March 1900) was a Thursday. */
export function weekdayOf(serial: number): number {
  return (Math.floor(serial) + 6) % 7;
}

/** Easter Sunday of a year (the Gregorian computus). */
export function easterOf(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

function yearAfter(scan: Scan, i: number): number | null {
  const t = numAt(scan.tokens, i);
  if (t === undefined || t.suffix !== '' || t.spelled || t.decimal || t.text.length !== 4) return null;
  return t.value >= 1900 && t.value <= 9999 ? t.value : null;
}

/** What a named day stands for: a holiday, or the start or end of a season (its first month). */
type DayRule = { readonly holiday: Holiday } | { readonly season: number; readonly atEnd: boolean };

/** The day a rule names in the year `y` (for a season: the season that starts in `y`). */
function serialIn(rule: DayRule, y: number): number | null {
  let month: number;
  let day: number;
  if ('holiday' in rule) {
    const h = rule.holiday === 'easter' ? easterOf(y) : rule.holiday;
    month = h.month;
    day = h.day;
  } else if (!rule.atEnd) {
    month = rule.season;
    day = 1;
  } else {
    // A season lasts three months; winter ends in the next calendar year.
    month = rule.season + 2;
    if (month > 12) {
      month -= 12;
      y += 1;
    }
    if (y > 9999) return null;
    day = daysInMonth(y, month);
  }
  return isValidYmd(y, month, day) ? serialFromYmd(y, month, day) : null;
}

/** The rule's day in `year`, or its next occurrence on or after `asOf`. */
function resolve(rule: DayRule, year: number | null, asOf: number | undefined): number | null {
  if (year !== null) return serialIn(rule, year);
  if (asOf === undefined) return null;
  const now = ymdFromSerial(asOf).year;
  // From last year: this January is still in the winter that started last December.
  for (let y = now - 1; y <= now + 1; y++) {
    const serial = serialIn(rule, y);
    if (serial !== null && serial >= asOf) return serial;
  }
  return null;
}

/** "christmas", "easter 2027", "summer", "spring 2027" at i; a bare name counts only when anchored. */
function readDayRule(
  scan: Scan,
  i: number,
  rule: DayRule,
  anchored: boolean,
  asOf: number | undefined,
): NamedDay | null {
  const year = yearAfter(scan, i + 1);
  if (!anchored && year === null) return null;
  return { to: year !== null ? i + 1 : i, serial: resolve(rule, year, asOf), hasYear: year !== null };
}

/** "by friday": the next such day, today included. */
function readWeekday(scan: Scan, i: number, asOf: number | undefined): NamedDay | null {
  const day = scan.lex.weekday.get(wordAt(scan.tokens, i));
  if (day === undefined) return null;
  const serial = asOf === undefined ? null : asOf + ((day - weekdayOf(asOf) + 7) % 7);
  return { to: i, serial, hasYear: false };
}

/**
 * A named day at i (the word after "by", "before", "in", "this"...): `lead` is the class of the
 * word that introduced it, which decides whether a season means its start or its end.
 */
export function readNamedDay(scan: Scan, i: number, leadFlags: number, asOf: number | undefined): NamedDay | null {
  const f2 = flags2At(scan.tokens, i);
  if ((f2 & (F2.weekday | F2.holiday | F2.season)) === 0) return null;
  const anchored =
    (leadFlags & (F.deadline | F.span | F.relative | F.end)) !== 0 || wordAt(scan.tokens, i - 1) === 'for';
  const w = wordAt(scan.tokens, i);
  const holiday = scan.lex.holiday.get(w);
  if (holiday !== undefined) return readDayRule(scan, i, { holiday }, anchored, asOf);
  // "by summer" means before it starts; "in summer", "this summer" and "end of summer" mean by its end.
  const season = scan.lex.season.get(w);
  if (season !== undefined)
    return readDayRule(scan, i, { season, atEnd: (leadFlags & F.deadline) === 0 }, anchored, asOf);
  // Only "by friday" is a deadline; "on fridays" and "every friday" are cycles, read elsewhere.
  return (leadFlags & F.deadline) !== 0 ? readWeekday(scan, i, asOf) : null;
}

/** The class of the word that leads a named day at i, skipping "the". */
export function leadOf(scan: Scan, i: number): number {
  return flagsAt(scan.tokens, scan.lex.article.has(wordAt(scan.tokens, i - 1)) ? i - 2 : i - 1);
}
