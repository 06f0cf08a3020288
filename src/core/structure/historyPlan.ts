/**
 * The RudderHistory rows a Structure run writes: the table's rows as they are, each (KPI, period) the source
 * names again updated in place when its values changed, new ones added after them; nothing is written twice
 * and no row is dropped, so a re-run of the same sheet changes nothing.
 */
import { HISTORY_HEADERS, HISTORY_SHEET_NAME, HISTORY_TABLE_NAME } from '../model/history';
import { isCellError, type CellValue } from '../grid/types';
import { comparable } from './cells';
import { DATE_FORMAT } from './columns';
import type { HistorySourcePoint } from './historyConvert';
import { idKey } from './ids';
import { freeSheetName } from './sheetName';
import type { ExistingTable, PlannedCell, RowChanges, RudderColumn } from './types';

export const HISTORY_COLUMNS: readonly RudderColumn[] = [
  { header: 'KPI', width: 10 },
  { header: 'Period', numberFormat: DATE_FORMAT, width: 12 },
  { header: 'Actual', width: 12 },
  { header: 'Target', width: 12 },
  { header: 'Note', width: 40 },
];

/** What Apply writes to RudderHistory beside the KPI table. */
export interface HistoryPlan {
  readonly tableName: string;
  readonly targetSheet: string;
  readonly createsSheet: boolean;
  readonly columns: readonly RudderColumn[];
  readonly rows: readonly (readonly PlannedCell[])[];
  readonly changes: RowChanges;
  /** IDs of the KPIs that have at least one point: their Actual and As of read the history. */
  readonly kpisWithHistory: readonly string[];
}

/** A point with the ID its KPI row got. */
export interface IdentifiedPoint extends Omit<HistorySourcePoint, 'kpi'> {
  readonly id: string;
}

const keyOf = (id: string, period: number): string => `${idKey(id)}|${period}`;

function cellOfExisting(header: string, value: CellValue | undefined): PlannedCell {
  if (value === null || value === undefined || isCellError(value)) return null;
  if (header === 'Period' && typeof value === 'number') return { date: value };
  return value;
}

function periodOfExisting(value: CellValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : null;
}

export function planHistory(
  points: readonly IdentifiedPoint[],
  existing: ExistingTable | null,
  sheetNames: readonly string[],
): HistoryPlan {
  const rows: PlannedCell[][] = [];
  const at = new Map<string, number>();
  for (const old of existing?.rows ?? []) {
    const id = typeof old.KPI === 'string' ? old.KPI.trim() : typeof old.KPI === 'number' ? String(old.KPI) : '';
    const period = periodOfExisting(old.Period);
    if (period !== null && id !== '') at.set(keyOf(id, period), rows.length);
    rows.push(HISTORY_HEADERS.map((h) => cellOfExisting(h, old[h])));
  }
  const changes = { added: 0, updated: 0, unchanged: 0, keptOnly: 0 };
  const touched = new Set<number>();
  for (const p of points) {
    const index = at.get(keyOf(p.id, p.period));
    if (index === undefined) {
      at.set(keyOf(p.id, p.period), rows.length);
      touched.add(rows.length);
      rows.push([p.id, { date: p.period }, p.actual, p.target, null]);
      changes.added++;
      continue;
    }
    if (touched.has(index)) continue;
    touched.add(index);
    const row = rows[index];
    // The note someone wrote beside a period stays; so does a target the source does not give.
    const next: PlannedCell[] = [row[0], row[1], p.actual, p.target ?? row[3], row[4]];
    if (next.every((cell, i) => comparable(cell) === comparable(row[i]))) changes.unchanged++;
    else {
      rows[index] = next;
      changes.updated++;
    }
  }
  changes.keptOnly = rows.length - touched.size;
  const withHistory = new Set<string>();
  for (const row of rows) if (typeof row[0] === 'string' && typeof row[2] === 'number') withHistory.add(idKey(row[0]));
  return {
    tableName: existing?.name ?? HISTORY_TABLE_NAME,
    targetSheet: existing?.sheet ?? freeSheetName(HISTORY_SHEET_NAME, sheetNames),
    createsSheet: existing === null,
    columns: HISTORY_COLUMNS,
    rows,
    changes,
    kpisWithHistory: [...withHistory],
  };
}

const periods = (n: number): string => `${n} ${n === 1 ? 'period' : 'periods'}`;

export const HISTORY_MESSAGES = {
  summaryNew: (sheet: string, rows: number) =>
    `Adds sheet '${sheet}' with the history: ${rows} ${rows === 1 ? 'value' : 'values'} by KPI and period.`,
  summaryUpdate: (table: string, c: RowChanges) =>
    `Updates the history ${table}: ${c.added} new, ${c.updated} changed, ${c.unchanged} unchanged${c.keptOnly > 0 ? `, ${c.keptOnly} kept as ${c.keptOnly === 1 ? 'it is' : 'they are'}` : ''}.`,
  latestFromHistory: 'Each KPI’s Actual and As of show the latest period of its history, by formula.',
  unreadPeriods: (n: number, example: string) =>
    `${n} ${n === 1 ? 'column or cell names' : 'columns or cells name'} no period Rudder can read (e.g. "${example}"): left out of the history. Write periods like Jan-2027, 2027-01-31 or Q1 2027.`,
  unreadValues: (n: number, example: string) =>
    `${n} ${n === 1 ? 'value' : 'values'} under a period ${n === 1 ? 'is' : 'are'} not a number (e.g. "${example}"): left out of the history.`,
  periodsRead: (kpis: number, n: number) => `History of ${kpis} ${kpis === 1 ? 'KPI' : 'KPIs'} over ${periods(n)}.`,
} as const;
