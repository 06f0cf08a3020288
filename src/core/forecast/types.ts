/** Public types of the forecasting engine: KPI history in, forecasts, trends and outlooks out. */

/** A cleaned history: dates ascending and unique (Excel serials), one finite value per date. */
export interface Series {
  readonly dates: readonly number[];
  readonly values: readonly number[];
  /** Points left out because the value or the date was blank, text, an error or not finite. */
  readonly dropped: number;
  /** Points that repeated a date already seen: the later one in the input replaced the earlier. */
  readonly merged: number;
  /** Points dated after as_of, which the forecast does not see. */
  readonly afterAsOf: number;
}

/** `auto` picks by history length: seasonal with two full seasons or more, else a damped trend. */
export type ForecastMethod = 'auto' | 'linear' | 'damped' | 'seasonal';

/** The value expected at a date, with an 80% prediction interval. */
export interface Forecast {
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** Standard deviation of the forecast error at that date (0 for an exact line or a recorded date). */
  readonly spread: number;
  /** The method actually used (`auto` resolved). */
  readonly method: Exclude<ForecastMethod, 'auto'>;
}

export type Trend = 'Improving' | 'Worsening' | 'Steady' | 'Too little data';

export const TRENDS: readonly Trend[] = ['Improving', 'Worsening', 'Steady', 'Too little data'];

export type Outlook = 'Achieved' | 'On course' | 'At risk' | 'Projected to miss' | 'Too little data';

/** Best first, as a legend or a validation list shows them. */
export const OUTLOOKS: readonly Outlook[] = [
  'Achieved',
  'On course',
  'At risk',
  'Projected to miss',
  'Too little data',
];

/** The full answer for one KPI history, as `rudder outlook` prints it. */
export interface OutlookResult {
  readonly outlook: Outlook;
  readonly trend: Trend;
  /** Forecast at the due date (or one period after the last value); null with too little data. */
  readonly forecast: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** Probability (0-1) that the value at the due date meets the target; null with too little data. */
  readonly probability: number | null;
  /** The date the forecast is for (serial); null with too little data. */
  readonly at: number | null;
}
