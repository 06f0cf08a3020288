/**
 * TOWS matrices: external quadrant titles across the top (Opportunities, Threats), internal ones down the
 * left (Strengths, Weaknesses), and in the body, where a row of one meets a column of the other, the
 * cross-strategies (SO, ST, WO, WT). The body holds strategies; the lists along the edges restate items.
 */
import type { RawItem, SheetView } from './sheet';
import { findTitles, type Title } from './regions';
import { isInternal, towsType } from './strategies';

/** The leftmost title of each run of equal titles in a row (a merged title repeated by ExcelJS counts once). */
function distinctInRow(titles: readonly Title[]): Title[] {
  return titles.filter((t) => !titles.some((o) => o.row === t.row && o.col === t.col - 1 && o.quadrant === t.quadrant));
}

interface Band {
  readonly title: Title;
  readonly from: number;
  readonly to: number;
}

function bands(titles: readonly Title[], at: (t: Title) => number, end: number): Band[] {
  const sorted = [...titles].sort((a, b) => at(a) - at(b));
  return sorted.map((title, i) => ({
    title,
    from: at(title),
    to: i + 1 < sorted.length ? at(sorted[i + 1]) - 1 : end,
  }));
}

/**
 * Reads a TOWS matrix when the sheet holds one (the sheet's other readers are then skipped); returns false
 * and reads nothing otherwise. A 2x2 SWOT grid in S-O / W-T order is not a TOWS matrix: there an internal title
 * shares the top row with the external ones.
 */
export function readTowsMatrix(view: SheetView, items: RawItem[]): boolean {
  const titles = distinctInRow(findTitles(view).filter((t) => !t.weak && t.inline === null));
  const external = titles.filter((t) => !isInternal(t.quadrant));
  const internal = titles.filter((t) => isInternal(t.quadrant));
  if (external.length === 0 || internal.length === 0) return false;
  const topRow = Math.min(...external.map((t) => t.row));
  const top = external.filter((t) => t.row === topRow);
  const leftCol = Math.min(...internal.map((t) => t.col));
  const left = internal.filter((t) => t.col === leftCol);
  const firstExternalCol = Math.min(...top.map((t) => t.col));
  const firstInternalRow = Math.min(...left.map((t) => t.row));
  if (firstInternalRow <= topRow || leftCol >= firstExternalCol) return false;
  if (titles.some((t) => isInternal(t.quadrant) && t.row === topRow)) return false;
  const columns = bands(top, (t) => t.col, view.colCount - 1);
  const rows = bands(left, (t) => t.row, view.rowCount - 1);
  const found: RawItem[] = [];
  for (const r of rows) {
    for (const c of columns) {
      const type = towsType(r.title.quadrant, c.title.quadrant);
      for (let row = r.from; row <= r.to; row++) {
        for (let col = c.from; col <= c.to; col++) {
          if (row === r.title.row && col === r.title.col) continue;
          const text = view.itemText(row, col);
          if (text !== null) found.push({ quadrant: r.title.quadrant, text, row, col, strategy: { type, from: null } });
        }
      }
    }
  }
  if (found.length === 0) return false;
  // The edges: external items under the top titles, internal items beside the left ones.
  for (const c of columns)
    for (let row = topRow + 1; row < firstInternalRow; row++)
      for (let col = c.from; col <= c.to; col++) {
        const text = view.itemText(row, col);
        if (text !== null) found.push({ quadrant: c.title.quadrant, text, row, col, restated: true });
      }
  for (const r of rows)
    for (let row = r.from; row <= r.to; row++)
      for (let col = r.title.col + (row === r.title.row ? 1 : 0); col < firstExternalCol; col++) {
        const text = view.itemText(row, col);
        if (text !== null) found.push({ quadrant: r.title.quadrant, text, row, col, restated: true });
      }
  items.push(...found);
  return true;
}
