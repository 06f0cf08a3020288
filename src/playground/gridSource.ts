/**
 * What the playground grid reads from a workbook. The memory adapter (`MemoryWorkbook`) satisfies
 * it as is; keeping the grid on this small interface keeps it testable and adapter-agnostic.
 */
import type { CellValue } from '../core/grid/types';
import type { WorkbookPort } from '../host/port';

export interface GridCellDisplay {
  readonly value: CellValue;
  /** The value as the grid shows it (number formats applied). */
  readonly text: string;
  readonly formula: string | null;
  /** The Excel number format, e.g. `0%` or `yyyy-mm-dd`, or `null` for General. */
  readonly numberFormat: string | null;
  /** Why a cell shows an error value, when the engine said. */
  readonly errorMessage: string | null;
  readonly fill: string | null;
  readonly fontColor: string | null;
}

export interface GridSource {
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  sheetNames(): readonly string[];
  /** Rows and columns from A1 to the last used cell. */
  getSheetDimensions(sheet: string): { readonly rows: number; readonly columns: number };
  getCellDisplay(sheet: string, row: number, col: number): GridCellDisplay;
  /** Width in characters, or `null` for the default. */
  getColumnWidth(sheet: string, col: number): number | null;
}

/** The playground's workbook: a port for the task pane and a grid source for the sheet view. */
export type PlaygroundWorkbook = WorkbookPort & GridSource;
