import fc from 'fast-check';
import { paramsFrame } from './evaluate';
import { PARAMS, type Param } from './expr';
import { DIRECTION_CODE } from './lexicon';
import { evaluateKpi, kpiProgress, KPI_STATUSES, type Direction, type KpiInput, type KpiStatus } from './index';

const value = (v: number) => ({ kind: 'value', value: v }) as const;
const status = (input: KpiInput): KpiStatus => evaluateKpi(input).status;
const S = 46000; // start
const U = 46100; // due, 100 days later

describe('KPI status without dates', () => {
  it('calls a cost at 80 against 100 with direction lower Achieved, and at 120 not', () => {
    expect(status({ actual: 80, target: value(100), direction: 'lower' })).toBe('Achieved');
    expect(status({ actual: 120, target: value(100), direction: 'lower' })).not.toBe('Achieved');
  });

  it('treats a tie as meeting the target in both directions', () => {
    expect(status({ actual: 100, target: value(100), direction: 'higher' })).toBe('Achieved');
    expect(status({ actual: 100, target: value(100), direction: 'lower' })).toBe('Achieved');
    expect(status({ actual: 0, target: value(0), direction: 'lower' })).toBe('Achieved');
  });

  it('counts a tie within float noise as a tie (0.1 + 0.2 against 0.3)', () => {
    expect(status({ actual: 0.1 + 0.2, target: value(0.3), direction: 'lower' })).toBe('Achieved');
  });

  it('puts the At risk band at 10% of the baseline-target span, edges included', () => {
    const kpi = { target: value(100), direction: 'higher', baseline: 50 } as const;
    expect(status({ ...kpi, actual: 95 })).toBe('At risk');
    expect(status({ ...kpi, actual: 94.99 })).toBe('Off track');
    const down = { target: value(10), direction: 'lower', baseline: 40 } as const;
    expect(status({ ...down, actual: 13 })).toBe('At risk');
    expect(status({ ...down, actual: 13.01 })).toBe('Off track');
  });

  it('uses 10% of |target| without a baseline, edge included even for fractions', () => {
    expect(status({ actual: 90, target: value(100), direction: 'higher' })).toBe('At risk');
    expect(status({ actual: 89.9, target: value(100), direction: 'higher' })).toBe('Off track');
    expect(status({ actual: 0.27, target: value(0.3), direction: 'higher' })).toBe('At risk');
  });

  it('has no At risk band for a target of 0 without a baseline, but has one with a baseline', () => {
    expect(status({ actual: 1, target: value(0), direction: 'lower' })).toBe('Off track');
    expect(status({ actual: 1, target: value(0), direction: 'lower', baseline: 20 })).toBe('At risk');
  });

  it('takes the tolerance from the input', () => {
    expect(status({ actual: 80, target: value(100), direction: 'higher', tolerance: 0.25 })).toBe('At risk');
    expect(status({ actual: 99, target: value(100), direction: 'higher', tolerance: 0 })).toBe('Off track');
  });

  it('judges a range: inside is Achieved, near an edge At risk, far Off track', () => {
    const band = { kind: 'range', low: 90, high: 110 } as const;
    expect(status({ actual: 90, target: band, direction: 'range' })).toBe('Achieved');
    expect(status({ actual: 110, target: band, direction: 'range' })).toBe('Achieved');
    expect(status({ actual: 118, target: band, direction: 'range' })).toBe('At risk');
    expect(status({ actual: 60, target: band, direction: 'range' })).toBe('Off track');
  });

  it('judges maintain directions as a line to hold', () => {
    expect(status({ actual: 96, target: value(95), direction: 'maintainAbove' })).toBe('Achieved');
    expect(status({ actual: 94, target: value(95), direction: 'maintainAbove' })).toBe('At risk');
    expect(status({ actual: 4, target: value(5), direction: 'maintainBelow' })).toBe('Achieved');
    expect(status({ actual: 9, target: value(5), direction: 'maintainBelow' })).toBe('Off track');
  });

  it('says No data without an actual, whatever else is given', () => {
    expect(status({ actual: null, target: value(100), direction: 'higher', start: S, due: U, asOf: U + 5 })).toBe(
      'No data',
    );
    expect(status({ actual: Number.NaN, target: value(100), direction: 'higher' })).toBe('No data');
  });
});

