/** A1 parsing for port arguments: bad addresses become `WorkbookError('bad-address')`, not a RangeError. */
import { parseCellAddress, parseRangeAddress, rangeAddress, type CellRef, type RangeRef } from '../../core/grid/a1';
import { WorkbookError } from '../errors';

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;

function checkBounds(ref: RangeRef, address: string): void {
  if (ref.bottom >= MAX_SHEET_ROWS || ref.right >= MAX_SHEET_COLUMNS) {
    throw new WorkbookError(
      `"${address}" is outside the sheet (Excel stops at row 1048576 and column XFD).`,
      'bad-address',
    );
  }
}

export function cellRef(address: string): CellRef {
  let ref: CellRef;
  try {
    ref = parseCellAddress(address);
  } catch {
    throw new WorkbookError(`"${address}" is not a cell address such as B7.`, 'bad-address');
  }
  checkBounds({ top: ref.row, left: ref.col, bottom: ref.row, right: ref.col }, address);
  return ref;
}

export function rangeRef(address: string): RangeRef {
  let ref: RangeRef;
  try {
    ref = parseRangeAddress(address);
  } catch {
    throw new WorkbookError(`"${address}" is not a range address such as A1:C10.`, 'bad-address');
  }
  checkBounds(ref, address);
  return ref;
}

export function rangeText(ref: RangeRef): string {
  return rangeAddress(ref.top, ref.left, ref.bottom, ref.right);
}

/** Width of the widest row of a block (blocks may be ragged). */
export function blockWidth(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce((w, row) => Math.max(w, row.length), 0);
}
