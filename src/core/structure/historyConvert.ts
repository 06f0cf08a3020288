/**
 * A history sheet as detection reports it, read into one KPI row per metric and one point per metric and
 * period. Wide: metrics down, periods across (a period column's header names its period, and with two header
 * rows whether it holds the Target or the Actual). Long: one row per metric and period, the period in one column.
 */
import type { DetectedTable } from '../detect';
import { displayText } from '../detect/text';
import type { SheetSnapshot } from '../grid/types';
import { normText } from '../model/text';
import { readNumber } from './cells';
import { periodHeaderOf, periodOfCell, type PeriodPart } from './historyPeriods';
import { cellOf, type IssueCount, type SourceColumn, type SourceRead, type SourceRow } from './source';
import type { PlannedCell } from './types';

/** One metric's value (and target) for one period. */
export interface HistorySourcePoint {
  /** Index into `kpiRows`. */
  readonly kpi: number;
  readonly period: number;
  readonly actual: number | null;
  readonly target: number | null;
}

export interface HistorySource {
  /** One row per metric, as a flat KPI table's rows are; Actual and As of come from the history. */
  readonly kpiRows: readonly SourceRow[];
  readonly points: readonly HistorySourcePoint[];
  /** Headers of the period columns read (they are copied, into the history). */
  readonly periodHeaders: readonly string[];
  /** Period columns (wide) or cells (long) that name no period Rudder can read, with an example. */
  readonly unreadPeriods: IssueCount;
  /** Cells under a period that are neither blank nor a number. */
  readonly unreadValues: IssueCount;
}

interface PointValues {
  actual: number | null;
  target: number | null;
}
type Points = Map<number, Map<number, PointValues>>;

function addPoint(points: Points, kpi: number, period: number, part: PeriodPart, value: number): void {
  let byPeriod = points.get(kpi);
  if (byPeriod === undefined) points.set(kpi, (byPeriod = new Map<number, PointValues>()));
  const point = byPeriod.get(period) ?? { actual: null, target: null };
  point[part] = value;
  byPeriod.set(period, point);
}

function flatten(points: Points): HistorySourcePoint[] {
  const out: HistorySourcePoint[] = [];
  for (const [kpi, byPeriod] of points)
    for (const [period, p] of byPeriod) if (p.actual !== null) out.push({ kpi, period, ...p });
  return out.sort((a, b) => a.kpi - b.kpi || a.period - b.period);
}

/** A KPI row without the values a history supplies. */
function withoutLatest(row: SourceRow): SourceRow {
  return { row: row.row, values: Object.assign({}, row.values, { Actual: null, 'As of': null }) };
}

const count = (issue: IssueCount, example: string): void => {
  if (issue.count++ === 0) issue.example = example.slice(0, 40);
};

function readWide(
  snapshot: SheetSnapshot,
  headerRow: number,
  read: SourceRead,
  periodColumns: readonly SourceColumn[],
): HistorySource {
  const unreadPeriods: IssueCount = { count: 0, example: '' };
  const unreadValues: IssueCount = { count: 0, example: '' };
  const columns = periodColumns.flatMap((col) => {
    const { value, format } = cellOf(snapshot, headerRow - 1, col.index);
    const header = periodHeaderOf(value, format, col.header);
    if (header === null) count(unreadPeriods, col.header);
    return header === null ? [] : [{ col, header }];
  });
  const points: Points = new Map();
  read.rows.forEach((row, kpi) => {
    for (const { col, header } of columns) {
      const cell = readNumber(cellOf(snapshot, row.row - 1, col.index).value).cell;
      if (cell === null) continue;
      if (typeof cell !== 'number') {
        if (typeof cell === 'string') count(unreadValues, cell);
        continue;
      }
      addPoint(points, kpi, header.period, header.part, cell);
    }
  });
  return {
    kpiRows: read.rows.map(withoutLatest),
    points: flatten(points),
    periodHeaders: columns.map((c) => c.col.header),
    unreadPeriods,
    unreadValues,
  };
}

/** What tells one metric's rows of a long table from another's: its ID, else its name. */
function metricKey(values: Readonly<Record<string, PlannedCell>>): string | null {
  for (const header of ['ID', 'KPI']) {
    const v = values[header];
    if (typeof v === 'string' && normText(v) !== '') return `${header}:${normText(v)}`;
    if (typeof v === 'number') return `${header}:${v}`;
  }
  return null;
}

function readLong(snapshot: SheetSnapshot, read: SourceRead, periodColumn: SourceColumn): HistorySource {
  const unreadPeriods: IssueCount = { count: 0, example: '' };
  const unreadValues: IssueCount = { count: 0, example: '' };
  const metricOf = new Map<string, number>();
  const latest: { row: SourceRow; period: number }[] = [];
  const points: Points = new Map();
  for (const row of read.rows) {
    const key = metricKey(row.values);
    if (key === null) continue;
    const { value, format } = cellOf(snapshot, row.row - 1, periodColumn.index);
    const period = periodOfCell(value, format);
    let kpi = metricOf.get(key);
    if (kpi === undefined) {
      kpi = latest.length;
      metricOf.set(key, kpi);
      latest.push({ row, period: period ?? Number.NEGATIVE_INFINITY });
    } else if (period !== null && period >= latest[kpi].period)
      latest[kpi] = { row: { ...row, row: latest[kpi].row.row }, period };
    if (period === null) {
      if (value !== null) count(unreadPeriods, displayText(value));
      continue;
    }
    for (const part of ['actual', 'target'] as const) {
      const cell = row.values[part === 'actual' ? 'Actual' : 'Target'];
      if (typeof cell === 'number') addPoint(points, kpi, period, part, cell);
      else if (typeof cell === 'string' && part === 'actual') count(unreadValues, cell);
    }
  }
  return {
    kpiRows: latest.map((l) => withoutLatest(l.row)),
    points: flatten(points),
    periodHeaders: [periodColumn.header],
    unreadPeriods,
    unreadValues,
  };
}

/**
 * The KPIs and points of a wide or long history table; null for a flat table, or one without the period
 * columns its layout needs. A long table's KPI row takes its other fields (target, unit…) from the metric's
 * latest period; its first row's place on the sheet is what recognises it on the next run.
 */
export function readHistorySource(
  table: DetectedTable,
  snapshot: SheetSnapshot,
  headerRow: number,
  read: SourceRead,
): HistorySource | null {
  const periodColumns = read.columns.filter((c) => c.role === 'period');
  if (table.layout === 'wide' && periodColumns.length > 0) return readWide(snapshot, headerRow, read, periodColumns);
  if (table.layout === 'long' && periodColumns.length > 0) return readLong(snapshot, read, periodColumns[0]);
  return null;
}
