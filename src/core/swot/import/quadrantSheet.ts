/** Layout (d): one sheet per quadrant, named after it ("Strengths", "Menaces"), holding a list or a table. */
import type { SwotQuadrant } from '../types';
import { classifyText } from './classify';
import { chooseColumns, entityAt, findHeaderRow } from './columns';
import { readImpact } from './categoryTable';
import type { RawItem, SheetView } from './sheet';

/** The quadrant a sheet is named after, or null. Single letters are too thin to trust as a sheet name. */
export function sheetQuadrant(name: string): SwotQuadrant | null {
  const kind = classifyText(name);
  return kind.kind === 'quadrant' && !kind.weak ? kind.quadrant : null;
}

function isLabelOnlyRow(view: SheetView, row: number): boolean {
  let any = false;
  for (let c = 0; c < view.colCount; c++) {
    const k = view.kind(row, c)?.kind;
    if (view.isEmpty(row, c)) continue;
    any = true;
    if (k !== 'quadrant' && k !== 'title' && k !== 'axis' && k !== 'blank') return false;
  }
  return any;
}

export function readQuadrantSheet(view: SheetView, quadrant: SwotQuadrant, items: RawItem[], warnings: string[]): void {
  const allCols = Array.from({ length: view.colCount }, (_, c) => c);
  let first = 0;
  // Titles at the top ("Strengths", "SWOT 2025") are not items.
  while (first < view.rowCount && (isLabelOnlyRow(view, first) || allCols.every((c) => view.isEmpty(first, c))))
    first += 1;
  const headerRow = first + 1 < view.rowCount ? findHeaderRow(view, first + 1, allCols) : null;
  const dataStart = headerRow === null ? first : headerRow + 1;
  const rows: number[] = [];
  for (let r = dataStart; r < view.rowCount; r++) rows.push(r);
  const choice = chooseColumns(view, rows, allCols, headerRow);
  // A list sheet holds one item per row: without a header, the fullest text column is the list.
  const filled = (c: number) => rows.filter((r) => view.kind(r, c)?.kind === 'text').length;
  const fullest = choice.itemCols.reduce<number[]>(
    (best, c) => (best.length === 0 || filled(c) > filled(best[0]) ? [c] : best),
    [],
  );
  const itemCols = headerRow === null ? fullest : choice.itemCols;
  for (const r of rows) {
    for (const c of itemCols) {
      const text = view.itemText(r, c);
      if (text === null) continue;
      const entity = entityAt(view, choice.entityCol, r, dataStart - 1);
      const impact = readImpact(view, r, choice.impactCol, warnings);
      items.push({
        quadrant,
        text,
        row: r,
        col: c,
        ...(entity ? { entity } : {}),
        ...(impact !== null ? { impact } : {}),
      });
    }
  }
}
