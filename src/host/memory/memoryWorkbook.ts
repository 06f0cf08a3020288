/**
 * An in-memory workbook: the `WorkbookPort` for the playground and tests. Cells live in
 * HyperFormula (so formulas, including Rudder's functions, are computed); the rest of what
 * Excel keeps (formats, tables, rules, panes, settings) lives beside it in plain maps.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';
import type { RangeRef } from '../../core/grid/a1';
import type { CellValue, SheetSnapshot } from '../../core/grid/types';
import {
  namesResult,
  planNames,
  type AddNamesOptions,
  type ExistingName,
  type NamesResult,
  type WorkbookName,
} from '../../core/share/shortNames';
import { WorkbookError } from '../errors';
import type {
  BlockWrite,
  CellInput,
  ConditionalRule,
  HostInfo,
  JsonValue,
  Selection,
  SheetInfo,
  TableData,
  TableInfo,
  TableSpec,
  TableWriteResult,
  WorkbookPort,
} from '../port';
import { cellRef, rangeRef, rangeText } from '../common/addresses';
import { checkNumber, DEFAULT_DATE_FORMAT, formulaText, isDateInput, isFormulaInput } from '../common/cellInputs';
import { lastSheetError, resolveSheetName, uniqueSheetName } from '../common/sheetNames';
import { planTable } from '../common/tablePlan';
import { hasStructuredRefs, structuredToA1, type TableGeometry } from '../structuredRefs';
import { buildEngine, engineErrorMessage, fromEngineValue, textContent, type EngineOptions } from './engine';
import { snapshotOf, usedRef } from './memoryRead';
import { formatCell } from './display';
import {
  cellKey,
  contains,
  newSheetState,
  ruleMatches,
  tableRange,
  type ConditionalEntry,
  type SheetState,
  type TableState,
  type ValidationEntry,
} from './sheetState';

export interface MemoryWorkbookOptions extends EngineOptions {
  /** Words for the status line. @default "Playground (in-memory workbook)" */
  readonly label?: string;
  /** The locale to read dates by (the playground passes the browser's). @default none */
  readonly locale?: string;
}

/** What the playground grid draws for one cell. */
export interface CellDisplay {
  readonly value: CellValue;
  readonly text: string;
  readonly formula: string | null;
  readonly numberFormat: string | null;
  /** The message behind an error value, when the engine gave one. */
  readonly errorMessage: string | null;
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly validationList: readonly string[] | null;
}

export type WorkbookListener = () => void;

