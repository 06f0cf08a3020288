import fc from 'fast-check';
import { evaluateKpi, evaluateKpiReference, kpiStatus } from './evaluate';
import type { Direction, KpiInput, KpiTarget } from './types';

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

describe('the fast path of evaluateKpi', () => {
  it('gives exactly what the compiled definition gives, on arbitrary inputs', () => {
    fc.assert(
      fc.property(input, (kpi) => {
        expect(evaluateKpi(kpi)).toEqual(evaluateKpiReference(kpi));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on a range target given under another direction word', () => {
    const kpi: KpiInput = { actual: 95, target: { kind: 'range', low: 90, high: 110 }, direction: 'higher' };
    expect(evaluateKpi(kpi)).toEqual(evaluateKpiReference(kpi));
    expect(evaluateKpi(kpi).status).toBe('Achieved');
  });

  it('gives the same status through kpiStatus, which makes no result, one input after another', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 2, maxLength: 6 }), (kpis) => {
        // Results made earlier must not change when later KPIs are judged.
        const results = kpis.map((kpi) => evaluateKpi(kpi));
        const statuses = kpis.map((kpi) => kpiStatus(kpi));
        expect(statuses).toEqual(results.map((r) => r.status));
        expect(results).toEqual(kpis.map((kpi) => evaluateKpiReference(kpi)));
      }),
      { numRuns: 2_000 },
    );
  });
});
