/** How far apart the periods of a history are, and the season that spacing implies. */
import { SEASONS } from './constants';

export interface Spacing {
  /** Days per period: calendar months and quarters are 365.25/12 and 365.25/4 days. */
  readonly step: number;
  /** Periods per season; 1 when the spacing has no season (yearly, or irregular). */
  readonly period: number;
  /** Every gap is one period (no missing periods). */
  readonly equalSteps: boolean;
}

type Season = Pick<Spacing, 'step' | 'period'>;

function seasonOf(days: number): Season | null {
  for (const s of SEASONS) if (days >= s.minDays && days <= s.maxDays) return s;
  return null;
}

/** Gaps round to one period each exactly when the widest does (a narrower one rounds up to one). */
function spacing(season: Season, maxGap: number): Spacing {
  return { step: season.step, period: season.period, equalSteps: maxGap / season.step < 1.5 };
}

/**
 * The typical gap between dates: the median gap, so a missing month or two does not turn a
 * monthly history into something else. Needs at least two dates.
 */
export function spacingOf(dates: readonly number[]): Spacing {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 1; i < dates.length; i++) {
    const gap = dates[i] - dates[i - 1];
    if (gap < min) min = gap;
    if (gap > max) max = gap;
  }
  if (!(min <= max)) return { step: 1, period: 1, equalSteps: true };
  const fromMin = seasonOf(min);
  if (fromMin !== null && fromMin === seasonOf(max)) return spacing(fromMin, max);
  const gaps: number[] = [];
  for (let i = 1; i < dates.length; i++) gaps.push(dates[i] - dates[i - 1]);
  gaps.sort((a, b) => a - b);
  const median = gaps[gaps.length >> 1];
  return spacing(seasonOf(median) ?? { step: median, period: 1 }, max);
}

/** Whole periods between two dates, at least one. */
export function periodsBetween(from: number, to: number, step: number): number {
  return Math.max(1, Math.round((to - from) / step));
}
