/**
 * A goal's Status rolls up from the KPIs linked to it: the worst status wins (DESIGN §2).
 * KPI links are read as the alignment check reads them (IDs, or goal names matched by wording).
 */
import type { CellValue } from '../grid/types';
import type { KpiStatus } from '../kpi';
import { LinkIndex, splitLinkCell, type LinkTarget } from '../model/links';
import { kpiStatusOf, type RowByHeader } from './evaluate';
import type { PlannedCell } from './types';

/** Worst first. A KPI with no data says less than one on track, so it pulls the goal down. */
const WORST_FIRST: readonly KpiStatus[] = [
  'Missed',
  'Off track',
  'At risk',
  'No data',
  'Not started',
  'On track',
  'Achieved',
];

/** Shown for a goal no KPI measures and whose sheet gave no status. */
export const NO_KPI_STATUS: KpiStatus = 'No data';

export function worstStatus(statuses: readonly KpiStatus[]): KpiStatus | null {
  let worst: number | null = null;
  for (const s of statuses) {
    const rank = WORST_FIRST.indexOf(s);
    if (rank >= 0 && (worst === null || rank < worst)) worst = rank;
  }
  return worst === null ? null : WORST_FIRST[worst];
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
  const targets: LinkTarget[] = goals.map((g, index) => ({ ref: { kind: 'goal', index }, id: g.id, text: g.text }));
  const index = new LinkIndex(targets);
  const byGoal: KpiStatus[][] = goals.map(() => []);
  for (const kpi of kpis) {
    const links = splitLinkCell(cellText(kpi.Goal));
    if (links.length === 0) continue;
    // A KPI whose inputs the function cannot read counts as having no data.
    const status = kpiStatusOf(kpi, today) ?? 'No data';
    for (const link of links) {
      const resolved = index.resolve(link);
      if (resolved.target && (resolved.match === 'id' || resolved.match === 'name'))
        byGoal[resolved.target.index].push(status);
    }
  }
  return byGoal.map(worstStatus);
}
