import fc from 'fast-check';
import { serialFromYmd } from '../dates/serial';
import { chanceOf, cleanSeries, forecastAt, outlookOf, seriesOf, trendOf, type Series } from './index';
import { fitLine } from './linear';
import { dampedSum } from './smoothing';

const monthEnds = (n: number, fromYear = 2024): number[] =>
  Array.from({ length: n }, (_, i) => serialFromYmd(fromYear + Math.floor((i + 1) / 12), ((i + 1) % 12) + 1, 1) - 1);
const value = (v: number) => ({ kind: 'value', value: v }) as const;

function cleaned(values: (number | null)[], dates: (number | null)[] | null, asOf: number | null = null): Series {
  const c = cleanSeries(values, dates, asOf);
  if (!c.ok) throw new Error(c.reason);
  return c.series;
}

describe('cleaning a history', () => {
  it('sorts by date, drops unreadable points with a count and sets aside points after as_of', () => {
    const s = cleaned([30, null, 10, 20, 99], [3, 4, 1, 2, 9], 5);
    expect(s.dates).toEqual([1, 2, 3]);
    expect(s.values).toEqual([10, 20, 30]);
    expect(s.dropped).toBe(1);
    expect(s.afterAsOf).toBe(1);
  });

  it('keeps the value given last for a repeated date (a correction replaces the first figure)', () => {
    const s = cleaned([10, 20, 25], [2, 1, 2]);
    expect(s.values).toEqual([20, 25]);
    expect(s.merged).toBe(1);
  });

  it('refuses values and dates of different lengths, naming both', () => {
    const c = cleanSeries([1, 2, 3], [1, 2]);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reason).toMatch(/values has 3 cells but dates has 2/);
  });
});

