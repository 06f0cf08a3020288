/**
 * The advisor copy built in the browser: the open workbook re-created in ExcelJS through the port,
 * then shared. Loaded on demand by shareBrowser.ts, so ExcelJS stays out of the task pane's
 * start-up bundle.
 */
import ExcelJS from 'exceljs';
import { isCellError, type CellValue } from '../core/grid/types';
import { columnLetter, parseRangeAddress, type RangeRef } from '../core/grid/a1';
import type { CellAction } from '../core/share';
import type { WorkbookPort } from './port';
import { cellInputOf } from './common/cellInputs';
import { structureSettingKey } from './readStrategyModel';
import { advisorCopyBytes, prepareShareCopy } from './shareCopy';
import { XlsxWorkbook } from './xlsx/xlsxWorkbook';

const MAPPED_KINDS = ['strategy', 'goals', 'kpis', 'swot', 'tows'] as const;

export interface AdvisorCopy {
  readonly bytes: Uint8Array;
  readonly counts: Readonly<Record<CellAction, number>>;
  readonly warnings: readonly string[];
}

const boxOf = parseRangeAddress;
const inside = (b: RangeRef, row: number, col: number): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

/**
 * The open workbook as an ExcelJS workbook, read only through the port: every cell's value or
 * formula and number format, and the tables. The port's workbook is only read, never written.
 */
export async function workbookAsXlsx(port: WorkbookPort): Promise<XlsxWorkbook> {
  const target = new XlsxWorkbook(new ExcelJS.Workbook());
  const tables = await port.listTables();
  const formulasInTables: { sheet: string; row: number; col: number; formula: string }[] = [];
  // What each formula shows now, saved with it in the copy: readers that do not calculate show it.
  const shown: { sheet: string; row: number; col: number; value: CellValue }[] = [];
  for (const info of await port.listSheets()) {
    await target.addSheet(info.name);
    const snap = await port.readSheet(info.name);
    const boxes = tables.filter((t) => t.sheet === info.name).map((t) => boxOf(t.range));
    const rows = snap.values.map((row, r) =>
      row.map((v, c) => {
        const at = { row: snap.origin.row + r, col: snap.origin.col + c };
        const formula = snap.formulas?.[r]?.[c] ?? null;
        if (formula !== null) shown.push({ sheet: info.name, ...at, value: v });
        if (!boxes.some((b) => inside(b, at.row, at.col))) return cellInputOf(v, formula);
        // Table cells are written with their table; formulas in the body go back in afterwards.
        if (formula !== null && !boxes.some((b) => at.row === b.top))
          formulasInTables.push({ sheet: info.name, ...at, formula });
        return null;
      }),
    );
    if (rows.length > 0)
      await target.writeBlock(info.name, `${columnLetter(snap.origin.col)}${snap.origin.row + 1}`, rows);
    const ws = target.workbook.getWorksheet(info.name);
    snap.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null && f !== 'General' && ws)
          ws.getCell(snap.origin.row + r + 1, snap.origin.col + c + 1).numFmt = f;
      }),
    );
  }
  for (const t of tables) {
    const data = await port.readTable(t.name);
    if (!data) continue;
    const box = boxOf(t.range);
    await target.upsertTable({
      name: t.name,
      sheet: t.sheet,
      topLeft: `${columnLetter(box.left)}${box.top + 1}`,
      columns: t.headers.map((header) => ({ header })),
      rows: data.rows.map((row) => row.map((v) => (isCellError(v) ? null : v))),
    });
  }
  for (const f of formulasInTables)
    await target.writeBlock(f.sheet, `${columnLetter(f.col)}${f.row + 1}`, [[{ formula: f.formula }]]);
  for (const s of shown) {
    const cell = target.workbook.getWorksheet(s.sheet)?.getCell(s.row + 1, s.col + 1);
    if (!cell || typeof cell.formula !== 'string') continue;
    const result = isCellError(s.value) ? { error: s.value.code as ExcelJS.CellErrorValue['error'] } : (s.value ?? '');
    cell.value = { formula: cell.formula, result };
  }
  return target;
}

/** Builds the advisor copy of the open workbook as .xlsx bytes; the open workbook is not changed. */
export async function buildAdvisorCopyNow(port: WorkbookPort, today: number): Promise<AdvisorCopy> {
  const copy = await workbookAsXlsx(port);
  // Settings (the structure mappings) travel in the copy so its summary reads the same tables.
  for (const kind of MAPPED_KINDS) {
    const key = structureSettingKey(kind);
    const value = await port.readSetting(key);
    if (value !== undefined) await copy.writeSetting(key, value);
  }
  const outcome = await prepareShareCopy(copy, { today });
  const bytes = await advisorCopyBytes(copy.workbook, outcome);
  return { bytes, counts: outcome.counts, warnings: outcome.warnings };
}
