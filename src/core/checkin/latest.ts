/**
 * A KPI's first check-in: until then its Actual and As of in RudderKPIs are values someone typed; from then on
 * they are the live formulas that read the latest history row, as they are for KPIs structured with history.
 * The value they held is carried into the history first (when it has a date), so nothing typed is lost.
 */
import { HISTORY_FORMULAS, isHistoryFormula } from '../structure/historyFormulas';
import { CHECKIN_MESSAGES, type HistoryRow } from './entries';

/** A RudderKPIs cell as read: its formula when it has one, else its value (dates as serials). */
export type KpiCellRead = { readonly formula: string } | number | string | boolean | null;

/** What a cell is written as: formulas as formulas, dates as dates, the rest as it was. */
export type KpiCellWrite = { readonly formula: string } | { readonly date: number } | number | string | boolean | null;

/** RudderKPIs's ID, Actual and As of columns, one entry per body row. */
export interface KpiLatestColumns {
  readonly ids: readonly string[];
  readonly actual: readonly KpiCellRead[];
  readonly asOf: readonly KpiCellRead[];
  /** The Outlook column, when the table has one (a KPI with history shows its outlook there). */
  readonly outlook?: readonly KpiCellRead[];
}

export interface LatestSwitch {
  /** IDs of the KPIs whose Actual and As of become the history formulas. */
  readonly switched: readonly string[];
  /** History rows holding what those KPIs showed before, to be saved ahead of the check-in's rows. */
  readonly carried: readonly HistoryRow[];
  /** 0-based body row of the first row of `after` and `before`. */
  readonly firstRow: number;
  /** Actual and As of of the body rows from `firstRow` through the last switched one, as they are written. */
  readonly after: readonly (readonly [KpiCellWrite, KpiCellWrite])[];
  /** The same cells as they were, for Undo. */
  readonly before: readonly (readonly [KpiCellWrite, KpiCellWrite])[];
  /** Outlook of the same rows, as written and as it was; empty when the table has no Outlook column. */
  readonly outlookAfter: readonly KpiCellWrite[];
  readonly outlookBefore: readonly KpiCellWrite[];
}

const formulaOf = (cell: KpiCellRead): string | null =>
  cell !== null && typeof cell === 'object' ? cell.formula : null;

function asWritten(cell: KpiCellRead, isDate: boolean): KpiCellWrite {
  if (isDate && typeof cell === 'number') return { date: cell };
  return cell;
}

/**
 * Which KPIs of a check-in still hold typed values in Actual and As of; null when every one already reads its
 * history (nothing to write in RudderKPIs). `saving` holds the check-in's rows.
 */
export function planLatestSwitch(columns: KpiLatestColumns, saving: readonly HistoryRow[]): LatestSwitch | null {
  const savingIds = new Map<string, number>();
  for (const row of saving) {
    const key = row[0].trim().toUpperCase();
    savingIds.set(key, Math.min(savingIds.get(key) ?? Infinity, row[1].date));
  }
  const rows: number[] = [];
  const carried: HistoryRow[] = [];
  columns.ids.forEach((id, i) => {
    const firstPeriod = savingIds.get(id.trim().toUpperCase());
    if (firstPeriod === undefined) return;
    if (isHistoryFormula(formulaOf(columns.actual[i])) && isHistoryFormula(formulaOf(columns.asOf[i]))) return;
    rows.push(i);
    const actual = columns.actual[i];
    const asOf = columns.asOf[i];
    // A value typed for an earlier date becomes the first history row; a formula's or a later date's does not.
    if (typeof actual === 'number' && typeof asOf === 'number' && Math.floor(asOf) < firstPeriod)
      carried.push([id, { date: Math.floor(asOf) }, actual, null, CHECKIN_MESSAGES.carriedNote]);
  });
  if (rows.length === 0) return null;
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  const switching = new Set(rows);
  const before: [KpiCellWrite, KpiCellWrite][] = [];
  const after: [KpiCellWrite, KpiCellWrite][] = [];
  const outlookBefore: KpiCellWrite[] = [];
  const outlookAfter: KpiCellWrite[] = [];
  for (let i = firstRow; i <= lastRow; i++) {
    const was: [KpiCellWrite, KpiCellWrite] = [asWritten(columns.actual[i], false), asWritten(columns.asOf[i], true)];
    before.push(was);
    after.push(switching.has(i) ? [{ formula: HISTORY_FORMULAS.actual }, { formula: HISTORY_FORMULAS.asOf }] : was);
    if (columns.outlook === undefined) continue;
    const outlookWas = asWritten(columns.outlook[i] ?? null, false);
    outlookBefore.push(outlookWas);
    outlookAfter.push(switching.has(i) ? { formula: HISTORY_FORMULAS.outlook } : outlookWas);
  }
  return { switched: rows.map((i) => columns.ids[i]), carried, firstRow, after, before, outlookAfter, outlookBefore };
}
