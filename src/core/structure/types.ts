/** The public shapes of Structure: what the user corrects, what Apply will write, what it remembers. */
import type { ColumnRole, DetectedTable } from '../detect';
import type { CellValue, SheetSnapshot } from '../grid/types';
import type { NativeKpiForm } from '../share/nativeColumns';
import type { DateOrder } from '../dates';
import type { HistoryPlan } from './historyPlan';

/** The kinds of Rudder table Structure writes: goals, KPIs, and the strategy (mission, vision, values, pillars). */
export type StructureKind = 'goals' | 'kpis' | 'strategy';

/** A cell as the plan wants it written: plain text stays text, dates are marked, formulas are explicit. */
export type PlannedCell = string | number | boolean | null | { readonly date: number } | { readonly formula: string };

/** One column of a Rudder table: its header, and for formula columns the formula with structured references. */
export interface RudderColumn {
  readonly header: string;
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly width?: number;
}

/** What the user settled in the pane (or the CLI took from detection): kind, header row and a role per source column. */
export interface StructureCorrections {
  /** Null while Rudder is not sure what the table holds and the user has not chosen: Structure asks, never guesses. */
  readonly kind: StructureKind | null;
  /** 1-based sheet row of the header (the lowest header row when there are two). */
  readonly headerRow: number;
  /** Role per source column letter (`"C": "owner"`); columns left out keep their detected role. */
  readonly roles: Readonly<Record<string, ColumnRole>>;
  /**
   * KPI tables only: Status and Progress as plain Excel formulas instead of RUDDER.*, so the
   * table computes for people without the add-in (the formulas are long).
   * @default false
   */
  readonly nativeKpiFormulas?: boolean;
}

/** A row already in the Rudder table, by header (as `readTable` gives it). */
export type ExistingRow = Readonly<Record<string, CellValue>>;

/** The Rudder table as it is now, when a previous Apply made it. */
export interface ExistingTable {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly rows: readonly ExistingRow[];
}

/** One source row remembered from a previous Apply: its key and the Rudder ID it became. */
export interface RememberedRow {
  readonly key: string;
  /** 1-based sheet row it sat on, to follow a row whose text was edited. */
  readonly row: number;
  readonly id: string;
}

/** Remembered per source sheet: what the user chose last time, to pre-fill the corrections. */
export interface RememberedSource {
  readonly sheet: string;
  readonly kind: StructureKind;
  readonly headerRow: number;
  readonly roles: Readonly<Record<string, ColumnRole>>;
  /**
   * The roles detection proposed on that run. A remembered role equal to its proposal was never the
   * user's choice, so a later run may propose better (the Pillar link once a strategy table exists).
   * Absent in mappings saved before it was kept: then every remembered role counts as chosen.
   */
  readonly proposed?: Readonly<Record<string, ColumnRole>>;
  /** Set when the user chose plain Excel formulas for KPI status. */
  readonly nativeKpiFormulas?: boolean;
}

/** What `rudder.structure.<table>` holds in the document settings. */
export interface StructureMapping {
  readonly version: 1;
  readonly table: string;
  readonly sheet: string;
  /** Highest ID number ever given in this table, so a number is never reused. */
  readonly lastNumber: number;
  /** Strategy tables: the highest number given per ID prefix (`{ V: 4, P: 3 }`). */
  readonly lastNumbers?: Readonly<Record<string, number>>;
  readonly sources: readonly RememberedSource[];
  readonly rows: readonly RememberedRow[];
}

/** A KPI as the goal rollup needs it: its goal link and its fields as the table holds them. */
export type KpiRowValues = Readonly<Record<string, PlannedCell | CellValue | undefined>>;

export interface StructureInput {
  readonly table: DetectedTable;
  /** The source sheet's values and number formats (as `readSheet` gives them). */
  readonly snapshot: SheetSnapshot;
  readonly corrections: StructureCorrections;
  readonly existing: ExistingTable | null;
  readonly mapping: StructureMapping | null;
  /** RudderHistory as it is now, for a KPI history sheet (wide or long). @default none */
  readonly existingHistory?: ExistingTable | null;
  /** For goals: the KPIs of the workbook (the RudderKPIs table, or the rows about to be written). */
  readonly kpis?: readonly KpiRowValues[];
  /**
   * For goals: whether the workbook has a RudderKPIs table, so each goal's Status can be the live
   * formula over it (Excel refuses a formula naming a table that is not there). @default false
   */
  readonly kpiTableExists?: boolean;
  /** Names of the sheets in the workbook, to choose a free name for a new sheet. */
  readonly sheetNames: readonly string[];
  /** Today as an Excel serial: the core never reads the clock. */
  readonly today: number;
  /**
   * Which native form the host takes when the user asks for KPI status as plain formulas: the
   * host knows whether it evaluates LET. @default 'let'
   */
  readonly nativeKpiForm?: NativeKpiForm;
  /**
   * The highest number per ID prefix that the workbook names anywhere (links, sources, findings,
   * the sheet itself): new IDs go past it. @default none
   */
  readonly referencedNumbers?: Readonly<Record<string, number>>;
  /**
   * How to read text dates such as 03/04/2027: the workbook's order when the host knows its locale.
   * @default 'dmy'
   */
  readonly dateOrder?: DateOrder;
  /** Where that order came from, for the note ("en-US"); absent when it is the default. */
  readonly dateOrderFrom?: string;
}

/** What happens to each row of the Rudder table. */
export interface RowChanges {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows only in the Rudder table (typed there, or gone from the source): kept as they are. */
  readonly keptOnly: number;
}

export interface StructurePlan {
  readonly kind: StructureKind;
  readonly tableName: string;
  readonly sourceSheet: string;
  /** The sheet the table goes on: a new sheet, or the existing table's. */
  readonly targetSheet: string;
  readonly createsSheet: boolean;
  readonly columns: readonly RudderColumn[];
  /** Body rows in column order; formula columns hold their formula. */
  readonly rows: readonly (readonly PlannedCell[])[];
  /** Goals: what each row's Status shows now (the live formula's result, or the value written). */
  readonly goalStatuses?: readonly string[];
  readonly changes: RowChanges;
  /** Source columns that have no place in the Rudder table, by header. */
  readonly notCopied: readonly string[];
  /** Plain-words notes: unreadable dates kept as text, error cells left blank… */
  readonly notes: readonly string[];
  /** One or two sentences: what Apply will change. */
  readonly summary: string;
  readonly mapping: StructureMapping;
  /** For a KPI history sheet: the RudderHistory rows Apply writes before the KPIs. */
  readonly history?: HistoryPlan;
}

export type StructureResult =
  { readonly ok: true; readonly plan: StructurePlan } | { readonly ok: false; readonly reason: string };
