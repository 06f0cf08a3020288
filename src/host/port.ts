/**
 * WorkbookPort: the few workbook operations the task pane, the CLI and the playground need.
 * Adapters (office, memory, xlsx) implement it and pass one shared contract suite.
 * Addresses are A1 strings on the named sheet ("B2", "A1:F20"); rows and columns inside
 * blocks are 0-based offsets from the top-left cell.
 */
import type { SheetSnapshot } from '../core/grid/types';
import type { AddNamesOptions, ExistingName, NamesResult, WorkbookName } from '../core/share/shortNames';

/** Which host the port talks to, for the status line and for feature checks. */
export interface HostInfo {
  readonly kind: 'excel' | 'memory' | 'file';
  /** Plain words for the status line, e.g. "Excel on the web" or "Playground (sample workbook)". */
  readonly label: string;
  /**
   * Whether the host is known to evaluate LAMBDA names (Excel 365 does; older Excel, the
   * playground's engine and a file on disk do not). Excel answers only after a probe, so the
   * Office adapter says `false` until `addNames` has run once; `addNames` itself always checks.
   */
  readonly supportsLambda: boolean;
  /**
   * The locale whose conventions the workbook is read by (BCP 47, e.g. "en-US"), when the host knows
   * it: Structure reads text dates such as 03/04/2027 in its order of day and month.
   */
  readonly locale?: string;
}

export interface SheetInfo {
  readonly name: string;
  /** A1 range of the used cells, or `null` for an empty sheet. */
  readonly usedRange: string | null;
  readonly visible: boolean;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** A1 range including the header row. */
  readonly range: string;
  readonly headers: readonly string[];
}

/** A table's header and body as calculated values. */
export interface TableData extends TableInfo {
  readonly rows: SheetSnapshot['values'];
}

/** Takes one part of a table's body (see `WorkbookPort.readTableInParts`). */
export type TablePartReader = (table: TableInfo, rows: SheetSnapshot['values'], first: number) => void;

/**
 * What a write puts in one cell. A plain string is always written as text, even when it
 * starts with `=`, `+`, `-` or `@` (no formula injection from user text); formulas must be
 * asked for explicitly.
 */
export type CellInput = string | number | boolean | null | { readonly formula: string } | { readonly date: number };

/** A block of cells to write, as `writeBlock` takes it. */
export interface BlockWrite {
  readonly sheet: string;
  readonly topLeft: string;
  readonly rows: readonly (readonly CellInput[])[];
}

export interface TableColumnSpec {
  readonly header: string;
  /**
   * A formula for every row, with structured references such as `=RUDDER.SMARTSCORE([@Goal])`.
   * A formula column ignores the row values given for it.
   */
  readonly formula?: string;
  /** Excel number format, e.g. `0`, `0%`, `yyyy-mm-dd`. */
  readonly numberFormat?: string;
  /** Column width in characters. */
  readonly width?: number;
}

export interface TableSpec {
  /** Excel table name, e.g. `RudderGoals`. */
  readonly name: string;
  readonly sheet: string;
  /** Top-left cell of the header row for a new table; an existing table keeps its place. */
  readonly topLeft: string;
  readonly columns: readonly TableColumnSpec[];
  /** Body rows, one value per column (formula columns: anything, it is ignored). */
  readonly rows: readonly (readonly CellInput[])[];
}

export interface TableWriteResult {
  readonly sheet: string;
  /** A1 range including the header row. */
  readonly range: string;
  readonly created: boolean;
}

/** A conditional format rule: fill and font colour for cells matching a text or a number band. */
export type ConditionalRule =
  | { readonly kind: 'textEquals'; readonly text: string; readonly fill: string; readonly fontColor: string }
  | {
      readonly kind: 'numberBetween';
      readonly min: number;
      readonly max: number;
      readonly fill: string;
      readonly fontColor: string;
    };