describe('KPI status with dates', () => {
  const dated = { target: value(100), direction: 'higher', baseline: 0, start: S, due: U } as const;

  it('paces linearly: health = progress / expected against 0.95 and 0.85', () => {
    const r = evaluateKpi({ ...dated, actual: 50, asOf: S + 50 });
    expect(r.expected).toBeCloseTo(0.5, 12);
    expect(r.health).toBeCloseTo(1, 12);
    expect(r.status).toBe('On track');
    expect(status({ ...dated, actual: 47.5, asOf: S + 50 })).toBe('On track');
    expect(status({ ...dated, actual: 45, asOf: S + 50 })).toBe('At risk');
    expect(status({ ...dated, actual: 42.5, asOf: S + 50 })).toBe('At risk');
    expect(status({ ...dated, actual: 42, asOf: S + 50 })).toBe('Off track');
  });

  it('takes thresholds from the input', () => {
    const kpi = { ...dated, actual: 40, asOf: S + 50 };
    expect(status(kpi)).toBe('Off track');
    expect(status({ ...kpi, thresholds: { onTrack: 0.9, atRisk: 0.7 } })).toBe('At risk');
    expect(status({ ...kpi, thresholds: { onTrack: 0.8, atRisk: 0.7 } })).toBe('On track');
  });

  it('says Not started before the start and Missed after the due date, unless Achieved', () => {
    expect(status({ ...dated, actual: 10, asOf: S - 1 })).toBe('Not started');
    expect(status({ ...dated, actual: 100, asOf: S - 1 })).toBe('Achieved');
    expect(status({ ...dated, actual: 99, asOf: U + 1 })).toBe('Missed');
    expect(status({ ...dated, actual: 101, asOf: U + 1 })).toBe('Achieved');
    expect(status({ actual: 5, target: value(10), direction: 'higher', due: U, asOf: U + 3 })).toBe('Missed');
  });

  it('expects nothing yet on the start date itself', () => {
    const r = evaluateKpi({ ...dated, actual: 0, asOf: S });
    expect(r).toEqual({ status: 'On track', progress: 0, expected: 0, health: null });
    expect(status({ ...dated, actual: -5, asOf: S })).toBe('Off track');
  });

  it('judges a reduction exactly like a growth goal', () => {
    const down = { target: value(10), direction: 'lower', baseline: 40, start: S, due: U } as const;
    const r = evaluateKpi({ ...down, actual: 25, asOf: S + 50 });
    expect(r.progress).toBe(0.5);
    expect(r.status).toBe('On track');
    expect(status({ ...down, actual: 28, asOf: S + 50 })).toBe('Off track');
  });

  it('holds a maintain line from the start: no ramp, expected is 1', () => {
    const r = evaluateKpi({
      actual: 94,
      target: value(95),
      direction: 'maintainAbove',
      baseline: 0,
      start: S,
      due: U,
      asOf: S + 1,
    });
    expect(r.expected).toBe(1);
    expect(r.health).toBeNull();
    expect(r.status).toBe('At risk');
  });

  it('falls back to the tolerance band when progress is undefined', () => {
    expect(status({ actual: 95, target: value(0), direction: 'higher', start: S, due: U, asOf: S + 50 })).toBe(
      'Achieved',
    );
    expect(status({ actual: -1, target: value(0), direction: 'higher', start: S, due: U, asOf: S + 50 })).toBe(
      'Off track',
    );
  });

  it('reaches every status', () => {
    const seen = new Set<KpiStatus>([
      status({ ...dated, actual: 100, asOf: S + 10 }),
      status({ ...dated, actual: 50, asOf: S + 50 }),
      status({ ...dated, actual: 45, asOf: S + 50 }),
      status({ ...dated, actual: 10, asOf: S + 50 }),
      status({ ...dated, actual: 10, asOf: U + 1 }),
      status({ ...dated, actual: 10, asOf: S - 1 }),
      status({ ...dated, actual: null, asOf: S + 1 }),
    ]);
    expect([...seen].sort()).toEqual([...KPI_STATUSES].sort());
  });
});

