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

function cellValueFromFormulaResult(result: unknown): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === 'object' && result !== null && 'error' in result) {
    return cellError(String(result.error));
  }
  return cellValueFromExcelJs(result as ExcelJS.CellValue);
}

/**
 * The used range of a worksheet, from A1 (origin 0,0) so that addresses match the sheet.
 */
export function snapshotFromWorksheet(sheet: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const rowCount = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  const colCount = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const rowValues: CellValue[] = new Array<CellValue>(colCount).fill(null);
    const rowFormulas: (string | null)[] = new Array<string | null>(colCount).fill(null);
    const rowFormats: (string | null)[] = new Array<string | null>(colCount).fill(null);
    if (row.hasValues) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > colCount) return;
        const raw = cell.value;
        rowValues[c - 1] = cellValueFromExcelJs(raw);
        // ExcelJS gives shared formulas translated to this cell through `cell.formula`.
        rowFormulas[c - 1] = cell.formula ? `=${cell.formula}` : null;
        rowFormats[c - 1] = cell.numFmt ?? null;
      });
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
    numberFormats.push(rowFormats);
  }
  return { name: sheet.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats };
}
