/** The value expected at a date, with its spread and 80% interval, by the method asked for or chosen. */
import { ALTERNATIVES, INTERVAL_Z, MIN_POINTS_FORECAST, SELECT_MIN_POINTS, TUNING, type Tuning } from './constants';
import { fitLine, lineAt, lineSpreadFactor } from './linear';
import { horizonFactor, smoothDamped, smoothedAt, smoothSeasonal, type SmoothingState } from './smoothing';
import { spacingOf, type Spacing } from './spacing';
import type { Forecast, ForecastMethod, Series } from './types';

export type ForecastOutcome =
  { readonly ok: true; readonly forecast: Forecast } | { readonly ok: false; readonly reason: string };

export const FORECAST_MESSAGES = {
  tooFew: (n: number) =>
    `values: a forecast needs at least ${MIN_POINTS_FORECAST} numbers with different dates; ${n === 0 ? 'none was found' : 'only 1 was found'}.`,
  tooLarge: 'values: the numbers are too large to forecast (the result is not a finite number).',
} as const;

/** ALTERNATIVES as whole settings (the other fields from TUNING), built once rather than per call. */
const DEFAULT_ALTERNATIVES: readonly Tuning[] = ALTERNATIVES.map((gains) => ({ ...TUNING, ...gains }));

function alternativesTo(tuning: Tuning): readonly Tuning[] {
  return tuning === TUNING ? DEFAULT_ALTERNATIVES : ALTERNATIVES.map((gains) => ({ ...tuning, ...gains }));
}

function meanAbs(values: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.abs(values[i]);
  return sum / values.length;
}

/** The residual spread, shrunk towards the floor by the prior's weight (see Tuning). */
function shrunkSpread(sse: number, count: number, values: readonly number[], tuning: Tuning): number {
  const floor = tuning.floorShare * meanAbs(values);
  return Math.sqrt((sse + tuning.priorWeight * floor * floor) / Math.max(count + tuning.priorWeight, 1e-12));
}

/** A date inside the history: the recorded value, or the straight line between the two around it. */
function withinHistory(series: Series, at: number): number {
  const { dates, values } = series;
  if (at <= dates[0]) return values[0];
  let i = 1;
  while (dates[i] < at) i++;
  const share = (at - dates[i - 1]) / (dates[i] - dates[i - 1]);
  return values[i - 1] + share * (values[i] - values[i - 1]);
}

function done(value: number, spread: number, method: Forecast['method']): ForecastOutcome {
  const low = value - INTERVAL_Z * spread;
  const high = value + INTERVAL_Z * spread;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { ok: false, reason: FORECAST_MESSAGES.tooLarge };
  return { ok: true, forecast: { value, low, high, spread, method } };
}

function forecastLinear(series: Series, at: number, tuning: Tuning): ForecastOutcome {
  const fit = fitLine(series.dates, series.values);
  if (fit === null) return { ok: false, reason: FORECAST_MESSAGES.tooLarge };
  const sse = fit.n > 2 ? fit.residualSpread * fit.residualSpread * (fit.n - 2) : 0;
  const sigma = shrunkSpread(sse, fit.n - 2, series.values, tuning) * tuning.spreadScale;
  return done(lineAt(fit, at), sigma * lineSpreadFactor(fit, at), 'linear');
}

function smoothWith(
  series: Series,
  seasonal: boolean,
  period: number,
  step: number,
  equalSteps: boolean,
  tuning: Tuning,
): SmoothingState {
  return seasonal
    ? smoothSeasonal(series.values, period, tuning)
    : smoothDamped(series.dates, series.values, step, tuning, equalSteps);
}

/**
 * `linear` is Excel's FORECAST.LINEAR on date serials. `auto` uses the additive seasonal method
 * with two full seasons or more of equally spaced values, else the damped trend; `seasonal` on a
 * history without two full seasons falls back to the damped trend (the result says which ran).
 * A date at or before the last value gives the recorded history (interpolated between dates).
 */
export function forecastAt(
  series: Series,
  at: number,
  method: ForecastMethod = 'auto',
  tuning: Tuning = TUNING,
): ForecastOutcome {
  const n = series.values.length;
  if (n < MIN_POINTS_FORECAST) return { ok: false, reason: FORECAST_MESSAGES.tooFew(n) };
  if (method === 'linear') return forecastLinear(series, at, tuning);
  return forecastSmoothed(series, at, method, tuning, spacingOf(series.dates));
}

/** forecastAt for a method other than `linear`, on a history of two points or more whose spacing the caller already has. */
export function forecastSmoothed(
  series: Series,
  at: number,
  method: Exclude<ForecastMethod, 'linear'>,
  tuning: Tuning,
  { step, period, equalSteps }: Spacing,
): ForecastOutcome {
  const n = series.values.length;
  const seasonal = method !== 'damped' && period > 1 && n >= 2 * period && equalSteps;
  const used = seasonal ? 'seasonal' : 'damped';
  const last = series.dates[n - 1];
  if (at <= last) return done(withinHistory(series, at), 0, used);
  let state = smoothWith(series, seasonal, period, step, equalSteps, tuning);
  if (n >= SELECT_MIN_POINTS) {
    for (const t of alternativesTo(tuning)) {
      const candidate = smoothWith(series, seasonal, period, step, equalSteps, t);
      if (candidate.sse < state.sse) {
        state = candidate;
        tuning = t;
      }
    }
  }
  const h = (at - last) / step;
  const sigma = shrunkSpread(state.sse, state.errors, series.values, tuning) * tuning.spreadScale;
  return done(smoothedAt(state, h, tuning.phi), sigma * horizonFactor(h, seasonal ? period : 1, tuning), used);
}
