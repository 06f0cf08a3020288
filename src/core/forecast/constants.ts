/**
 * Every tuned number of the forecasting engine, as data. TUNING was chosen on the pooled
 * development split of the NYC backtest only (each of fiscal 2019-2022 predicted from the years
 * before it, judged against the target, each year also held out in turn to check the choice
 * carries; `npx tsx eval/forecastTune.ts`); the 2023 labels were not used to choose any of it.
 * The yearly city data never reaches SELECT_MIN_POINTS, so ALTERNATIVES are not fitted to it: they are plain settings for monthly business histories.
 * Thresholds for words (On course, Steady) are conventions.
 */

/** The fitted numbers of the smoothing methods and of the forecast's spread. */
export interface Tuning {
  /** Holt's damped trend in error-correction form: level gain, trend gain, damping per period. */
  readonly alpha: number;
  readonly beta: number;
  readonly phi: number;
  /** Seasonal gain of the additive seasonal method. */
  readonly gamma: number;
  /** Multiplies the spread from the residuals, so the 0.5 line and the 80% interval are honest. */
  readonly spreadScale: number;
  /**
   * The one-step spread is shrunk towards this share of the typical size of the values, so a
   * short or perfectly smooth history does not claim certainty it has not earned.
   */
  readonly floorShare: number;
  /** How many residuals the floor counts as, against the history's own residuals. */
  readonly priorWeight: number;
  /**
   * One period ahead, the chance from the forecast is pulled this far towards "the status stays
   * as it is now": a short history's trend and spread are weak evidence, and most KPIs keep
   * their status from one period to the next. The pull fades over longer horizons (weight / periods
   * ahead), since a status says less about a date further off.
   */
  readonly statusWeight: number;
  /** The chance that a KPI keeps its status (target met or not) one period later. */
  readonly statusKept: number;
}

export const TUNING: Tuning = {
  alpha: 1,
  beta: 0.1,
  phi: 0.35,
  gamma: 0.2,
  spreadScale: 1.5,
  floorShare: 0.01,
  priorWeight: 0.5,
  statusWeight: 0.4,
  statusKept: 0.8,
};

/**
 * Other smoothing settings a history may pick instead of TUNING's when it is long enough to
 * judge (SELECT_MIN_POINTS): the one with the smallest one-step errors on the history itself
 * wins, TUNING's on a tie. The yearly city indicators of the development split barely keep a
 * trend, but a shop's monthly sales often do, and noisy months are better smoothed.
 */
export const ALTERNATIVES: readonly Pick<Tuning, 'alpha' | 'beta' | 'phi'>[] = [
  { alpha: 1, beta: 0.2, phi: 0.9 },
  { alpha: 0.5, beta: 0.1, phi: 0.98 },
  { alpha: 0.3, beta: 0, phi: 0.8 },
];

/** Fewest points for a history to pick its own smoothing settings among ALTERNATIVES. */
export const SELECT_MIN_POINTS = 8;

/** Fewest points with dates for a forecast (a line needs two). */
export const MIN_POINTS_FORECAST = 2;

/** Fewest points for a trend or an outlook: with two there is no noise to judge a change against. */
export const MIN_POINTS_TREND = 3;

/** The trend reads the most recent points only: a year of months. */
export const TREND_WINDOW = 12;

/** A slope less than this many standard errors from zero is a change within the noise: Steady. */
export const STEADY_T = 2;

/** z of the 80% two-sided prediction interval (`low`, `high`). */
export const INTERVAL_Z = 1.2815515655446004;

/** A chance at or above this is On course; between 0.5 and this, At risk. */
export const ON_COURSE_CHANCE = 0.8;

/** A forecast short of the target by at most this share of the baseline-target span (or |target|) is At risk, not a miss. */
export const NEAR_MISS_SHARE = 0.1;

/** Season lengths by spacing of the dates: daily data has a weekly season, monthly a yearly one. */
export const SEASONS: readonly {
  readonly minDays: number;
  readonly maxDays: number;
  readonly step: number;
  readonly period: number;
}[] = [
  { minDays: 0.5, maxDays: 1.5, step: 1, period: 7 }, // daily
  { minDays: 6, maxDays: 8, step: 7, period: 52 }, // weekly
  { minDays: 27, maxDays: 32, step: 365.25 / 12, period: 12 }, // monthly
  { minDays: 88, maxDays: 93, step: 365.25 / 4, period: 4 }, // quarterly
  { minDays: 360, maxDays: 370, step: 365.25, period: 1 }, // yearly
];
