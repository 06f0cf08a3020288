/**
 * A period as a history sheet names it, read as the period's end date: a date cell, or text such as "Jan-17",
 * "janv. 2024", "Q3 FY25", "T3 2024", "3. Quartal 2024" (month and quarter words of every language pack). In a
 * wide table with two header rows a period column's header also says whether it holds the Target or the Actual.
 */
import { endOfMonth, isValidSerial, parseDateText, ymdFromSerial } from '../dates';
import { isDateFormat } from '../detect/cells';
import { isCellError, type CellValue } from '../grid/types';
import { quarterWords } from '../lang';
import { HEADER_WORDS } from '../lang/headers';
import { fold } from '../text/fold';

/** What a period column of a wide table holds. */
export type PeriodPart = 'actual' | 'target';

export interface PeriodHeader {
  /** The period's end date (Excel serial). */
  readonly period: number;
  readonly part: PeriodPart;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const QUARTER = alternation(quarterWords());
/** "Q3", "T3", "trim. 3", "quarter 3" … followed by the rest. */
const WORD_THEN_NUMBER = new RegExp(`^(?:${QUARTER})\\.? ?([1-4])(?![0-9])[ \\-/]*(.*)$`);
/** "3T", "3º trimestre", "3. Quartal", "3rd quarter" … followed by the rest. */
const NUMBER_THEN_WORD = new RegExp(
  `^([1-4])(?:st|nd|rd|th|er|e|eme|o|a|º|ª|\\.)? ?(?:${QUARTER})\\.?(?: de| del| do)?[ \\-/]*(.*)$`,
);
/** "FY25 Q3": the year first. */
const YEAR_FIRST = /^(fy ?\d{2,4}|\d{4}) (.+)$/;

/** Header words for a target or an actual in every language, folded ("=" marks whole-header words). */
function partWords(role: 'target' | 'actual'): string[] {
  return Object.values(HEADER_WORDS)
    .flatMap((lexicon) => [...(lexicon.roles[role] ?? []), ...(lexicon.weakRoles[role] ?? [])])
    .map((w) => fold(w.replace(/^=/, '')));
}

const TARGET_WORDS = alternation(partWords('target'));
const ACTUAL_WORDS = alternation(partWords('actual'));
const PART_BEFORE = new RegExp(`^(${TARGET_WORDS}|${ACTUAL_WORDS})[ \\-/:]+(.+)$`);
const PART_AFTER = new RegExp(`^(.+?)[ \\-/:(]+(${TARGET_WORDS}|${ACTUAL_WORDS})\\)?$`);
const IS_TARGET = new RegExp(`^(?:${TARGET_WORDS})$`);

/** Quarter words in any language rewritten as "Q3 …", which the date reader knows. */
function asQuarter(text: string): string {
  const swapped = YEAR_FIRST.exec(text);
  const candidates = swapped ? [text, `${swapped[2]} ${swapped[1]}`] : [text];
  for (const t of candidates) {
    const m = WORD_THEN_NUMBER.exec(t) ?? NUMBER_THEN_WORD.exec(t);
    if (m) return `Q${m[1]} ${m[2]}`.trim();
  }
  return text;
}

/** A period written as text, as its end date; null when the text names no period with a year. */
export function periodOfText(raw: string): number | null {
  const text = fold(raw)
    .replace(/[º°ª]/g, (c) => (c === 'ª' ? 'a' : 'o'))
    .trim();
  if (text === '') return null;
  for (const candidate of [text, asQuarter(text)]) {
    const parsed = parseDateText(candidate, { edge: 'end' });
    if (parsed.ok) return parsed.serial;
  }
  return null;
}

/**
 * A period cell (a long table's period column, or a wide table's header cell). A date whose format shows no day
 * ("mmm-yy") names its month, so it reads as the month's last day; a date with a day is that day.
 */
export function periodOfCell(value: CellValue, format: string | null): number | null {
  if (value === null || isCellError(value)) return null;
  if (typeof value === 'number') {
    if (!isValidSerial(value)) return null;
    const serial = Math.floor(value);
    if (isDateFormat(format) && !/d/i.test(format ?? '')) {
      const { year, month } = ymdFromSerial(serial);
      return endOfMonth(year, month);
    }
    return serial;
  }
  return typeof value === 'string' ? periodOfText(value) : null;
}

/**
 * A wide table's period column: its period and whether it holds targets or actuals ("Jan-17 Target",
 * "Objectif T3 2024"). A header without either word holds actuals. Null when the header names no period.
 */
export function periodHeaderOf(value: CellValue, format: string | null, headerText: string): PeriodHeader | null {
  const direct = periodOfCell(value, format);
  if (direct !== null) return { period: direct, part: 'actual' };
  const text = fold(headerText).trim();
  const plain = periodOfText(text);
  if (plain !== null) return { period: plain, part: 'actual' };
  const before = PART_BEFORE.exec(text);
  const after = PART_AFTER.exec(text);
  const split = before ? { word: before[1], rest: before[2] } : after ? { word: after[2], rest: after[1] } : null;
  if (split === null) return null;
  const period = periodOfText(split.rest);
  if (period === null) return null;
  return { period, part: IS_TARGET.test(split.word) ? 'target' : 'actual' };
}
