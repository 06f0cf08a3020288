/**
 * Sideways tables: field names down the first column and one record per column to their right, as balanced
 * scorecards and 5W2H action plans are often written. Found by reading the sheet turned on its side with the
 * ordinary detection, and reported in the sheet's own frame; Structure turns them back to read their records
 * as rows.
 */
import { parseRangeAddress, rangeAddress } from '../grid/a1';
import type { CellValue, SheetSnapshot } from '../grid/types';
import type { DetectedTable } from './types';

/** Sideways tables hold one row per field: a sheet taller than this is read the ordinary way only. */
const MAX_FIELD_ROWS = 200;
/** And one column per record: wider sheets are not turned (a wide history is not sideways). */
const MAX_RECORD_COLUMNS = 2_000;
/** Named fields a table needs down its first column before it is read sideways. */
const MIN_NAMED_FIELDS = 3;
/** How sure a field's role must be to count as named. */
const SURE_ROLE = 0.6;

function transposeGrid<T>(grid: readonly (readonly T[])[], blank: T): T[][] {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const out: T[][] = [];
  for (let c = 0; c < width; c++) out.push(grid.map((row) => (c < row.length ? row[c] : blank)));
  return out;
}

/** The same sheet with rows and columns swapped. */
export function transposeSnapshot(sheet: SheetSnapshot): SheetSnapshot {
  return {
    name: sheet.name,
    origin: { row: sheet.origin.col, col: sheet.origin.row },
    values: transposeGrid(sheet.values, null),
    formulas: sheet.formulas ? transposeGrid(sheet.formulas, null) : undefined,
    numberFormats: sheet.numberFormats ? transposeGrid(sheet.numberFormats, null) : undefined,
  };
}

function swapRange(address: string): string {
  const r = parseRangeAddress(address);
  return rangeAddress(r.left, r.top, r.right, r.bottom);
}

/** A table found on the turned sheet, in the sheet's own frame: row numbers that were columns stay as numbers. */
function fromUpright(table: DetectedTable, turned: SheetSnapshot): DetectedTable {
  const at = (row: number, field: number): CellValue | undefined =>
    turned.values[row - 1 - turned.origin.row]?.[field - turned.origin.col];
  const hasRecord = (field: number): boolean => {
    const name = at(table.headerRow + table.headerRows - 1, field);
    for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
      const v = at(r, field);
      if (v !== null && v !== undefined && v !== '' && v !== name) return true;
    }
    return false;
  };
  // A title above the fields names no field: it has no value in any record, or repeats itself there (merged).
  const columns = table.columns.filter((c) => hasRecord(c.index));
  const range = parseRangeAddress(table.range);
  const first = columns[0]?.index ?? range.left;
  const last = columns[columns.length - 1]?.index ?? range.right;
  return {
    ...table,
    range: rangeAddress(first, range.top, last, range.bottom),
    orientation: 'columns',
    columns: columns.map((c) => ({ ...c, column: String(c.index + 1) })),
  };
}

/** A sideways table as the turned sheet shows it: what Structure reads, with the turned snapshot. */
export function toUpright(table: DetectedTable): DetectedTable {
  if (table.orientation !== 'columns') return table;
  return { ...table, range: swapRange(table.range), orientation: 'rows' };
}

/** The table and the sheet as Structure reads them: a sideways table turned upright with its sheet. */
export function uprightFrame(
  table: DetectedTable,
  sheet: SheetSnapshot,
): { readonly table: DetectedTable; readonly sheet: SheetSnapshot } {
  return table.orientation === 'columns'
    ? { table: toUpright(table), sheet: transposeSnapshot(sheet) }
    : { table, sheet };
}

const overlaps = (a: string, b: string): boolean => {
  const x = parseRangeAddress(a);
  const y = parseRangeAddress(b);
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
};

/** Turned-sheet tables that read as goals, KPIs or a strategy, with enough named fields to trust the turn. */
function isSideways(table: DetectedTable): boolean {
  // Dates across a turned sheet make a history of its rows: that is the ordinary reading's to find, not a turn.
  if (table.kind === 'other' || table.kind === 'swot' || table.layout !== 'flat') return false;
  const named = namedFields(table);
  const labelled = table.columns.filter((c) => c.header.trim() !== '').length;
  return named >= MIN_NAMED_FIELDS && named * 3 >= table.columns.length && labelled * 5 >= table.columns.length * 4;
}

/** Fields whose name says what they hold ("Target", "Owner"), not guessed from their cells alone. */
const namedFields = (table: DetectedTable): number =>
  table.columns.filter((c) => c.role !== 'other' && c.header.trim() !== '' && c.confidence >= SURE_ROLE).length;

/**
 * The tables of a sheet once sideways ones are added: the sheet is turned only when the ordinary reading found
 * nothing but "other" tables, and a sideways table then replaces those it covers.
 */
export function withSideways(
  sheet: SheetSnapshot,
  found: readonly DetectedTable[],
  detectUpright: (turned: SheetSnapshot) => readonly DetectedTable[],
): DetectedTable[] {
  const rows = sheet.values.length;
  const cols = sheet.values.reduce((w, row) => Math.max(w, row.length), 0);
  // A sheet the ordinary reading already understands is not turned: that would double its cost for nothing.
  const claimed = found.filter((t) => t.kind !== 'other');
  if (rows === 0 || rows > MAX_FIELD_ROWS || cols > MAX_RECORD_COLUMNS || claimed.length > 0) return [...found];
  const turned = transposeSnapshot(sheet);
  const sideways = detectUpright(turned)
    .map((t) => fromUpright(t, turned))
    .filter(isSideways)
    // Kept only where it names more fields than the ordinary reading named columns on the same cells.
    .filter((t) => found.every((f) => !overlaps(f.range, t.range) || namedFields(f) < namedFields(t)));
  if (sideways.length === 0) return [...found];
  const kept = found.filter((t) => !sideways.some((s) => overlaps(s.range, t.range)));
  return [...kept, ...sideways];
}