export class MemoryWorkbook implements WorkbookPort {
  private readonly engine: HyperFormula;
  private readonly sheets: SheetState[] = [];
  private readonly tables = new Map<string, TableState>();
  private readonly settings = new Map<string, string>();
  /**
   * Workbook names, kept beside the engine: HyperFormula has neither LAMBDA nor LET, so a
   * LAMBDA name given to it would only compute #NAME?. Keyed by upper-case spelling.
   */
  private readonly names = new Map<string, ExistingName>();
  private readonly listeners = new Set<WorkbookListener>();
  private selection: Selection | null = null;
  private readonly label: string;
  private readonly locale: string | undefined;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.engine = buildEngine(options);
    this.label = options.label ?? 'Playground (in-memory workbook)';
    this.locale = options.locale;
  }

  hostInfo(): HostInfo {
    return {
      kind: 'memory',
      label: this.label,
      supportsLambda: false,
      ...(this.locale !== undefined ? { locale: this.locale } : {}),
    };
  }

  // ---- extras for the playground -------------------------------------------------------

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: WorkbookListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  sheetNames(): readonly string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Rows and columns from A1 to the last used cell. */
  getSheetDimensions(sheet: string): { readonly rows: number; readonly columns: number } {
    const dims = this.engine.getSheetDimensions(this.sheetId(sheet));
    return { rows: dims.height, columns: dims.width };
  }

  getCellFormula(sheet: string, row: number, col: number): string | null {
    const state = this.state(sheet);
    return (
      state.originalFormulas.get(cellKey(row, col)) ??
      this.engine.getCellFormula({ sheet: this.sheetId(sheet), row, col }) ??
      null
    );
  }

  getCellDisplay(sheet: string, row: number, col: number): CellDisplay {
    const state = this.state(sheet);
    const raw = this.engine.getCellValue({ sheet: this.sheetId(sheet), row, col });
    const value = fromEngineValue(raw);
    const numberFormat = state.formats.get(cellKey(row, col)) ?? null;
    let fill: string | null = null;
    let fontColor: string | null = null;
    for (const entry of state.conditionalFormats) {
      if (!contains(entry.range, row, col)) continue;
      const rule = entry.rules.find((r) => ruleMatches(r, value));
      if (rule) {
        fill = rule.fill;
        fontColor = rule.fontColor;
        break;
      }
    }
    const validation = state.validations.find((v) => contains(v.range, row, col));
    return {
      value,
      text: formatCell(value, numberFormat),
      formula: this.getCellFormula(sheet, row, col),
      numberFormat,
      errorMessage: engineErrorMessage(raw),
      fill,
      fontColor,
      validationList: validation ? validation.values : null,
    };
  }

  getFrozenRows(sheet: string): number {
    return this.state(sheet).frozenRows;
  }

  getColumnWidth(sheet: string, col: number): number | null {
    return this.state(sheet).columnWidths.get(col) ?? null;
  }

  /** Number formats for a block (`null` leaves a cell's format alone); used when importing files. */
  setNumberFormats(sheet: string, topLeft: string, formats: readonly (readonly (string | null)[])[]): void {
    const state = this.state(sheet);
    const start = cellRef(topLeft);
    formats.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null && f !== 'General') state.formats.set(cellKey(start.row + r, start.col + c), f);
      }),
    );
    this.notify();
  }

  /**
   * Declares a table over cells already in place (importing a file): later formulas inside it
   * resolve its structured references. Use `upsertTable` to write a table.
   */
  defineTable(info: TableInfo): void {
    const range = rangeRef(info.range);
    const sheet = this.resolve(info.sheet);
    this.tables.set(info.name.toLowerCase(), {
      name: info.name,
      sheet,
      top: range.top,
      left: range.left,
      headers: [...info.headers],
      bodyRows: Math.max(1, range.bottom - range.top),
      columns: info.headers.map((header) => ({ header })),
    });
  }

  /** Rudder's conditional formats and validation lists on a sheet, for export and display. */
  rulesOf(sheet: string): {
    readonly conditionalFormats: readonly ConditionalEntry[];
    readonly validations: readonly ValidationEntry[];
  } {
    const state = this.state(sheet);
    return { conditionalFormats: [...state.conditionalFormats], validations: [...state.validations] };
  }

  /** Table definitions including their column specs (formula columns), for export. */
  tableStates(): readonly Readonly<TableState>[] {
    return [...this.tables.values()];
  }

  settingKeys(): readonly string[] {
    return [...this.settings.keys()];
  }

  // ---- WorkbookPort ---------------------------------------------------------------------

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets.map((s) => ({ name: s.name, usedRange: this.usedRange(s.name), visible: s.visible }));
  }

  async listTables(): Promise<readonly TableInfo[]> {
    return [...this.tables.values()].map((t) => this.tableInfo(t));
  }

  async readSheet(sheet: string): Promise<SheetSnapshot> {
    const name = this.resolve(sheet);
    const used = this.usedRef(name);
    if (used === null) return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
    return this.snapshot(name, used);
  }

  async readRange(sheet: string, address: string): Promise<SheetSnapshot> {
    return this.snapshot(this.resolve(sheet), rangeRef(address));
  }

  async readTable(name: string): Promise<TableData | null> {
    const table = this.tables.get(name.toLowerCase());
    if (!table) return null;
    const range = tableRange(table);
    const snap = this.snapshot(table.sheet, { ...range, top: range.top + 1 });
    return { ...this.tableInfo(table), rows: snap.values };
  }

  async getSelection(): Promise<Selection | null> {
    if (this.selection) return this.selection;
    return this.sheets.length > 0 ? { sheet: this.sheets[0].name, address: 'A1' } : null;
  }

  async writeBlock(sheet: string, topLeft: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    const name = this.resolve(sheet);
    const start = cellRef(topLeft);
    this.writeCells(name, start.row, start.col, rows);
    this.notify();
  }

  async addSheet(preferredName: string): Promise<string> {
    const name = uniqueSheetName(preferredName, this.sheetNames());
    this.engine.addSheet(name);
    this.sheets.push(newSheetState(name));
    this.notify();
    return name;
  }

  async deleteSheet(sheet: string): Promise<void> {
    const name = this.resolve(sheet);
    if (this.sheets.length === 1) throw lastSheetError(name);
    this.engine.removeSheet(this.sheetId(name));
    this.sheets.splice(
      this.sheets.findIndex((s) => s.name === name),
      1,
    );
    for (const [key, table] of this.tables) if (table.sheet === name) this.tables.delete(key);
    if (this.selection?.sheet === name) this.selection = null;
    this.notify();
  }

  async upsertTable(spec: TableSpec): Promise<TableWriteResult> {
    const existing = this.tables.get(spec.name.toLowerCase());
    const sheet = existing ? existing.sheet : this.resolve(spec.sheet);
    const plan = planTable(
      { ...spec, sheet },
      existing ? { sheet, top: existing.top, left: existing.left } : undefined,
    );
    if (existing) this.clearRange(sheet, tableRange(existing));
    this.checkNoOverlap(spec.name, sheet, plan.geometry);
    const table: TableState = {
      name: existing ? existing.name : spec.name,
      sheet,
      top: plan.geometry.headerRow,
      left: plan.geometry.left,
      headers: [...plan.geometry.headers],
      bodyRows: plan.bodyRows,
      columns: plan.columns,
    };
    this.tables.set(spec.name.toLowerCase(), table);
    const state = this.state(sheet);
    this.writeCells(sheet, table.top, table.left, [table.headers]);
    this.writeCells(sheet, table.top + 1, table.left, plan.body);
    if (existing && existing.bodyRows !== table.bodyRows) this.refreshReferencesTo(table.name);
    plan.columns.forEach((col, c) => {
      if (col.width !== undefined) state.columnWidths.set(table.left + c, col.width);
      if (col.numberFormat === undefined) return;
      for (let r = 0; r < plan.bodyRows; r++)
        state.formats.set(cellKey(table.top + 1 + r, table.left + c), col.numberFormat);
    });
    this.notify();
    return { sheet, range: plan.range, created: !existing };
  }

  async appendTableRows(
    name: string,
    rows: readonly (readonly CellInput[])[],
    numberFormats: readonly (string | undefined)[] = [],
    alsoWrite: readonly BlockWrite[] = [],
  ): Promise<TableWriteResult | null> {
    const table = this.tables.get(name.toLowerCase());
    if (!table) return null;
    const blocks = alsoWrite.map((b) => ({ ...b, sheet: this.resolve(b.sheet), start: cellRef(b.topLeft) }));
    const first = table.top + 1 + table.bodyRows;
    const grown = { ...this.geometry(table), bottom: table.top + table.bodyRows + rows.length };
    this.checkNoOverlap(table.name, table.sheet, grown);
    table.bodyRows += rows.length;
    const state = this.state(table.sheet);
    numberFormats.forEach((format, c) => {
      if (format === undefined) return;
      for (let r = 0; r < rows.length; r++) state.formats.set(cellKey(first + r, table.left + c), format);
    });
    if (rows.length > 0) this.writeCells(table.sheet, first, table.left, rows);
    for (const b of blocks) this.writeCells(b.sheet, b.start.row, b.start.col, b.rows);
    this.refreshReferencesTo(table.name);
    this.notify();
    return { sheet: table.sheet, range: rangeText(tableRange(table)), created: false };
  }

  /**
   * Formulas elsewhere that name a table were turned into A1 ranges when written: once the table grows or
   * shrinks they are worked out again, as Excel's structured references follow a table.
   */
  private refreshReferencesTo(name: string): void {
    const needle = `${name.toLowerCase()}[`;
    for (const state of this.sheets) {
      for (const [key, formula] of [...state.originalFormulas]) {
        if (!formula.toLowerCase().includes(needle)) continue;
        const [row, col] = key.split(',').map(Number);
        const resolved = this.engineFormula(state, row, col, formula);
        this.engine.setCellContents({ sheet: this.sheetId(state.name), row, col }, [[resolved]]);
      }
    }
  }

  async setConditionalFormats(sheet: string, address: string, rules: readonly ConditionalRule[]): Promise<void> {
    const state = this.state(this.resolve(sheet));
    const range = rangeRef(address);
    const text = rangeText(range);
    const kept = state.conditionalFormats.filter((e) => e.address !== text);
    state.conditionalFormats.splice(0, state.conditionalFormats.length, ...kept);
    if (rules.length > 0) state.conditionalFormats.push({ address: text, range, rules: [...rules] });
    this.notify();
  }

  async setValidationList(sheet: string, address: string, values: readonly string[]): Promise<void> {
    const state = this.state(this.resolve(sheet));
    const range = rangeRef(address);
    const text = rangeText(range);
    const kept = state.validations.filter((e) => e.address !== text);
    state.validations.splice(0, state.validations.length, ...kept, { address: text, range, values: [...values] });
    this.notify();
  }

  async freezeRows(sheet: string, rows: number): Promise<void> {
    if (!Number.isInteger(rows) || rows < 0)
      throw new WorkbookError(`Cannot freeze ${rows} rows: give a whole number from 0.`, 'bad-address');
    this.state(this.resolve(sheet)).frozenRows = rows;
    this.notify();
  }

  async select(sheet: string, address: string): Promise<void> {
    const name = this.resolve(sheet);
    this.selection = { sheet: name, address: rangeText(rangeRef(address)) };
    this.notify();
  }

  async readSetting(key: string): Promise<JsonValue | undefined> {
    const text = this.settings.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as JsonValue);
  }

  async listNames(): Promise<readonly ExistingName[]> {
    return [...this.names.values()];
  }

  /** Stores the names (one per spelling); the engine cannot compute LAMBDA, and the result says so. */
  async addNames(names: readonly WorkbookName[], options?: AddNamesOptions): Promise<NamesResult> {
    const plan = planNames(names, [...this.names.values()], options);
    for (const p of plan)
      if (p.action === 'add' || p.action === 'replace') this.names.set(p.wanted.name.toUpperCase(), { ...p.wanted });
    if (plan.some((p) => p.action === 'add' || p.action === 'replace')) this.notify();
    return namesResult(plan, false);
  }

  async writeSetting(key: string, value: JsonValue): Promise<void> {
    this.settings.set(key, JSON.stringify(value));
    this.notify();
  }

  // ---- internals ------------------------------------------------------------------------

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private resolve(sheet: string): string {
    return resolveSheetName(sheet, this.sheetNames());
  }

  private state(sheet: string): SheetState {
    const name = this.resolve(sheet);
    return this.sheets.find((s) => s.name === name) as SheetState;
  }

  private sheetId(sheet: string): number {
    const id = this.engine.getSheetId(this.resolve(sheet));
    if (id === undefined) throw new WorkbookError(`There is no sheet named "${sheet}".`, 'no-such-sheet');
    return id;
  }

  private tableInfo(t: TableState): TableInfo {
    return { name: t.name, sheet: t.sheet, range: rangeText(tableRange(t)), headers: [...t.headers] };
  }

  private geometry(t: TableState): TableGeometry {
    return {
      name: t.name,
      sheet: t.sheet,
      headerRow: t.top,
      left: t.left,
      bottom: t.top + t.bodyRows,
      headers: t.headers,
    };
  }

  private tableAt(sheet: string, row: number, col: number): TableState | undefined {
    for (const t of this.tables.values()) if (t.sheet === sheet && contains(tableRange(t), row, col)) return t;
    return undefined;
  }

  private checkNoOverlap(name: string, sheet: string, g: TableGeometry): void {
    const mine: RangeRef = { top: g.headerRow, left: g.left, bottom: g.bottom, right: g.left + g.headers.length - 1 };
    for (const t of this.tables.values()) {
      if (t.sheet !== sheet || t.name.toLowerCase() === name.toLowerCase()) continue;
      const r = tableRange(t);
      if (r.top <= mine.bottom && mine.top <= r.bottom && r.left <= mine.right && mine.left <= r.right) {
        throw new WorkbookError(`Table ${name} would overlap table ${t.name} on ${sheet}.`, 'write-failed');
      }
    }
  }

  /** Writes inputs at a 0-based position; formulas inside tables get their structured references resolved. */
  private writeCells(sheet: string, top: number, left: number, rows: readonly (readonly CellInput[])[]): void {
    const state = this.state(sheet);
    const contents: RawCellContent[][] = rows.map((row, r) =>
      row.map((input, c) => {
        const key = cellKey(top + r, left + c);
        state.originalFormulas.delete(key);
        if (input === null || typeof input === 'boolean') return input;
        if (typeof input === 'string') return textContent(input);
        if (typeof input === 'number')
          return checkNumber(
            input,
            `${sheet}!${rangeText({ top: top + r, left: left + c, bottom: top + r, right: left + c })}`,
          );
        if (isDateInput(input)) {
          if (!state.formats.has(key)) state.formats.set(key, DEFAULT_DATE_FORMAT);
          return checkNumber(input.date, sheet);
        }
        if (isFormulaInput(input)) return this.engineFormula(state, top + r, left + c, formulaText(input.formula));
        return null;
      }),
    );
    try {
      this.engine.setCellContents({ sheet: this.sheetId(sheet), row: top, col: left }, contents);
    } catch (error) {
      throw new WorkbookError(
        `Could not write to ${sheet}: ${error instanceof Error ? error.message : String(error)}`,
        'write-failed',
      );
    }
  }

  private engineFormula(state: SheetState, row: number, col: number, formula: string): string {
    if (!hasStructuredRefs(formula)) return formula;
    const table = this.tableAt(state.name, row, col);
    state.originalFormulas.set(cellKey(row, col), formula);
    return structuredToA1(formula, {
      table: table ? this.geometry(table) : null,
      row,
      sheet: state.name,
      lookup: (name) => {
        const t = this.tables.get(name.toLowerCase());
        return t ? this.geometry(t) : undefined;
      },
    });
  }

  private clearRange(sheet: string, range: RangeRef): void {
    const rows = Array.from({ length: range.bottom - range.top + 1 }, () =>
      new Array<CellInput>(range.right - range.left + 1).fill(null),
    );
    this.writeCells(sheet, range.top, range.left, rows);
  }

  private usedRef(sheet: string): RangeRef | null {
    return usedRef(this.engine, this.sheetId(sheet));
  }

  private usedRange(sheet: string): string | null {
    const ref = this.usedRef(sheet);
    return ref ? rangeText(ref) : null;
  }

  private snapshot(sheet: string, range: RangeRef): SheetSnapshot {
    return snapshotOf(this.engine, this.sheetId(sheet), this.state(sheet), range);
  }
}
