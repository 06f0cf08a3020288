/** ExcelJS worksheets as the core's plain `SheetSnapshot`. */
import type ExcelJS from 'exceljs';
import { cellError, type CellValue, type SheetSnapshot } from '../../core/grid/types';
import { serialFromUtcDate } from '../../core/dates/serial';

/** What ExcelJS keeps in a cell, reduced to the calculated value the core reads. */
export function cellValueFromExcelJs(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : cellError('#NUM!');
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? cellError('#VALUE!') : serialFromUtcDate(value);
  if (typeof value === 'object') {
    if ('error' in value) return cellError(String(value.error));
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      return cellValueFromFormulaResult(value.result);
    }
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return null;
}

/** A formula cell's saved result (`cell.result`), as the core reads it. */
export function cellValueFromFormulaResult(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === 'object' && result !== null && 'error' in result) {
    return cellError(String(result.error));
  }
  return cellValueFromExcelJs(result as ExcelJS.CellValue);
}

type Row<T> = readonly T[];

function sameRow(a: Row<string | null>, b: Row<string | null>): boolean {
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

/**
 * The used range of a worksheet, from A1 (origin 0,0) so that addresses match the sheet.
 *
 * Built for sheets of 100,000 rows, where the cost is in walking ExcelJS's objects and in the
 * arrays the snapshot keeps alive:
 * - one pass over the rows ExcelJS holds, skipping absent ones, instead of fetching every row by
 *   number (`getRow` creates missing rows) after `actualRowCount`, `columnCount` and
 *   `actualColumnCount` have each walked the whole sheet (the last through a closure per cell);
 * - rows without formulas share one frozen row of nulls, and a row whose number formats are the
 *   same as the row above (a column formatted all the way down) shares that row's array. The
 *   snapshot is read-only, so sharing changes no value; it spares most of the retained arrays,
 *   whose garbage-collection cost outweighed reading the cells.
 * Width and height stay what ExcelJS's counts gave: the widest row holding values, and every row
 * up to the last one ExcelJS keeps.
 */
export function snapshotFromWorksheet(sheet: ExcelJS.Worksheet): SheetSnapshot {
  const filled: ExcelJS.Row[] = [];
  let width = 0;
  sheet.eachRow((row) => {
    filled.push(row);
    if (row.cellCount > width) width = row.cellCount;
  });
  const height = filled.length === 0 ? 0 : sheet.rowCount;
  const blank: Row<null> = Object.freeze(new Array<null>(width).fill(null));
  const values: Row<CellValue>[] = new Array<Row<CellValue>>(height);
  const formulas: Row<string | null>[] = new Array<Row<string | null>>(height);
  const numberFormats: Row<string | null>[] = new Array<Row<string | null>>(height);

  let rowValues: CellValue[] = [];
  let rowFormulas: (string | null)[] | undefined;
  // Formats are gathered here, then kept only when they differ from the row above.
  const scratch: (string | null)[] = new Array<string | null>(width).fill(null);
  let formatted = false;
  // One callback for the whole sheet rather than one closure per row.
  const readCell = (cell: ExcelJS.Cell, c: number): void => {
    const raw = cell.value;
    rowValues[c - 1] = cellValueFromExcelJs(raw);
    // Only object values (formulas, rich text, links, errors) can carry a formula, so plain cells
    // skip the lookup. ExcelJS gives shared formulas translated to this cell through `cell.formula`.
    if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) {
      const formula = cell.formula;
      if (formula) {
        rowFormulas ??= new Array<string | null>(width).fill(null);
        rowFormulas[c - 1] = `=${formula}`;
      }
    }
    const numFmt = cell.numFmt;
    if (numFmt !== undefined) {
      scratch[c - 1] = numFmt;
      formatted = true;
    }
  };

  let previousFormats: Row<string | null> = blank;
  let next = 0;
  for (let r = 0; r < height; r++) {
    if (next >= filled.length || filled[next].number !== r + 1) {
      values[r] = blank;
      formulas[r] = blank;
      numberFormats[r] = blank;
      continue;
    }
    rowValues = new Array<CellValue>(width).fill(null);
    rowFormulas = undefined;
    formatted = false;
    filled[next++].eachCell(readCell);
    values[r] = rowValues;
    formulas[r] = rowFormulas ?? blank;
    if (!formatted) numberFormats[r] = blank;
    else {
      if (!sameRow(scratch, previousFormats)) previousFormats = Object.freeze(scratch.slice());
      numberFormats[r] = previousFormats;
      scratch.fill(null);
    }
  }
  return { name: sheet.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats };
}
