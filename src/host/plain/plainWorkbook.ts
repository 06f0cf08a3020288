/**
 * A small in-memory workbook without a formula engine. The task pane falls back to it (loaded
 * with the sample) when Office.js is not there, so the pane still starts and can be explored:
 * HyperFormula is GPLv3 and must stay out of the add-in bundle, so formulas are kept as text and
 * their cells read as empty here. The playground uses the real memory adapter instead.
 * It keeps the same promises as the other adapters (the shared contract suite runs on it).
 */
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

interface PlainCell {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly format: string | null;
}

interface PlainSheet {
  readonly name: string;
  readonly cells: Map<string, PlainCell>;
  /** Kept so that a later read or a saved copy could show them; nothing is drawn here. */
  readonly conditionalFormats: Map<string, readonly ConditionalRule[]>;
  readonly validations: Map<string, readonly string[]>;
  frozenRows: number;
}

interface PlainTable {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bodyRows: number;
  readonly headers: readonly string[];
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function toCell(input: CellInput, where: string, numberFormat?: string): PlainCell | null {
  if (input === null || input === '') return null;
  if (isFormulaInput(input)) return { value: null, formula: formulaText(input.formula), format: numberFormat ?? null };
  if (isDateInput(input))
    return { value: checkNumber(input.date, where), formula: null, format: numberFormat ?? DEFAULT_DATE_FORMAT };
  if (typeof input === 'number')
    return { value: checkNumber(input, where), formula: null, format: numberFormat ?? null };
  return { value: input, formula: null, format: numberFormat ?? null };
}

function tableRange(t: PlainTable): RangeRef {
  return { top: t.top, left: t.left, bottom: t.top + t.bodyRows, right: t.left + t.headers.length - 1 };
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Runs synchronous work as a port call: its result resolves, its error rejects (never a sync throw). */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export class PlainWorkbook implements WorkbookPort {
  private readonly sheets: PlainSheet[] = [];
  private readonly tables = new Map<string, PlainTable>();
  private readonly names = new Map<string, ExistingName>();
  private readonly settings = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private selection: Selection | null = null;

  constructor(private readonly info: HostInfo) {}

  hostInfo(): HostInfo {
    return this.info;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return settle(() => this.sheets.map((s) => ({ name: s.name, usedRange: this.usedRange(s), visible: true })));
  }

  listTables(): Promise<readonly TableInfo[]> {
    return settle(() => [...this.tables.values()].map((t) => this.tableInfo(t)));
  }

  readSheet(sheet: string): Promise<SheetSnapshot> {
    return settle(() => {
      const s = this.sheet(sheet);
      const used = this.usedRef(s);
      if (used === null)
        return { name: s.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
      return this.snapshot(s, used);
    });
  }

  readRange(sheet: string, address: string): Promise<SheetSnapshot> {
    return settle(() => this.snapshot(this.sheet(sheet), rangeRef(address)));
  }

  readTable(name: string): Promise<TableData | null> {
    return settle(() => {
      const t = this.tables.get(name.toLowerCase());
      if (!t) return null;
      const range = tableRange(t);
      const body = this.snapshot(this.sheet(t.sheet), { ...range, top: range.top + 1 }).values;
      return { ...this.tableInfo(t), rows: body };
    });
  }

  getSelection(): Promise<Selection | null> {
    return settle(
      () => this.selection ?? (this.sheets.length > 0 ? { sheet: this.sheets[0].name, address: 'A1' } : null),
    );
  }

  writeBlock(sheet: string, topLeft: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    return settle(() => {
      const s = this.sheet(sheet);
      const start = cellRef(topLeft);
      this.writeCells(s, start.row, start.col, rows);
      this.changed();
    });
  }

  addSheet(preferredName: string): Promise<string> {
    return settle(() => {
      const name = uniqueSheetName(
        preferredName,
        this.sheets.map((s) => s.name),
      );
      this.sheets.push({
        name,
        cells: new Map(),
        conditionalFormats: new Map(),
        validations: new Map(),
        frozenRows: 0,
      });
      this.changed();
      return name;
    });
  }

  deleteSheet(sheet: string): Promise<void> {
    return settle(() => {
      const s = this.sheet(sheet);
      if (this.sheets.length === 1) throw lastSheetError(s.name);
      this.sheets.splice(this.sheets.indexOf(s), 1);
      for (const [k, t] of this.tables) if (t.sheet === s.name) this.tables.delete(k);
      if (this.selection?.sheet === s.name) this.selection = null;
      this.changed();
    });
  }

  upsertTable(spec: TableSpec): Promise<TableWriteResult> {
    return settle(() => {
      const existing = this.tables.get(spec.name.toLowerCase());
      const s = this.sheet(existing ? existing.sheet : spec.sheet);
      const plan = planTable(
        { ...spec, sheet: s.name },
        existing ? { sheet: s.name, top: existing.top, left: existing.left } : undefined,
      );
      const g = plan.geometry;
      const wanted: RangeRef = {
        top: g.headerRow,
        left: g.left,
        bottom: g.bottom,
        right: g.left + g.headers.length - 1,
      };
      for (const t of this.tables.values())
        if (t.sheet === s.name && t !== existing && overlaps(tableRange(t), wanted))
          throw new WorkbookError(`Table ${spec.name} would overlap table ${t.name} on ${s.name}.`, 'write-failed');
      // Clear the old table first so a shorter table leaves no stale rows behind.
      if (existing) this.clear(s, tableRange(existing));
      this.writeCells(s, g.headerRow, g.left, [g.headers]);
      plan.body.forEach((row, r) =>
        row.forEach((input, c) => {
          const where = `${s.name}!${rangeText({ top: g.headerRow + 1 + r, left: g.left + c, bottom: g.headerRow + 1 + r, right: g.left + c })}`;
          this.put(s, g.headerRow + 1 + r, g.left + c, toCell(input, where, plan.columns[c].numberFormat));
        }),
      );
      const table: PlainTable = {
        name: existing ? existing.name : spec.name,
        sheet: s.name,
        top: g.headerRow,
        left: g.left,
        bodyRows: plan.bodyRows,
        headers: g.headers,
      };
      this.tables.set(spec.name.toLowerCase(), table);
      this.changed();
      return { sheet: s.name, range: plan.range, created: !existing };
    });
  }

  setConditionalFormats(sheet: string, address: string, rules: readonly ConditionalRule[]): Promise<void> {
    return settle(() => {
      const s = this.sheet(sheet);
      const text = rangeText(rangeRef(address));
      if (rules.length > 0) s.conditionalFormats.set(text, [...rules]);
      else s.conditionalFormats.delete(text);
    });
  }

  setValidationList(sheet: string, address: string, values: readonly string[]): Promise<void> {
    return settle(() => {
      this.sheet(sheet).validations.set(rangeText(rangeRef(address)), [...values]);
    });
  }

  freezeRows(sheet: string, rows: number): Promise<void> {
    return settle(() => {
      if (!Number.isInteger(rows) || rows < 0)
        throw new WorkbookError(`Cannot freeze ${rows} rows: give a whole number from 0.`, 'bad-address');
      this.sheet(sheet).frozenRows = rows;
    });
  }

  select(sheet: string, address: string): Promise<void> {
    return settle(() => {
      const s = this.sheet(sheet);
      this.selection = { sheet: s.name, address: rangeText(rangeRef(address)) };
      this.changed();
    });
  }

  listNames(): Promise<readonly ExistingName[]> {
    return settle(() => [...this.names.values()]);
  }

  /** Stores the names; nothing here computes LAMBDA, and the result says so. */
  addNames(names: readonly WorkbookName[], options?: AddNamesOptions): Promise<NamesResult> {
    return settle(() => {
      const plan = planNames(names, [...this.names.values()], options);
      for (const p of plan)
        if (p.action === 'add' || p.action === 'replace') this.names.set(p.wanted.name.toUpperCase(), { ...p.wanted });
      return namesResult(plan, false);
    });
  }

  readSetting(key: string): Promise<JsonValue | undefined> {
    return settle(() => {
      const text = this.settings.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as JsonValue);
    });
  }

  writeSetting(key: string, value: JsonValue): Promise<void> {
    return settle(() => {
      // Kept as text, as a document stores it, so a caller cannot change a stored value by mutating its object.
      this.settings.set(key, JSON.stringify(value));
    });
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private sheet(name: string): PlainSheet {
    const found = resolveSheetName(
      name,
      this.sheets.map((s) => s.name),
    );
    return this.sheets.find((s) => s.name === found) as PlainSheet;
  }

  private writeCells(s: PlainSheet, top: number, left: number, rows: readonly (readonly CellInput[])[]): void {
    rows.forEach((row, r) =>
      row.forEach((input, c) => {
        const where = `${s.name}!${rangeText({ top: top + r, left: left + c, bottom: top + r, right: left + c })}`;
        this.put(s, top + r, left + c, toCell(input, where));
      }),
    );
  }

  private clear(s: PlainSheet, range: RangeRef): void {
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) this.put(s, r, c, null);
  }

  private put(s: PlainSheet, row: number, col: number, cell: PlainCell | null): void {
    if (cell) s.cells.set(key(row, col), cell);
    else s.cells.delete(key(row, col));
  }

  private usedRef(s: PlainSheet): RangeRef | null {
    if (s.cells.size === 0) return null;
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return { top, left, bottom, right };
  }

  private usedRange(s: PlainSheet): string | null {
    const ref = this.usedRef(s);
    return ref ? rangeText(ref) : null;
  }

  private snapshot(s: PlainSheet, range: RangeRef): SheetSnapshot {
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const v: CellValue[] = [];
      const f: (string | null)[] = [];
      const n: (string | null)[] = [];
      for (let c = range.left; c <= range.right; c++) {
        const cell = s.cells.get(key(r, c));
        v.push(cell?.value ?? null);
        f.push(cell?.formula ?? null);
        n.push(cell?.format ?? null);
      }
      values.push(v);
      formulas.push(f);
      formats.push(n);
    }
    return { name: s.name, origin: { row: range.top, col: range.left }, values, formulas, numberFormats: formats };
  }

  private tableInfo(t: PlainTable): TableInfo {
    return { name: t.name, sheet: t.sheet, range: rangeText(tableRange(t)), headers: [...t.headers] };
  }
}
