/**
 * The `WorkbookPort` over an ExcelJS workbook, for the CLI. ExcelJS does not calculate: formulas
 * read back with the value Excel last saved (none for formulas written here).
 */
import ExcelJS from 'exceljs';
import type { RangeRef } from '../../core/grid/a1';
import type { CellValue, SheetSnapshot } from '../../core/grid/types';
import {
  namesResult,
  planNames,
  toFileFormula,
  type AddNamesOptions,
  type ExistingName,
  type NamesResult,
  type WorkbookName,
} from '../../core/share/shortNames';
import { WorkbookError } from '../errors';
import type {
  CellInput,
  ConditionalRule,
  HostInfo,
  JsonValue,
  Selection,
  SheetInfo,
  TableData,
  TableInfo,
  TablePartReader,
  TableSpec,
  TableWriteResult,
  WorkbookPort,
} from '../port';
import { cellRef, rangeRef, rangeText } from '../common/addresses';
import { checkNumber, DEFAULT_DATE_FORMAT, formulaText, isDateInput, isFormulaInput } from '../common/cellInputs';
import { lastSheetError, resolveSheetName, uniqueSheetName } from '../common/sheetNames';
import { planTable } from '../common/tablePlan';
import { structuredToFileForm } from '../structuredRefs';
import { dropRangeName, rangeNames, writeFormulaNamesOnSave, type StoredName } from './definedNames';
import { isSettingsSheet, readSettingFrom, writeSettingTo } from './settingsSheet';
import { cellValueFromExcelJs, cellValueFromFormulaResult } from './snapshot';
import { allTables, findTable, tableInfo, type FoundTable } from './tables';

function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(hex) ? `FF${hex}` : /^[0-9A-F]{8}$/.test(hex) ? hex : 'FF000000';
}

function cfRule(rule: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  const style: ExcelJS.Style = {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
    font: { color: { argb: argb(rule.fontColor) } },
  } as ExcelJS.Style;
  if (rule.kind === 'textEquals') {
    return { type: 'cellIs', operator: 'equal', priority, formulae: [`"${rule.text.replace(/"/g, '""')}"`], style };
  }
  return { type: 'cellIs', operator: 'between', priority, formulae: [String(rule.min), String(rule.max)], style };
}

export interface XlsxWorkbookOptions {
  /** The file it was read from: `saveAs` refuses to write there. */
  readonly inputPath?: string;
  readonly label?: string;
  /** Formula names the file held, which ExcelJS does not keep (see `definedNames.ts`). */
  readonly formulaNames?: readonly StoredName[];
  /** The locale to read text dates by (`--locale`); a file does not say which its author used. */
  readonly locale?: string;
}

export class XlsxWorkbook implements WorkbookPort {
  private selection: Selection | null = null;
  /** Workbook names that are formulas, keyed by upper-case spelling; written on save. */
  private readonly formulaNames = new Map<string, StoredName>();

  constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly options: XlsxWorkbookOptions = {},
  ) {
    for (const n of options.formulaNames ?? []) this.formulaNames.set(n.name.toUpperCase(), n);
    writeFormulaNamesOnSave(workbook, () => [...this.formulaNames.values()]);
  }

  hostInfo(): HostInfo {
    return {
      kind: 'file',
      label: this.options.label ?? (this.options.inputPath ? `File ${this.options.inputPath}` : 'New workbook file'),
      // A file calculates nothing: the names it stores work in whichever Excel opens it.
      supportsLambda: false,
      ...(this.options.locale !== undefined ? { locale: this.options.locale } : {}),
    };
  }

  /** The user's sheets: Rudder's very hidden settings sheet is not one of them. */
  private userSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((s) => !isSettingsSheet(s));
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheets = this.userSheets();
    const resolved = resolveSheetName(
      name,
      sheets.map((s) => s.name),
    );
    return sheets.find((s) => s.name === resolved) as ExcelJS.Worksheet;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.userSheets().map((s) => {
      const used = usedRef(s);
      return {
        name: s.name,
        usedRange: used ? rangeText(used) : null,
        visible: s.state === 'visible' || s.state === undefined,
      };
    });
  }

  async listTables(): Promise<readonly TableInfo[]> {
    return allTables(this.workbook).map(tableInfo);
  }

  async readSheet(sheet: string): Promise<SheetSnapshot> {
    const ws = this.sheet(sheet);
    const used = usedRef(ws);
    if (used === null)
      return { name: ws.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
    return snapshot(ws, used);
  }

  async readRange(sheet: string, address: string): Promise<SheetSnapshot> {
    return snapshot(this.sheet(sheet), rangeRef(address));
  }

  async readTable(name: string): Promise<TableData | null> {
    const found = findTable(this.workbook, name);
    if (!found) return null;
    const body = bodyRange(found);
    return { ...tableInfo(found), rows: body ? tableBody(found.sheet, body) : [] };
  }

  async readTableInParts(name: string, rowsPerPart: number, take: TablePartReader): Promise<TableInfo | null> {
    const found = findTable(this.workbook, name);
    if (!found) return null;
    const info = tableInfo(found);
    const body = bodyRange(found);
    // A part size that is not a whole number above 0 is a caller's slip; parts of one row still read it all.
    const size = Math.max(1, Math.floor(rowsPerPart) || 1);
    if (body === null) return info;
    // The parts are lent (see the port): one set of row arrays is filled again for each part, so a long table
    // leaves no row arrays behind for the garbage collector, whose work was a quarter of a large audit.
    const rows: CellValue[][] = [];
    for (let top = body.top; top <= body.bottom; top += size) {
      const part = { ...body, top, bottom: Math.min(body.bottom, top + size - 1) };
      take(info, tableBody(found.sheet, part, rows), top - body.top);
    }
    return info;
  }

  async getSelection(): Promise<Selection | null> {
    if (this.selection) return this.selection;
    const sheets = this.userSheets();
    if (sheets.length === 0) return null;
    const active = sheets[this.workbook.views?.[0]?.activeTab ?? 0] ?? sheets[0];
    return { sheet: active.name, address: active.views?.[0]?.activeCell ?? 'A1' };
  }

  async writeBlock(sheet: string, topLeft: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    const ws = this.sheet(sheet);
    const start = cellRef(topLeft);
    writeCells(ws, start.row, start.col, rows);
  }

  async addSheet(preferredName: string): Promise<string> {
    const name = uniqueSheetName(
      preferredName,
      this.workbook.worksheets.map((s) => s.name),
    );
    this.workbook.addWorksheet(name);
    return name;
  }

  async deleteSheet(sheet: string): Promise<void> {
    const ws = this.sheet(sheet);
    if (this.userSheets().length === 1) throw lastSheetError(ws.name);
    this.workbook.removeWorksheet(ws.id);
    if (this.selection?.sheet === ws.name) this.selection = null;
  }

  async upsertTable(spec: TableSpec): Promise<TableWriteResult> {
    const existing = findTable(this.workbook, spec.name);
    const ws = existing ? existing.sheet : this.sheet(spec.sheet);
    const plan = planTable(
      { ...spec, sheet: ws.name },
      existing ? { sheet: ws.name, top: existing.range.top, left: existing.range.left } : undefined,
    );
    const name = existing ? existing.model.name : spec.name;
    if (existing) {
      const used = usedRef(ws);
      const bottom = Math.min(existing.range.bottom, used ? used.bottom : existing.range.top);
      clearCells(ws, { ...existing.range, bottom });
      ws.removeTable(existing.model.name);
    }
    // A formula column repeats one text down every row: one string serves them all (100,000 copies each before).
    const fileForms = new Map<string, string>();
    const fileForm = (formula: string): string => {
      const known = fileForms.get(formula) ?? structuredToFileForm(formula, name);
      fileForms.set(formula, known);
      return known;
    };
    const body = plan.body.map((row) =>
      row.map((input) => (isFormulaInput(input) ? { formula: fileForm(input.formula) } : input)),
    );
    ws.addTable({
      name,
      ref: rangeText({
        top: plan.geometry.headerRow,
        left: plan.geometry.left,
        bottom: plan.geometry.headerRow,
        right: plan.geometry.left,
      }),
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: plan.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: body.map((row) => row.map(() => null)),
    });
    // Values go in through the same path as writeBlock so that text, dates and formulas behave alike.
    writeCells(ws, plan.geometry.headerRow + 1, plan.geometry.left, body);
    plan.columns.forEach((col, c) => {
      const column = ws.getColumn(plan.geometry.left + 1 + c);
      if (col.width !== undefined) column.width = col.width;
      if (col.numberFormat === undefined) return;
      for (let r = 0; r < plan.bodyRows; r++)
        ws.getCell(plan.geometry.headerRow + 2 + r, plan.geometry.left + 1 + c).numFmt = col.numberFormat;
    });
    return { sheet: ws.name, range: plan.range, created: !existing };
  }

  async setConditionalFormats(sheet: string, address: string, rules: readonly ConditionalRule[]): Promise<void> {
    const ws = this.sheet(sheet);
    const ref = rangeText(rangeRef(address));
    ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => cf.ref !== ref);
    if (rules.length > 0) ws.addConditionalFormatting({ ref, rules: rules.map((r, i) => cfRule(r, i + 1)) });
  }

  async setValidationList(sheet: string, address: string, values: readonly string[]): Promise<void> {
    const ws = this.sheet(sheet);
    const range = rangeRef(address);
    const list = values.map((v) => v.replace(/"/g, '""')).join(',');
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        ws.getCell(r + 1, c + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          showErrorMessage: true,
          formulae: [`"${list}"`],
        };
      }
    }
  }

  async freezeRows(sheet: string, rows: number): Promise<void> {
    if (!Number.isInteger(rows) || rows < 0)
      throw new WorkbookError(`Cannot freeze ${rows} rows: give a whole number from 0.`, 'bad-address');
    const ws = this.sheet(sheet);
    ws.views =
      rows === 0 ? [{ state: 'normal' }] : [{ state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}` }];
  }

  async select(sheet: string, address: string): Promise<void> {
    const ws = this.sheet(sheet);
    const range = rangeRef(address);
    const text = rangeText(range);
    const index = this.workbook.worksheets.indexOf(ws);
    const defaults: ExcelJS.WorkbookView = {
      x: 0,
      y: 0,
      width: 10000,
      height: 20000,
      firstSheet: 0,
      visibility: 'visible',
      activeTab: 0,
    };
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? defaults), activeTab: index }];
    const current = ws.views?.[0];
    ws.views = [{ ...(current ?? { state: 'normal' }), activeCell: text.split(':')[0] }];
    this.selection = { sheet: ws.name, address: text };
  }

  async readSetting(key: string): Promise<JsonValue | undefined> {
    return readSettingFrom(this.workbook, key);
  }

  async writeSetting(key: string, value: JsonValue): Promise<void> {
    writeSettingTo(this.workbook, key, value);
  }

  async listNames(): Promise<readonly ExistingName[]> {
    const formulas = [...this.formulaNames.values()].map(({ name, formula, comment }) =>
      comment === undefined ? { name, formula } : { name, formula, comment },
    );
    return [...rangeNames(this.workbook), ...formulas];
  }

  /** Keeps the names for the saved file, in the prefixed form Excel reads (`_xlfn.LAMBDA(_xlpm.x,…)`). */
  async addNames(names: readonly WorkbookName[], options?: AddNamesOptions): Promise<NamesResult> {
    const plan = planNames(names, await this.listNames(), options);
    for (const p of plan) {
      if (p.action !== 'add' && p.action !== 'replace') continue;
      dropRangeName(this.workbook, p.wanted.name);
      this.formulaNames.set(p.wanted.name.toUpperCase(), { ...p.wanted, stored: toFileFormula(p.wanted.formula) });
    }
    return namesResult(plan, false);
  }
}

/** The bounding box of cells holding a value or formula (styles alone do not count). */
export function usedRef(ws: ExcelJS.Worksheet): RangeRef | null {
  let top = -1;
  let bottom = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined || (cell.isMerged && cell.master !== cell)) return;
      if (top < 0) top = r - 1;
      bottom = r - 1;
      left = Math.min(left, c - 1);
      right = Math.max(right, c - 1);
    });
  });
  return top < 0 ? null : { top, left, bottom, right };
}

/** 0-based index of the last row holding a value, or -1; walks back only over trailing empty rows. */
function lastUsedRow(ws: ExcelJS.Worksheet): number {
  for (let r = ws.rowCount; r >= 1; r--) {
    const row = ws.findRow(r);
    if (row && usedCellIn(row)) return r - 1;
  }
  return -1;
}

function usedCellIn(row: ExcelJS.Row): boolean {
  let used = false;
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (!used && cell.value !== null && cell.value !== undefined && !(cell.isMerged && cell.master !== cell))
      used = true;
  });
  return used;
}

/** A table's body rows, 0-based; null when it has none. */
function bodyRange(found: FoundTable): RangeRef | null {
  // Files often declare whole-column tables (A1:H1048576): read only as far as the sheet is used.
  const bottom = Math.min(found.range.bottom, lastUsedRow(found.sheet));
  return bottom > found.range.top ? { ...found.range, top: found.range.top + 1, bottom } : null;
}

/**
 * A table's body values only. Every audit reads whole tables (in parts), so this looks up only the cells ExcelJS
 * holds (`findCell`: `getCell` would create missing ones), reads a formula's saved result without the copy of
 * the formula that `cell.value` makes, and skips the formulas and formats a table read never uses.
 */
function tableBody(ws: ExcelJS.Worksheet, range: RangeRef, rows: CellValue[][] = []): SheetSnapshot['values'] {
  const width = range.right - range.left + 1;
  // `rows` may hold the arrays of the part before, to be filled again; a shorter last part drops the rest.
  rows.length = Math.min(rows.length, range.bottom - range.top + 1);
  for (let r = range.top; r <= range.bottom; r++) {
    const i = r - range.top;
    const values = i < rows.length ? rows[i] : new Array<CellValue>(width);
    const row = ws.findRow(r + 1);
    for (let c = 0; c < width; c++) {
      const cell = row?.findCell(range.left + c + 1);
      values[c] = cell === undefined ? null : tableCellValue(cell);
    }
    rows[i] = values;
  }
  return rows;
}

/**
 * A body cell's value. The cell's type is read once: each read goes through ExcelJS's value object, whose class
 * differs from cell to cell, and `isMerged` and `master` would read it twice more. A cell merged into another
 * has type Merge (its master keeps its own type), so that one test stands for `isMerged && master !== cell`.
 */
function tableCellValue(cell: ExcelJS.Cell): SheetSnapshot['values'][number][number] {
  const type = cell.type;
  if (type === ExcelJS.ValueType.Merge) return null;
  if (type === ExcelJS.ValueType.Formula) return cellValueFromFormulaResult(cell.result);
  return cellValueFromExcelJs(cell.value);
}

function snapshot(ws: ExcelJS.Worksheet, range: RangeRef): SheetSnapshot {
  const values: SheetSnapshot['values'][number][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = ws.getRow(r + 1);
    const v: SheetSnapshot['values'][number][number][] = [];
    const f: (string | null)[] = [];
    const n: (string | null)[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const cell = row.getCell(c + 1);
      const merged = cell.isMerged && cell.master !== cell;
      v.push(merged ? null : cellValueFromExcelJs(cell.value));
      f.push(!merged && cell.formula ? `=${cell.formula}` : null);
      n.push(cell.numFmt ?? null);
    }
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  return { name: ws.name, origin: { row: range.top, col: range.left }, values, formulas, numberFormats };
}

function writeCells(ws: ExcelJS.Worksheet, top: number, left: number, rows: readonly (readonly CellInput[])[]): void {
  const stored = new Map<string, string>();
  rows.forEach((row, r) => {
    const target = ws.getRow(top + r + 1);
    row.forEach((input, c) => {
      const cell = target.getCell(left + c + 1);
      if (input === null || typeof input === 'string' || typeof input === 'boolean') {
        // ExcelJS stores strings as strings: nothing is parsed, so user text cannot become a formula.
        cell.value = input;
      } else if (typeof input === 'number') {
        cell.value = checkNumber(input, `${ws.name}!${cell.address}`);
      } else if (isDateInput(input)) {
        cell.value = checkNumber(input.date, `${ws.name}!${cell.address}`);
        if (!cell.numFmt || cell.numFmt === 'General') cell.numFmt = DEFAULT_DATE_FORMAT;
      } else if (isFormulaInput(input)) {
        const formula = stored.get(input.formula) ?? formulaText(input.formula).slice(1);
        stored.set(input.formula, formula);
        cell.value = { formula };
      }
    });
  });
}

function clearCells(ws: ExcelJS.Worksheet, range: RangeRef): void {
  for (let r = range.top; r <= range.bottom; r++) {
    const row = ws.getRow(r + 1);
    for (let c = range.left; c <= range.right; c++) row.getCell(c + 1).value = null;
  }
}
