/**
 * Saved results for RudderKPIs's history formulas (Actual and As of of KPIs with history) in a copy the CLI
 * writes: without them a reader that does not recalculate sees blanks, and the KPI statuses saved after them
 * would be computed from blanks.
 */
import type ExcelJS from 'exceljs';
import { parseRangeAddress, type RangeRef } from '../core/grid/a1';
import { serialFromUtcDate } from '../core/dates/serial';
import { HISTORY_TABLE_NAME } from '../core/model/history';
import { isHistoryFormula, latestByKpi, type HistoryFormulaRow } from '../core/structure/historyFormulas';
import { createRudderFunctions } from '../functions/registry';
import { isExcelError, type ExcelCellResult, type ExcelScalar } from '../functions/types';

export interface TableAt {
  readonly sheet: ExcelJS.Worksheet;
  readonly range: RangeRef;
  readonly headers: readonly string[];
}

function plain(value: ExcelJS.CellValue): string | number | null {
  if (value instanceof Date) return serialFromUtcDate(value);
  if (value !== null && typeof value === 'object' && 'result' in value) return plain(value.result);
  return typeof value === 'number' || typeof value === 'string' ? value : null;
}

/** A table of the workbook by name, with its header texts. */
export function tableAt(workbook: ExcelJS.Workbook, name: string): TableAt | null {
  for (const sheet of workbook.worksheets) {
    for (const entry of sheet.getTables()) {
      const model = (Array.isArray(entry) ? entry[0] : entry) as unknown as {
        table: { name: string; tableRef?: string; ref?: string };
      };
      if (model.table.name !== name) continue;
      const range = parseRangeAddress(model.table.tableRef ?? model.table.ref ?? 'A1');
      const headers: string[] = [];
      for (let c = range.left; c <= range.right; c++)
        headers.push(String(plain(sheet.getCell(range.top + 1, c + 1).value) ?? ''));
      return { sheet, range, headers };
    }
  }
  return null;
}

function cellOf(t: TableAt, row: number, header: string): ExcelJS.Cell | null {
  const at = t.headers.indexOf(header);
  return at < 0 ? null : t.sheet.getCell(row + 1, t.range.left + 1 + at);
}

function historyRows(history: TableAt): HistoryFormulaRow[] {
  const rows: HistoryFormulaRow[] = [];
  for (let r = history.range.top + 1; r <= history.range.bottom; r++) {
    const kpi = plain(cellOf(history, r, 'KPI')?.value ?? null);
    const period = plain(cellOf(history, r, 'Period')?.value ?? null);
    const actual = plain(cellOf(history, r, 'Actual')?.value ?? null);
    rows.push({
      kpi: kpi === null ? '' : String(kpi),
      period: typeof period === 'number' ? period : null,
      actual: typeof actual === 'number' ? actual : null,
    });
  }
  return rows;
}

/** Gives each history formula in RudderKPIs the value it computes; a KPI without history values is left blank. */
export function cacheHistoryResults(workbook: ExcelJS.Workbook): void {
  const kpis = tableAt(workbook, 'RudderKPIs');
  const history = tableAt(workbook, HISTORY_TABLE_NAME);
  if (!kpis || !history) return;
  const latest = latestByKpi(historyRows(history));
  for (let r = kpis.range.top + 1; r <= kpis.range.bottom; r++) {
    const id = plain(cellOf(kpis, r, 'ID')?.value ?? null);
    const found = id === null ? undefined : latest.get(String(id).trim().toUpperCase());
    if (found === undefined) continue;
    for (const [header, result] of [
      ['Actual', found.actual],
      ['As of', found.asOf],
    ] as const) {
      const cell = cellOf(kpis, r, header);
      const value = cell?.value as ExcelJS.CellFormulaValue | null | undefined;
      if (!cell || !value || typeof value !== 'object' || !isHistoryFormula(value.formula)) continue;
      cell.value = { formula: value.formula, result };
    }
  }
}

/**
 * Gives each KPI's Outlook formula the outlook RUDDER.KPI_OUTLOOK computes from its history rows today, so a reader
 * without Rudder (and the advisor copy made from this file) sees it.
 */
export function cacheOutlookResults(workbook: ExcelJS.Workbook, today: number): void {
  const kpis = tableAt(workbook, 'RudderKPIs');
  const history = tableAt(workbook, HISTORY_TABLE_NAME);
  const outlook = createRudderFunctions(() => today).find((f) => f.name === 'KPI_OUTLOOK');
  if (!kpis || !history || !outlook) return;
  const rows = historyRows(history);
  const scalar = (r: number, header: string): ExcelScalar => plain(cellOf(kpis, r, header)?.value ?? null);
  for (let r = kpis.range.top + 1; r <= kpis.range.bottom; r++) {
    const cell = cellOf(kpis, r, 'Outlook');
    const value = cell?.value as ExcelJS.CellFormulaValue | null | undefined;
    if (!cell || !value || typeof value !== 'object' || !isHistoryFormula(value.formula)) continue;
    const id = String(scalar(r, 'ID') ?? '')
      .trim()
      .toUpperCase();
    const own = rows.filter((h) => h.kpi.trim().toUpperCase() === id);
    const result = outlook.evaluate([
      own.map((h) => [h.actual]),
      own.map((h) => [h.period]),
      scalar(r, 'Target'),
      scalar(r, 'Direction'),
      scalar(r, 'Due'),
      today,
      scalar(r, 'Baseline'),
    ]) as ExcelCellResult | ExcelCellResult[][];
    const single = Array.isArray(result) ? result[0][0] : result;
    if (single === null) continue;
    cell.value = { formula: value.formula, result: isExcelError(single) ? { error: single.error } : single };
  }
}
