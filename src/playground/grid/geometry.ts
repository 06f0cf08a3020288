/** Pure layout maths for the windowed grid: which rows and columns are on screen. */

export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 52;
const CHAR_PX = 7;
const DEFAULT_WIDTH_CHARS = 10;
/** Rows and columns drawn beyond the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 4;

/** Column pixel widths turned into left edges; `lefts[c]` is column c's left, `lefts[n]` the total width. */
export function columnLefts(count: number, widthChars: (col: number) => number | null): number[] {
  const lefts = [0];
  for (let c = 0; c < count; c++)
    lefts.push(lefts[c] + Math.round((widthChars(c) ?? DEFAULT_WIDTH_CHARS) * CHAR_PX + 12));
  return lefts;
}

/** The last index i with lefts[i] <= x (binary search: thousands of columns stay cheap). */
function indexAt(lefts: readonly number[], x: number): number {
  let lo = 0;
  let hi = lefts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lefts[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export interface Window {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

export function visibleWindow(
  scroll: { top: number; left: number; height: number; width: number },
  rowCount: number,
  lefts: readonly number[],
): Window {
  const colCount = lefts.length - 1;
  const firstRow = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const lastRow = Math.min(rowCount - 1, Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN);
  const firstCol = Math.max(0, indexAt(lefts, scroll.left) - 1);
  const lastCol = Math.min(colCount - 1, indexAt(lefts, scroll.left + scroll.width) + 1);
  return { firstRow, lastRow, firstCol, lastCol };
}

/** How many rows and columns the grid offers: the used range plus room to look around. */
export function gridExtent(used: { rows: number; columns: number }): { rows: number; columns: number } {
  return { rows: Math.max(used.rows + 20, 60), columns: Math.max(used.columns + 4, 16) };
}

/** The scroll offset that brings [start, end) into a viewport of `size` at `offset`. */
export function scrollToShow(offset: number, size: number, start: number, end: number): number {
  if (start < offset) return start;
  if (end > offset + size) return Math.max(0, end - size);
  return offset;
}
