/** The SMART and KPI engines, read through one door so the rules depend on plain functions. */
import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import {
  kpiStatus,
  parseDirection,
  parseTarget,
  type Direction,
  type KpiInput,
  type KpiStatus,
  type KpiTarget,
  type Parsed,
} from '../kpi';
import type { Kpi } from '../model';
import { analyzeGoal } from '../smart';
import { boundedMemo } from '../boundedMemo';

export { analyzeGoal };

/** A cell as the KPI engine's number: numbers, and text it reads ("1,200", "95%", "$50k" is not). */
export function kpiNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parsed = parseTarget(value, 'higher');
  return parsed.ok && parsed.value.kind === 'value' ? parsed.value.value : null;
}

// Several rules ask for every KPI's direction, and a table holds only a few distinct direction words.
const directionOf = boundedMemo(parseDirection, 1000);

/** The KPI's direction; blank reads as higher (DESIGN §3). */
export function kpiDirection(kpi: Kpi): Parsed<Direction> {
  return directionOf(kpi.direction);
}

/**
 * A number reads as the same target under every direction but a range, and a table repeats a few targets (100,
 * 95%) down thousands of rows: each rule that reads every KPI's target made two objects per KPI without this.
 */
const numberTarget = boundedMemo((n: number) => parseTarget(n, 'higher'), 1000);

/** The KPI's target read for its direction (errors and booleans are text the engine refuses). */
export function kpiTarget(kpi: Kpi, direction: Direction): Parsed<KpiTarget> {
  const v = kpi.target;
  if (typeof v === 'number' && direction !== 'range') return numberTarget(v);
  const input =
    v === null ? null : typeof v === 'number' || typeof v === 'string' ? v : isCellError(v) ? v.code : String(v);
  return parseTarget(input, direction);
}

/**
 * The engine's input for `kpiStatusAt`, filled in afresh for each KPI: an audit judges every KPI and keeps only
 * the status, and at 100,000 rows a new input per KPI was 12 MB of garbage in one audit.
 */
const STATUS_INPUT: KpiInput = {
  actual: null,
  target: { kind: 'value', value: 0 },
  direction: 'higher',
  baseline: null,
  start: null,
  due: null,
  asOf: null,
};

/** Judges a KPI at `asOf`; null when its direction or target cannot be read. */
export function kpiStatusAt(kpi: Kpi, asOf: number): KpiStatus | null {
  const direction = kpiDirection(kpi);
  if (!direction.ok) return null;
  const target = kpiTarget(kpi, direction.value);
  if (!target.ok) return null;
  const input = STATUS_INPUT;
  input.actual = kpiNumber(kpi.actual);
  input.target = target.value;
  input.direction = direction.value;
  input.baseline = kpiNumber(kpi.baseline);
  input.start = kpi.start.serial;
  input.due = kpi.due.serial;
  input.asOf = asOf;
  return kpiStatus(input);
}
