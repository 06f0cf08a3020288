/**
 * The Rudder tables Structure writes, as data (DESIGN §2): goals, KPIs and the strategy; their columns in
 * order, the formula columns with structured references, and which source role fills each value column.
 */
import { COLUMN_ROLES, type ColumnRole } from '../detect';
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
  /** `strategyType`: a strategy row's type, written as one of STRATEGY_TYPE_WORDS when it reads as one. */
  readonly type: 'id' | 'text' | 'number' | 'date' | 'target' | 'strategyType';
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
  // Blank for a KPI without history; HISTORY_FORMULAS.outlook for one with (never filled from the user's sheet).
  v('Outlook', 'text', [], { width: 16 }),
];

/** The mission, vision, values and pillars: what goals link to in their Pillar column. */
export const STRATEGY_COLUMNS: readonly TableColumn[] = [
  v('Type', 'strategyType', ['type'], { width: 10 }),
  v('ID', 'id', ['id'], { width: 7 }),
  // A strategy sheet's statements are long text: detection may call that column notes or goal.
  v('Statement', 'text', ['statement', 'notes', 'goal'], { width: 80 }),
];

export const TABLE_NAMES: Readonly<Record<StructureKind, string>> = {
  goals: 'RudderGoals',
  kpis: 'RudderKPIs',
  strategy: 'RudderStrategy',
};
/** The column that says what each row is; a row without it is still copied, with a note. */
export const MAIN_HEADER: Readonly<Record<StructureKind, string>> = {
  goals: 'Goal',
  kpis: 'KPI',
  strategy: 'Statement',
};
/** The sheet a new table goes on; "(Rudder)" keeps it apart from the user's own sheet of that name. */
export const SHEET_NAMES: Readonly<Record<StructureKind, string>> = {
  goals: 'Goals (Rudder)',
  kpis: 'KPIs (Rudder)',
  strategy: 'Strategy (Rudder)',
};

/** The Type words a strategy table takes (DESIGN §2), offered in its drop-down list. */
export const STRATEGY_TYPE_WORDS = ['Mission', 'Vision', 'Value', 'Pillar'] as const;

/**
 * ID prefixes: one per goal or KPI table; in a strategy table one per type (M-1, VI-1, V-1, P-1), and SI-1 for a
 * type Rudder does not know. None is a prefix another Rudder table uses (ST-1 is a TOWS strategy).
 */
const STRATEGY_PREFIX: Readonly<Record<string, string>> = { Mission: 'M', Vision: 'VI', Value: 'V', Pillar: 'P' };
const OTHER_STRATEGY_PREFIX = 'SI';

/** The prefix of a new ID for a row of this kind ("G"; "V" for a value of the strategy). */
export function idPrefixOf(kind: StructureKind, type: unknown): string {
  if (kind === 'goals') return 'G';
  if (kind === 'kpis') return 'K';
  return (typeof type === 'string' ? STRATEGY_PREFIX[type] : undefined) ?? OTHER_STRATEGY_PREFIX;
}

/** Roles only a strategy table has: offered for a goal or KPI table they would only be "not copied". */
const STRATEGY_ROLES: ReadonlySet<ColumnRole> = new Set(['type', 'statement']);

/** The roles the pane offers for a column of a table of this kind. */
export function rolesOffered(kind: StructureKind | null): readonly ColumnRole[] {
  // Before the user chooses the kind, every role: the strategy's too.
  return kind === 'strategy' || kind === null ? COLUMN_ROLES : COLUMN_ROLES.filter((r) => !STRATEGY_ROLES.has(r));
}

/** Every prefix a table of this kind numbers its rows with. */
export function idPrefixes(kind: StructureKind): readonly string[] {
  if (kind !== 'strategy') return [idPrefixOf(kind, null)];
  return [...Object.values(STRATEGY_PREFIX), OTHER_STRATEGY_PREFIX];
}

/**
 * The columns of a Rudder table. With `nativeKpi`, RudderKPIs's Status and Progress hold plain
 * Excel formulas (in that form) instead of RUDDER.KPI_STATUS and RUDDER.KPI_PROGRESS.
 */
export function columnsOf(kind: StructureKind, nativeKpi: NativeKpiForm | null = null): readonly TableColumn[] {
  if (kind === 'goals') return GOAL_COLUMNS;
  if (kind === 'strategy') return STRATEGY_COLUMNS;
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