describe('KPI progress', () => {
  it('is the share of the way from baseline to target, not capped', () => {
    expect(kpiProgress(25, value(10), 'lower', 40)).toBe(0.5);
    expect(kpiProgress(150, value(100), 'higher', 50)).toBe(2);
    expect(kpiProgress(45, value(10), 'lower', 40)).toBeCloseTo(-1 / 6, 12);
    expect(kpiProgress(40, value(10), 'lower', 40)).toBe(0);
  });

  it('is actual/target for higher and target/actual for lower without a baseline', () => {
    expect(kpiProgress(80, value(100), 'higher')).toBe(0.8);
    expect(kpiProgress(20, value(10), 'lower')).toBe(0.5);
  });

  it('is null where it is undefined, never NaN or Infinity', () => {
    expect(kpiProgress(null, value(100), 'higher')).toBeNull();
    expect(kpiProgress(5, value(0), 'higher')).toBeNull();
    expect(kpiProgress(0, value(10), 'lower')).toBeNull();
    expect(kpiProgress(5, value(-10), 'lower')).toBeNull();
    expect(kpiProgress(5, value(100), 'higher', 100)).toBeNull();
    expect(kpiProgress(5, value(50), 'higher', 100)).toBeNull();
  });

  it('measures a range from the baseline to the nearer edge of the band', () => {
    const band = { kind: 'range', low: 30, high: 45 } as const;
    expect(kpiProgress(45, band, 'range', 60)).toBe(1);
    expect(kpiProgress(52.5, band, 'range', 60)).toBe(0.5);
    expect(kpiProgress(35, band, 'range')).toBe(1);
    expect(kpiProgress(50, band, 'range')).toBeNull();
  });
});

describe('properties', () => {
  const dirs = fc.constantFrom<'higher' | 'lower' | 'maintainAbove' | 'maintainBelow'>(
    'higher',
    'lower',
    'maintainAbove',
    'maintainBelow',
  );
  const int = fc.integer({ min: -200, max: 200 });
  const flip = {
    higher: 'lower',
    lower: 'higher',
    maintainAbove: 'maintainBelow',
    maintainBelow: 'maintainAbove',
  } as const;

  it('gives the same status when values are reflected around the baseline and the direction flipped', () => {
    fc.assert(
      fc.property(
        dirs,
        int,
        int,
        int,
        fc.option(fc.integer({ min: 45900, max: 46200 }), { nil: null }),
        (direction, base, target, actual, asOf) => {
          const a: KpiInput = { actual, target: value(target), direction, baseline: base, start: S, due: U, asOf };
          const b: KpiInput = {
            actual: 2 * base - actual,
            target: value(2 * base - target),
            direction: flip[direction],
            baseline: base,
            start: S,
            due: U,
            asOf,
          };
          const ra = evaluateKpi(a);
          const rb = evaluateKpi(b);
          expect(rb.status).toBe(ra.status);
          expect(rb.progress).toEqual(ra.progress);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('never returns NaN or Infinity and always a known status', () => {
    const n = fc.option(fc.oneof(fc.double(), int), { nil: null });
    fc.assert(
      fc.property(
        fc.constantFrom<Direction>('higher', 'lower', 'range', 'maintainAbove', 'maintainBelow'),
        n,
        fc.double(),
        fc.double(),
        n,
        n,
        n,
        n,
        (direction, actual, t1, t2, baseline, start, due, asOf) => {
          const target =
            direction === 'range'
              ? ({ kind: 'range', low: Math.min(t1, t2), high: Math.max(t1, t2) } as const)
              : value(t1);
          const r = evaluateKpi({ actual, target, direction, baseline, start, due, asOf });
          expect(KPI_STATUSES).toContain(r.status);
          for (const v of [r.progress, r.expected, r.health]) expect(v === null || Number.isFinite(v)).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('the compiled definition', () => {
  it('hands each input to the definition under its own name (the frame follows PARAMS)', () => {
    const frame = paramsFrame({
      actual: 1,
      target: { kind: 'range', low: 2, high: 3 },
      direction: 'range',
      baseline: 5,
      start: 6,
      due: 7,
      asOf: 8,
      thresholds: { onTrack: 9, atRisk: 10 },
      tolerance: 11,
    });
    const at = (p: Param) => frame[PARAMS.indexOf(p)];
    expect(PARAMS.map(at)).toEqual([1, 2, 3, 3, 5, 6, 7, 8, 9, 10, 11]);
    expect(at('direction')).toBe(DIRECTION_CODE.range);
  });
});
