/**
 * A small in-memory workbook without a formula engine. The task pane falls back to it (loaded
 * with the sample) when Office.js is not there, so the pane still starts and can be explored:
 * HyperFormula is GPLv3 and must stay out of the add-in bundle, so formulas are kept as text and
 * their cells read as empty here. The playground uses the real memory adapter instead.
 */
import { parseCellAddress, parseRangeAddress, rangeAddress } from '../../core/grid/a1';
import type { CellValue, SheetSnapshot } from '../../core/grid/types';
import { WorkbookError } from '../../host/errors';
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
} from '../../host/port';

interface PlainCell {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly format: string | null;
}

interface PlainSheet {
  name: string;
  readonly cells: Map<string, PlainCell>;
}

interface PlainTable {
  readonly name: string;
  readonly sheet: string;
  top: number;
  left: number;
  bottom: number;
  headers: readonly string[];
}

const DATE_FORMAT = 'yyyy-mm-dd';

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function toCell(input: CellInput, numberFormat?: string): PlainCell | null {
  if (input === null || input === '') return null;
  if (typeof input === 'object' && 'formula' in input)
    return { value: null, formula: input.formula, format: numberFormat ?? null };
  if (typeof input === 'object') return { value: input.date, formula: null, format: DATE_FORMAT };
  return { value: input, formula: null, format: numberFormat ?? null };
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
  private readonly tables: PlainTable[] = [];
  private readonly settings = new Map<string, JsonValue>();
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
    return settle(() => {
      return this.sheets.map((s) => ({ name: s.name, usedRange: this.usedRange(s), visible: true }));
    });
  }

  listTables(): Promise<readonly TableInfo[]> {
    return settle(() => {
      return this.tables.map((t) => this.tableInfo(t));
    });
  }

  readSheet(sheet: string): Promise<SheetSnapshot> {
    return settle(() => {
      const s = this.sheet(sheet);
      const used = this.usedRange(s);
      if (used === null)
        return { name: s.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [] };
      return this.snapshot(s, used);
    });
  }

  readRange(sheet: string, address: string): Promise<SheetSnapshot> {
    return settle(() => {
      return this.snapshot(this.sheet(sheet), address);
    });
  }

  readTable(name: string): Promise<TableData | null> {
    return settle(() => {
      const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) return null;
      const body =
        t.bottom > t.top
          ? this.snapshot(this.sheet(t.sheet), rangeAddress(t.top + 1, t.left, t.bottom, t.left + t.headers.length - 1))
              .values
          : [];
      return { ...this.tableInfo(t), rows: body };
    });
  }

  getSelection(): Promise<Selection | null> {
    return settle(() => {
      return this.selection;
    });
  }

  writeBlock(sheet: string, topLeft: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    return settle(() => {
      const s = this.sheet(sheet);
      const start = this.cellRef(topLeft);
      rows.forEach((row, r) => row.forEach((input, c) => this.put(s, start.row + r, start.col + c, toCell(input))));
      this.changed();
    });
  }

  addSheet(preferredName: string): Promise<string> {
    return settle(() => {
      let name = preferredName;
      for (let n = 2; this.find(name); n++) name = `${preferredName} (${n})`;
      this.sheets.push({ name, cells: new Map() });
      this.changed();
      return name;
    });
  }

  deleteSheet(sheet: string): Promise<void> {
    return settle(() => {
      const s = this.sheet(sheet);
      this.sheets.splice(this.sheets.indexOf(s), 1);
      for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === s.name) this.tables.splice(i, 1);
      this.changed();
    });
  }

  upsertTable(spec: TableSpec): Promise<TableWriteResult> {
    return settle(() => {
      const s = this.sheet(spec.sheet);
      const existing = this.tables.find((x) => x.name.toLowerCase() === spec.name.toLowerCase());
      const start = existing ? { row: existing.top, col: existing.left } : this.cellRef(spec.topLeft);
      if (existing) {
        // Clear the old body so a shorter table leaves no stale rows behind.
        for (let r = existing.top; r <= existing.bottom; r++)
          for (let c = 0; c < existing.headers.length; c++) this.put(s, r, existing.left + c, null);
      }
      spec.columns.forEach((col, c) => this.put(s, start.row, start.col + c, toCell(col.header)));
      spec.rows.forEach((row, r) =>
        spec.columns.forEach((col, c) => {
          const input: CellInput = col.formula ? { formula: col.formula } : (row[c] ?? null);
          this.put(s, start.row + 1 + r, start.col + c, toCell(input, col.numberFormat));
        }),
      );
      const table: PlainTable = existing ?? {
        name: spec.name,
        sheet: s.name,
        top: start.row,
        left: start.col,
        bottom: start.row,
        headers: [],
      };
      table.bottom = start.row + spec.rows.length;
      table.headers = spec.columns.map((c) => c.header);
      if (!existing) this.tables.push(table);
      this.changed();
      return { sheet: s.name, range: this.tableInfo(table).range, created: !existing };
    });
  }

  setConditionalFormats(sheet: string, _address: string, _rules: readonly ConditionalRule[]): Promise<void> {
    return settle(() => {
      this.sheet(sheet);
    });
  }

  setValidationList(sheet: string, _address: string, _values: readonly string[]): Promise<void> {
    return settle(() => {
      this.sheet(sheet);
    });
  }

  freezeRows(sheet: string, _rows: number): Promise<void> {
    return settle(() => {
      this.sheet(sheet);
    });
  }

  select(sheet: string, address: string): Promise<void> {
    return settle(() => {
      const s = this.sheet(sheet);
      this.selection = { sheet: s.name, address };
      this.changed();
    });
  }

  readSetting(key: string): Promise<JsonValue | undefined> {
    return settle(() => {
      return this.settings.get(key);
    });
  }

  writeSetting(key: string, value: JsonValue): Promise<void> {
    return settle(() => {
      this.settings.set(key, value);
    });
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private find(name: string): PlainSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private sheet(name: string): PlainSheet {
    const s = this.find(name);
    if (!s) throw new WorkbookError(`There is no sheet called "${name}" in this workbook.`, 'no-such-sheet');
    return s;
  }

  private cellRef(address: string): { row: number; col: number } {
    try {
      return parseCellAddress(address);
    } catch (error) {
      throw new WorkbookError(error instanceof Error ? error.message : String(error), 'bad-address');
    }
  }

  private put(s: PlainSheet, row: number, col: number, cell: PlainCell | null): void {
    if (cell) s.cells.set(key(row, col), cell);
    else s.cells.delete(key(row, col));
  }

  private usedRange(s: PlainSheet): string | null {
    if (s.cells.size === 0) return null;
    let bottom = 0;
    let right = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    // Reads start at A1, as a user thinks of the sheet; leading blank rows are part of it.
    return rangeAddress(0, 0, bottom, right);
  }

  private snapshot(s: PlainSheet, address: string): SheetSnapshot {
    let range;
    try {
      range = parseRangeAddress(address);
    } catch (error) {
      throw new WorkbookError(error instanceof Error ? error.message : String(error), 'bad-address');
    }
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
    return {
      name: t.name,
      sheet: t.sheet,
      range: rangeAddress(t.top, t.left, t.bottom, t.left + t.headers.length - 1),
      headers: t.headers,
    };
  }
}
