/**
 * Converting what Excel passes (scalars, 2-D ranges, blanks as null, serial dates) into core inputs.
 * Every converter returns a value or an ExcelErrorResult; nothing here throws for user input.
 */
import { parseDateInput, type DateParseOptions } from '../core/dates/parse';
import { FN_MESSAGES } from './messages';
import type { ExcelArg, ExcelErrorResult, ExcelScalar } from './types';
import { isExcelError } from './types';

export type Matrix = readonly (readonly ExcelScalar[])[];

/** Rudder scores at most this many cells per call: a whole column of a large sheet, not a whole sheet. */
export const MAX_CELLS_PER_CALL = 1_000_000;

export function asMatrix(arg: ExcelArg | undefined): Matrix {
  if (arg === undefined) return [[null]];
  if (Array.isArray(arg)) return arg.length === 0 ? [[null]] : (arg as Matrix);
  return [[arg as ExcelScalar]];
}

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export function shapeOf(m: Matrix): Shape {
  return { rows: m.length, cols: m.reduce((w, row) => Math.max(w, row.length), 0) };
}

/**
 * A cell of an argument for output cell (r, c): a single value repeats for every cell, a range
 * of the output's shape gives its own cell.
 */
export function cellAt(m: Matrix, r: number, c: number): ExcelScalar {
  if (m.length === 1 && m[0].length === 1) return m[0][0];
  return m[r]?.[c] ?? null;
}

/** Checks that each argument is one value or the driver's shape; returns the output shape or an error. */
export function broadcastShape(
  driverName: string,
  driver: Matrix,
  others: readonly (readonly [string, Matrix])[],
): Shape | ExcelErrorResult {
  const shape = shapeOf(driver);
  if (shape.rows * shape.cols > MAX_CELLS_PER_CALL) {
    return { error: '#VALUE!', message: FN_MESSAGES.tooManyCells(shape.rows * shape.cols, MAX_CELLS_PER_CALL) };
  }
  for (const [name, m] of others) {
    const s = shapeOf(m);
    if (s.rows * s.cols === 1) continue;
    if (s.rows !== shape.rows || s.cols !== shape.cols) {
      return {
        error: '#VALUE!',
        message: FN_MESSAGES.shapeMismatch(name, s.rows, s.cols, driverName, shape.rows, shape.cols),
      };
    }
  }
  return shape;
}

/** Excel passes error cells to custom functions as error objects in some hosts; treat any such string as one. */
function errorCode(value: ExcelScalar): string | null {
  return typeof value === 'string' &&
    /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)$/.test(value)
    ? value
    : null;
}

export function isBlank(value: ExcelScalar): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function readText(value: ExcelScalar): string | null {
  if (isBlank(value)) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return value ? 'TRUE' : 'FALSE';
}

/**
 * Reads a number typed as a number or as text such as "1,200", "15%", "$50k", "€ 2.5m".
 * Blank is `null`.
 */
export function readNumber(value: ExcelScalar, arg: string): number | null | ExcelErrorResult {
  if (value === null || isBlank(value)) return null;
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : { error: '#NUM!', message: FN_MESSAGES.notANumber(arg, String(value)) };
  if (typeof value === 'boolean')
    return { error: '#VALUE!', message: FN_MESSAGES.notANumber(arg, String(value).toUpperCase()) };
  const code = errorCode(value);
  if (code) return { error: '#VALUE!', message: FN_MESSAGES.errorValueIn(arg, code) };
  const parsed = parseNumberText(value);
  return parsed === null ? { error: '#VALUE!', message: FN_MESSAGES.notANumber(arg, value.slice(0, 40)) } : parsed;
}

const NUMBER_TEXT = /^([-+])?\s*[$€£¥]?\s*([-+])?(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)?(\.\d+)?\s*(%|k|m|bn|b)?$/i;

export function parseNumberText(text: string): number | null {
  const t = text.trim().replace(/^\((.*)\)$/, '-$1');
  const m = NUMBER_TEXT.exec(t);
  if (!m || (m[3] === undefined && m[4] === undefined)) return null;
  const whole = (m[3] ?? '0').replace(/[,\u00a0 ]/g, '');
  let n = Number(whole + (m[4] ?? ''));
  const suffix = (m[5] ?? '').toLowerCase();
  if (suffix === '%') n /= 100;
  else if (suffix === 'k') n *= 1e3;
  else if (suffix === 'm') n *= 1e6;
  else if (suffix === 'b' || suffix === 'bn') n *= 1e9;
  const negative = m[1] === '-' || m[2] === '-';
  return Number.isFinite(n) ? (negative ? -n : n) : null;
}

/** Reads a date: a serial number, or text such as "2027-03-31" or "Q3 2027". Blank is `null`. */
export function readDate(
  value: ExcelScalar,
  arg: string,
  options: DateParseOptions = {},
): number | null | ExcelErrorResult {
  if (value === null || isBlank(value)) return null;
  if (typeof value === 'boolean')
    return { error: '#VALUE!', message: FN_MESSAGES.notADate(arg, String(value).toUpperCase(), 'it is TRUE or FALSE') };
  const code = errorCode(value);
  if (code) return { error: '#VALUE!', message: FN_MESSAGES.errorValueIn(arg, code) };
  const parsed = parseDateInput(value, options);
  if (parsed.ok) return Math.floor(parsed.serial);
  return { error: '#VALUE!', message: FN_MESSAGES.notADate(arg, String(value).slice(0, 40), parsed.reason) };
}

/** Joins every non-blank cell of a range into one text (a context range is read as a whole). */
export function joinText(m: Matrix): string | null {
  const parts: string[] = [];
  for (const row of m)
    for (const v of row) {
      const t = readText(v);
      if (t !== null) parts.push(t);
    }
  return parts.length ? parts.join('\n') : null;
}

export { isExcelError };
