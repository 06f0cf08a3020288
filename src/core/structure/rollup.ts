/**
 * A goal's Status rolls up from the KPIs linked to it: the worst status wins (DESIGN §2). The
 * links are read as the live Status formula reads them (goalStatus.ts): an ID in the KPI's Goal
 * cell, or the goal's whole text, so what Structure previews is what the formula then shows.
 */
import type { CellValue } from '../grid/types';
import type { KpiStatus } from '../kpi';
import { kpiStatusOf, type RowByHeader } from './evaluate';
import { GOAL_STATUS_NO_KPI, GOAL_STATUS_ORDER, GoalStatusIndex } from './goalStatus';
import type { PlannedCell } from './types';

/** Shown for a goal no KPI measures and whose sheet gave no status. */
export const NO_KPI_STATUS: KpiStatus = GOAL_STATUS_NO_KPI;

export function worstStatus(statuses: readonly KpiStatus[]): KpiStatus | null {
  let worst: number | null = null;
  for (const s of statuses) {
    const rank = GOAL_STATUS_ORDER.indexOf(s);
    if (rank >= 0 && (worst === null || rank < worst)) worst = rank;
  }
  return worst === null ? null : GOAL_STATUS_ORDER[worst];
}

export interface GoalRef {
  readonly id: string;
  readonly text: string;
}

function cellText(cell: PlannedCell | CellValue | undefined): string {
  if (cell === null || cell === undefined || typeof cell === 'object') return '';
  return String(cell).trim();
}

/**
 * The rolled-up status per goal (same order as `goals`): the worst status of its KPIs, or
 * `null` when no KPI links to it (the caller keeps the sheet's own status then).
 */
export function rollUpGoalStatuses(
  goals: readonly GoalRef[],
  kpis: readonly RowByHeader[],
  today: number,
): (KpiStatus | null)[] {
  // A KPI whose inputs the function cannot read shows an error, which counts as no data.
  const links = kpis.map((kpi) => ({ goal: cellText(kpi.Goal), status: kpiStatusOf(kpi, today) ?? 'No data' }));
  const index = new GoalStatusIndex(links);
  return goals.map((goal) => (index.measures(goal) ? index.statusOf(goal) : null));
}
