/**
 * The playground's workbook as the task pane and the grid see it: every call goes to the memory
 * workbook, and the ones that change it are remembered, so Open, Reset and leaving the page can
 * ask before throwing that work away. Selecting cells and reading are not changes.
 */
import type { AddNamesOptions, ExistingName, NamesResult, WorkbookName } from '../core/share/shortNames';
import type { SheetSnapshot } from '../core/grid/types';
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
} from '../host/port';
import type { GridCellDisplay, PlaygroundWorkbook } from './gridSource';

/** What has been changed since the workbook was loaded. */
export interface WorkbookChanges {
  readonly count: number;
  /** Sheets written to, in the order first touched. */
  readonly sheets: readonly string[];
}

export class WriteTrackingWorkbook implements PlaygroundWorkbook {
  private changes = 0;
  private readonly touched: string[] = [];
  readonly readTableInParts?: (name: string, rowsPerPart: number, take: TablePartReader) => Promise<TableInfo | null>;
  readonly listNames?: () => Promise<readonly ExistingName[]>;
  readonly addNames?: (names: readonly WorkbookName[], options?: AddNamesOptions) => Promise<NamesResult>;

  constructor(private readonly inner: PlaygroundWorkbook) {
    // Optional in the port: offered here exactly when the workbook underneath offers them.
    if (inner.readTableInParts)
      this.readTableInParts = async (name, rows, take) => (await inner.readTableInParts?.(name, rows, take)) ?? null;
    if (inner.listNames) this.listNames = async () => (await inner.listNames?.()) ?? [];
    const addNames = inner.addNames?.bind(inner);
    if (addNames)
      this.addNames = (names, options) => {
        this.changed(null);
        return addNames(names, options);
      };
  }

  /** Whether anything was written since the workbook was loaded. */
  hasChanges(): boolean {
    return this.changes > 0;
  }

  changesSoFar(): WorkbookChanges {
    return { count: this.changes, sheets: [...this.touched] };
  }

  /** The workbook was downloaded as it is now: what was written so far is kept in that file. */
  markSaved(): void {
    this.changes = 0;
    this.touched.length = 0;
  }

  // ---- changes ---------------------------------------------------------------------------

  writeBlock(sheet: string, topLeft: string, rows: readonly (readonly CellInput[])[]): Promise<void> {
    this.changed(sheet);
    return this.inner.writeBlock(sheet, topLeft, rows);
  }

  async addSheet(preferredName: string): Promise<string> {
    const name = await this.inner.addSheet(preferredName);
    this.changed(name);
    return name;
  }

  deleteSheet(sheet: string): Promise<void> {
    this.changed(sheet);
    return this.inner.deleteSheet(sheet);
  }

  upsertTable(spec: TableSpec): Promise<TableWriteResult> {
    this.changed(spec.sheet);
    return this.inner.upsertTable(spec);
  }

  setConditionalFormats(sheet: string, address: string, rules: readonly ConditionalRule[]): Promise<void> {
    this.changed(sheet);
    return this.inner.setConditionalFormats(sheet, address, rules);
  }

  setValidationList(sheet: string, address: string, values: readonly string[]): Promise<void> {
    this.changed(sheet);
    return this.inner.setValidationList(sheet, address, values);
  }

  freezeRows(sheet: string, rows: number): Promise<void> {
    this.changed(sheet);
    return this.inner.freezeRows(sheet, rows);
  }

  writeSetting(key: string, value: JsonValue): Promise<void> {
    this.changed(null);
    return this.inner.writeSetting(key, value);
  }

  // ---- reads and selection ---------------------------------------------------------------

  hostInfo(): HostInfo {
    return this.inner.hostInfo();
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return this.inner.listSheets();
  }

  listTables(): Promise<readonly TableInfo[]> {
    return this.inner.listTables();
  }

  readSheet(sheet: string): Promise<SheetSnapshot> {
    return this.inner.readSheet(sheet);
  }

  readRange(sheet: string, address: string): Promise<SheetSnapshot> {
    return this.inner.readRange(sheet, address);
  }

  readTable(name: string): Promise<TableData | null> {
    return this.inner.readTable(name);
  }

  getSelection(): Promise<Selection | null> {
    return this.inner.getSelection();
  }

  select(sheet: string, address: string): Promise<void> {
    return this.inner.select(sheet, address);
  }

  readSetting(key: string): Promise<JsonValue | undefined> {
    return this.inner.readSetting(key);
  }

  subscribe(listener: () => void): () => void {
    return this.inner.subscribe(listener);
  }

  sheetNames(): readonly string[] {
    return this.inner.sheetNames();
  }

  getSheetDimensions(sheet: string): { readonly rows: number; readonly columns: number } {
    return this.inner.getSheetDimensions(sheet);
  }

  getCellDisplay(sheet: string, row: number, col: number): GridCellDisplay {
    return this.inner.getCellDisplay(sheet, row, col);
  }

  getColumnWidth(sheet: string, col: number): number | null {
    return this.inner.getColumnWidth(sheet, col);
  }

  private changed(sheet: string | null): void {
    this.changes++;
    if (sheet !== null && !this.touched.includes(sheet)) this.touched.push(sheet);
  }
}

/** "the sheet ‘KPIs’", "the sheets ‘A’ and ‘B’", "the sheets ‘A’, ‘B’, ‘C’, ‘D’ and 2 more", or `null`. */
export function changedSheetsPhrase(changes: WorkbookChanges): string | null {
  const quoted = changes.sheets.map((n) => `‘${n}’`);
  if (quoted.length === 0) return null;
  if (quoted.length === 1) return `the sheet ${quoted[0]}`;
  const shown = quoted.slice(0, 4);
  const more = quoted.length - shown.length;
  const last = more > 0 ? `${more} more` : shown.pop();
  return `the sheets ${shown.join(', ')} and ${last}`;
}
