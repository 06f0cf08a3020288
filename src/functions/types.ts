/**
 * The shape of a Rudder custom function as every host sees it: Excel (through functions.ts),
 * HyperFormula (playground and tests) and the CLI. Values are as a spreadsheet passes them.
 */

/** One value as Excel passes it to a custom function: blank or omitted arguments are `null`. */
export type ExcelScalar = number | string | boolean | null;

/** An argument: a single value or a 2-D range (row-major). */
export type ExcelArg = ExcelScalar | readonly (readonly ExcelScalar[])[];

/** A documented Excel error, with the message Excel shows beside it. */
export interface ExcelErrorResult {
  readonly error: '#VALUE!' | '#N/A' | '#NUM!';
  readonly message: string;
}

export type ExcelCellResult = ExcelScalar | ExcelErrorResult;

/** A single result, or a 2-D range of results (the spill of a range argument, or a profile row). */
export type ExcelResult = ExcelCellResult | readonly (readonly ExcelCellResult[])[];

/**
 * A parameter as the engines call it. Its description lives once, in the JSDoc of functions.ts,
 * which is the contract Excel reads (functions.json); the runtime never shows it.
 */
export interface RudderFunctionParam {
  readonly name: string;
  readonly optional: boolean;
}

export interface RudderFunction {
  /** Without the namespace: `SMARTSCORE`; Excel shows `RUDDER.SMARTSCORE`. */
  readonly name: string;
  readonly params: readonly RudderFunctionParam[];
  /**
   * One cell for the whole call: the range arguments are one series (a KPI's history), not a
   * column of separate inputs, so a spreadsheet engine must not spill the answer over them.
   */
  readonly singleCell?: boolean;
  /** Never throws: bad input becomes an `ExcelErrorResult`. */
  evaluate(args: readonly ExcelArg[]): ExcelResult;
}

export function isExcelError(value: unknown): value is ExcelErrorResult {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'error' in value && 'message' in value;
}
