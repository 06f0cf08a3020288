/**
 * A check-in's entries as RudderHistory rows. A new period is added as a row; a period the KPI's history already
 * holds is a replacement of that row's value, which the person confirms before anything is written.
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

/** An earlier period's value typed again, different from the one the history holds. */
export interface Replacement {
  readonly id: string;
  readonly period: number;
  /** The value the history holds, and the one typed. */
  readonly before: number;
  readonly after: number;
  /** The note typed with it (null: the row's note stays). */
  readonly note: string | null;
  /** The row's note as it is, for Undo. */
  readonly noteBefore: string;
  /** 1-based sheet row of that history row. */
  readonly row: number;
}

export interface CheckinPlan {
  readonly rows: readonly HistoryRow[];
  /** Earlier values the check-in would change: written only once the person has confirmed them. */
  readonly replacements: readonly Replacement[];
  /** One plain sentence per entry that was not taken, naming the KPI. */
  readonly problems: readonly string[];
}

export const CHECKIN_MESSAGES = {
  notANumber: (id: string, text: string) => `${id}: "${text}" is not a number. Type it like 1250, 1,250 or 12%.`,
  replacement: (r: Replacement) =>
    `${r.id}, period ending ${formatSerialIso(r.period)}: ${r.before} becomes ${r.after}`,
  savedWithReplacements: (added: number, replaced: number) =>
    `Saved ${added} new ${added === 1 ? 'value' : 'values'} and replaced ${replaced} earlier ${replaced === 1 ? 'value' : 'values'} in RudderHistory.`,
  periodTwice: (id: string, period: number) =>
    `${id} has two rows for the period ending ${formatSerialIso(period)} on the History sheet: correct it there.`,
  unknownKpi: (id: string) => `${id} is not in RudderKPIs any more: nothing was written for it.`,
  saved: (n: number) => `Saved ${n} ${n === 1 ? 'value' : 'values'} to RudderHistory.`,
  carriedNote: 'The Actual and As of the KPI table held before the first check-in',
  noHistoryToReplace: 'The History sheet’s table (RudderHistory) is gone, so no earlier value was replaced.',
  nothingToSave: 'Nothing to save: type a value for at least one KPI.',
  undone: (n: number) => `Took back the ${n} ${n === 1 ? 'value' : 'values'} of the last check-in.`,
  undoChanged:
    'The last check-in cannot be taken back: RudderHistory changed since (its last rows are not the ones saved).',
} as const;

/**
 * Entries with a value become rows; blank entries are skipped; an entry for a period the history holds is a
 * replacement (none when the value is the same); the others are named in `problems`.
 */
export function planCheckin(entries: readonly CheckinEntry[], kpis: readonly CheckinKpi[]): CheckinPlan {
  const byId = new Map(kpis.map((k) => [k.id.toUpperCase(), k]));
  const rows: HistoryRow[] = [];
  const replacements: Replacement[] = [];
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
    const note = entry.note.trim();
    const held = kpi.history.find((p) => p.period === entry.period);
    if (held === undefined) {
      rows.push([kpi.id, { date: entry.period }, value, null, note === '' ? null : note]);
      continue;
    }
    // The history's point of a period entered twice is their mean: which row to change is the person's call.
    if ((held.entries ?? 1) > 1) {
      problems.push(CHECKIN_MESSAGES.periodTwice(kpi.id, entry.period));
      continue;
    }
    if (held.actual === value && (note === '' || note === held.note)) continue;
    replacements.push({
      id: kpi.id,
      period: entry.period,
      before: held.actual ?? 0,
      after: value,
      note: note === '' ? null : note,
      noteBefore: held.note,
      row: held.row,
    });
  }
  return { rows, replacements, problems };
}
