import { compileProgram, type CompiledProgram, type ParamValues } from './compile';
import { KPI_DEFINITION, type Output } from './definition';
import { PARAMS } from './expr';
import { DIRECTION_CODE } from './lexicon';
import { specialize, type Facts, type Program } from './specialize';

if (PARAMS.length !== 11 || PARAMS[3] !== 'direction') throw new Error('evaluateKpi assumes the PARAMS order');
import type { Direction, KpiInput, KpiResult, KpiStatus, KpiTarget } from './types';

const o = KPI_DEFINITION.outputs;
/** The definition as a plain program of nodes (the types only served while writing it). */
export const KPI_PROGRAM: Program<Output> = {
  bindings: KPI_DEFINITION.bindings,
  outputs: { status: o.status.node, progress: o.progress.node, expected: o.expected.node, health: o.health.node },
};

/** The whole definition compiled once: the reference every faster path is tested against. */
const REFERENCE = compileProgram(KPI_PROGRAM);

/** Blank, NaN and infinite inputs all read as "no value": the engine never computes with them. */
const finiteOrNull = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** Outputs are finite numbers or null, whatever the magnitudes (overflow is not a progress figure). */
const outNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

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

function toResult(r: { [K in Output]: unknown }): KpiResult {
  return {
    status: r.status as KpiStatus,
    progress: outNumber(r.progress),
    expected: outNumber(r.expected),
    health: outNumber(r.health),
  };
}

/** Runs the unspecialised closure tree of the definition (slower; the yardstick in tests). */
export function evaluateKpiReference(input: KpiInput): KpiResult {
  return toResult(REFERENCE.run(toParams(input)));
}

/**
 * The same definition, specialised for the shape of the input (its direction and which
 * arguments are blank), compiled on first use and cached: most branches fold away, which
 * makes each evaluation several times cheaper than the full tree. At most 5 x 2^10 shapes.
 */
const SHAPES: (CompiledProgram<Output> | undefined)[] = [];
const OUTPUT_INDEX = (name: Output, program: CompiledProgram<Output>): number => program.names.indexOf(name);
const DIRECTION_SLOT = PARAMS.indexOf('direction');
/** Parameters of the call in progress, in PARAMS order. */
const scratch: (number | null)[] = PARAMS.map(() => null);

function compileShape(): CompiledProgram<Output> {
  const facts: { -readonly [P in keyof Facts]: Facts[P] } = {};
  PARAMS.forEach((p, i) => {
    facts[p] = scratch[i] === null ? { kind: 'blank' } : { kind: 'present' };
  });
  facts.direction = { kind: 'value', value: scratch[DIRECTION_SLOT] as number };
  const program = compileProgram(specialize(KPI_PROGRAM, facts));
  // Every shape must answer in the same order, so exec() results can be read by position.
  if (KPI_OUTPUTS.some((name, i) => OUTPUT_INDEX(name, program) !== i)) throw new Error('output order differs');
  return program;
}

const KPI_OUTPUTS: readonly Output[] = ['status', 'progress', 'expected', 'health'];

/** Judges one KPI (DESIGN §3; the rules are stated in definition.ts). */
export function evaluateKpi(input: KpiInput): KpiResult {
  const target = input.target;
  const isRange = target.kind === 'range';
  // Same order as PARAMS; toParams is the readable twin of these lines and a test keeps them equal.
  scratch[0] = finiteOrNull(input.actual);
  scratch[1] = finiteOrNull(isRange ? target.low : target.value);
  scratch[2] = isRange ? finiteOrNull(target.high) : null;
  scratch[3] = DIRECTION_CODE[isRange ? 'range' : input.direction];
  scratch[4] = finiteOrNull(input.baseline);
  scratch[5] = finiteOrNull(input.start);
  scratch[6] = finiteOrNull(input.due);
  scratch[7] = finiteOrNull(input.asOf);
  const t = input.thresholds;
  scratch[8] = t === undefined ? null : finiteOrNull(t.onTrack);
  scratch[9] = t === undefined ? null : finiteOrNull(t.atRisk);
  scratch[10] = finiteOrNull(input.tolerance);
  let key = scratch[3] as number;
  for (let i = 0; i < 11; i++) if (scratch[i] === null) key |= 8 << i;
  let program = SHAPES[key];
  if (program === undefined) {
    program = compileShape();
    SHAPES[key] = program;
  }
  const frame = program.frame;
  for (let i = 0; i < 11; i++) frame[i] = scratch[i];
  const r = program.exec();
  return {
    status: r[0] as KpiStatus,
    progress: outNumber(r[1]),
    expected: outNumber(r[2]),
    health: outNumber(r[3]),
  };
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
