import { LANGUAGES } from '../lang';
import { foldAccents, monthFromName } from './months';
import {
  endOfMonth,
  endOfQuarter,
  isValidSerial,
  isValidYmd,
  MAX_SERIAL,
  serialFromUtcDate,
  serialFromYmd,
  startOfQuarter,
} from './serial';

/** How precisely a date was given: "Q3 2027" names a quarter, not a day. */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';

export type DateParse =
  | { readonly ok: true; readonly serial: number; readonly precision: DatePrecision }
  | { readonly ok: false; readonly reason: string };

export interface DateParseOptions {
  /**
   * For a period ("Q3 2027", "March 2027", "FY2027"): its last day (a deadline) or its first (a start).
   * @default 'end'
   */
  readonly edge?: 'start' | 'end';
  /**
   * How to read an ambiguous "03/04/2027" where both parts could be the month.
   * @default true (3 April 2027)
   */
  readonly dayFirst?: boolean;
}

export const ACCEPTED_DATE_FORMS =
  'a date cell, or text such as 2027-03-31, 31/03/2027, 31 March 2027, March 2027, Q3 2027, H1 2027 or FY2027';

/** 31/03/2027, 03/31/2027, 31-03-27, 31.03.2027: day and month in either order, then the year. */
export const NUMERIC_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/;

const fail = (reason: string): DateParse => ({ ok: false, reason });
const day = (serial: number): DateParse => ({ ok: true, serial, precision: 'day' });

function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

function fromYmd(year: number, month: number, d: number): DateParse {
  return isValidYmd(year, month, d) ? day(serialFromYmd(year, month, d)) : fail(`there is no such date`);
}

function period(edge: 'start' | 'end', precision: DatePrecision, first: number, last: number): DateParse {
  return { ok: true, serial: edge === 'end' ? last : first, precision };
}

function yearInRange(year: number): boolean {
  return year >= 1900 && year <= 9999;
}

