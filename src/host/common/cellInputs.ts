/** Reading `CellInput` values the same way in every adapter. */
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
