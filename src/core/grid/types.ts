/**
 * The plain shape in which every adapter hands a sheet to the core.
 * Dates arrive as Excel serial numbers (1900 date system); the number format tells them apart.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!` found in a cell. */
export interface CellError {
  readonly kind: 'error';
  readonly code: string;
}

/** What one cell holds after calculation. `null` is an empty cell. */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangular block of cells, row-major. Rows may be ragged; missing cells read as `null`. */
export type Grid = readonly (readonly CellValue[])[];

/** A sheet as the core sees it: values, and where known the formulas and number formats. */
export interface SheetSnapshot {
  readonly name: string;
  /** 0-based row and column of `values[0][0]` on the sheet. */
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: Grid;
  /** Same shape as `values`; `null` where the cell holds no formula. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Same shape as `values`; `null` or `'General'` where no format applies. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'error';
}

export function cellError(code: string): CellError {
  return { kind: 'error', code };
}
