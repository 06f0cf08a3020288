/**
 * Moving workbooks in and out of the memory adapter: a user's .xlsx opened in the playground,
 * the result downloaded, and the bundled sample given as data. Browser-safe: ExcelJS and the
 * xlsx adapter's pure parts only (no fs, no zlib).
 */
import ExcelJS from 'exceljs';
import { isCellError } from '../../core/grid/types';
import { columnLetter } from '../../core/grid/a1';
import type { CellInput, ConditionalRule, JsonValue, Selection, TableSpec } from '../port';
import { rangeText } from '../common/addresses';
import { cellInputOf } from '../common/cellInputs';
import { loadWorkbookBytes } from '../xlsx/bytes';
import { isSettingsSheet, readSettingFrom, settingKeysIn } from '../xlsx/settingsSheet';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { contains, tableRange } from './sheetState';
import { MemoryWorkbook, type MemoryWorkbookOptions } from './memoryWorkbook';

/** A workbook written as data (the playground's bundled sample). */
export interface SampleWorkbook {
  readonly sheets: readonly {
    readonly name: string;
    /** Cells from `topLeft` (default A1). */
    readonly rows?: readonly (readonly CellInput[])[];
    readonly topLeft?: string;
    readonly frozenRows?: number;
  }[];
  readonly tables?: readonly TableSpec[];
  readonly conditionalFormats?: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly rules: readonly ConditionalRule[];
  }[];
  readonly validations?: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly values: readonly string[];
  }[];
  readonly settings?: Readonly<Record<string, JsonValue>>;
  readonly selection?: Selection;
}

export async function fromSampleWorkbook(
  sample: SampleWorkbook,
  options: MemoryWorkbookOptions = {},
): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook(options);
  for (const sheet of sample.sheets) {
    const name = await wb.addSheet(sheet.name);
    if (sheet.rows) await wb.writeBlock(name, sheet.topLeft ?? 'A1', sheet.rows);
    if (sheet.frozenRows) await wb.freezeRows(name, sheet.frozenRows);
  }
  for (const table of sample.tables ?? []) await wb.upsertTable(table);
  for (const cf of sample.conditionalFormats ?? []) await wb.setConditionalFormats(cf.sheet, cf.address, cf.rules);
  for (const v of sample.validations ?? []) await wb.setValidationList(v.sheet, v.address, v.values);
  for (const [key, value] of Object.entries(sample.settings ?? {})) await wb.writeSetting(key, value);
  if (sample.selection) await wb.select(sample.selection.sheet, sample.selection.address);
  return wb;
}

/** Opens a user's .xlsx (bytes from a file input) as a memory workbook whose formulas are computed. */
export async function fromXlsxBytes(
  bytes: Uint8Array,
  options: MemoryWorkbookOptions & { readonly fileName?: string } = {},
): Promise<MemoryWorkbook> {
  const source = new XlsxWorkbook(await loadWorkbookBytes(bytes, options.fileName ?? 'workbook.xlsx'));
  const wb = new MemoryWorkbook({
    label: options.label ?? `Playground (${options.fileName ?? 'your workbook'})`,
    ...options,
  });
  for (const info of await source.listSheets()) await wb.addSheet(info.name);
  // Tables first, so that formulas inside them find their structured references.
  for (const table of await source.listTables()) wb.defineTable(table);
  for (const ws of source.workbook.worksheets) {
    if (isSettingsSheet(ws)) continue;
    const snap = await source.readSheet(ws.name);
    const topLeft = `${columnLetter(snap.origin.col)}${snap.origin.row + 1}`;
    if (snap.values.length > 0) {
      await wb.writeBlock(
        ws.name,
        topLeft,
        snap.values.map((row, r) => row.map((v, c) => cellInputOf(v, snap.formulas?.[r]?.[c] ?? null))),
      );
      wb.setNumberFormats(ws.name, topLeft, snap.numberFormats ?? []);
    }
    const view = ws.views?.[0];
    if (view && view.state === 'frozen' && view.ySplit) await wb.freezeRows(ws.name, view.ySplit);
  }
  for (const key of settingKeysIn(source.workbook)) {
    const value = readSettingFrom(source.workbook, key);
    if (value !== undefined) await wb.writeSetting(key, value);
  }
  return wb;
}

/** The memory workbook as .xlsx bytes (the playground's download), tables and rules included. */
export async function toXlsxBytes(wb: MemoryWorkbook): Promise<Uint8Array> {
  const target = new XlsxWorkbook(new ExcelJS.Workbook());
  const tables = wb.tableStates();
  for (const sheet of wb.sheetNames()) {
    await target.addSheet(sheet);
    const snap = await wb.readSheet(sheet);
    const inTable = (row: number, col: number): boolean =>
      tables.some((t) => t.sheet === sheet && contains(tableRange(t), row, col));
    const rows = snap.values.map((row, r) =>
      row.map((v, c) =>
        inTable(snap.origin.row + r, snap.origin.col + c) ? null : cellInputOf(v, snap.formulas?.[r]?.[c] ?? null),
      ),
    );
    if (rows.length > 0) await target.writeBlock(sheet, `${columnLetter(snap.origin.col)}${snap.origin.row + 1}`, rows);
    const ws = target.workbook.getWorksheet(sheet) as ExcelJS.Worksheet;
    snap.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null) ws.getCell(snap.origin.row + r + 1, snap.origin.col + c + 1).numFmt = f;
      }),
    );
    if (wb.getFrozenRows(sheet) > 0) await target.freezeRows(sheet, wb.getFrozenRows(sheet));
  }
  for (const t of tables) {
    const range = tableRange(t);
    const body = await wb.readRange(t.sheet, rangeText({ ...range, top: range.top + 1 }));
    await target.upsertTable({
      name: t.name,
      sheet: t.sheet,
      topLeft: rangeText({ ...range, bottom: range.top, right: range.left }),
      columns: t.columns,
      rows: body.values.map((row) => row.map((v) => (isCellError(v) ? null : v))),
    });
  }
  for (const sheet of wb.sheetNames()) {
    const rules = wb.rulesOf(sheet);
    for (const cf of rules.conditionalFormats) await target.setConditionalFormats(sheet, cf.address, cf.rules);
    for (const v of rules.validations) await target.setValidationList(sheet, v.address, v.values);
  }
  for (const key of wb.settingKeys()) {
    const value = await wb.readSetting(key);
    if (value !== undefined) await target.writeSetting(key, value);
  }
  const selection = await wb.getSelection();
  if (selection) await target.select(selection.sheet, selection.address);
  return new Uint8Array(await target.workbook.xlsx.writeBuffer());
}
