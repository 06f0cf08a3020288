/** Builds a `SheetSnapshot` from a 2-D array literal, for tests and examples. */
import type { CellValue, SheetSnapshot } from '../grid/types';

export interface SheetOptions {
  readonly name?: string;
  /** 0-based position of the first cell on the sheet. */
  readonly origin?: { readonly row: number; readonly col: number };
  /** Number formats by column index (same for every row below the first `formatFromRow`). */
  readonly columnFormats?: Readonly<Record<number, string>>;
  readonly formatFromRow?: number;
}

export function sheetOf(values: readonly (readonly CellValue[])[], options: SheetOptions = {}): SheetSnapshot {
  const formats = options.columnFormats;
  const from = options.formatFromRow ?? 0;
  return {
    name: options.name ?? 'Sheet1',
    origin: options.origin ?? { row: 0, col: 0 },
    values,
    numberFormats: formats
      ? values.map((row, r) => row.map((_, c) => (r >= from ? (formats[c] ?? null) : null)))
      : undefined,
  };
}

/** Excel serial of a calendar date (1900 system), for readable test data. */
export function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
