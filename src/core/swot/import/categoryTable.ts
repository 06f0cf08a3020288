/**
 * Layout (a): one item per row, with a column that names the quadrant ("Strength", "S",
 * "Opportunities", "FORCES"), on every row or once per group. Also reads a 2x2 grid whose
 * merged title cells repeat the title on every row, which is the same thing seen through a snapshot.
 */
import { SWOT_MESSAGES } from '../messages';
import type { SwotQuadrant } from '../types';
import { headerRole } from './classify';
import { chooseColumns, entityAt, findHeaderRow } from './columns';
import { readImpactCell } from './impact';
import type { RawItem, SheetView } from './sheet';

/** A category column is mostly labels: below this share it is a list with a few titles in it. */
const LABEL_SHARE = 0.6;
/** Without a "Category" header, this many labels of two quadrants or more make a category column. */
const MIN_LABELS = 3;

interface CategoryColumn {
  readonly col: number;
  readonly rows: readonly number[];
}

function detectCategoryColumn(view: SheetView, col: number): CategoryColumn | null {
  const rows: number[] = [];
  const quadrants = new Set<SwotQuadrant>();
  for (let r = 0; r < view.rowCount; r++) {
    const q = view.quadrantAt(r, col);
    if (q === null) continue;
    rows.push(r);
    quadrants.add(q.quadrant);
  }
  if (rows.length === 0) return null;
  let filled = 0;
  for (let r = rows[0]; r <= rows[rows.length - 1]; r++) if (!view.isEmpty(r, col)) filled += 1;
  if (rows.length < filled * LABEL_SHARE) return null;
  const header = findHeaderAbove(view, col, rows[0]);
  const namedCategory = header !== null && headerRole(header) === 'category';
  if (namedCategory || (rows.length >= MIN_LABELS && quadrants.size >= 2)) return { col, rows };
  return null;
}

function findHeaderAbove(view: SheetView, col: number, row: number): string | null {
  for (let r = row - 1; r >= Math.max(0, row - 3); r--) {
    const t = view.text(r, col);
    if (t !== null) return t;
  }
  return null;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

/** Two blank rows end a table: what follows is something else (notes, another block). */
const MAX_BLANK_ROWS = 1;

interface CategoryRow {
  readonly row: number;
  readonly quadrant: SwotQuadrant;
}

/**
 * The rows of a category column with their quadrant. A blank category cell takes the label
 * above it, because a label merged down its group (as Excel shows merges) or written once per
 * group ("Strengths" then its items beside and below) means the same as a label on every row.
 */
function fillDown(view: SheetView, col: number, band: readonly number[], labelRows: readonly number[]): CategoryRow[] {
  const out: CategoryRow[] = [];
  let current: SwotQuadrant | null = null;
  let blanks = 0;
  for (let r = labelRows[0]; r < view.rowCount; r++) {
    const label = view.quadrantAt(r, col);
    const bandFilled = band.some((c) => !view.isEmpty(r, c));
    if (label) {
      current = label.quadrant;
      out.push({ row: r, quadrant: current });
      blanks = 0;
    } else if (!view.isEmpty(r, col) || band.some((c) => view.kind(r, c)?.kind === 'title')) {
      current = null;
    } else if (!bandFilled) {
      blanks += 1;
      if (blanks > MAX_BLANK_ROWS) current = null;
    } else if (current !== null) {
      out.push({ row: r, quadrant: current });
      blanks = 0;
    }
  }
  return out;
}

/** Reads every category table on the sheet, marking what it used so other readers skip it. */
export function readCategoryTables(view: SheetView, items: RawItem[], warnings: string[]): void {
  const columns: CategoryColumn[] = [];
  for (let c = 0; c < view.colCount; c++) {
    const found = detectCategoryColumn(view, c);
    if (found) columns.push(found);
  }
  columns.forEach((cat, i) => {
    // Items sit between this category column and the next one (the repeated-title grid has two).
    const prev = i > 0 ? columns[i - 1].col : -1;
    const next = i + 1 < columns.length ? columns[i + 1].col : view.colCount;
    let band = range(cat.col + 1, next - 1);
    let headerRow = findHeaderRow(view, cat.rows[0], [cat.col, ...band]);
    let choice = chooseColumns(view, cat.rows, band, headerRow);
    if (choice.itemCols.length === 0) {
      band = range(prev + 1, cat.col - 1);
      headerRow = findHeaderRow(view, cat.rows[0], [...band, cat.col]);
      choice = chooseColumns(view, cat.rows, band, headerRow);
    }
    if (choice.itemCols.length === 0) {
      // A headed table of quadrants with figures beside them (a score summary) holds no items, and its labels
      // are not titles of lists either.
      if (headerRow !== null && cat.rows.length >= MIN_LABELS)
        for (const r of cat.rows) view.consumed.add(view.key(r, cat.col));
      return;
    }
    const rows = fillDown(view, cat.col, band, cat.rows);
    choice = chooseColumns(
      view,
      rows.map((r) => r.row),
      band,
      headerRow,
    );
    for (const r of cat.rows) view.consumed.add(view.key(r, cat.col));
    if (headerRow !== null) for (const c of [cat.col, ...band]) view.consumed.add(view.key(headerRow, c));
    const top = headerRow ?? cat.rows[0] - 1;
    for (const { row: r, quadrant } of rows) {
      const impact = readImpact(view, r, choice.impactCol, warnings);
      const entity = entityAt(view, choice.entityCol, r, top);
      for (const c of choice.itemCols) {
        const key = view.key(r, c);
        if (view.consumed.has(key)) continue;
        view.consumed.add(key);
        const text = view.itemText(r, c);
        if (text === null) continue;
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
  });
}

export function readImpact(view: SheetView, row: number, col: number | null, warnings: string[]): number | null {
  if (col === null || view.isEmpty(row, col)) return null;
  const impact = readImpactCell(view.value(row, col));
  if (impact === null) {
    const raw = view.value(row, col);
    const shown = typeof raw === 'object' && raw !== null ? raw.code : String(raw);
    warnings.push(SWOT_MESSAGES.importImpactUnread(view.name, view.address(row, col), shown));
  }
  return impact;
}
