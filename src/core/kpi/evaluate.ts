import { compileProgram, type ParamValues } from './compile';
import { KPI_DEFINITION, type Output } from './definition';
import { DIRECTION_CODE } from './lexicon';
import type { Program } from './program';
import type { Direction, KpiInput, KpiResult, KpiStatus, KpiTarget } from './types';

const o = KPI_DEFINITION.outputs;
/** The definition as a plain program of nodes (the types only served while writing it). */
export const KPI_PROGRAM: Program<Output> = {
  bindings: KPI_DEFINITION.bindings,
  outputs: { status: o.status.node, progress: o.progress.node, expected: o.expected.node, health: o.health.node },
};

/** The definition compiled once (constant: each evaluation works in registers of its own). */
const COMPILED = compileProgram(KPI_PROGRAM);

/** Blank, NaN and infinite inputs all read as "no value": the engine never computes with them. */
const finiteOrNull = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** Outputs are finite numbers or null, whatever the magnitudes (overflow is not a progress figure); -0 reads as 0. */
const outNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v + 0 : null);

/**
 * A range target judges as a range whatever the direction says (its shape is unambiguous);
 * direction `range` with a single value is the band [value, value].
 */
export function toParams(input: KpiInput): ParamValues {
  const target: KpiTarget = input.target;
  const direction: Direction = target.kind === 'range' ? 'range' : input.direction;
  return {
    actual: finiteOrNull(input.actual),
    target: finiteOrNull(target.kind === 'range' ? target.low : target.value),
    targetHigh: target.kind === 'range' ? finiteOrNull(target.high) : null,
    direction: DIRECTION_CODE[direction],
    baseline: finiteOrNull(input.baseline),
    start: finiteOrNull(input.start),
    due: finiteOrNull(input.due),
    asOf: finiteOrNull(input.asOf),
    onTrack: finiteOrNull(input.thresholds?.onTrack),
    atRisk: finiteOrNull(input.thresholds?.atRisk),
    tolerance: finiteOrNull(input.tolerance),
  };
}

/** Where each output sits among the values the compiled definition returns. */
const AT: Readonly<Record<Output, number>> = {
  status: COMPILED.names.indexOf('status'),
  progress: COMPILED.names.indexOf('progress'),
  expected: COMPILED.names.indexOf('expected'),
  health: COMPILED.names.indexOf('health'),
};

function toResult(values: readonly unknown[]): KpiResult {
  return {
    status: values[AT.status] as KpiStatus,
    progress: outNumber(values[AT.progress]),
    expected: outNumber(values[AT.expected]),
    health: outNumber(values[AT.health]),
  };
}

/**
 * Judges one KPI (DESIGN §3): runs the rules stated in definition.ts, the same definition the native
 * formulas are generated from.
 */
export function evaluateKpi(input: KpiInput): KpiResult {
  return toResult(COMPILED.run(toParams(input)));
}

/** `evaluateKpi(input).status`. */
export function kpiStatus(input: KpiInput): KpiStatus {
  return evaluateKpi(input).status;
}

/** Share of the way from baseline to target, direction-aware, not capped; null where undefined. */
export function kpiProgress(
  actual: number | null,
  target: KpiTarget,
  direction: Direction,
  baseline?: number | null,
): number | null {
  return evaluateKpi({ actual, target, direction, baseline }).progress;
}
