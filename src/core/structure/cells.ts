/**
 * Reading one source cell for a Rudder column: dates become dates (text dates parsed), numbers
 * typed as text become numbers, everything else stays the text the user typed. Never throws;
 * what cannot be read is kept as text and reported, so nothing the user wrote is lost.
 */
import { formatSerialIso, isDayMonthAmbiguous, parseDateText, type DateOrder } from '../dates';
import { readNumberText } from '../kpi/number-text';
import { isCellError, type CellValue } from '../grid/types';
import { isPlaceholder } from '../text';
import type { PlannedCell } from './types';
import { isDateFormat } from '../detect/cells';
import { strategyType } from '../model/cells';
import type { StrategyType } from '../model/types';

export type CellIssue = 'error' | 'date' | 'number';

export interface ReadCell {
  readonly cell: PlannedCell;
  /** Why the cell was not read as its column's type; absent when it was. */
  readonly issue?: CellIssue;
  /** Read, but as text ("03/04/2027") that the other order of day and month would read as another date. */
  readonly ambiguousDate?: true;
}

const ok = (cell: PlannedCell): ReadCell => ({ cell });

export function readText(value: CellValue, format: string | null): ReadCell {
  if (value === null) return ok(null);
  if (isCellError(value)) return { cell: null, issue: 'error' };
  if (typeof value === 'string') return ok(value.trim() === '' ? null : value.trim());
  if (typeof value === 'boolean') return ok(value ? 'TRUE' : 'FALSE');
  // A date-formatted number in a text column (a goal "due" written into the goal cell) reads as its date.
  if (isDateFormat(format)) return ok(formatSerialIso(value));
  return ok(String(value));
}

const TYPE_WORDS: Readonly<Record<StrategyType, string | null>> = {
  mission: 'Mission',
  vision: 'Vision',
  value: 'Value',
  pillar: 'Pillar',
  other: null,
};

/** A strategy row's type in the words RudderStrategy uses ("Values", "core value" → Value); other text as written. */
export function readStrategyType(value: CellValue, format: string | null): ReadCell {
  const read = readText(value, format);
  if (typeof read.cell !== 'string') return read;
  return ok(TYPE_WORDS[strategyType(read.cell, '')] ?? read.cell);
}

export function readNumber(value: CellValue): ReadCell {
  if (value === null) return ok(null);
  if (isCellError(value)) return { cell: null, issue: 'error' };
  if (typeof value === 'number') return ok(value);
  if (typeof value === 'boolean') return { cell: value ? 'TRUE' : 'FALSE', issue: 'number' };
  if (isPlaceholder(value)) return ok(null);
  const n = readNumberText(value);
  return n === undefined ? { cell: value.trim(), issue: 'number' } : ok(n);
}

/** A KPI target may be a band ("90-110"): a plain number is read as one, any other text is kept for KPI_STATUS to read. */
export function readTarget(value: CellValue): ReadCell {
  const read = readNumber(value);
  if (read.issue === 'number' && typeof read.cell === 'string' && /\d/.test(read.cell)) return ok(read.cell);
  return read;
}

/** Years typed as plain numbers (2027) are periods, not the serial 2027 (which is 1905). */
function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1990 && value <= 2200;
}

export function readDate(
  value: CellValue,
  format: string | null,
  edge: 'start' | 'end',
  order: DateOrder = 'dmy',
): ReadCell {
  if (value === null) return ok(null);
  if (isCellError(value)) return { cell: null, issue: 'error' };
  if (typeof value === 'boolean') return { cell: value ? 'TRUE' : 'FALSE', issue: 'date' };
  if (typeof value === 'number') {
    if (!isDateFormat(format) && isYearNumber(value)) return readDate(String(value), null, edge, order);
    return value >= 1 && value < 2958466 ? ok({ date: Math.floor(value) }) : { cell: value, issue: 'date' };
  }
  if (isPlaceholder(value)) return ok(null);
  const text = value.trim();
  // A serial typed as text ("46203") is still a date.
  if (/^\d{5}$/.test(text)) return ok({ date: Number(text) });
  const parsed = parseDateText(text, { edge, dayFirst: order === 'dmy' });
  if (!parsed.ok) return { cell: text, issue: 'date' };
  return isDayMonthAmbiguous(text)
    ? { cell: { date: parsed.serial }, ambiguousDate: true }
    : ok({ date: parsed.serial });
}

/** The same cell as the table would hold it after writing, for comparing a re-run with what is there. */
export function comparable(cell: PlannedCell | CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') {
    if ('date' in cell) return `n:${cell.date}`;
    if ('formula' in cell) return `f:${cell.formula}`;
    return `e:${cell.code}`;
  }
  if (typeof cell === 'number') return `n:${cell}`;
  return typeof cell === 'boolean' ? `s:${cell ? 'TRUE' : 'FALSE'}` : `s:${cell}`;
}
