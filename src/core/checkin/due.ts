/**
 * Which KPIs are due for a check-in: a KPI's Frequency (weekly, monthly, quarterly, yearly, in any language pack)
 * gives the length of its period; when the period after its latest history row has ended, a new value is due.
 * Each KPI also gets what the check-in shows beside the form: its history, trend and outlook.
 */
import { addMonths, endOfMonth, ymdFromSerial } from '../dates';
import { outlookOf, seriesOf, type OutlookResult } from '../forecast';
import { parseDirection, parseTarget, type Direction, type KpiTarget } from '../kpi';
import { LANGUAGES } from '../lang';
import type { HistoryPoint, Kpi, StrategyModel } from '../model';
import { fold } from '../text/fold';

export type CheckinPeriod = 'week' | 'month' | 'quarter' | 'year';

const PERIOD_OF_WORD: ReadonlyMap<string, CheckinPeriod> = (() => {
  const map = new Map<string, CheckinPeriod>();
  const known = new Set<string>(['week', 'month', 'quarter', 'year']);
  for (const pack of LANGUAGES)
    for (const [word, period] of Object.entries(pack.smart.frequencyAdverbs))
      if (known.has(period)) map.set(fold(word), period as CheckinPeriod);
  for (const [word, period] of [
    ['weekly', 'week'],
    ['monthly', 'month'],
    ['quarterly', 'quarter'],
    ['yearly', 'year'],
    ['annually', 'year'],
    ['annual', 'year'],
  ] as const)
    map.set(word, period);
  return map;
})();

/** A Frequency cell as a period; monthly when blank or unknown, the most common rhythm of small-business numbers. */
export function periodOfFrequency(text: string): CheckinPeriod {
  return PERIOD_OF_WORD.get(fold(text).trim()) ?? 'month';
}

const MONTHS: Readonly<Record<Exclude<CheckinPeriod, 'week'>, number>> = { month: 1, quarter: 3, year: 12 };

/** The end of the period that follows the one ending on `last`. */
export function nextPeriodEnd(last: number, period: CheckinPeriod): number {
  if (period === 'week') return last + 7;
  const next = addMonths(last, MONTHS[period]);
  const { year, month } = ymdFromSerial(next);
  return endOfMonth(year, month);
}

/** The end of the last full period on or before `today` (a KPI with no history starts there). */
export function lastEndedPeriod(today: number, period: CheckinPeriod): number {
  if (period === 'week') {
    // Weeks end on Sunday (Excel serial 1 is a Sunday): the last Sunday strictly before today.
    const back = (today - 1) % 7 || 7;
    return today - back;
  }
  const { year, month } = ymdFromSerial(today);
  const span = MONTHS[period];
  // Quarters and years end with the calendar's: March, June, September, December; December.
  const lastMonth = month - 1 - ((month - 1) % span);
  return lastMonth === 0 ? endOfMonth(year - 1, 12) : endOfMonth(year, lastMonth);
}

export interface CheckinKpi {
  /** Index in the model's KPI list. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly period: CheckinPeriod;
  /** The period a new value is for. */
  readonly nextPeriod: number;
  /** True when that period has ended by today. */
  readonly due: boolean;
  readonly latest: HistoryPoint | null;
  readonly history: readonly HistoryPoint[];
  /** Outlook and trend from the history; null when the KPI's target or direction cannot be read. */
  readonly outlook: OutlookResult | null;
}

function targetOf(kpi: Kpi, direction: Direction): KpiTarget | null {
  const t = kpi.target;
  const input = typeof t === 'number' || typeof t === 'string' ? t : null;
  const parsed = parseTarget(input, direction);
  return parsed.ok ? parsed.value : null;
}

/** Outlook of a KPI from its history, as RUDDER.KPI_OUTLOOK would compute it. */
export function outlookOfKpi(kpi: Kpi, history: readonly HistoryPoint[], today: number): OutlookResult | null {
  const direction = parseDirection(kpi.direction);
  if (!direction.ok) return null;
  const target = targetOf(kpi, direction.value);
  if (target === null) return null;
  const seen = history.filter((p) => p.period !== null && p.actual !== null && p.period <= today);
  const series = seriesOf(
    seen.map((p) => p.actual ?? 0),
    seen.map((p) => p.period ?? 0),
  );
  const baseline = typeof kpi.baseline === 'number' ? kpi.baseline : null;
  return outlookOf({ series, target, direction: direction.value, due: kpi.due.serial, asOf: today, baseline });
}

/** Every KPI of the model with what its check-in needs; the due ones first, then in table order. */
export function checkinKpis(model: StrategyModel, today: number): CheckinKpi[] {
  const items = model.kpis.map((kpi, index): CheckinKpi => {
    const history = model.history.ofKpi[index] ?? [];
    const latest = history.length > 0 ? history[history.length - 1] : null;
    const period = periodOfFrequency(kpi.frequency);
    const nextPeriod = latest?.period != null ? nextPeriodEnd(latest.period, period) : lastEndedPeriod(today, period);
    return {
      index,
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      period,
      nextPeriod,
      due: nextPeriod <= today,
      latest,
      history,
      outlook: outlookOfKpi(kpi, history, today),
    };
  });
  return items.filter((k) => k.due).concat(items.filter((k) => !k.due));
}
