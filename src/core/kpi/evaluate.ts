import { compileProgram, type Frame } from './compile';
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

/** The definition compiled once (constant: each evaluation works in a frame of its own). */
const COMPILED = compileProgram(KPI_PROGRAM);

/** Blank, NaN and infinite inputs all read as "no value": the engine never computes with them. */
const finiteOrNull = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** Outputs are finite numbers or null, whatever the magnitudes (overflow is not a progress figure); -0 reads as 0. */
const outNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v + 0 : null);

/**
 * The definition's parameters in PARAMS order, the registers an evaluation starts from. A range target judges as
 * a range whatever the direction says (its shape is unambiguous); direction `range` with a single value is the
 * band [value, value].
 */
export function paramsFrame(input: KpiInput): Frame {
  const target: KpiTarget = input.target;
  const range = target.kind === 'range';
  const direction: Direction = range ? 'range' : input.direction;
  return [
    finiteOrNull(input.actual),
    finiteOrNull(range ? target.low : target.value),
    range ? finiteOrNull(target.high) : null,
    DIRECTION_CODE[direction],
    finiteOrNull(input.baseline),
    finiteOrNull(input.start),
    finiteOrNull(input.due),
    finiteOrNull(input.asOf),
    finiteOrNull(input.thresholds?.onTrack),
    finiteOrNull(input.thresholds?.atRisk),
    finiteOrNull(input.tolerance),
  ];
}

/**
 * Judges one KPI (DESIGN §3): runs the rules stated in definition.ts, the same definition the native
 * formulas are generated from.
 */
export function evaluateKpi(input: KpiInput): KpiResult {
  const frame = paramsFrame(input);
  COMPILED.bind(frame);
  const out = COMPILED.outputs;
  return {
    status: out.status(frame) as KpiStatus,
    progress: outNumber(out.progress(frame)),
    expected: outNumber(out.expected(frame)),
    health: outNumber(out.health(frame)),
  };
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
