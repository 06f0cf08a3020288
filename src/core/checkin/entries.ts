/**
 * A check-in's entries as RudderHistory rows. Only rows are added: a period the KPI's history already holds is
 * not written again (the check-in says so, and the History sheet is where an earlier value is changed).
 */
import { formatSerialIso } from '../dates';
import { readNumberText } from '../kpi/number-text';
import type { CheckinKpi } from './due';

/** What the person typed for one KPI. */
export interface CheckinEntry {
  readonly id: string;
  readonly period: number;
  /** As typed ("1,250", "12%", "4.5"). */
  readonly actual: string;
  readonly note: string;
}

/** A RudderHistory row: KPI, Period, Actual, Target, Note. */
export type HistoryRow = readonly [string, { readonly date: number }, number, null, string | null];

export interface CheckinPlan {
  readonly rows: readonly HistoryRow[];
  /** One plain sentence per entry that was not taken, naming the KPI. */
  readonly problems: readonly string[];
}

export const CHECKIN_MESSAGES = {
  notANumber: (id: string, text: string) => `${id}: "${text}" is not a number. Type it like 1250, 1,250 or 12%.`,
  periodTaken: (id: string, period: number) =>
    `${id} already has a value for the period ending ${formatSerialIso(period)}: nothing was changed. To correct it, edit that row on the History sheet.`,
  unknownKpi: (id: string) => `${id} is not in RudderKPIs any more: nothing was written for it.`,
  saved: (n: number) => `Saved ${n} ${n === 1 ? 'value' : 'values'} to RudderHistory.`,
  carriedNote: 'The Actual and As of the KPI table held before the first check-in',
  nothingToSave: 'Nothing to save: type a value for at least one KPI.',
  undone: (n: number) => `Took back the ${n} ${n === 1 ? 'value' : 'values'} of the last check-in.`,
  undoChanged:
    'The last check-in cannot be taken back: RudderHistory changed since (its last rows are not the ones saved).',
} as const;

/** Entries with a value become rows; blank entries are skipped; the others are named in `problems`. */
export function planCheckin(entries: readonly CheckinEntry[], kpis: readonly CheckinKpi[]): CheckinPlan {
  const byId = new Map(kpis.map((k) => [k.id.toUpperCase(), k]));
  const rows: HistoryRow[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const typed = entry.actual.trim();
    if (typed === '') continue;
    const kpi = byId.get(entry.id.toUpperCase());
    if (kpi === undefined) {
      problems.push(CHECKIN_MESSAGES.unknownKpi(entry.id));
      continue;
    }
    const value = readNumberText(typed);
    if (value === undefined || !Number.isFinite(value)) {
      problems.push(CHECKIN_MESSAGES.notANumber(entry.id, typed));
      continue;
    }
    if (kpi.history.some((p) => p.period === entry.period)) {
      problems.push(CHECKIN_MESSAGES.periodTaken(entry.id, entry.period));
      continue;
    }
    const note = entry.note.trim();
    rows.push([kpi.id, { date: entry.period }, value, null, note === '' ? null : note]);
  }
  return { rows, problems };
}
