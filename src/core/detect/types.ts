/** The public shapes of table detection: what `detectTables` finds on a sheet. */

export type ColumnRole =
  | 'id'
  | 'goal'
  | 'kpi'
  | 'owner'
  | 'start'
  | 'due'
  | 'baseline'
  | 'target'
  | 'actual'
  | 'asOf'
  | 'direction'
  | 'unit'
  | 'status'
  | 'link'
  | 'frequency'
  | 'weight'
  | 'notes'
  | 'period'
  | 'type'
  | 'statement'
  | 'other';

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'id',
  'goal',
  'kpi',
  'owner',
  'start',
  'due',
  'baseline',
  'target',
  'actual',
  'asOf',
  'direction',
  'unit',
  'status',
  'link',
  'frequency',
  'weight',
  'notes',
  'period',
  'type',
  'statement',
  'other',
];

export type TableKind = 'goals' | 'kpis' | 'swot' | 'strategy' | 'other';

/**
 * How a table lays out its records. `flat`: one record per row. `wide`: a history with one row per
 * metric and one column per period (the period columns have the role `period`). `long`: a history
 * with one row per metric and period (one column has the role `period`).
 */
export type TableLayout = 'flat' | 'wide' | 'long';

/**
 * How records run on the sheet. `rows`: a header row, one record per row under it. `columns`: sideways, field
 * names down the table's first column and one record per column to their right (balanced scorecards and
 * action plans written across). `sections`: headings down one column, each over the text it names (a vision
 * under "Vision", a list of strengths under "Strengths").
 */
export type TableOrientation = 'rows' | 'columns' | 'sections';

export interface RoleScore {
  readonly role: ColumnRole;
  readonly confidence: number;
}

export interface DetectedColumn {
  /** Column letter on the sheet, e.g. `C`; in a sideways table the 1-based number of the field's row, e.g. `3`. */
  readonly column: string;
  /** 0-based column index on the sheet; in a sideways table the 0-based index of the field's row. */
  readonly index: number;
  /** Header text; for a two-level header the group and the column name joined, e.g. `Q1 Target`. */
  readonly header: string;
  readonly role: ColumnRole;
  /** 0-1 */
  readonly confidence: number;
  /** Other roles worth offering the user, best first. */
  readonly alternatives: readonly RoleScore[];
}

export interface DetectedTable {
  readonly sheet: string;
  /** A1 range on the sheet, header included. */
  readonly range: string;
  /**
   * 1-based sheet row of the top header row (the group row when the header has two levels). In a sideways table
   * this and the other row numbers below count columns: the column of field names, the first and last record.
   */
  readonly headerRow: number;
  /** 1 or 2. */
  readonly headerRows: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly kind: TableKind;
  readonly kindConfidence: number;
  readonly layout: TableLayout;
  readonly orientation: TableOrientation;
  readonly columns: readonly DetectedColumn[];
  /** 1-based sheet rows inside the data extent that are not data: repeated headers, blank rows. */
  readonly skippedRows: readonly number[];
}

export type Detection =
  { readonly ok: true; readonly tables: readonly DetectedTable[] } | { readonly ok: false; readonly reason: string };

export interface DetectOptions {
  /**
   * Most data rows of a table examined to infer column roles (the extent is still found in full).
   * @default 200
   */
  readonly maxRows?: number;
}