/** JSON that Rudder stores in the document's settings. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface Selection {
  readonly sheet: string;
  readonly address: string;
}

export interface WorkbookPort {
  hostInfo(): HostInfo;
  listSheets(): Promise<readonly SheetInfo[]>;
  listTables(): Promise<readonly TableInfo[]>;
  /** The used range of a sheet: values, formulas and number formats, in one read. */
  readSheet(sheet: string): Promise<SheetSnapshot>;
  /** One range of a sheet, same shape as `readSheet`. */
  readRange(sheet: string, address: string): Promise<SheetSnapshot>;
  /** A table by name (case-insensitive), or `null` when the workbook has none of that name. */
  readTable(name: string): Promise<TableData | null>;
  /**
   * The same table as `readTable`, its body handed to `take` in consecutive parts of at most `rowsPerPart` rows
   * (`first`: the body index of the part's first row), each before the next is read; `take` is not called for a
   * table without body rows. A reader that keeps only what it makes of the rows lets each part go, so a long
   * table's rows are never all alive at once. The rows are lent for the call only: a port may fill the same arrays
   * again for the next part, so a reader copies whatever it keeps of them. Optional: a port without it is read
   * whole with `readTable`.
   */
  readTableInParts?(name: string, rowsPerPart: number, take: TablePartReader): Promise<TableInfo | null>;
  /**
   * Adds rows under a table's last row and grows the table over them (formats per column: `numberFormats[c]`);
   * the rows above are not touched. `null` when there is no such table (and then nothing is written). Optional: a
   * port without it is given the whole table again through `upsertTable`. `alsoWrite` blocks are written in the
   * same step (one batch in Excel): a check-in's rows and the KPI cells that start reading them.
   */
  appendTableRows?(
    name: string,
    rows: readonly (readonly CellInput[])[],
    numberFormats?: readonly (string | undefined)[],
    alsoWrite?: readonly BlockWrite[],
  ): Promise<TableWriteResult | null>;
  /** The user's current selection, or `null` where the host has none. */
  getSelection(): Promise<Selection | null>;
  /** Writes a block of cells starting at `topLeft`. */
  writeBlock(sheet: string, topLeft: string, rows: readonly (readonly CellInput[])[]): Promise<void>;
  /** Adds a sheet named `preferredName`, or `preferredName (2)`… if taken; returns the name used. */
  addSheet(preferredName: string): Promise<string>;
  deleteSheet(sheet: string): Promise<void>;
  /** Creates the table, or replaces the body of the table of that name; never two of one name. */
  upsertTable(spec: TableSpec): Promise<TableWriteResult>;
  /** Replaces Rudder's conditional formats on a range with these rules. */
  setConditionalFormats(sheet: string, address: string, rules: readonly ConditionalRule[]): Promise<void>;
  /** A drop-down list of allowed values on a range. */
  setValidationList(sheet: string, address: string, values: readonly string[]): Promise<void>;
  freezeRows(sheet: string, rows: number): Promise<void>;
  /** Activates the sheet and selects the cell or range (navigate to a finding). */
  select(sheet: string, address: string): Promise<void>;
  readSetting(key: string): Promise<JsonValue | undefined>;
  writeSetting(key: string, value: JsonValue): Promise<void>;
  /**
   * The workbook-level names (sheet-level ones are not listed). Optional: a port without names
   * (the offline sample) cannot hold short names.
   */
  listNames?(): Promise<readonly ExistingName[]>;
  /**
   * Adds workbook-level names (LAMBDA formulas), replacing Rudder's own earlier ones and the ones
   * in `options.overwrite`; a name the user defined with another formula is left and reported.
   * Never two names of one spelling. On a host without LAMBDA nothing is written (`noLambda`).
   */
  addNames?(names: readonly WorkbookName[], options?: AddNamesOptions): Promise<NamesResult>;
  /**
   * The locale the host reads dates by, when only a call can tell it (Excel's system culture);
   * hosts that know it at once give it in `hostInfo().locale` instead.
   */
  readLocale?(): Promise<string | null>;
}
