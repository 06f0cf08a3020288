import fc from 'fast-check';
import { DEFAULT_TOLERANCE, RATIO_SLACK, VALUE_SLACK } from './definition';
import { evaluateKpi, kpiStatus } from './evaluate';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type { Direction, KpiInput, KpiResult, KpiStatus, KpiTarget } from './types';

/*
 * The rules of definition.ts transcribed by hand into straight-line code: a second reading of the definition
 * that the compiled one must agree with on every input. Change the definition first, then this.
 */
const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
// -0 (a zero reached through a negative span) reads as 0: nobody should see "-0%".
const out = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v + 0 : null);

function straightLine(input: KpiInput): KpiResult {
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
  return { status, progress: out(progress), expected: out(expected), health: out(health) };
}

const DIRECTIONS: Direction[] = ['higher', 'lower', 'range', 'maintainAbove', 'maintainBelow'];
const small = fc.integer({ min: -30, max: 150 });
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null, freq: 4 });

const input: fc.Arbitrary<KpiInput> = fc
  .record({
    direction: fc.constantFrom(...DIRECTIONS),
    actual: maybe(fc.oneof(small, fc.double({ min: -1e6, max: 1e6, noNaN: true }))),
    t1: small,
    t2: small,
    baseline: maybe(small),
    start: maybe(fc.integer({ min: 46000, max: 46100 })),
    due: maybe(fc.integer({ min: 46000, max: 46400 })),
    asOf: maybe(fc.integer({ min: 45950, max: 46500 })),
    tolerance: fc.option(fc.constantFrom(0, 0.05, 0.2), { nil: undefined }),
    thresholds: fc.option(fc.constantFrom({ onTrack: 0.9, atRisk: 0.7 }, { onTrack: 1, atRisk: 1 }), {
      nil: undefined,
    }),
  })
  .map(({ t1, t2, direction, ...rest }) => {
    const target: KpiTarget =
      direction === 'range'
        ? { kind: 'range', low: Math.min(t1, t2), high: Math.max(t1, t2) }
        : { kind: 'value', value: t1 };
    return { ...rest, direction, target };
  });

describe('evaluateKpi, the compiled definition, against a straight-line reading of it', () => {
  it('gives exactly what the straight-line reading gives, on arbitrary inputs', () => {
    fc.assert(
      fc.property(input, (kpi) => {
        expect(evaluateKpi(kpi)).toEqual(straightLine(kpi));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on a range target given under another direction word', () => {
    const kpi: KpiInput = { actual: 95, target: { kind: 'range', low: 90, high: 110 }, direction: 'higher' };
    expect(evaluateKpi(kpi)).toEqual(straightLine(kpi));
    expect(evaluateKpi(kpi).status).toBe('Achieved');
  });

  it('gives the same status through kpiStatus, one input after another', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 2, maxLength: 6 }), (kpis) => {
        // Results made earlier must not change when later KPIs are judged.
        const results = kpis.map((kpi) => evaluateKpi(kpi));
        const statuses = kpis.map((kpi) => kpiStatus(kpi));
        expect(statuses).toEqual(results.map((r) => r.status));
        expect(results).toEqual(kpis.map((kpi) => straightLine(kpi)));
      }),
      { numRuns: 2_000 },
    );
  });
});
