/**
 * A goal's live Status: a plain Excel formula over RudderKPIs that rolls its KPIs' statuses up,
 * worst first (DESIGN §2), so the goal moves when a KPI does. It uses only SUMPRODUCT, SEARCH,
 * SUBSTITUTE and IF, which Excel 2016 and later, LibreOffice, Google Sheets and HyperFormula all
 * evaluate without array entry, so the advisor copy keeps it as it is. `goalStatusFromKpis` is the
 * same rule in TypeScript: what the formula shows, for previews and saved values.
 */
import { isCellError, type CellValue } from '../grid/types';
import type { KpiStatus } from '../kpi';
import type { PlannedCell } from './types';

/** Worst first. A KPI without data (or whose status is an error) says less than one on track. */
export const GOAL_STATUS_ORDER: readonly KpiStatus[] = [
  'Missed',
  'Off track',
  'At risk',
  'No data',
  'Not started',
  'On track',
  'Achieved',
];

/** What a goal no KPI measures shows. */
export const GOAL_STATUS_NO_KPI: KpiStatus = 'No data';

/** The cells the formula reads: this goal's ID and text, and the KPI table's Goal and Status columns. */
export interface GoalStatusRefs {
  readonly id: string;
  readonly goal: string;
  readonly kpiGoals: string;
  readonly kpiStatuses: string;
}

export const GOAL_STATUS_TABLE_REFS: GoalStatusRefs = {
  id: '[@ID]',
  goal: '[@Goal]',
  kpiGoals: 'RudderKPIs[Goal]',
  kpiStatuses: 'RudderKPIs[Status]',
};

/**
 * 1 where a KPI's Goal cell names this goal: its ID in a list separated by commas or semicolons
 * (spaces ignored, any case), or the goal's whole text.
 */
function linkedTerm(r: GoalStatusRefs): string {
  const list = `","&SUBSTITUTE(SUBSTITUTE(${r.kpiGoals}," ",""),";",",")&","`;
  const byId = `(${r.id}<>"")*ISNUMBER(SEARCH(","&SUBSTITUTE(${r.id}," ","")&",",${list}))`;
  const byText = `(${r.goal}<>"")*(${r.kpiGoals}=${r.goal})`;
  return `((${byId}+${byText})>0)`;
}

/** The formula, with `=`. A status cell holding an error (a KPI the function could not read) counts as No data. */
export function goalStatusFormula(r: GoalStatusRefs = GOAL_STATUS_TABLE_REFS): string {
  const linked = linkedTerm(r);
  const count = (status: KpiStatus): string => {
    const has = `ISNUMBER(SEARCH("${status}",${r.kpiStatuses}))`;
    return `SUMPRODUCT(${linked}*${status === 'No data' ? `(${has}+ISERROR(${r.kpiStatuses}))` : has})`;
  };
  let body = `"${GOAL_STATUS_NO_KPI}"`;
  for (const status of [...GOAL_STATUS_ORDER].reverse()) body = `IF(${count(status)}>0,"${status}",${body})`;
  return `=${body}`;
}

/** The formula Structure and the wizard write in RudderGoals's Status column. */
export const GOAL_STATUS_FORMULA = goalStatusFormula();

/** The formula as a planned cell: written only where RudderKPIs exists (Excel refuses a reference to a missing table). */
export const GOAL_STATUS_CELL: PlannedCell = { formula: GOAL_STATUS_FORMULA };

export interface GoalKey {
  readonly id: string;
  readonly text: string;
}

export interface KpiLinkStatus {
  /** The KPI's Goal cell as written. */
  readonly goal: string;
  /** Its Status cell: a status word, blank, or an error. */
  readonly status: CellValue | string | null;
}

const fold = (s: string): string => s.toLowerCase();

/** The IDs a KPI's Goal cell lists, as the formula compares them (spaces dropped, any case). */
function idsIn(goalCell: string): string[] {
  return fold(goalCell.replace(/ /g, ''))
    .split(/[,;]/)
    .filter((part) => part !== '');
}

/** Whether a KPI's Goal cell names the goal, exactly as the formula's test does. */
export function kpiNamesGoal(goalCell: string, goal: GoalKey): boolean {
  const id = fold(goal.id.replace(/ /g, ''));
  if (id !== '' && idsIn(goalCell).includes(id)) return true;
  return goal.text !== '' && fold(goalCell) === fold(goal.text);
}

/** The status a KPI's Status cell counts as, or null when it counts as none (blank or other text). */
function countedAs(status: CellValue | string | null): KpiStatus | null {
  if (status === null) return null;
  if (isCellError(status)) return 'No data';
  if (typeof status !== 'string') return null;
  const text = fold(status);
  return GOAL_STATUS_ORDER.find((s) => text.includes(fold(s))) ?? null;
}

/**
 * The KPIs by the IDs and texts their Goal cells name, so rolling up every goal of a large
 * workbook reads each KPI once instead of once per goal.
 */
export class GoalStatusIndex {
  private readonly byId = new Map<string, number[]>();
  private readonly byText = new Map<string, number[]>();
  private readonly counted: readonly (KpiStatus | null)[];

  constructor(kpis: readonly KpiLinkStatus[]) {
    this.counted = kpis.map((k) => countedAs(k.status));
    const add = (map: Map<string, number[]>, key: string, i: number): void => {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    };
    kpis.forEach((k, i) => {
      for (const id of new Set(idsIn(k.goal))) add(this.byId, id, i);
      if (k.goal !== '') add(this.byText, fold(k.goal), i);
    });
  }

  /** Whether any KPI names the goal. */
  measures(goal: GoalKey): boolean {
    return this.linked(goal).size > 0;
  }

  /** What the formula shows for this goal. */
  statusOf(goal: GoalKey): KpiStatus {
    let worst = GOAL_STATUS_ORDER.length;
    for (const i of this.linked(goal)) {
      const status = this.counted[i];
      if (status !== null) worst = Math.min(worst, GOAL_STATUS_ORDER.indexOf(status));
    }
    return worst < GOAL_STATUS_ORDER.length ? GOAL_STATUS_ORDER[worst] : GOAL_STATUS_NO_KPI;
  }

  private linked(goal: GoalKey): Set<number> {
    const id = fold(goal.id.replace(/ /g, ''));
    const found = new Set<number>(id === '' ? [] : (this.byId.get(id) ?? []));
    if (goal.text !== '') for (const i of this.byText.get(fold(goal.text)) ?? []) found.add(i);
    return found;
  }
}

/** What the formula shows for this goal over these KPIs. */
export function goalStatusFromKpis(goal: GoalKey, kpis: readonly KpiLinkStatus[]): KpiStatus {
  return new GoalStatusIndex(kpis).statusOf(goal);
}
