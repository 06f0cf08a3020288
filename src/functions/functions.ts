/**
 * Rudder's custom functions, shown in Excel as RUDDER.*. The JSDoc below is the contract:
 * custom-functions-metadata-plugin generates functions.json from it. Each wrapper only hands the
 * arguments to the shared implementation (registry.ts) and converts the answer for Excel.
 */
import { toExcelMatrix, unexpectedError, type ExcelMatrix } from './excelResult';
import { findRudderFunction } from './registry';
import type { ExcelArg } from './types';

// Outside Excel (Office.js did not load) the associate calls appended by the build must not fail.
ensureCustomFunctionsRuntime();

function call(name: string, args: readonly (ExcelArg | undefined)[]): ExcelMatrix {
  try {
    return toExcelMatrix(findRudderFunction(name).evaluate(args.map((a) => a ?? null)));
  } catch (error) {
    throw unexpectedError(error);
  }
}

/**
 * How SMART a goal is, from 0 to 100: 20 points each for Specific, Measurable, Achievable, Relevant and Time-bound. Give a column of goals to score them all.
 * @customfunction SMARTSCORE
 * @param goal The goal text, or a column of goals.
 * @param [due] Deadline: a date, or text such as "30 June 2027" or "Q3 2027".
 * @param [baseline] Where you start, e.g. 200 customers.
 * @param [target] Where you want to be, e.g. 260 customers.
 * @param [context] Your mission, values or pillar text (one cell or several), to judge relevance.
 * @returns The SMART score from 0 to 100.
 */
