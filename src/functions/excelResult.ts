/** Turns a Rudder function's plain result into what Excel expects: values, or CustomFunctions.Error. */
import type { ExcelCellResult, ExcelErrorResult, ExcelResult, ExcelScalar } from './types';
import { isExcelError } from './types';

function toCustomError(e: ExcelErrorResult): CustomFunctions.Error {
  const code = codeFromRuntime(e.error);
  // Excel shows a custom message only for #VALUE! and #N/A.
  return e.error === '#NUM!' ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, e.message);
}

function codeFromRuntime(error: ExcelErrorResult['error']): CustomFunctions.ErrorCode {
  switch (error) {
    case '#VALUE!':
      return CustomFunctions.ErrorCode.invalidValue;
    case '#N/A':
      return CustomFunctions.ErrorCode.notAvailable;
    case '#NUM!':
      return CustomFunctions.ErrorCode.invalidNumber;
  }
}

export type ExcelMatrix = (ExcelScalar | CustomFunctions.Error)[][];

/**
 * A whole-call error, or a single-cell error, is thrown (Excel shows it with its message);
 * errors inside a spilled range become error cells.
 */
export function toExcelMatrix(result: ExcelResult): ExcelMatrix {
  if (!Array.isArray(result)) {
    const single = result as ExcelCellResult;
    if (isExcelError(single)) throw toCustomError(single);
    return [[single]];
  }
  const rows = result as readonly (readonly ExcelCellResult[])[];
  if (rows.length === 1 && rows[0].length === 1 && isExcelError(rows[0][0])) throw toCustomError(rows[0][0]);
  return rows.map((row) => row.map((cell) => (isExcelError(cell) ? toCustomError(cell) : cell)));
}

/** Anything unexpected becomes #VALUE! with a plain message, never an exception past the wrapper. */
export function unexpectedError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return toCustomError({ error: '#VALUE!', message: `Rudder could not compute this cell (${detail.slice(0, 120)}).` });
}
