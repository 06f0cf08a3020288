/** Whether a KPI is getting better or worse, judged against its own noise and its direction. */
import type { Direction, KpiTarget } from '../kpi';
import { MIN_POINTS_TREND, STEADY_T, TREND_WINDOW } from './constants';
import { fitLine } from './linear';
import type { Series, Trend } from './types';

/** Which way is better for a value at `latest`: +1 up, -1 down; for a band, towards its middle. */
function betterWay(direction: Direction, latest: number, band: KpiTarget | null): 1 | -1 | null {
  if (direction === 'higher' || direction === 'maintainAbove') return 1;
  if (direction === 'lower' || direction === 'maintainBelow') return -1;
  if (band === null) return null;
  const middle = band.kind === 'range' ? (band.low + band.high) / 2 : band.value;
  return latest <= middle ? 1 : -1;
}

/**
 * A least-squares slope over the last TREND_WINDOW points: Steady when it is within STEADY_T
 * standard errors of zero, else Improving or Worsening by the direction (falling complaints with
 * direction lower are Improving). A range direction needs its band (`target`) to know which way
 * is better; without it the answer is null and the caller asks for the band.
 */
export function trendOf(series: Series, direction: Direction, target: KpiTarget | null = null): Trend | null {
  const n = series.values.length;
  if (n < MIN_POINTS_TREND) return 'Too little data';
  const way = betterWay(direction, series.values[n - 1], target);
  if (way === null) return null;
  const fit = fitLine(series.dates, series.values, Math.max(0, n - TREND_WINDOW), n);
  if (fit === null) return 'Too little data';
  if (fit.slope === 0) return 'Steady';
  const t = fit.slopeError > 0 ? Math.abs(fit.slope) / fit.slopeError : Infinity;
  if (!(t >= STEADY_T)) return 'Steady';
  return Math.sign(fit.slope) === way ? 'Improving' : 'Worsening';
}
