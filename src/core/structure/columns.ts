/**
 * The Rudder goal and KPI tables as data (DESIGN §2): their columns in order, the formula
 * columns with structured references, and which source role fills each value column.
 */
import type { ColumnRole } from '../detect';
import { nativeKpiColumns, type NativeKpiForm } from '../share/nativeColumns';
import type { RudderColumn, StructureKind } from './types';

const SMART_ARGS = '[@Goal],[@Due],[@Baseline],[@Target]';

export const FORMULAS = {
  smart: `=RUDDER.SMARTSCORE(${SMART_ARGS})`,
  tips: `=RUDDER.SMARTTIPS(${SMART_ARGS})`,
  kpiStatus: '=RUDDER.KPI_STATUS([@Actual],[@Target],[@Direction],[@Baseline],[@Start],[@Due],TODAY())',
  kpiProgress: '=RUDDER.KPI_PROGRESS([@Actual],[@Target],[@Direction],[@Baseline])',
} as const;

export const DATE_FORMAT = 'yyyy-mm-dd';

/** What fills a value column: the first role in the list that some source column has. */
export interface ValueColumn extends RudderColumn {
  readonly sources: readonly ColumnRole[];
  readonly type: 'id' | 'text' | 'number' | 'date' | 'target';
  /** For dates given as a period ("Q3 2027"): a start takes its first day, a deadline its last. */
  readonly edge?: 'start' | 'end';
}

export type TableColumn =
  ValueColumn | (RudderColumn & { readonly formula: string }) | (RudderColumn & { readonly computed: 'goalStatus' });

const v = (
  header: string,
  type: ValueColumn['type'],
  sources: ColumnRole[],
  extra: Partial<ValueColumn> = {},
): ValueColumn => ({
  header,
  type,
  sources,
  ...extra,
});

export const GOAL_COLUMNS: readonly TableColumn[] = [
  v('ID', 'id', ['id'], { width: 8 }),
  // A goal sheet whose goals sit in a column named "KPI" or "Objective" still has goals in it.
  v('Goal', 'text', ['goal', 'kpi'], { width: 48 }),
  v('Pillar', 'text', ['link'], { width: 18 }),
  v('Source', 'text', [], { width: 10 }),
  v('Owner', 'text', ['owner'], { width: 12 }),
  v('Start', 'date', ['start'], { edge: 'start', numberFormat: DATE_FORMAT, width: 12 }),
  v('Due', 'date', ['due'], { edge: 'end', numberFormat: DATE_FORMAT, width: 12 }),
  v('Baseline', 'number', ['baseline'], { width: 10 }),
  v('Target', 'number', ['target'], { width: 10 }),
  v('Unit', 'text', ['unit'], { width: 10 }),
  { header: 'SMART', formula: FORMULAS.smart, numberFormat: '0', width: 8 },
  { header: 'Tips', formula: FORMULAS.tips, width: 48 },
  { header: 'Status', computed: 'goalStatus', width: 12 },
];

export const KPI_COLUMNS: readonly TableColumn[] = [
  v('ID', 'id', ['id'], { width: 8 }),
  v('KPI', 'text', ['kpi', 'goal'], { width: 40 }),
  // In a KPI table a column of goals is the link to them; detection may call it goal, link or id.
  v('Goal', 'text', ['link'], { width: 10 }),
  v('Direction', 'text', ['direction'], { width: 10 }),
  v('Unit', 'text', ['unit'], { width: 10 }),
  v('Baseline', 'number', ['baseline'], { width: 10 }),
  v('Target', 'target', ['target'], { width: 10 }),
  v('Actual', 'number', ['actual'], { width: 10 }),
  v('As of', 'date', ['asOf'], { edge: 'end', numberFormat: DATE_FORMAT, width: 12 }),
  v('Start', 'date', ['start'], { edge: 'start', numberFormat: DATE_FORMAT, width: 12 }),
  v('Due', 'date', ['due'], { edge: 'end', numberFormat: DATE_FORMAT, width: 12 }),
  v('Frequency', 'text', ['frequency'], { width: 11 }),
  v('Owner', 'text', ['owner'], { width: 12 }),
  { header: 'Status', formula: FORMULAS.kpiStatus, width: 12 },
  { header: 'Progress', formula: FORMULAS.kpiProgress, numberFormat: '0%', width: 10 },
];

export const TABLE_NAMES: Readonly<Record<StructureKind, string>> = { goals: 'RudderGoals', kpis: 'RudderKPIs' };
export const ID_PREFIX: Readonly<Record<StructureKind, string>> = { goals: 'G', kpis: 'K' };
/** The sheet a new table goes on; "(Rudder)" keeps it apart from the user's own sheet of that name. */
export const SHEET_NAMES: Readonly<Record<StructureKind, string>> = { goals: 'Goals (Rudder)', kpis: 'KPIs (Rudder)' };

/**
 * The columns of a Rudder table. With `nativeKpi`, RudderKPIs's Status and Progress hold plain
 * Excel formulas (in that form) instead of RUDDER.KPI_STATUS and RUDDER.KPI_PROGRESS.
 */
export function columnsOf(kind: StructureKind, nativeKpi: NativeKpiForm | null = null): readonly TableColumn[] {
  if (kind === 'goals') return GOAL_COLUMNS;
  if (nativeKpi === null) return KPI_COLUMNS;
  const native = nativeKpiColumns({ inline: nativeKpi === 'inline' });
  return KPI_COLUMNS.map((col) =>
    isFormulaColumn(col) && (col.header === 'Status' || col.header === 'Progress')
      ? Object.assign({}, col, { formula: native[col.header] })
      : col,
  );
}

export function isValueColumn(col: TableColumn): col is ValueColumn {
  return 'sources' in col;
}

export function isFormulaColumn(col: TableColumn): col is RudderColumn & { readonly formula: string } {
  return 'formula' in col && typeof col.formula === 'string';
}

/** The column spec the port writes: header, formula, format and width only. */
export function portColumn(col: TableColumn): RudderColumn {
  const out: { header: string; formula?: string; numberFormat?: string; width?: number } = { header: col.header };
  if (col.formula !== undefined) out.formula = col.formula;
  if (col.numberFormat !== undefined) out.numberFormat = col.numberFormat;
  if (col.width !== undefined) out.width = col.width;
  return out;
}

/** The columns of a Rudder table as the port writes them. */
export function rudderColumns(kind: StructureKind): RudderColumn[] {
  return columnsOf(kind).map(portColumn);
}

/** Allowed words for the drop-down lists Apply adds. */
export const DIRECTION_WORDS = ['higher', 'lower', 'range', 'maintain'] as const;
export const FREQUENCY_WORDS = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
