/**
 * RudderHistory (DESIGN §2): one row per KPI and period. It is read beside the other Rudder tables and
 * joined to the KPIs by ID (or, for a hand-made table, by the KPI's name), each KPI's points sorted by period.
 */
import { parseRangeAddress } from '../grid/a1';
import type { CellValue } from '../grid/types';
import { cellDate, cellNumber, cellRaw, cellText, isBlank } from './cells';
import { locateColumns, type TableSchema } from './schema';
import { looseId, normName } from './text';
import type { Kpi } from './types';

export const HISTORY_TABLE_NAME = 'RudderHistory';
/** Not "History": Excel reserves that sheet name (for its change tracking) and refuses it. */
export const HISTORY_SHEET_NAME = 'History (Rudder)';

/** The columns of RudderHistory, in the order Rudder writes them. */
export const HISTORY_HEADERS = ['KPI', 'Period', 'Actual', 'Target', 'Note'] as const;

/** The history table's columns, found by header text as the other tables' are. */
export const HISTORY_FIELDS: Pick<TableSchema, 'fields'> = {
  fields: [
    { header: 'KPI', aliases: ['kpi id', 'id', 'metric', 'measure', 'indicator'] },
    { header: 'Period', aliases: ['period end', 'date', 'month', 'as of', 'week', 'quarter'] },
    { header: 'Actual', aliases: ['value', 'actual value', 'result'] },
    { header: 'Target', aliases: ['target value', 'plan', 'goal value'] },
    { header: 'Note', aliases: ['notes', 'comment', 'comments'] },
  ],
};

const tableKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** "RudderHistory", and "RudderHistory2" that Excel makes when the name is taken. */
export function isHistoryTable(name: string): boolean {
  return tableKey(name).startsWith(tableKey(HISTORY_TABLE_NAME));
}

/** One history row as read: the period as a serial (null when unreadable), the actual as a number or null. */
export interface HistoryPoint {
  /** The KPI cell as written (an ID, or a KPI's name). */
  readonly kpi: string;
  readonly period: number | null;
  readonly actual: number | null;
  readonly target: number | null;
  readonly note: string;
  /** 1-based sheet row, for messages and for the check-in's undo. */
  readonly row: number;
  /** How many rows a KPI's point stands for, when a period was entered more than once (its actual is their mean). */
  readonly entries?: number;
}

/** The history table as read, before it is joined to the KPIs. */
export interface HistoryTableRead {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly points: readonly HistoryPoint[];
  readonly missingColumns: readonly string[];
}

/** The KPIs' histories: `ofKpi[i]` holds KPI i's points with a period and an actual, oldest first. */
export interface KpiHistories {
  readonly table: HistoryTableRead | null;
  readonly ofKpi: readonly (readonly HistoryPoint[])[];
  /** Rows whose KPI cell names no KPI of the model. */
  readonly unmatched: readonly HistoryPoint[];
}

/** Reads a history table's rows (in one or more parts, like `TableReader`). */
export class HistoryReader {
  private readonly columns: Map<string, number>;
  private readonly top: number;
  private readonly points: HistoryPoint[] = [];
  readonly missingColumns: readonly string[];

  constructor(
    private readonly head: { readonly name: string; readonly sheet: string; readonly range: string },
    headers: readonly string[],
  ) {
    this.columns = locateColumns(HISTORY_FIELDS, headers);
    this.missingColumns = HISTORY_HEADERS.filter((h) => !this.columns.has(h));
    let top = 0;
    try {
      top = parseRangeAddress(head.range).top;
    } catch {
      top = 0;
    }
    this.top = top;
  }

  read(rows: readonly (readonly CellValue[])[], first: number): void {
    const at = (cells: readonly CellValue[], header: string): CellValue => {
      const col = this.columns.get(header);
      return col === undefined ? null : cellRaw(cells[col]);
    };
    for (let i = 0; i < rows.length; i++) {
      const cells: readonly CellValue[] = rows[i];
      if (!Array.isArray(cells) || cells.every((c: CellValue) => isBlank(c))) continue;
      this.points.push({
        kpi: cellText(at(cells, 'KPI')),
        period: cellDate(at(cells, 'Period'), 'end').serial,
        actual: cellNumber(at(cells, 'Actual')),
        target: cellNumber(at(cells, 'Target')),
        note: cellText(at(cells, 'Note')),
        row: this.top + 2 + first + i,
      });
    }
  }

  result(): HistoryTableRead {
    return { ...this.head, points: this.points, missingColumns: this.missingColumns };
  }
}

/**
 * Joins history rows to KPIs: by ID first (loosely, so "k1" finds K-001), else by the KPI's exact name. Rows
 * without a period or an actual are left out of a KPI's points; two rows of one period give one point, the
 * later row's with the mean of their actuals.
 */
export function joinHistory(table: HistoryTableRead | null, kpis: readonly Kpi[]): KpiHistories {
  if (table === null) return { table: null, ofKpi: kpis.map(() => []), unmatched: [] };
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  kpis.forEach((k, i) => {
    if (k.id !== '' && !byId.has(looseId(k.id))) byId.set(looseId(k.id), i);
    const name = normName(k.name);
    if (name !== '' && !byName.has(name)) byName.set(name, i);
  });
  const perKpi = kpis.map(() => new Map<number, { point: HistoryPoint; sum: number; count: number }>());
  const unmatched: HistoryPoint[] = [];
  for (const point of table.points) {
    const index = byId.get(looseId(point.kpi)) ?? byName.get(normName(point.kpi));
    if (index === undefined) {
      if (point.kpi !== '') unmatched.push(point);
      continue;
    }
    if (point.period === null || point.actual === null) continue;
    const seen = perKpi[index].get(point.period);
    const sum = (seen?.sum ?? 0) + point.actual;
    const count = (seen?.count ?? 0) + 1;
    perKpi[index].set(point.period, { point, sum, count });
  }
  // A period entered twice reads as the mean of its values, as RudderKPIs's Actual formula computes it.
  const ofKpi = perKpi.map((byPeriod) =>
    [...byPeriod.values()]
      .map((p) => (p.count === 1 ? p.point : { ...p.point, actual: p.sum / p.count, entries: p.count }))
      .sort((a, b) => (a.period ?? 0) - (b.period ?? 0)),
  );
  return { table, ofKpi, unmatched };
}

/** The latest point of a KPI's history, or null. */
export function latestPoint(points: readonly HistoryPoint[]): HistoryPoint | null {
  return points.length === 0 ? null : points[points.length - 1];
}