describe('forecasting', () => {
  it('gives FORECAST.LINEAR for the linear method (Excel help example: 10.607253)', () => {
    const s = seriesOf([6, 7, 9, 15, 21], [20, 28, 31, 38, 40]);
    const f = forecastAt(s, 30, 'linear');
    expect(f.ok && f.forecast.value).toBeCloseTo(10.607253, 6);
  });

  it('needs two points with different dates', () => {
    expect(forecastAt(seriesOf([5], [10]), 20).ok).toBe(false);
    expect(forecastAt(cleaned([5, 6], [10, 10]), 20).ok).toBe(false);
  });

  it('forecasts a flat history at its value, with an interval around it', () => {
    const f = forecastAt(seriesOf([100, 100, 100, 100], monthEnds(4)), monthEnds(6)[5]);
    expect(f.ok).toBe(true);
    if (!f.ok) return;
    expect(f.forecast.value).toBeCloseTo(100, 9);
    expect(f.forecast.low).toBeLessThan(100);
    expect(f.forecast.high).toBeGreaterThan(100);
  });

  it('keeps all-zero histories exact rather than dividing by zero', () => {
    const f = forecastAt(seriesOf([0, 0, 0], [1, 2, 3]), 5);
    expect(f.ok && [f.forecast.value, f.forecast.low, f.forecast.high]).toEqual([0, 0, 0]);
  });

  it('follows a rising history upwards, damped below the straight line', () => {
    const dates = monthEnds(6);
    const s = seriesOf([10, 20, 30, 40, 50, 60], dates);
    const at = monthEnds(9)[8];
    const damped = forecastAt(s, at);
    const line = forecastAt(s, at, 'linear');
    if (!damped.ok || !line.ok) throw new Error('no forecast');
    expect(damped.forecast.value).toBeGreaterThan(60);
    expect(damped.forecast.value).toBeLessThan(line.forecast.value);
  });

  it('uses the season only with two full seasons of months', () => {
    const wave = (i: number): number => 100 + 20 * Math.sin((2 * Math.PI * i) / 12);
    const long = seriesOf(
      Array.from({ length: 24 }, (_, i) => wave(i)),
      monthEnds(24),
    );
    const short = seriesOf(
      Array.from({ length: 23 }, (_, i) => wave(i)),
      monthEnds(23),
    );
    const at = monthEnds(27)[26];
    const f = forecastAt(long, at);
    const g = forecastAt(short, at);
    expect(f.ok && f.forecast.method).toBe('seasonal');
    expect(g.ok && g.forecast.method).toBe('damped');
    if (f.ok) expect(Math.abs(f.forecast.value - wave(26))).toBeLessThan(3);
  });

  it('answers a date inside the history from the recorded values', () => {
    const f = forecastAt(seriesOf([10, 20, 40], [1, 3, 5]), 4);
    expect(f.ok && f.forecast.value).toBe(30);
  });

  it('forecasts 10,000 points quickly', () => {
    const n = 10_000;
    const s = seriesOf(
      Array.from({ length: n }, (_, i) => i % 7),
      Array.from({ length: n }, (_, i) => 40000 + i),
    );
    const t0 = performance.now();
    const f = forecastAt(s, 40000 + n + 30);
    expect(f.ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('trend', () => {
  it('calls falling complaints Improving and falling sales Worsening', () => {
    const s = seriesOf([40, 36, 33, 30, 26, 22], monthEnds(6));
    expect(trendOf(s, 'lower')).toBe('Improving');
    expect(trendOf(s, 'higher')).toBe('Worsening');
  });

  it('calls a change within the noise Steady', () => {
    expect(trendOf(seriesOf([50, 53, 49, 52, 50, 51], monthEnds(6)), 'higher')).toBe('Steady');
    expect(trendOf(seriesOf([7, 7, 7, 7], monthEnds(4)), 'higher')).toBe('Steady');
  });

  it('needs three points', () => {
    expect(trendOf(seriesOf([1, 2], [1, 2]), 'higher')).toBe('Too little data');
  });

  it('judges a range KPI by movement towards its band, and needs the band', () => {
    const s = seriesOf([60, 70, 80, 90], monthEnds(4));
    expect(trendOf(s, 'range', { kind: 'range', low: 95, high: 105 })).toBe('Improving');
    expect(trendOf(s, 'range', { kind: 'range', low: 20, high: 40 })).toBe('Worsening');
    expect(trendOf(s, 'range')).toBeNull();
  });
});

describe('outlook and chance', () => {
  const dates = monthEnds(6);
  const due = monthEnds(12)[11];

  it('is On course for a steady climb of a year that reaches the target before the due date', () => {
    const year = monthEnds(12);
    const r = outlookOf({
      series: seriesOf(
        Array.from({ length: 12 }, (_, i) => 100 + 10 * i),
        year,
      ),
      target: value(215),
      direction: 'higher',
      due: monthEnds(15)[14],
    });
    expect(r.outlook).toBe('On course');
    expect(r.probability).toBeGreaterThanOrEqual(0.8);
    expect(r.trend).toBe('Improving');
  });

  it('expects little of a short climb: the development years kept few trends (heavy damping)', () => {
    const r = outlookOf({
      series: seriesOf([100, 110, 120, 130, 140, 150], dates),
      target: value(170),
      direction: 'higher',
      due,
    });
    expect(r.forecast).toBeLessThan(160);
    expect(r.outlook).toBe('Projected to miss');
  });

  it('is Projected to miss when the history moves away from the target', () => {
    const r = outlookOf({
      series: seriesOf([150, 140, 130, 120, 110, 100], dates),
      target: value(200),
      direction: 'higher',
      due,
    });
    expect(r.outlook).toBe('Projected to miss');
    expect(r.probability).toBeLessThan(0.5);
  });

  it('is Achieved when the target is met now and the forecast keeps it', () => {
    const r = outlookOf({ series: seriesOf([12, 10, 9, 8, 8, 7], dates), target: value(10), direction: 'lower', due });
    expect(r.outlook).toBe('Achieved');
  });

  it('gives the known outcome once the due date has passed', () => {
    const r = outlookOf({
      series: seriesOf([1, 2, 3, 4, 5, 6], dates),
      target: value(5),
      direction: 'higher',
      due: dates[3],
      asOf: dates[5],
    });
    expect(r).toMatchObject({ outlook: 'Projected to miss', probability: 0, forecast: 4 });
  });

  it('looks one period ahead without a due date', () => {
    const r = outlookOf({ series: seriesOf([1, 2, 3], monthEnds(3)), target: value(100), direction: 'higher' });
    expect(r.at).toBeGreaterThan(monthEnds(3)[2] + 27);
    expect(r.at).toBeLessThan(monthEnds(3)[2] + 32);
  });

  it('says Too little data with fewer than three values', () => {
    const r = outlookOf({ series: seriesOf([1, 2], [1, 2]), target: value(3), direction: 'higher', due: 10 });
    expect(r).toMatchObject({ outlook: 'Too little data', probability: null, forecast: null });
  });

  const nextMonth = monthEnds(7)[6];

  it('gives a KPI short of its target now less than even odds one period ahead, even with a forecast just past it', () => {
    const r = outlookOf({
      series: seriesOf([100, 120, 140, 160, 180, 199], dates),
      target: value(200),
      direction: 'higher',
      due: nextMonth,
    });
    expect(r.forecast).toBeGreaterThan(200);
    expect(r.probability).toBeLessThan(0.45);
    expect(r.outlook).toBe('At risk');
  });

  it('keeps a KPI that meets its target now Achieved one period ahead though its history drifts towards the line', () => {
    const r = outlookOf({
      series: seriesOf([40, 42, 44, 46, 48, 50], dates),
      target: value(50),
      direction: 'lower',
      due: nextMonth,
    });
    expect(r.forecast).toBeGreaterThan(50);
    expect(r.probability).toBeGreaterThan(0.55);
    expect(r.outlook).toBe('Achieved');
  });

  it('counts a forecast just short of the target as At risk (the near-miss band)', () => {
    const r = outlookOf({
      series: seriesOf([90, 90, 90, 90, 90, 90], dates),
      target: value(95),
      direction: 'higher',
      due,
    });
    expect(r.outlook).toBe('At risk');
  });
});

describe('properties', () => {
  const cell = fc.oneof(
    fc.double({ noDefaultInfinity: false }),
    fc.constant(null),
    fc.integer({ min: -1e6, max: 1e6 }),
  );
  it('never returns NaN or Infinity, and probabilities stay within 0-1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, fc.oneof(fc.integer({ min: 1, max: 2958465 }), fc.constant(null))), { maxLength: 40 }),
        fc.integer({ min: 1, max: 2958465 }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constantFrom('higher', 'lower', 'maintainAbove', 'maintainBelow') as fc.Arbitrary<'higher'>,
        (points, at, target, direction) => {
          const c = cleanSeries(
            points.map((p) => p[0]),
            points.map((p) => p[1]),
          );
          if (!c.ok) return;
          const f = forecastAt(c.series, at);
          if (f.ok)
            for (const v of [f.forecast.value, f.forecast.low, f.forecast.high]) expect(Number.isFinite(v)).toBe(true);
          const r = outlookOf({ series: c.series, target: value(target), direction, due: at });
          for (const v of [r.forecast, r.low, r.high, r.probability])
            if (v !== null) expect(Number.isFinite(v)).toBe(true);
          if (r.probability !== null) expect(r.probability >= 0 && r.probability <= 1).toBe(true);
        },
      ),
    );
  });

  it("gives KPI_CHANCE's chance exactly as the outlook's probability, as_of and past due dates included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 40000, max: 40400 })), {
          maxLength: 20,
        }),
        fc.integer({ min: 39990, max: 40600 }),
        fc.option(fc.integer({ min: 39990, max: 40600 })),
        fc.integer({ min: -1000, max: 1000 }),
        fc.constantFrom('higher', 'lower') as fc.Arbitrary<'higher'>,
        (points, due, asOf, target, direction) => {
          const c = cleanSeries(
            points.map((p) => p[0]),
            points.map((p) => p[1]),
            asOf,
          );
          if (!c.ok) return;
          const input = { series: c.series, target: value(target), direction, due, asOf };
          expect(chanceOf(input)).toBe(outlookOf(input).probability);
        },
      ),
    );
  });
});

describe('least-squares lines', () => {
  it('measures the residual spread of noisy points as the direct sum of squared residuals does, and none on a line', () => {
    const xs = [1, 2, 3, 4, 5, 6];
    const ys = [2, 4.5, 5.5, 8.5, 9, 12.5];
    const fit = fitLine(xs, ys);
    const sse = xs.reduce((sum, x, i) => sum + (ys[i] - (fit?.intercept ?? 0) - (fit?.slope ?? 0) * x) ** 2, 0);
    expect(fit?.residualSpread).toBeCloseTo(Math.sqrt(sse / 4), 12);
    expect(fitLine(xs, [3, 5, 7, 9, 11, 13])?.residualSpread).toBe(0);
  });
});

describe('damped trend sums', () => {
  it('adds phi, phi squared and so on for whole horizons, and runs smoothly between them', () => {
    expect(dampedSum(1, 0.5)).toBeCloseTo(0.5, 12);
    expect(dampedSum(3, 0.5)).toBeCloseTo(0.875, 12);
    expect(dampedSum(1.5, 0.5)).toBeCloseTo((0.5 * (1 - Math.pow(0.5, 1.5))) / 0.5, 12);
    expect(dampedSum(2.5, 1)).toBe(2.5);
  });
});
