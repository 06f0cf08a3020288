/**
 * What the formula columns will show, computed by the core engines the custom functions wrap:
 * used for the preview, and for the goal Status that rolls up from KPI statuses.
 */
import { parseDateInput } from '../dates';
import { isCellError, type CellValue } from '../grid/types';
import { evaluateKpi, parseDirection, parseTarget, type KpiStatus } from '../kpi';
import { readNumberText } from '../kpi/number-text';
import { analyzeGoalRow, formatTips } from '../smart';
import type { KpiRowValues, PlannedCell } from './types';

/** A row of a Rudder table by header, as planned or as read back. */
export type RowByHeader = KpiRowValues;

function numberOf(cell: PlannedCell | CellValue | undefined): number | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') return readNumberText(cell) ?? null;
  if ('date' in cell) return cell.date;
  return null;
}

function dateOf(cell: PlannedCell | CellValue | undefined, edge: 'start' | 'end'): number | null {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  if (typeof cell === 'object') return 'date' in cell ? cell.date : null;
  const parsed = parseDateInput(cell, { edge });
  return parsed.ok ? parsed.serial : null;
}

function textOf(cell: PlannedCell | CellValue | undefined): string | null {
  if (cell === null || cell === undefined || isCellError(cell)) return null;
  if (typeof cell === 'object') return 'date' in cell ? String(cell.date) : null;
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/** The KPI status KPI_STATUS gives for this row, or `null` where the function would give an error. */
export function kpiStatusOf(row: RowByHeader, today: number): KpiStatus | null {
  const direction = parseDirection(textOf(row.Direction));
  if (!direction.ok) return null;
  const raw = row.Target;
  const targetInput = typeof raw === 'number' || typeof raw === 'string' ? raw : null;
  const target = parseTarget(targetInput, direction.value);
  if (!target.ok) return null;
  return evaluateKpi({
    actual: numberOf(row.Actual),
    target: target.value,
    direction: direction.value,
    baseline: numberOf(row.Baseline),
    start: dateOf(row.Start, 'start'),
    due: dateOf(row.Due, 'end'),
    asOf: today,
  }).status;
}

export function kpiProgressOf(row: RowByHeader): number | null {
  const direction = parseDirection(textOf(row.Direction));
  if (!direction.ok) return null;
  const raw = row.Target;
  const target = parseTarget(typeof raw === 'number' || typeof raw === 'string' ? raw : null, direction.value);
  const actual = numberOf(row.Actual);
  if (!target.ok || actual === null) return null;
  return evaluateKpi({ actual, target: target.value, direction: direction.value, baseline: numberOf(row.Baseline) })
    .progress;
}

export interface SmartPreview {
  readonly score: number;
  readonly tips: string;
}

export function smartOf(row: RowByHeader, today: number): SmartPreview | null {
  const text = textOf(row.Goal);
  if (text === null) return null;
  const analysis = analyzeGoalRow(
    { text, due: dateOf(row.Due, 'end'), baseline: numberOf(row.Baseline), target: numberOf(row.Target) },
    today,
  );
  return { score: analysis.score, tips: formatTips(analysis) };
}