export function smartScore(
  goal: Array<Array<string | number | boolean | null>>,
  due?: Array<Array<string | number | boolean | null>>,
  baseline?: Array<Array<string | number | boolean | null>>,
  target?: Array<Array<string | number | boolean | null>>,
  context?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean | null>> {
  return call('SMARTSCORE', [goal, due, baseline, target, context]) as Array<Array<string | number | boolean | null>>;
}

/**
 * What to change to make a goal SMART: the weakest criteria first, each with a concrete fix.
 * @customfunction SMARTTIPS
 * @param goal The goal text, or a column of goals.
 * @param [due] Deadline: a date, or text such as "30 June 2027" or "Q3 2027".
 * @param [baseline] Where you start, e.g. 200 customers.
 * @param [target] Where you want to be, e.g. 260 customers.
 * @param [context] Your mission, values or pillar text (one cell or several), to judge relevance.
 * @returns Tips in plain words.
 */
export function smartTips(
  goal: Array<Array<string | number | boolean | null>>,
  due?: Array<Array<string | number | boolean | null>>,
  baseline?: Array<Array<string | number | boolean | null>>,
  target?: Array<Array<string | number | boolean | null>>,
  context?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean | null>> {
  return call('SMARTTIPS', [goal, due, baseline, target, context]) as Array<Array<string | number | boolean | null>>;
}

/**
 * Five scores from 0 to 1 in a row: Specific, Measurable, Achievable, Relevant, Time-bound.
 * @customfunction SMARTPROFILE
 * @param goal The goal text, or a column of goals (one row of five scores each).
 * @param [due] Deadline: a date, or text such as "30 June 2027" or "Q3 2027".
 * @param [baseline] Where you start, e.g. 200 customers.
 * @param [target] Where you want to be, e.g. 260 customers.
 * @param [context] Your mission, values or pillar text (one cell or several), to judge relevance.
 * @returns A row of five scores from 0 to 1.
 */
export function smartProfile(
  goal: Array<Array<string | number | boolean | null>>,
  due?: Array<Array<string | number | boolean | null>>,
  baseline?: Array<Array<string | number | boolean | null>>,
  target?: Array<Array<string | number | boolean | null>>,
  context?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean | null>> {
  return call('SMARTPROFILE', [goal, due, baseline, target, context]) as Array<Array<string | number | boolean | null>>;
}

/**
 * Status of a KPI: Achieved, On track, At risk, Off track, Missed, Not started or No data. Right for lower-is-better KPIs; paced over time when start, due and as_of are given.
 * @customfunction KPI_STATUS
 * @param actual The latest value of the KPI, or a column of them.
 * @param target The value to reach; for a "range" KPI a range such as "90-110" or two cells.
 * @param [direction] higher (default), lower, range or maintain; words such as up, down or "lower is better" work too.
 * @param [baseline] Where the KPI started, so progress counts from there.
 * @param [start] When work on the target started (a date).
 * @param [due] When the target is due (a date).
 * @param [as_of] The date of the actual value; pass TODAY() so the status moves with time.
 * @param [thresholds] On-track and at-risk limits for paced progress, e.g. "0.9,0.7" (default 0.95 and 0.85).
 * @returns The status in words.
 */
export function kpiStatus(
  actual: Array<Array<string | number | boolean | null>>,
  target: Array<Array<string | number | boolean | null>>,
  direction?: Array<Array<string | number | boolean | null>>,
  baseline?: Array<Array<string | number | boolean | null>>,
  start?: Array<Array<string | number | boolean | null>>,
  due?: Array<Array<string | number | boolean | null>>,
  as_of?: Array<Array<string | number | boolean | null>>,
  thresholds?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean | null>> {
  return call('KPI_STATUS', [actual, target, direction, baseline, start, due, as_of, thresholds]) as Array<
    Array<string | number | boolean | null>
  >;
}

/**
 * Share of the way from the baseline to the target (1 means the target is reached), right for lower-is-better KPIs and not capped; blank while there is no actual.
 * @customfunction KPI_PROGRESS
 * @param actual The latest value of the KPI, or a column of them.
 * @param target The value to reach; for a "range" KPI a range such as "90-110" or two cells.
 * @param [direction] higher (default), lower, range or maintain; words such as up, down or "lower is better" work too.
 * @param [baseline] Where the KPI started, so progress counts from there.
 * @returns Progress as a number (format the cell as a percentage).
 */
export function kpiProgress(
  actual: Array<Array<string | number | boolean | null>>,
  target: Array<Array<string | number | boolean | null>>,
  direction?: Array<Array<string | number | boolean | null>>,
  baseline?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean | null>> {
  return call('KPI_PROGRESS', [actual, target, direction, baseline]) as Array<Array<string | number | boolean | null>>;
}

/**
 * The value a KPI is expected to have at a date, from its history: a damped trend (seasonal with two full seasons), or "linear" as FORECAST.LINEAR on the dates.
 * @customfunction KPI_FORECAST
 * @param values The KPI's history: a row or a column of numbers (blanks and text are skipped).
 * @param dates The date of each value, a range the size of values (dates or date text).
 * @param at The date to forecast, e.g. the due date.
 * @param [method] auto (default: a damped trend, seasonal with two full seasons), linear (as FORECAST.LINEAR), damped or seasonal.
 * @returns The expected value at that date.
 */
export function kpiForecast(
  values: Array<Array<string | number | boolean | null>>,
  dates: Array<Array<string | number | boolean | null>>,
  at: Array<Array<string | number | boolean | null>>,
  method?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean | null>> {
  return call('KPI_FORECAST', [values, dates, at, method]) as Array<Array<string | number | boolean | null>>;
}

/**
 * Whether a KPI is Improving, Worsening or Steady (a change within its usual ups and downs), right for lower-is-better KPIs; Too little data below three values.
 * @customfunction KPI_TREND
 * @param values The KPI's history: a row or a column of numbers, oldest first when there are no dates.
 * @param [dates] The date of each value; leave out for equally spaced periods.
 * @param [direction] higher (default), lower or maintain: which way is better.
 * @returns Improving, Worsening, Steady or Too little data.
 */
export function kpiTrend(
  values: Array<Array<string | number | boolean | null>>,
  dates?: Array<Array<string | number | boolean | null>>,
  direction?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean | null>> {
  return call('KPI_TREND', [values, dates, direction]) as Array<Array<string | number | boolean | null>>;
}

/**
 * Will the KPI meet its target by the due date at this pace? Achieved, On course, At risk, Projected to miss or Too little data, from its history.
 * @customfunction KPI_OUTLOOK
 * @param values The KPI's history: a row or a column of numbers (blanks and text are skipped).
 * @param dates The date of each value, a range the size of values (dates or date text).
 * @param target The value to reach; for a "range" KPI a range such as "90-110" or two cells.
 * @param [direction] higher (default), lower, range or maintain; words such as up, down or "lower is better" work too.
 * @param [due] When the target is due; without it, the next period is judged.
 * @param [as_of] Ignore values after this date (default: the last date); pass TODAY() to judge as of today.
 * @param [baseline] Where the KPI started: sizes the near-miss band that still counts as At risk.
 * @returns The outlook in words.
 */
export function kpiOutlook(
  values: Array<Array<string | number | boolean | null>>,
  dates: Array<Array<string | number | boolean | null>>,
  target: Array<Array<string | number | boolean | null>>,
  direction?: Array<Array<string | number | boolean | null>>,
  due?: Array<Array<string | number | boolean | null>>,
  as_of?: Array<Array<string | number | boolean | null>>,
  baseline?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean | null>> {
  return call('KPI_OUTLOOK', [values, dates, target, direction, due, as_of, baseline]) as Array<
    Array<string | number | boolean | null>
  >;
}

/**
 * The probability (0 to 1) that the KPI meets its target at the due date, from its history and how much it usually varies.
 * @customfunction KPI_CHANCE
 * @param values The KPI's history: a row or a column of numbers (blanks and text are skipped).
 * @param dates The date of each value, a range the size of values (dates or date text).
 * @param target The value to reach; for a "range" KPI a range such as "90-110" or two cells.
 * @param [direction] higher (default), lower, range or maintain; words such as up, down or "lower is better" work too.
 * @param [due] When the target is due; without it, the next period is judged.
 * @param [as_of] Ignore values after this date (default: the last date); pass TODAY() to judge as of today.
 * @param [baseline] Where the KPI started: sizes the near-miss band that still counts as At risk.
 * @returns A probability from 0 to 1 (format the cell as a percentage).
 */
export function kpiChance(
  values: Array<Array<string | number | boolean | null>>,
  dates: Array<Array<string | number | boolean | null>>,
  target: Array<Array<string | number | boolean | null>>,
  direction?: Array<Array<string | number | boolean | null>>,
  due?: Array<Array<string | number | boolean | null>>,
  as_of?: Array<Array<string | number | boolean | null>>,
  baseline?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean | null>> {
  return call('KPI_CHANCE', [values, dates, target, direction, due, as_of, baseline]) as Array<
    Array<string | number | boolean | null>
  >;
}

function ensureCustomFunctionsRuntime(): void {
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions === undefined) {
    scope.CustomFunctions = { associate: () => undefined };
  }
}
