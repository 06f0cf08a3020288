/**
 * Will the KPI meet its target by the due date at this pace? The forecast at the due date, its
 * spread, and the target give a chance; the chance and the latest value give the outlook.
 */
import type { Direction, KpiTarget } from '../kpi';
import { MIN_POINTS_TREND, NEAR_MISS_SHARE, ON_COURSE_CHANCE, TUNING, type Tuning } from './constants';
import { forecastSmoothed } from './forecast';
import { normalCdf } from './normal';
import { spacingOf } from './spacing';
import { trendOf } from './trend';
import type { Forecast, Outlook, OutlookResult, Series } from './types';

export interface OutlookInput {
  /** Cleaned with as_of already applied (cleanSeries). */
  readonly series: Series;
  readonly target: KpiTarget;
  readonly direction: Direction;
  /** When the target is due; without it the outlook looks one period past the last value. */
  readonly due?: number | null;
  /** The date the outlook is made on; defaults to the last value's date. */
  readonly asOf?: number | null;
  /** Where the KPI started: it sizes the near-miss band as KPI_STATUS sizes its At risk band. */
  readonly baseline?: number | null;
}

/** Ties within float noise count as meeting the target, as in KPI_STATUS. */
const slack = (target: number): number => 1e-9 * Math.max(1, Math.abs(target));

export function meetsTarget(value: number, target: KpiTarget, direction: Direction): boolean {
  if (target.kind === 'range')
    return value >= target.low - slack(target.low) && value <= target.high + slack(target.high);
  if (direction === 'lower' || direction === 'maintainBelow') return value <= target.value + slack(target.value);
  return value >= target.value - slack(target.value);
}

/** Probability that a value drawn from the forecast's normal distribution meets the target. */
export function chanceOfMeeting(forecast: Forecast, target: KpiTarget, direction: Direction): number {
  const { value, spread } = forecast;
  if (!(spread > 0)) return meetsTarget(value, target, direction) ? 1 : 0;
  let p: number;
  if (target.kind === 'range') p = normalCdf((target.high - value) / spread) - normalCdf((target.low - value) / spread);
  else if (direction === 'lower' || direction === 'maintainBelow') p = normalCdf((target.value - value) / spread);
  else p = normalCdf((value - target.value) / spread);
  return Math.min(1, Math.max(0, p));
}

/**
 * The forecast's chance pulled towards the status of the latest value (Tuning.statusWeight), by
 * less the more periods ahead the date is.
 */
function towardsStatus(chance: number, meetsNow: boolean, periodsAhead: number, tuning: Tuning): number {
  const weight = tuning.statusWeight / Math.max(1, periodsAhead);
  const stays = meetsNow ? tuning.statusKept : 1 - tuning.statusKept;
  return (1 - weight) * chance + weight * stays;
}

/** Short of the target by at most NEAR_MISS_SHARE of the baseline-target span (or of |target|). */
function isNearMiss(value: number, target: KpiTarget, baseline: number | null): boolean {
  if (target.kind === 'range') {
    const gap = value < target.low ? target.low - value : value - target.high;
    return gap <= NEAR_MISS_SHARE * (target.high - target.low);
  }
  const span = baseline === null ? Math.abs(target.value) : Math.abs(target.value - baseline);
  return Math.abs(value - target.value) <= NEAR_MISS_SHARE * span;
}

const TOO_LITTLE: Omit<OutlookResult, 'trend'> = {
  outlook: 'Too little data',
  forecast: null,
  low: null,
  high: null,
  probability: null,
  at: null,
};

/** The last recorded value on or before a date, or null. */
function valueOnOrBefore(series: Series, date: number): number | null {
  for (let i = series.dates.length - 1; i >= 0; i--) if (series.dates[i] <= date) return series.values[i];
  return null;
}

function classify(probability: number, meetsNow: boolean, nearMiss: boolean): Outlook {
  if (meetsNow && probability >= 0.5) return 'Achieved';
  if (probability >= ON_COURSE_CHANCE) return 'On course';
  if (probability >= 0.5 || nearMiss || meetsNow) return 'At risk';
  return 'Projected to miss';
}

/** Where the history is headed at the date the outlook looks at: a known outcome once it is due, else a forecast. */
type Projection =
  | { readonly known: true; readonly value: number; readonly met: boolean; readonly at: number }
  | {
      readonly known: false;
      readonly forecast: Forecast;
      readonly probability: number;
      readonly meetsNow: boolean;
      readonly at: number;
    };

/** The one projection that both the outlook and the chance read; null with too little data. */
function project(input: OutlookInput, tuning: Tuning): Projection | null {
  const { series, target, direction } = input;
  const due = input.due ?? null;
  const n = series.values.length;
  if (n === 0) return null;
  const last = series.dates[n - 1];
  if (due !== null && (input.asOf ?? last) >= due) {
    const atDue = valueOnOrBefore(series, due);
    return atDue === null ? null : { known: true, value: atDue, met: meetsTarget(atDue, target, direction), at: due };
  }
  if (n < MIN_POINTS_TREND) return null;
  const spacing = spacingOf(series.dates);
  const at = due ?? last + spacing.step;
  const outcome = forecastSmoothed(series, at, 'auto', tuning, spacing);
  if (!outcome.ok) return null;
  const meetsNow = meetsTarget(series.values[n - 1], target, direction);
  const chance = chanceOfMeeting(outcome.forecast, target, direction);
  const probability = towardsStatus(chance, meetsNow, (at - last) / spacing.step, tuning);
  return { known: false, forecast: outcome.forecast, probability, meetsNow, at };
}

/** KPI_CHANCE: outlookOf's probability, without the trend and the words it does not need. */
export function chanceOf(input: OutlookInput, tuning: Tuning = TUNING): number | null {
  const p = project(input, tuning);
  return p === null ? null : p.known ? (p.met ? 1 : 0) : p.probability;
}

/**
 * - Too little data: fewer than MIN_POINTS_TREND values on or before as_of.
 * - Once the due date has passed (as_of on or after it), the outcome is known: Achieved when the
 *   last value on or before the due date meets the target, else Projected to miss (chance 1 or 0).
 * - Otherwise the forecast at the due date (or, without one, one period past the last value)
 *   gives the chance of meeting the target. Achieved: the latest value already meets the target
 *   and the forecast keeps it there (chance ≥ 0.5). On course: chance ≥ ON_COURSE_CHANCE. At
 *   risk: chance ≥ 0.5, or a near miss, or the target is met now but the forecast slips below it.
 *   Projected to miss: the rest.
 */
export function outlookOf(input: OutlookInput, tuning: Tuning = TUNING): OutlookResult {
  const trend = trendOf(input.series, input.direction, input.target) ?? 'Too little data';
  const p = project(input, tuning);
  if (p === null) return { ...TOO_LITTLE, trend };
  if (p.known) {
    const { value, met, at } = p;
    const outlook = met ? 'Achieved' : 'Projected to miss';
    return { outlook, trend, forecast: value, low: value, high: value, probability: met ? 1 : 0, at };
  }
  const { forecast: f, probability, meetsNow, at } = p;
  const outlook = classify(probability, meetsNow, isNearMiss(f.value, input.target, input.baseline ?? null));
  return { outlook, trend, forecast: f.value, low: f.low, high: f.high, probability, at };
}
