/**
 * Writing an existing Rudder table back as it was (to undo a failed Apply) or with fresh goal
 * statuses (after its KPIs were structured): its value cells kept, its formula columns restated.
 */
import { isCellError, type CellValue } from '../grid/types';
import { columnsOf, isFormulaColumn, isValueColumn } from './columns';
import type { RowByHeader } from './evaluate';
import { GOAL_STATUS_CELL } from './goalStatus';
import type { ExistingTable, PlannedCell, StructureKind, StructurePlan } from './types';

function keep(value: CellValue | undefined, isDate: boolean): PlannedCell {
  if (value === null || value === undefined || isCellError(value)) return null;
  return isDate && typeof value === 'number' ? { date: value } : value;
}

/**
 * The table's rows in column order; `status(i)` replaces the goal Status of row i when it gives a
 * cell (a value, or the live formula).
 */
export function rowsFromExisting(
  kind: StructureKind,
  table: ExistingTable,
  status: (i: number) => PlannedCell = () => null,
): PlannedCell[][] {
  return table.rows.map((row, i) =>
    columnsOf(kind).map((col): PlannedCell => {
      if (isFormulaColumn(col)) return { formula: col.formula };
      if (isValueColumn(col)) return keep(row[col.header], col.type === 'date');
      return status(i) ?? keep(row[col.header], false);
    }),
  );
}

/** The plan's KPI rows by header, as the goal rollup reads KPIs. */
export function kpiRowsOf(plan: StructurePlan): RowByHeader[] {
  const headers = plan.columns.map((c) => c.header);
  return plan.rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i]])));
}

/** RudderGoals once RudderKPIs exists: every goal's Status is the live formula that rolls its KPIs up. */
export function goalsWithLiveStatus(goals: ExistingTable): PlannedCell[][] {
  return rowsFromExisting('goals', goals, () => GOAL_STATUS_CELL);
}
