/**
 * Structure of a history sheet (detected as wide or long): RudderKPIs gets one row per metric, whose Actual and
 * As of read RudderHistory by formula, and RudderHistory one row per metric and period. The KPI rows go through
 * the same merge as a flat table's, so IDs and re-runs behave alike.
 */
import { readHistorySource, type HistorySource } from './historyConvert';
import { HISTORY_FORMULAS } from './historyFormulas';
import { HISTORY_MESSAGES, planHistory, type HistoryPlan, type IdentifiedPoint } from './historyPlan';
import { idKey } from './ids';
import type { Merge } from './merge';
import type { SourceRead, SourceRow } from './source';
import type { ExistingRow, ExistingTable, StructureInput } from './types';

const LATEST = {
  Actual: { formula: HISTORY_FORMULAS.actual },
  'As of': { formula: HISTORY_FORMULAS.asOf },
  Outlook: { formula: HISTORY_FORMULAS.outlook },
};

export interface HistoryWiring {
  /** The source as one row per metric. */
  readonly read: SourceRead;
  /**
   * The KPI table as the merge compares it: Actual and As of of rows with history are left out of the
   * comparison (they are formulas, read back as their values); `finish` puts the formulas in.
   */
  readonly existing: ExistingTable | null;
  /** The history plan once the KPI rows have their IDs, and the notes to show. */
  finish(merged: Merge): { readonly plan: HistoryPlan; readonly notes: readonly string[] };
}

function idsWithHistory(existing: ExistingTable | null | undefined): Set<string> {
  const ids = new Set<string>();
  for (const row of existing?.rows ?? [])
    if (typeof row.KPI === 'string' && typeof row.Actual === 'number') ids.add(idKey(row.KPI));
  return ids;
}

function notesOf(source: HistorySource, kpis: number, periods: number): string[] {
  const notes = [HISTORY_MESSAGES.periodsRead(kpis, periods), HISTORY_MESSAGES.latestFromHistory];
  if (source.unreadPeriods.count > 0)
    notes.push(HISTORY_MESSAGES.unreadPeriods(source.unreadPeriods.count, source.unreadPeriods.example));
  if (source.unreadValues.count > 0)
    notes.push(HISTORY_MESSAGES.unreadValues(source.unreadValues.count, source.unreadValues.example));
  return notes;
}

/**
 * A KPI table structured from a sheet without periods, in a workbook with history: the KPIs with history keep
 * reading it (their formulas are not replaced by the values read back from them, nor by the sheet's own).
 */
export function keepReadingHistory(input: StructureInput, merged: Merge): void {
  if (input.corrections.kind !== 'kpis') return;
  const ids = idsWithHistory(input.existingHistory);
  if (ids.size === 0) return;
  for (const row of merged.rows) if (ids.has(idKey(row.id))) Object.assign(row.values, LATEST);
}

/** Null unless the table is a KPI history (wide or long) with its period columns. */
export function prepareHistory(input: StructureInput, read: SourceRead): HistoryWiring | null {
  if (input.corrections.kind !== 'kpis') return null;
  const source = readHistorySource(input.table, input.snapshot, input.corrections.headerRow, read);
  if (source === null) return null;
  const kpiRows = source.kpiRows;
  const hadHistory = idsWithHistory(input.existingHistory);
  const existing: ExistingTable | null =
    input.existing === null
      ? null
      : {
          ...input.existing,
          rows: input.existing.rows.map((row): ExistingRow =>
            typeof row.ID === 'string' && hadHistory.has(idKey(row.ID))
              ? Object.assign({}, row, { Actual: null, 'As of': null, Outlook: null })
              : row,
          ),
        };
  const periodHeaders = new Set(source.periodHeaders);
  return {
    read: { ...read, rows: kpiRows, notCopied: read.notCopied.filter((h) => !periodHeaders.has(h)) },
    existing,
    finish(merged: Merge) {
      const idOf = new Map<SourceRow, string>();
      for (const row of merged.rows) if (row.source !== null) idOf.set(row.source, row.id);
      const points: IdentifiedPoint[] = source.points.map((p) => ({
        id: idOf.get(kpiRows[p.kpi]) ?? '',
        period: p.period,
        actual: p.actual,
        target: p.target,
      }));
      const plan = planHistory(
        points.filter((p) => p.id !== ''),
        input.existingHistory ?? null,
        input.sheetNames,
      );
      // Every KPI with history reads its latest period, rows only in the KPI table included.
      const ids = new Set(plan.kpisWithHistory);
      for (const row of merged.rows) if (ids.has(idKey(row.id))) Object.assign(row.values, LATEST);
      const kpis = new Set(source.points.map((p) => p.kpi)).size;
      return { plan, notes: notesOf(source, kpis, new Set(source.points.map((p) => p.period)).size) };
    },
  };
}
