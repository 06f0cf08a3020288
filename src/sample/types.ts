/**
 * A sample workbook as plain data. Every cell is a `CellInput`, so any `WorkbookPort` can load
 * a sample with `addSheet` + `writeBlock` (see `loadSample`), and the memory adapter can load it
 * directly without a formula engine on the task pane side.
 */
import type { CellInput } from '../host/port';

export type SampleCell = CellInput;

export interface SampleSheet {
  readonly name: string;
  /** Row-major from A1; rows may be ragged. */
  readonly rows: readonly (readonly SampleCell[])[];
  /** Column widths in characters, from column A; a display hint only. */
  readonly columnWidths?: readonly number[];
  /** Number formats for blocks of cells, e.g. `{ topLeft: 'N4', rows: 10, format: '0%' }`. */
  readonly numberFormats?: readonly SampleFormat[];
}

export interface SampleFormat {
  /** First cell of a one-column block. */
  readonly topLeft: string;
  readonly rows: number;
  /** Excel number format, e.g. `0%`. */
  readonly format: string;
}

export interface SampleWorkbook {
  /** What the playground header calls it, e.g. "Crumb & Co. Bakery". */
  readonly title: string;
  readonly sheets: readonly SampleSheet[];
}