/** Folded phrases of every language, longest first, so "bis zum ende" is tried before "bis". */
const byLength = (phrases: Iterable<string>): readonly string[] =>
  [...new Set([...phrases].map((p) => foldAccents(p).replace(/'/g, ' ')))].sort((a, b) => b.length - a.length);
const LEAD_PHRASES = byLength(LANGUAGES.flatMap((p) => p.dateLeadWords));
const END_PHRASES = byLength(LANGUAGES.flatMap((p) => p.dateEndWords));
/** Words that glue a date's parts ("31 de marzo de 2027", "fin du mois", "31st of March"). */
const JOINER = `(?:(?:${byLength(LANGUAGES.flatMap((p) => p.dateJoiners)).join('|')}) )?`;

// 31 March 2027, 31st Mar 2027, 31-mar-27, 31. März 2027, 31 de marzo de 2027, 1er juin 2027
const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th|er|\\.)?[ \\-/]${JOINER}([a-z]+)\\.?[ \\-/,] ?${JOINER}(\\d{2}|\\d{4})$`,
);
// March 2027, Mar-27, janv. 2024, marzo de 2027
const MONTH_YEAR = new RegExp(`^([a-z]+)\\.?[ \\-/,]+${JOINER}(\\d{2}|\\d{4})$`);

const LEADING_JOINER = new RegExp(`^${JOINER}(?:the )?`);

function startsWithPhrase(text: string, phrases: readonly string[]): string | null {
  for (const p of phrases) if (text.startsWith(p) && text[p.length] === ' ') return p;
  return null;
}

/**
 * Strips the words people put before a date in a cell or a sentence, in any language: "by", "antes de", "bis",
 * and "end of", "fin", "Ende", which make a period mean its last day ("fin juin 2027", "bis Ende Q2 2027").
 */
function stripLead(text: string): { readonly rest: string; readonly atEnd: boolean } {
  let rest = text;
  let atEnd = false;
  // Most date text starts with a digit ("2027-03-31", "31/03/2027"): nothing to strip.
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return { rest, atEnd };
  for (let k = 0; k < 4; k++) {
    const end = startsWithPhrase(rest, END_PHRASES);
    const lead = end === null ? startsWithPhrase(rest, LEAD_PHRASES) : null;
    const found = end ?? lead;
    if (found === null) break;
    if (end !== null) atEnd = true;
    rest = rest.slice(found.length + 1);
    const joined = LEADING_JOINER.exec(rest);
    if (joined !== null) rest = rest.slice(joined[0].length);
  }
  return { rest, atEnd };
}

/**
 * Parses text that holds a single date or period, in the forms people type into spreadsheets, in any of the
 * five languages: "31 de marzo de 2027", "30. Juni 2027", "janv. 2024", "fin juin 2027", "bis Ende Q2 2027".
 */
export function parseDateText(raw: string, options: DateParseOptions = {}): DateParse {
  const dayFirst = options.dayFirst ?? true;
  const folded = foldAccents(raw.trim())
    .replace(/\s+/g, ' ')
    .replace(/[\u2019']/g, ' ');
  if (folded === '') return fail('it is empty');
  const { rest: text, atEnd } = stripLead(folded);
  if (text === '') return fail('it is empty');
  const edge = atEnd ? 'end' : (options.edge ?? 'end');
  let m: RegExpExecArray | null;

  // 2027-03-31, 2027/3/31, 2027-03-31T00:00:00
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(text))) {
    return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  // 31/03/2027, 03/31/2027, 31-03-27, 31.03.2027
  if ((m = NUMERIC_DATE.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3]);
    const monthFirst = a <= 12 && (b > 12 || (!dayFirst && b <= 12));
    return monthFirst ? fromYmd(year, a, b) : fromYmd(year, b, a);
  }
  // Q3 2027, Q3-2027, 2027 Q3, Q3/27, Q3 FY2027
  if (
    (m = /^q([1-4])[ \-/]?(?:fy ?)?(\d{2}|\d{4})$/.exec(text)) ||
    (m = /^(?:fy ?)?(\d{4})[ \-/]?q([1-4])$/.exec(text))
  ) {
    const [q, y] = text.startsWith('q') ? [Number(m[1]), fullYear(m[2])] : [Number(m[2]), fullYear(m[1])];
    if (!yearInRange(y)) return fail('the year is outside 1900-9999');
    return period(edge, 'quarter', startOfQuarter(y, q), endOfQuarter(y, q));
  }
  // H1 2027, 2027 H2
  if ((m = /^h([12])[ \-/]?(\d{2}|\d{4})$/.exec(text)) || (m = /^(\d{4})[ \-/]?h([12])$/.exec(text))) {
    const [h, y] = text.startsWith('h') ? [Number(m[1]), fullYear(m[2])] : [Number(m[2]), fullYear(m[1])];
    if (!yearInRange(y)) return fail('the year is outside 1900-9999');
    return period(edge, 'half', serialFromYmd(y, h * 6 - 5, 1), endOfMonth(y, h * 6));
  }
  // FY2027, FY 27, 2027, CY2027
  if ((m = /^(?:fy|cy)? ?(\d{4})$/.exec(text)) || (m = /^fy ?(\d{2})$/.exec(text))) {
    const y = fullYear(m[1]);
    if (!yearInRange(y)) return fail('the year is outside 1900-9999');
    return period(edge, 'year', serialFromYmd(y, 1, 1), serialFromYmd(y, 12, 31));
  }
  // 31 March 2027, 31st Mar 2027, 31-mar-27, 31. März 2027, 31 de marzo de 2027
  if ((m = DAY_MONTH_YEAR.exec(text))) {
    const month = monthFromName(m[2]);
    if (month === undefined) return fail(`"${m[2]}" is not a month name`);
    return fromYmd(fullYear(m[3]), month, Number(m[1]));
  }
  // March 31, 2027 / Mar 31 2027
  if ((m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text))) {
    const month = monthFromName(m[1]);
    if (month === undefined) return fail(`"${m[1]}" is not a month name`);
    return fromYmd(Number(m[3]), month, Number(m[2]));
  }
  // March 2027, Mar-27, 2027-03
  if ((m = MONTH_YEAR.exec(text))) {
    const month = monthFromName(m[1]);
    if (month === undefined) return fail(`"${m[1]}" is not a month name`);
    const y = fullYear(m[2]);
    if (!yearInRange(y)) return fail('the year is outside 1900-9999');
    return period(edge, 'month', serialFromYmd(y, month, 1), endOfMonth(y, month));
  }
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(text))) {
    const y = Number(m[1]);
    const month = Number(m[2]);
    if (!yearInRange(y) || month < 1 || month > 12) return fail('there is no such month');
    return period(edge, 'month', serialFromYmd(y, month, 1), endOfMonth(y, month));
  }
  return fail('the text is not a date or a period such as a quarter');
}

/**
 * Reads whatever a cell or argument holds as a date: a serial number, a JavaScript Date,
 * or date text. Blanks are the caller's business: they are reported as not a date.
 */
export function parseDateInput(value: unknown, options: DateParseOptions = {}): DateParse {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('it is not a finite number');
    if (!isValidSerial(value)) {
      return fail(
        value < 1
          ? 'dates before 1 January 1900 are not supported'
          : `dates after 31 December 9999 (serial ${MAX_SERIAL}) are not supported`,
      );
    }
    return day(value);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail('it is an invalid date');
    const serial = serialFromUtcDate(value);
    return isValidSerial(serial) ? day(serial) : fail('the date is outside 1900-9999');
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    // A number typed as text ("46203") is still a serial.
    if (/^\d+(\.\d+)?$/.test(trimmed) && trimmed.length >= 5) return parseDateInput(Number(trimmed), options);
    return parseDateText(trimmed, options);
  }
  return fail('it is not a date');
}
