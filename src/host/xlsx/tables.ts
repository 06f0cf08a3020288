/** Excel tables in an ExcelJS workbook: reading what files declare, writing Rudder's own. */
import type ExcelJS from 'exceljs';
import { parseRangeAddress, type RangeRef } from '../../core/grid/a1';
import { rangeText } from '../common/addresses';
import type { TableInfo } from '../port';
import { isSettingsSheet } from './settingsSheet';

/** The part of ExcelJS's table model this adapter reads (loaded tables carry `tableRef`). */
interface TableModel {
  readonly name: string;
  readonly ref?: string;
  readonly tableRef?: string;
  readonly columns: readonly { readonly name: string }[];
  readonly rows?: readonly unknown[];
  readonly totalsRow?: boolean;
}

export interface FoundTable {
  readonly sheet: ExcelJS.Worksheet;
  readonly model: TableModel;
  /** Declared range, header row included (as the file says, even `A1:H1048576`). */
  readonly range: RangeRef;
}

function modelOf(table: unknown): TableModel {
  // ExcelJS keeps the model on `.table`; its typings describe the properties instead.
  return (table as { table: TableModel }).table;
}

function rangeOf(model: TableModel): RangeRef {
  if (model.tableRef) return parseRangeAddress(model.tableRef);
  const tl = parseRangeAddress(model.ref ?? 'A1');
  const height = (model.rows?.length ?? 0) + (model.totalsRow ? 1 : 0);
  return { top: tl.top, left: tl.left, bottom: tl.top + height, right: tl.left + model.columns.length - 1 };
}

export function allTables(workbook: ExcelJS.Workbook): FoundTable[] {
  const out: FoundTable[] = [];
  for (const sheet of workbook.worksheets) {
    if (isSettingsSheet(sheet)) continue;
    for (const entry of sheet.getTables()) {
      const table = Array.isArray(entry) ? entry[0] : entry;
      const model = modelOf(table);
      out.push({ sheet, model, range: rangeOf(model) });
    }
  }
  return out;
}

export function findTable(workbook: ExcelJS.Workbook, name: string): FoundTable | undefined {
  const wanted = name.toLowerCase();
  return allTables(workbook).find((t) => t.model.name.toLowerCase() === wanted);
}

/**
 * Header texts: the cells of the header row where they hold text, else the names the table
 * definition gives (ExcelJS reports `headerRow: false` for most loaded tables, so the header
 * row is assumed, as Excel's default is).
 */
export function tableHeaders(found: FoundTable): string[] {
  return found.model.columns.map((col, i) => {
    const v = found.sheet.getCell(found.range.top + 1, found.range.left + 1 + i).value;
    return typeof v === 'string' && v.trim() !== '' ? v : col.name;
  });
}

export function tableInfo(found: FoundTable): TableInfo {
  return {
    name: found.model.name,
    sheet: found.sheet.name,
    range: rangeText(found.range),
    headers: tableHeaders(found),
  };
}
