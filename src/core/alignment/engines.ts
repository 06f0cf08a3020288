/** The SMART and KPI engines, read through one door so the rules depend on plain functions. */
import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import {
  kpiStatus,
  parseDirection,
  parseTarget,
  type Direction,
  type KpiStatus,
  type KpiTarget,
  type Parsed,
} from '../kpi';
import type { Kpi, StrategyModel } from '../model';
import { analyzeGoalRow } from '../smart';

export { analyzeGoalRow };

/** A cell as the KPI engine's number: numbers, and text it reads ("1,200", "95%", "$50k" is not). */
export function kpiNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = parseTarget(value, 'higher');
  return parsed.ok && parsed.value.kind === 'value' ? parsed.value.value : null;
}

/** The KPI's direction; blank reads as higher (DESIGN §3). */
export function kpiDirection(kpi: Kpi): Parsed<Direction> {
  return parseDirection(kpi.direction);
}

/** The KPI's target read for its direction (errors and booleans are text the engine refuses). */
export function kpiTarget(kpi: Kpi, direction: Direction): Parsed<KpiTarget> {
  const v = kpi.target;
  const input =
    v === null ? null : typeof v === 'number' || typeof v === 'string' ? v : isCellError(v) ? v.code : String(v);
  return parseTarget(input, direction);
}

/**
 * A KPI's Direction and Target cells as the engine reads them. An unreadable direction is read as the default
 * (higher) for the target: the target is still worth judging.
 */
export interface KpiReading {
  readonly direction: Parsed<Direction>;
  readonly target: Parsed<KpiTarget>;
}

export function readKpi(kpi: Kpi): KpiReading {
  const direction = kpiDirection(kpi);
  return { direction, target: kpiTarget(kpi, direction.ok ? direction.value : 'higher') };
}

/** Every KPI's reading, in model order: several rules ask for the same KPI's direction and target. */
export function kpiReadings(model: StrategyModel): readonly KpiReading[] {
  return model.kpis.map(readKpi);
}

/** Judges a KPI at `asOf`; null when its direction or target cannot be read. */
export function kpiStatusAt(kpi: Kpi, asOf: number, reading: KpiReading = readKpi(kpi)): KpiStatus | null {
  const { direction, target } = reading;
  if (!direction.ok || !target.ok) return null;
  return kpiStatus({
    actual: kpiNumber(kpi.actual),
    target: target.value,
    direction: direction.value,
    baseline: kpiNumber(kpi.baseline),
    start: kpi.start.serial,
    due: kpi.due.serial,
    asOf,
  });
}
