/** The strategy model: what the alignment check reads, built from plain tables (DESIGN §2). */
import type { DateOrder } from '../dates';
import type { CellValue } from '../grid/types';
import type { KpiHistories } from './history';

/** One Excel table as an adapter hands it over: header row plus data rows, values after calculation. */
export interface RawTable {
  readonly name: string;
  readonly sheet: string;
  /** A1 range including the header row, e.g. `A1:M40` (a `Sheet!` prefix is tolerated). */
  readonly range: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

export type TableKind = 'strategy' | 'goals' | 'kpis' | 'swot' | 'tows';

/** How a table the user structured under another name maps onto a Rudder table (stored in document settings). */
export interface TableMapping {
  readonly table: string;
  readonly kind: TableKind;
  /** Canonical header (`Due`) to the user's header text (`Deadline`). */
  readonly columns: Readonly<Record<string, string>>;
}

export interface BuildOptions {
  readonly mappings?: readonly TableMapping[];
  /**
   * How text dates such as "03/04/2027" are read: the workbook's locale settles it when known.
   * @default 'dmy'
   */
  readonly dateOrder?: DateOrder;
}

/** Text dates that could be read day first or month first, and how they were read. */
export interface AmbiguousDates {
  readonly count: number;
  /** The first of them, as written. */
  readonly example: string;
  readonly order: DateOrder;
}

export type EntityKind = 'strategy' | 'goal' | 'kpi' | 'swot' | 'tows';

/** Points at one entity: its kind and its position in the model's array for that kind. */
export interface EntityRef {
  readonly kind: EntityKind;
  readonly index: number;
}

/** Where an entity sits, so a finding can send the user to the cell. */
export interface Location {
  readonly table: string;
  readonly sheet: string;
  /** A1 cell of the row's ID (or its first cell when the table has no ID column). */
  readonly cell: string;
  /** 1-based sheet row, as people read it. */
  readonly row: number;
  /**
   * Canonical header to the column letter of that field, shared by every row of the table (absent when the
   * table lacks the column); `fieldCell` turns it into this row's cell.
   */
  readonly columns: ReadonlyMap<string, string>;
}

/**
 * How one reference in a link cell was understood.
 * `id`: an ID matched; `name`: text matched an entity's wording closely enough; `self`: the entity points at itself;
 * `ambiguous`: text matched several entities about equally; `unmatched`: nothing close enough.
 */
export type LinkMatch = 'id' | 'name' | 'self' | 'ambiguous' | 'unmatched';

export interface ResolvedLink {
  /** The reference as written (trimmed). */
  readonly text: string;
  readonly match: LinkMatch;
  /** Set for `id`, `name` and `self`. */
  readonly target?: EntityRef;
  /** For `ambiguous` and `unmatched`: the closest entities, best first (at most three). */
  readonly candidates: readonly EntityRef[];
}

/**
 * A link column's cell on one row: `KPI.Goal`, `Goal.Pillar` … Its address is the field's cell on its entity's
 * row, `fieldCell(entity.location, column)`. Rows whose cells say the same in the same column may share one.
 */
export interface LinkField {
  /** Canonical header of the column (`Goal`, `Pillar`, `From` …). */
  readonly column: string;
  readonly raw: string;
  readonly links: readonly ResolvedLink[];
}

/** A date cell read as a serial; `raw` keeps what was there so a message can quote it. */
export interface DateField {
  readonly serial: number | null;
  /** The cell's text when it held something that is not a date (`"soon"`), else null. */
  readonly unreadable: string | null;
}

export interface EntityBase {
  readonly ref: EntityRef;
  /** The ID as written, trimmed; empty when the row has none. */
  readonly id: string;
  readonly location: Location;
}

export type StrategyType = 'mission' | 'vision' | 'value' | 'pillar' | 'other';

export interface StrategyItem extends EntityBase {
  readonly type: StrategyType;
  readonly typeText: string;
  readonly statement: string;
}

export interface Goal extends EntityBase {
  readonly text: string;
  readonly pillar: LinkField;
  readonly source: LinkField;
  readonly owner: string;
  readonly start: DateField;
  readonly due: DateField;
  readonly baseline: CellValue;
  readonly target: CellValue;
  readonly unit: string;
  /** The SMART column's number when it holds one (0-100), else null. */
  readonly smart: number | null;
  readonly tips: string;
  readonly status: string;
}

export interface Kpi extends EntityBase {
  readonly name: string;
  readonly goal: LinkField;
  readonly direction: string;
  readonly unit: string;
  readonly baseline: CellValue;
  readonly target: CellValue;
  readonly actual: CellValue;
  readonly asOf: DateField;
  readonly start: DateField;
  readonly due: DateField;
  readonly frequency: string;
  readonly owner: string;
  readonly status: string;
  readonly progress: CellValue;
}

export type SwotQuadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';

export interface SwotEntry extends EntityBase {
  readonly quadrant: SwotQuadrant | null;
  readonly text: string;
  /** 1-5, or null when blank or unreadable. */
  readonly impact: number | null;
  readonly evidence: string;
  readonly goals: LinkField;
}

export interface TowsEntry extends EntityBase {
  readonly type: string;
  readonly text: string;
  readonly from: LinkField;
  readonly goal: LinkField;
}

/** A table Rudder recognised, with the columns it expected but could not find. */
export interface TableInfo {
  readonly name: string;
  readonly kind: TableKind;
  readonly sheet: string;
  readonly range: string;
  readonly rowCount: number;
  readonly missingColumns: readonly string[];
}

/**
 * Who links to whom, indexed both ways once at build time so every rule reads it in constant time.
 * Arrays are indexed like the model's entity arrays; each inner list holds entity indices without repeats.
 */
export interface ModelRelations {
  /** KPIs whose Goal column names the goal. */
  readonly kpisOfGoal: readonly (readonly number[])[];
  /** Goals each KPI names (resolved). */
  readonly goalsOfKpi: readonly (readonly number[])[];
  /** Goals linked to each strategy item (through a goal's Pillar or Source). */
  readonly goalsOfStrategy: readonly (readonly number[])[];
  /** Goals linked to each SWOT item (its Goals column, a goal's Source, or a TOWS strategy that became the goal). */
  readonly goalsOfSwot: readonly (readonly number[])[];
  /** TOWS strategies built on each SWOT item. */
  readonly towsOfSwot: readonly (readonly number[])[];
  /** Strategy items, SWOT items and TOWS strategies each goal is anchored to, directly or by those pointing at it. */
  readonly anchorsOfGoal: readonly (readonly EntityRef[])[];
  /** Parent goals named in a goal's Source column (not itself). */
  readonly parentsOfGoal: readonly (readonly number[])[];
}

export interface StrategyModel {
  /** RudderHistory joined to the KPIs (empty lists when the workbook has no history). */
  readonly history: KpiHistories;
  /** True when none of the tables is a Rudder table. */
  readonly isEmpty: boolean;
  /** Plain words for the user when `isEmpty`. */
  readonly emptyReason: string | null;
  readonly tables: readonly TableInfo[];
  readonly strategy: readonly StrategyItem[];
  readonly goals: readonly Goal[];
  readonly kpis: readonly Kpi[];
  readonly swot: readonly SwotEntry[];
  readonly tows: readonly TowsEntry[];
  readonly relations: ModelRelations;
  /** Start, Due and As of dates written as text that could be read either way; null when there are none. */
  readonly ambiguousDates: AmbiguousDates | null;
}
