/**
 * The fast path of evaluateKpi: the rules of definition.ts transcribed into straight-line
 * code, because a tree of closures tops out near 2.5 million evaluations per second and
 * DESIGN §7 asks for 5. definition.ts stays the source of truth: fast.test.ts and
 * formula.test.ts check this file against the compiled definition on every case they run,
 * so a rule changed there and not here fails the tests. Change the definition first.
 */
import { DEFAULT_TOLERANCE, RATIO_SLACK, VALUE_SLACK } from './definition';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type { KpiInput, KpiResult, KpiStatus } from './types';

const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
// -0 (a zero reached through a negative span) reads as 0: nobody should see "-0%".
const out = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v + 0 : null);

/** Where `kpiStatusFast` leaves progress, expected and health (NaN for none): numbers kept there are not boxed one by one. */
const FIGURES = new Float64Array(3);
const PROGRESS = 0;
const EXPECTED = 1;
const HEALTH = 2;

export function evaluateKpiFast(input: KpiInput): KpiResult {
  const status = kpiStatusFast(input);
  return { status, progress: out(FIGURES[PROGRESS]), expected: out(FIGURES[EXPECTED]), health: out(FIGURES[HEALTH]) };
}

/**
 * The status `evaluateKpiFast` gives, with no result made; progress, expected and health are left in FIGURES.
 * The alignment check judges every KPI of a workbook and keeps only the status: at 100,000 rows the results (and
 * the boxed numbers in them) were 18 MB of garbage in one audit.
 */
export function kpiStatusFast(input: KpiInput): KpiStatus {
  const target = input.target;
  const isRange = target.kind === 'range';
  const direction = isRange ? 'range' : input.direction;
  const isHold = direction === 'maintainAbove' || direction === 'maintainBelow';
  const upward = direction === 'higher' || direction === 'maintainAbove';
  const t = num(isRange ? target.low : target.value) ?? 0;
  const other = isRange ? (num(target.high) ?? t) : t;
  const low = isRange ? Math.min(t, other) : t;
  const high = isRange ? Math.max(t, other) : t;
  const actual = num(input.actual);
  const base = num(input.baseline);
  const a = actual ?? 0;

  const gap = isRange ? Math.max(low - a, a - high) : upward ? t - a : a - t;
  const size = Math.max(Math.abs(a), Math.abs(low), Math.abs(high), base !== null ? Math.abs(base) : 0);
  const slack = VALUE_SLACK * size;
  const met = gap <= slack;
  const baseOut = isRange && base !== null ? Math.max(low - base, base - high, 0) : 0;

  let progress: number | null = null;
  if (actual !== null) {
    if (isRange) {
      if (baseOut > 0) progress = 1 - Math.max(low - a, a - high, 0) / baseOut;
      else progress = met ? 1 : null;
    } else if (base !== null) {
      const span = t - base;
      if (upward ? span > 0 : span < 0) progress = (a - base) / span;
    } else if (upward) {
      if (t > 0) progress = a / t;
    } else if (t > 0 && a > 0) progress = t / a;
  }

  const start = num(input.start);
  const due = num(input.due);
  const asOf = num(input.asOf);
  const dated = start !== null && due !== null && asOf !== null;
  let expected: number | null = null;
  let health: number | null = null;
  if (dated) {
    expected = asOf < start ? 0 : isHold ? 1 : asOf >= due ? 1 : (asOf - start) / (due - start);
    if (!isHold && progress !== null && expected > 0) health = progress / expected;
  }

  let status: KpiStatus;
  if (actual === null) status = 'No data';
  else if (met) status = 'Achieved';
  else if (start !== null && asOf !== null && asOf < start) status = 'Not started';
  else if (due !== null && asOf !== null && asOf > due) status = 'Missed';
  else if (!dated || isHold || progress === null) {
    const tol = num(input.tolerance) ?? DEFAULT_TOLERANCE;
    const scale = isRange
      ? baseOut > 0
        ? baseOut
        : Math.abs(a < low ? low : high)
      : base !== null
        ? Math.abs(t - base)
        : Math.abs(t);
    status = gap <= tol * scale + slack ? 'At risk' : 'Off track';
  } else if ((expected as number) <= 0) status = progress >= 0 ? 'On track' : 'Off track';
  else {
    const h = health as number;
    const th = input.thresholds;
    const onTrack = (th === undefined ? null : num(th.onTrack)) ?? DEFAULT_THRESHOLDS.onTrack;
    const atRisk = (th === undefined ? null : num(th.atRisk)) ?? DEFAULT_THRESHOLDS.atRisk;
    status = h >= onTrack - RATIO_SLACK ? 'On track' : h >= atRisk - RATIO_SLACK ? 'At risk' : 'Off track';
  }
  FIGURES[PROGRESS] = progress ?? NaN;
  FIGURES[EXPECTED] = expected ?? NaN;
  FIGURES[HEALTH] = health ?? NaN;
  return status;
}
