/**
 * KPI_FORECAST, KPI_TREND, KPI_OUTLOOK and KPI_CHANCE: a KPI's history (a row or a column of
 * values, and one of dates) in, the forecasting engine's answer out. Each answers one cell for
 * the whole history, so none of them spills.
 */
import {
  chanceOf,
  cleanSeries,
  forecastAt,
  MIN_POINTS_TREND,
  outlookOf,
  trendOf,
  type ForecastMethod,
  type OutlookResult,
  type Series,
} from '../core/forecast';
import { parseDirection, parseTarget, type Direction, type KpiTarget } from '../core/kpi';
import { MAX_CELLS_PER_CALL, asMatrix, isBlank, parseNumberText, readDate, readNumber, readText } from './args';
import { FN_MESSAGES } from './messages';
import type {
  ExcelArg,
  ExcelCellResult,
  ExcelErrorResult,
  ExcelScalar,
  RudderFunction,
  RudderFunctionParam,
} from './types';
import { isExcelError } from './types';

export const FORECAST_FN_MESSAGES = {
  valuesMissing: "values is empty: give the KPI's history, a row or a column of numbers.",
  datesMissing: 'dates is empty: give the date of each value (a row or a column the size of values).',
  atMissing: 'at is empty: give the date to forecast, e.g. DATE(2027,6,30).',
  sizes: (values: number, dates: number) =>
    `dates has ${dates} cells but values has ${values}: give one date per value.`,
  badMethod: (seen: string) =>
    `method: "${seen}" is not a method Rudder knows. Use auto (default), linear, damped or seasonal.`,
  rangeTrend:
    'direction: a range KPI improves by moving into its band, which KPI_TREND does not know; use KPI_OUTLOOK with the band as target, or higher or lower.',
  targetCells: 'give one value, a range such as "90-110", or two cells (low and high).',
  tooLittle: (n: number) =>
    `values: too little data for a chance: it needs at least ${MIN_POINTS_TREND} values with dates (on or before as_of); ${n} found.`,
} as const;

const HISTORY_PARAMS: readonly RudderFunctionParam[] = [
  {
    name: 'values',
    optional: false,
  },
  {
    name: 'dates',
    optional: false,
  },
];

export const KPI_FORECAST_PARAMS: readonly RudderFunctionParam[] = [
  ...HISTORY_PARAMS,
  { name: 'at', optional: false },
  {
    name: 'method',
    optional: true,
  },
];

export const KPI_TREND_PARAMS: readonly RudderFunctionParam[] = [
  {
    name: 'values',
    optional: false,
  },
  { name: 'dates', optional: true },
  { name: 'direction', optional: true },
];

export const KPI_OUTLOOK_PARAMS: readonly RudderFunctionParam[] = [
  ...HISTORY_PARAMS,
  {
    name: 'target',
    optional: false,
  },
  {
    name: 'direction',
    optional: true,
  },
  { name: 'due', optional: true },
  {
    name: 'as_of',
    optional: true,
  },
  {
    name: 'baseline',
    optional: true,
  },
];

type Read<T> = T | ExcelErrorResult;

/** Non-blank cells of a range, row by row (a row or a column reads the same). */
function cellsOf(arg: ExcelArg | undefined): ExcelScalar[] {
  // A loop, not Array.prototype.flat: flat cost two thirds of every call here.
  const cells: ExcelScalar[] = [];
  for (const row of asMatrix(arg)) for (const cell of row) cells.push(cell);
  return cells;
}

/** The first cell of an argument, without copying the range. */
function scalarOf(arg: ExcelArg | undefined): ExcelScalar {
  for (const row of asMatrix(arg)) if (row.length > 0) return row[0] ?? null;
  return null;
}

function anyFilled(cells: readonly ExcelScalar[]): boolean {
  for (const c of cells) if (!isBlank(c)) return true;
  return false;
}

/** Blank, text, TRUE/FALSE and error cells become null: the engine drops and counts them. */
function historyValue(cell: ExcelScalar): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'string') return parseNumberText(cell);
  return null;
}

/** A serial keeps its time of day (FORECAST.LINEAR reads the number as it is); text must read as a date. */
function historyDate(cell: ExcelScalar): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 1 && cell < 2958466 ? cell : null;
  if (typeof cell !== 'string' || isBlank(cell)) return null;
  const d = readDate(cell, 'dates');
  return typeof d === 'number' ? d : null;
}

function readHistory(
  values: ExcelArg | undefined,
  dates: ExcelArg | undefined,
  datesRequired: boolean,
  asOf: number | null,
): Read<Series> {
  const v = cellsOf(values);
  if (!anyFilled(v)) return { error: '#N/A', message: FORECAST_FN_MESSAGES.valuesMissing };
  const d = cellsOf(dates);
  const hasDates = anyFilled(d);
  if (datesRequired && !hasDates) return { error: '#N/A', message: FORECAST_FN_MESSAGES.datesMissing };
  if (v.length > MAX_CELLS_PER_CALL)
    return { error: '#VALUE!', message: FN_MESSAGES.tooManyCells(v.length, MAX_CELLS_PER_CALL) };
  if (hasDates && d.length !== v.length)
    return { error: '#VALUE!', message: FORECAST_FN_MESSAGES.sizes(v.length, d.length) };
  const cleaned = cleanSeries(v.map(historyValue), hasDates ? d.map(historyDate) : null, asOf);
  return cleaned.ok ? cleaned.series : { error: '#VALUE!', message: cleaned.reason };
}

