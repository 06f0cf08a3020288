/**
 * "03/04/2027" is 3 April in most of the world and March 4 in the United States. Rudder reads such
 * a date in the order of the workbook's locale when the host knows it (day first otherwise) and
 * says which dates could have been read either way.
 */
import { NUMERIC_DATE } from './parse';

/** Day before month (31/03/2027) or month before day (03/31/2027). */
export type DateOrder = 'dmy' | 'mdy';

export const DEFAULT_DATE_ORDER: DateOrder = 'dmy';

/** Regions that write the month first in numeric dates (language-REGION tags, e.g. en-US, es-US). */
const MONTH_FIRST_REGIONS: ReadonlySet<string> = new Set([
  'US',
  'PH',
  'FM',
  'MH',
  'PW',
  'AS',
  'GU',
  'MP',
  'PR',
  'UM',
  'VI',
]);

/**
 * The numeric date order of a BCP 47 locale such as "en-US" or "fr-CA"; `null` when the tag names
 * no region, since a language alone ("en") does not settle it.
 */
export function dateOrderOfLocale(locale: string | null | undefined): DateOrder | null {
  if (typeof locale !== 'string') return null;
  const region = locale
    .trim()
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  if (region === undefined) return null;
  return MONTH_FIRST_REGIONS.has(region.toUpperCase()) ? 'mdy' : 'dmy';
}

/** Whether numeric date text could be read both ways ("03/04/2027"; not "31/03/2027", not "04/04/2027"). */
export function isDayMonthAmbiguous(text: string): boolean {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a >= 1 && a <= 12 && b >= 1 && b <= 12 && a !== b;
}

/** Excel's built-in short date (format 14) shows in the reader's own order: it says nothing about the workbook's. */
const SYSTEM_SHORT_DATE: ReadonlySet<string> = new Set(['mm-dd-yy', 'm/d/yyyy', 'm/d/yy']);

/**
 * The order a workbook's own date formats write day and month in ("dd/mm/yyyy" is day first,
 * "mm/dd/yyyy" month first), when the formats agree; `null` when they say nothing or disagree.
 */
export function dateOrderOfFormats(formats: Iterable<string | null>): DateOrder | null {
  let found: DateOrder | null = null;
  for (const format of formats) {
    if (format === null || SYSTEM_SHORT_DATE.has(format.toLowerCase())) continue;
    // Quoted text and [colour] or [$-locale] sections are not part of the date pattern.
    const pattern = format.toLowerCase().replace(/"[^"]*"|\[[^\]]*\]/g, '');
    // Numeric day and month side by side only: a month written as a name (mmm) reads the same in any
    // order, and the mm of a time (hh:mm) is minutes.
    const m = /(?<![dm])(d{1,2})[/.\- ](m{1,2})(?!m)|(?<![dm])(m{1,2})[/.\- ](d{1,2})(?!d)/.exec(pattern);
    if (!m) continue;
    const order: DateOrder = m[1] !== undefined ? 'dmy' : 'mdy';
    if (found !== null && found !== order) return null;
    found = order;
  }
  return found;
}
