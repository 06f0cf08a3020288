/** Reading `CellInput` values the same way in every adapter. */
import { isCellError, type CellValue } from '../../core/grid/types';
import type { CellInput } from '../port';
import { WorkbookError } from '../errors';

/** The default format for `{ date }` inputs when the caller gave none. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

export function isFormulaInput(input: CellInput): input is { readonly formula: string } {
  return typeof input === 'object' && input !== null && 'formula' in input;
}

export function isDateInput(input: CellInput): input is { readonly date: number } {
  return typeof input === 'object' && input !== null && 'date' in input;
}

/** `SUM(A1:A3)` and `=SUM(A1:A3)` both mean the formula `=SUM(A1:A3)`. */
export function formulaText(formula: string): string {
  const trimmed = formula.trim();
  return trimmed.startsWith('=') ? trimmed : `=${trimmed}`;
}

/** Numbers must be finite: Excel has no NaN or Infinity, and writing one is a bug upstream. */
export function checkNumber(value: number, where: string): number {
  if (!Number.isFinite(value))
    throw new WorkbookError(
      `Cannot write ${String(value)} to ${where}: Excel cells hold finite numbers only.`,
      'write-failed',
    );
  return value;
}

const ERROR_FORMULAS: Readonly<Record<string, string>> = {
  '#N/A': '=NA()',
  '#DIV/0!': '=1/0',
  '#VALUE!': '=VALUE("x")',
  '#NUM!': '=SQRT(-1)',
  '#REF!': '=#REF!',
  '#NAME?': '=#NAME?',
};

/**
 * A cell read from a workbook, to write back through a port: its formula if it had one, else its value,
 * with an error value as a formula that yields it (so a #N/A read stays #N/A when written).
 */
export function cellInputOf(value: CellValue, formula: string | null): CellInput {
  if (formula !== null) return { formula };
  if (isCellError(value)) return { formula: ERROR_FORMULAS[value.code] ?? '=NA()' };
  return value;
}