function readMethod(arg: ExcelArg | undefined): Read<ForecastMethod> {
  const text = readText(scalarOf(arg));
  if (text === null) return 'auto';
  const word = text.trim().toLowerCase();
  if (word === 'auto' || word === 'linear' || word === 'damped' || word === 'seasonal') return word;
  return { error: '#VALUE!', message: FORECAST_FN_MESSAGES.badMethod(text.slice(0, 40)) };
}

function readDirection(arg: ExcelArg | undefined): Read<Direction> {
  const parsed = parseDirection(readText(scalarOf(arg)));
  return parsed.ok ? parsed.value : { error: '#VALUE!', message: FN_MESSAGES.badDirection(parsed.reason) };
}

function readTarget(arg: ExcelArg | undefined, direction: Direction): Read<KpiTarget> {
  const cells = cellsOf(arg).filter((c) => !isBlank(c));
  if (cells.length === 0) return { error: '#N/A', message: FN_MESSAGES.targetMissing };
  if (cells.length === 2) {
    const low = readNumber(cells[0], 'target (low end)');
    const high = readNumber(cells[1], 'target (high end)');
    if (isExcelError(low)) return low;
    if (isExcelError(high)) return high;
    const parsed = parseTarget([low as number, high as number], direction);
    return parsed.ok ? parsed.value : { error: '#VALUE!', message: FN_MESSAGES.badTarget(parsed.reason) };
  }
  if (cells.length > 2) return { error: '#VALUE!', message: FN_MESSAGES.badTarget(FORECAST_FN_MESSAGES.targetCells) };
  const raw = cells[0];
  if (typeof raw === 'boolean')
    return { error: '#VALUE!', message: FN_MESSAGES.badTarget('TRUE or FALSE is not a target') };
  if (typeof raw === 'string' && raw.trim().startsWith('#')) {
    const asError = readNumber(raw, 'target');
    if (isExcelError(asError)) return asError;
  }
  const parsed = parseTarget(raw, direction);
  return parsed.ok ? parsed.value : { error: '#VALUE!', message: FN_MESSAGES.badTarget(parsed.reason) };
}

interface OutlookArgs {
  readonly series: Series;
  readonly target: KpiTarget;
  readonly direction: Direction;
  readonly due: number | null;
  readonly asOf: number | null;
  readonly baseline: number | null;
}

function readOutlookArgs(args: readonly ExcelArg[]): Read<OutlookArgs> {
  const direction = readDirection(args[3]);
  if (isExcelError(direction)) return direction;
  const target = readTarget(args[2], direction);
  if (isExcelError(target)) return target;
  const due = readDate(scalarOf(args[4]), 'due');
  if (isExcelError(due)) return due;
  const asOf = readDate(scalarOf(args[5]), 'as_of');
  if (isExcelError(asOf)) return asOf;
  const baseline = readNumber(scalarOf(args[6]), 'baseline');
  if (isExcelError(baseline)) return baseline;
  const series = readHistory(args[0], args[1], true, asOf);
  if (isExcelError(series)) return series;
  return { series, target, direction, due, asOf, baseline };
}

/** KPI_OUTLOOK's arguments in, the whole answer out (the CLI prints every part of it). */
export function outlookFromArgs(args: readonly ExcelArg[]): Read<OutlookResult> {
  const read = readOutlookArgs(args);
  return isExcelError(read) ? read : outlookOf(read);
}

function kpiForecast(args: readonly ExcelArg[]): ExcelCellResult {
  const method = readMethod(args[3]);
  if (isExcelError(method)) return method;
  const at = readDate(scalarOf(args[2]), 'at');
  if (isExcelError(at)) return at;
  if (at === null) return { error: '#N/A', message: FORECAST_FN_MESSAGES.atMissing };
  const series = readHistory(args[0], args[1], true, null);
  if (isExcelError(series)) return series;
  // A serial keeps its time of day, as FORECAST.LINEAR reads it; readDate gives whole days.
  const atRaw = scalarOf(args[2]);
  const outcome = forecastAt(series, typeof atRaw === 'number' ? atRaw : at, method);
  return outcome.ok ? outcome.forecast.value : { error: '#N/A', message: outcome.reason };
}

function kpiTrend(args: readonly ExcelArg[]): ExcelCellResult {
  const direction = readDirection(args[2]);
  if (isExcelError(direction)) return direction;
  if (direction === 'range') return { error: '#VALUE!', message: FORECAST_FN_MESSAGES.rangeTrend };
  const series = readHistory(args[0], args[1], false, null);
  if (isExcelError(series)) return series;
  return trendOf(series, direction) ?? { error: '#VALUE!', message: FORECAST_FN_MESSAGES.rangeTrend };
}

function kpiOutlook(args: readonly ExcelArg[]): ExcelCellResult {
  const result = outlookFromArgs(args);
  return isExcelError(result) ? result : result.outlook;
}

function kpiChance(args: readonly ExcelArg[]): ExcelCellResult {
  const read = readOutlookArgs(args);
  if (isExcelError(read)) return read;
  return chanceOf(read) ?? { error: '#N/A', message: FORECAST_FN_MESSAGES.tooLittle(read.series.values.length) };
}

export function forecastFunctions(): readonly RudderFunction[] {
  return [
    {
      name: 'KPI_FORECAST',
      params: KPI_FORECAST_PARAMS,
      singleCell: true,
      evaluate: kpiForecast,
    },
    {
      name: 'KPI_TREND',
      params: KPI_TREND_PARAMS,
      singleCell: true,
      evaluate: kpiTrend,
    },
    {
      name: 'KPI_OUTLOOK',
      params: KPI_OUTLOOK_PARAMS,
      singleCell: true,
      evaluate: kpiOutlook,
    },
    {
      name: 'KPI_CHANCE',
      params: KPI_OUTLOOK_PARAMS,
      singleCell: true,
      evaluate: kpiChance,
    },
  ];
}
