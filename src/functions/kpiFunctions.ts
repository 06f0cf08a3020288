/** KPI_STATUS and KPI_PROGRESS: Excel arguments in, the KPI engine's answer out. */
import {
  evaluateKpi,
  kpiProgress,
  parseDirection,
  parseTarget,
  parseThresholds,
  type Direction,
  type KpiTarget,
  type Thresholds,
} from '../core/kpi';
import {
  asMatrix,
  broadcastShape,
  cellAt,
  isBlank,
  readDate,
  readNumber,
  readText,
  shapeOf,
  type Matrix,
} from './args';
import { FN_MESSAGES } from './messages';
import type {
  ExcelArg,
  ExcelCellResult,
  ExcelErrorResult,
  ExcelResult,
  ExcelScalar,
  RudderFunction,
  RudderFunctionParam,
} from './types';
import { isExcelError } from './types';

export const KPI_PROGRESS_PARAMS: readonly RudderFunctionParam[] = [
  { name: 'actual', optional: false },
  {
    name: 'target',
    optional: false,
  },
  {
    name: 'direction',
    optional: true,
  },
  { name: 'baseline', optional: true },
];

export const KPI_STATUS_PARAMS: readonly RudderFunctionParam[] = [
  ...KPI_PROGRESS_PARAMS,
  { name: 'start', optional: true },
  { name: 'due', optional: true },
  {
    name: 'as_of',
    optional: true,
  },
  {
    name: 'thresholds',
    optional: true,
  },
];

interface KpiCell {
  readonly actual: number | null;
  readonly target: KpiTarget;
  readonly direction: Direction;
  readonly baseline: number | null;
}

/** A lone 1x2 target next to a single actual is a range target ("between 90 and 110"). */
function isPairTarget(actual: Matrix, target: Matrix): boolean {
  const a = shapeOf(actual);
  const t = shapeOf(target);
  return a.rows * a.cols === 1 && ((t.rows === 1 && t.cols === 2) || (t.rows === 2 && t.cols === 1));
}

function readTargetCell(
  raw: ExcelScalar | readonly [number, number],
  direction: Direction,
): KpiTarget | ExcelErrorResult {
  if (raw === null || (typeof raw === 'string' && isBlank(raw)))
    return { error: '#N/A', message: FN_MESSAGES.targetMissing };
  if (typeof raw === 'boolean')
    return { error: '#VALUE!', message: FN_MESSAGES.badTarget('TRUE or FALSE is not a target') };
  const parsed = parseTarget(raw, direction);
  return parsed.ok ? parsed.value : { error: '#VALUE!', message: FN_MESSAGES.badTarget(parsed.reason) };
}

function readDirectionCell(raw: ExcelScalar): Direction | ExcelErrorResult {
  const parsed = parseDirection(readText(raw));
  return parsed.ok ? parsed.value : { error: '#VALUE!', message: FN_MESSAGES.badDirection(parsed.reason) };
}

function pairOf(target: Matrix): readonly [number, number] | ExcelErrorResult {
  const cells = target.flat();
  const low = readNumber(cells[0] ?? null, 'target (low end)');
  const high = readNumber(cells[1] ?? null, 'target (high end)');
  if (isExcelError(low)) return low;
  if (isExcelError(high)) return high;
  if (low === null || high === null) return { error: '#N/A', message: FN_MESSAGES.targetMissing };
  return [low, high];
}

function readKpiCell(
  actual: ExcelScalar,
  target: ExcelScalar | readonly [number, number],
  direction: ExcelScalar,
  baseline: ExcelScalar,
): KpiCell | ExcelErrorResult {
  const dir = readDirectionCell(direction);
  if (isExcelError(dir)) return dir;
  const tgt = readTargetCell(target, dir);
  if (isExcelError(tgt)) return tgt;
  const act = readNumber(actual, 'actual');
  if (isExcelError(act)) return act;
  const base = readNumber(baseline, 'baseline');
  if (isExcelError(base)) return base;
  return { actual: act, target: tgt, direction: dir, baseline: base };
}

/** Walks every KPI of the arguments (single values broadcast) and projects one cell per KPI. */
function mapKpis(
  args: readonly ExcelArg[],
  project: (kpi: KpiCell, r: number, c: number) => ExcelCellResult,
): ExcelResult {
  const actual = asMatrix(args[0]);
  const target = asMatrix(args[1]);
  const direction = asMatrix(args[2]);
  const baseline = asMatrix(args[3]);
  const pair = isPairTarget(actual, target) ? pairOf(target) : null;
  if (pair && isExcelError(pair)) return pair;
  const shape = broadcastShape('actual', actual, [
    ['target', pair ? [[null]] : target],
    ['direction', direction],
    ['baseline', baseline],
  ]);
  if (isExcelError(shape)) return shape;
  const out: ExcelCellResult[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: ExcelCellResult[] = [];
    for (let c = 0; c < shape.cols; c++) {
      const kpi = readKpiCell(
        cellAt(actual, r, c),
        pair ?? cellAt(target, r, c),
        cellAt(direction, r, c),
        cellAt(baseline, r, c),
      );
      row.push(isExcelError(kpi) ? kpi : project(kpi, r, c));
    }
    out.push(row);
  }
  return out;
}

function readThresholdsArg(arg: ExcelArg | undefined): Thresholds | undefined | ExcelErrorResult {
  const cells = asMatrix(arg)
    .flat()
    .filter((v) => !isBlank(v));
  if (cells.length === 0) return undefined;
  const text = cells.map((v) => String(v)).join(',');
  const parsed = parseThresholds(text);
  return parsed.ok ? parsed.value : { error: '#VALUE!', message: FN_MESSAGES.badThresholds(parsed.reason) };
}

function kpiStatus(args: readonly ExcelArg[], today: number): ExcelResult {
  const thresholds = readThresholdsArg(args[7]);
  if (isExcelError(thresholds)) return thresholds;
  const [start, due, asOf] = [4, 5, 6].map((i) => asMatrix(args[i]));
  const shape = broadcastShape('actual', asMatrix(args[0]), [
    ['start', start],
    ['due', due],
    ['as_of', asOf],
  ]);
  if (isExcelError(shape)) return shape;
  return mapKpis(args, (kpi, r, c) => {
    const s = readDate(cellAt(start, r, c), 'start', { edge: 'start' });
    if (isExcelError(s)) return s;
    const d = readDate(cellAt(due, r, c), 'due');
    if (isExcelError(d)) return d;
    const x = readDate(cellAt(asOf, r, c), 'as_of');
    if (isExcelError(x)) return x;
    const result = evaluateKpi({ ...kpi, start: s, due: d, asOf: x ?? today, thresholds });
    return result.status;
  });
}

/**
 * Undefined progress (no actual yet, or a baseline equal to the target) is a blank cell, as KPI_STATUS says
 * "No data" rather than an error: a new KPI table is not a column of #N/A, and the native formula that
 * replaces this one in a shared copy computes the same blank.
 */
function kpiProgressCell(kpi: KpiCell): ExcelCellResult {
  if (kpi.actual === null) return '';
  return kpiProgress(kpi.actual, kpi.target, kpi.direction, kpi.baseline) ?? '';
}

export function kpiFunctions(today: () => number): readonly RudderFunction[] {
  return [
    {
      name: 'KPI_STATUS',
      params: KPI_STATUS_PARAMS,
      evaluate: (args) => kpiStatus(args, today()),
    },
    {
      name: 'KPI_PROGRESS',
      params: KPI_PROGRESS_PARAMS,
      evaluate: (args) => mapKpis(args, kpiProgressCell),
    },
  ];
}
