/**
 * Exponential smoothing with a damped trend (Holt, damped as Gardner and McKenzie proposed),
 * optionally with an additive season, in error-correction form. Parameters are fixed constants
 * (TUNING in constants.ts): a fit per history would cost more than the whole evaluation budget and
 * overfits the short histories small businesses keep.
 */
import type { Tuning } from './constants';
import { periodsBetween } from './spacing';

export interface SmoothingState {
  readonly level: number;
  readonly trend: number;
  /** Season offsets by position, or null without a season. */
  readonly season: readonly number[] | null;
  /** Season position of the last value. */
  readonly lastPosition: number;
  /** Sum of squared one-step errors that the initial values did not fix, and how many. */
  readonly sse: number;
  readonly errors: number;
}

/**
 * phi + phi² + … + phi^h, for any real h ≥ 0 and phi > 0. A horizon in days is rarely a whole number of
 * periods, so phi^h is a fractional power, written e^(h·ln phi): a general power cost about four
 * times an exp and a log in Node, and this runs in every outlook.
 */
export function dampedSum(h: number, phi: number): number {
  if (phi >= 1) return h;
  return (phi * (1 - Math.exp(h * Math.log(phi)))) / (1 - phi);
}

/** `equalSteps`: every gap is one period (checked once by the caller, for every setting it tries). */
export function smoothDamped(
  dates: readonly number[],
  values: readonly number[],
  step: number,
  tuning: Tuning,
  equalSteps: boolean,
): SmoothingState {
  const { alpha, beta, phi } = tuning;
  const n = values.length;
  let level = values[0];
  let trend = n > 1 ? (values[1] - values[0]) / (equalSteps ? 1 : periodsBetween(dates[0], dates[1], step)) : 0;
  let sse = 0;
  let errors = 0;
  for (let t = 1; t < n; t++) {
    const k = equalSteps ? 1 : periodsBetween(dates[t - 1], dates[t], step);
    const phiK = k === 1 ? phi : Math.pow(phi, k);
    const damp = k === 1 ? phi : dampedSum(k, phi);
    const predicted = level + damp * trend;
    const error = values[t] - predicted;
    // The first step is fitted exactly by the initial trend: it says nothing about the noise.
    if (t >= 2) {
      sse += error * error;
      errors++;
    }
    level = predicted + alpha * error;
    trend = phiK * trend + beta * error;
  }
  return { level, trend, season: null, lastPosition: 0, sse, errors };
}

/** Needs at least two full seasons of equally spaced values (the caller checks). */
export function smoothSeasonal(values: readonly number[], period: number, tuning: Tuning): SmoothingState {
  const { alpha, beta, phi, gamma } = tuning;
  const n = values.length;
  const m = period;
  let first = 0;
  let second = 0;
  for (let i = 0; i < m; i++) {
    first += values[i];
    second += values[i + m];
  }
  first /= m;
  second /= m;
  let trend = (second - first) / m;
  const season: number[] = new Array<number>(m);
  let offsetSum = 0;
  for (let i = 0; i < m; i++) {
    const centre = (i - (m - 1) / 2) * trend;
    season[i] = (values[i] - first - centre + values[i + m] - second - centre) / 2;
    offsetSum += season[i];
  }
  for (let i = 0; i < m; i++) season[i] -= offsetSum / m;
  let level = first - ((m + 1) / 2) * trend;
  let sse = 0;
  let errors = 0;
  // Residuals of the seasons used to start the offsets flatter the fit; count them only when nothing else exists.
  const countFrom = n >= 3 * m ? 2 * m : m;
  for (let t = 0; t < n; t++) {
    const p = t % m;
    const predicted = level + phi * trend + season[p];
    const error = values[t] - predicted;
    if (t >= countFrom) {
      sse += error * error;
      errors++;
    }
    level = level + phi * trend + alpha * error;
    trend = phi * trend + beta * error;
    season[p] += gamma * error;
  }
  return { level, trend, season, lastPosition: (n - 1) % m, sse, errors };
}

/** The smoothed value h periods after the last value (h > 0, real). */
export function smoothedAt(state: SmoothingState, h: number, phi: number): number {
  const base = state.level + dampedSum(h, phi) * state.trend;
  if (state.season === null) return base;
  const m = state.season.length;
  const ahead = Math.max(1, Math.round(h));
  return base + state.season[(state.lastPosition + (ahead % m)) % m];
}

const TAIL_TERMS = 64;

/**
 * How much wider the forecast error is h periods ahead than one period ahead (a factor ≥ 1),
 * from the error-correction weights c_j = alpha + beta·(phi + … + phi^j) (+ gamma each season).
 */
export function horizonFactor(h: number, period: number, tuning: Tuning): number {
  const { alpha, beta, phi, gamma } = tuning;
  const steps = Math.ceil(h);
  if (steps <= 1) return 1;
  let sum = 1;
  const upTo = Math.min(steps - 1, TAIL_TERMS);
  let c = 0;
  let damped = 0;
  for (let j = 1; j <= upTo; j++) {
    damped = phi * (1 + damped); // phi + phi² + … + phi^j
    c = alpha + beta * damped + (period > 1 && j % period === 0 ? gamma : 0);
    sum += c * c;
  }
  // Past the tail the weights have settled (damping): add the rest at the settled weight.
  if (steps - 1 > upTo) sum += (steps - 1 - upTo) * c * c;
  return Math.sqrt(sum);
}
