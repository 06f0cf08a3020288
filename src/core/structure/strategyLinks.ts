/**
 * A goal sheet's column whose cells name the workbook's pillars or values ("Product & craft" under a header
 * such as "Area"). Detection sees one sheet and calls such a column "other"; with the strategy table at hand,
 * it is plainly the link from each goal to what it serves, so Structure proposes it as the Pillar column.
 */
import type { DetectedColumn, DetectedTable } from '../detect';
import { uprightFrame } from '../detect/sideways';
import { displayText } from '../detect/text';
import type { SheetSnapshot } from '../grid/types';
import { normText, splitLinkCell } from '../model';
import { cellOf } from './source';

/** Share of a column's filled cells that must name strategy items, and how many at least. */
const MIN_SHARE = 0.6;
const MIN_CELLS = 2;
const CONFIDENCE = 0.8;

/** How many of the column's filled data cells name strategy items only, and how many are filled. */
function namedCells(
  table: DetectedTable,
  snapshot: SheetSnapshot,
  column: DetectedColumn,
  names: ReadonlySet<string>,
): { named: number; filled: number } {
  const skipped = new Set(table.skippedRows);
  let named = 0;
  let filled = 0;
  for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
    if (skipped.has(row)) continue;
    const parts = splitLinkCell(displayText(cellOf(snapshot, row - 1, column.index).value));
    if (parts.length === 0) continue;
    filled++;
    if (parts.every((part) => names.has(normText(part)))) named++;
  }
  return { named, filled };
}

/**
 * The table with its strategy link proposed: for a goals table with no link column, the "other" column whose
 * cells name strategy items (by statement or ID) most often, when at least 60% of its filled cells do.
 * `strategy` holds the IDs and statements of the workbook's RudderStrategy rows.
 */
export function withStrategyLink(
  table: DetectedTable,
  snapshot: SheetSnapshot,
  strategy: readonly string[],
): DetectedTable {
  if (table.kind !== 'goals' || strategy.length === 0 || table.columns.some((c) => c.role === 'link')) return table;
  const names = new Set(strategy.map(normText).filter((n) => n !== ''));
  let best: { column: DetectedColumn; share: number } | null = null;
  const upright = uprightFrame(table, snapshot);
  for (const column of table.columns) {
    if (column.role !== 'other') continue;
    const { named, filled } = namedCells(upright.table, upright.sheet, column, names);
    const share = filled === 0 ? 0 : named / filled;
    if (named >= MIN_CELLS && share >= MIN_SHARE && (best === null || share > best.share)) best = { column, share };
  }
  if (best === null) return table;
  const chosen = best.column;
  const columns = table.columns.map((c): DetectedColumn =>
    c === chosen
      ? {
          column: c.column,
          index: c.index,
          header: c.header,
          role: 'link',
          confidence: CONFIDENCE,
          alternatives: [{ role: 'other', confidence: c.confidence }, ...c.alternatives],
        }
      : c,
  );
  return Object.assign({}, table, { columns });
}
