import fc from 'fast-check';
import { serialFromYmd } from '../../../src/core/dates/serial';
import { FORECAST_FN_MESSAGES } from '../../../src/functions/forecastFunctions';
import { createRudderFunctions } from '../../../src/functions/registry';
import type { ExcelArg, ExcelResult, ExcelScalar } from '../../../src/functions/types';
import { isExcelError } from '../../../src/functions/types';

const functions = createRudderFunctions(() => serialFromYmd(2027, 1, 15));
const call = (name: string, ...args: ExcelArg[]): ExcelResult => {
  const fn = functions.find((f) => f.name === name);
  if (!fn) throw new Error(`no ${name}`);
  return fn.evaluate(args);
};
function expectError(result: ExcelResult, code: string, message: RegExp): void {
  if (!isExcelError(result)) throw new Error(`expected ${code}, got ${JSON.stringify(result)}`);
  expect(result.error).toBe(code);
  expect(result.message).toMatch(message);
}
const column = (xs: ExcelScalar[]): ExcelScalar[][] => xs.map((x) => [x]);
const row = (xs: ExcelScalar[]): ExcelScalar[][] => [xs];
const months = (n: number): number[] =>
  Array.from({ length: n }, (_, i) => serialFromYmd(2026 + Math.floor((i + 1) / 12), ((i + 1) % 12) + 1, 1) - 1);

describe('RUDDER.KPI_FORECAST', () => {
  it('equals FORECAST.LINEAR with method "linear", for a row or a column alike', () => {
    const v = [6, 7, 9, 15, 21];
    const d = [20, 28, 31, 38, 40];
    expect(call('KPI_FORECAST', column(v), column(d), 30, 'linear')).toBeCloseTo(10.607253, 6);
    expect(call('KPI_FORECAST', row(v), row(d), 30, 'Linear')).toBeCloseTo(10.607253, 6);
  });

  it('reads dates typed as text and skips blanks and text among the values', () => {
    const r = call(
      'KPI_FORECAST',
      column([100, null, 'n/a', 130, 140]),
      column(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']),
      '2027-06-30',
    );
    expect(typeof r).toBe('number');
    expect(r as number).toBeGreaterThan(135);
  });

  it('answers #VALUE! naming dates when values and dates differ in size', () => {
    expect(call('KPI_FORECAST', column([1, 2, 3]), column([1, 2]), 5)).toEqual({
      error: '#VALUE!',
      message: FORECAST_FN_MESSAGES.sizes(3, 2),
    });
  });

  it('answers #N/A with one point, without dates or without a date to forecast', () => {
    expectError(call('KPI_FORECAST', 5, 46000, 46100), '#N/A', /^values: /);
    expect(call('KPI_FORECAST', column([1, 2]), null, 46100)).toMatchObject({
      error: '#N/A',
      message: FORECAST_FN_MESSAGES.datesMissing,
    });
    expect(call('KPI_FORECAST', column([1, 2]), column([1, 2]), null)).toMatchObject({
      error: '#N/A',
      message: FORECAST_FN_MESSAGES.atMissing,
    });
  });

  it('refuses an unknown method by name', () => {
    expectError(call('KPI_FORECAST', column([1, 2]), column([1, 2]), 3, 'magic'), '#VALUE!', /^method: "magic"/);
  });
});

describe('RUDDER.KPI_TREND', () => {
  it('calls falling complaints Improving with direction lower, without dates', () => {
    expect(call('KPI_TREND', column([40, 36, 31, 28, 24, 20]), null, 'lower')).toBe('Improving');
    expect(call('KPI_TREND', column([40, 36, 31, 28, 24, 20]), null, 'higher')).toBe('Worsening');
  });

  it('says Steady for a flat history and Too little data for two values', () => {
    expect(call('KPI_TREND', column([5, 5, 5, 5]))).toBe('Steady');
    expect(call('KPI_TREND', column([5, 6]))).toBe('Too little data');
  });

  it('asks for KPI_OUTLOOK for a range direction, which needs the band', () => {
    expect(call('KPI_TREND', column([5, 6, 7]), null, 'range')).toMatchObject({
      error: '#VALUE!',
      message: FORECAST_FN_MESSAGES.rangeTrend,
    });
  });
});

describe('RUDDER.KPI_OUTLOOK and RUDDER.KPI_CHANCE', () => {
  const d = months(12);
  const climb = d.map((_, i) => 100 + 10 * i);
  const due = months(15)[14];

  it('is On course with a high chance for a steady climb towards the target', () => {
    expect(call('KPI_OUTLOOK', row(climb), row(d), 215, 'higher', due)).toBe('On course');
    expect(call('KPI_CHANCE', row(climb), row(d), 215, 'higher', due) as number).toBeGreaterThan(0.8);
  });

  it('reads a block of cells row by row, and the first cell of a range given for direction or due', () => {
    const block = [climb.slice(0, 6), climb.slice(6)];
    const dateBlock = [d.slice(0, 6), d.slice(6)];
    const expected = call('KPI_CHANCE', row(climb), row(d), 215, 'higher', due);
    expect(call('KPI_CHANCE', block, dateBlock, 215, 'higher', due)).toBe(expected);
    expect(call('KPI_CHANCE', row(climb), row(d), 215, [['higher', 'lower']], [[due, null]])).toBe(expected);
  });

  it('is Projected to miss with a low chance when the target is far beyond the pace', () => {
    expect(call('KPI_OUTLOOK', row(climb), row(d), 400, 'higher', due)).toBe('Projected to miss');
    expect(call('KPI_CHANCE', row(climb), row(d), 400, 'higher', due) as number).toBeLessThan(0.05);
  });

  it('ignores values after as_of', () => {
    const late = [...climb.slice(0, 11), 0];
    expect(call('KPI_OUTLOOK', row(late), row(d), 215, 'higher', due, d[10])).toBe('On course');
  });

  it('takes a range target as text or as two cells', () => {
    const flat = d.map(() => 100);
    expect(call('KPI_OUTLOOK', row(flat), row(d), '90-110', 'range', due)).toBe('Achieved');
    expect(call('KPI_OUTLOOK', row(flat), row(d), [[90, 110]], 'range', due)).toBe('Achieved');
  });

  it('says Too little data in words, and #N/A for the chance, with two values', () => {
    expect(call('KPI_OUTLOOK', row([1, 2]), row([1, 2]), 5, 'higher', 10)).toBe('Too little data');
    expect(call('KPI_CHANCE', row([1, 2]), row([1, 2]), 5, 'higher', 10)).toMatchObject({
      error: '#N/A',
      message: FORECAST_FN_MESSAGES.tooLittle(2),
    });
  });

  it('names the argument at fault', () => {
    expectError(call('KPI_OUTLOOK', row(climb), row(d), null), '#N/A', /^target is empty/);
    expectError(call('KPI_OUTLOOK', row(climb), row(d), 5, 'sideways'), '#VALUE!', /^direction: /);
    expectError(call('KPI_OUTLOOK', row(climb), row(d), 5, null, 'soon'), '#VALUE!', /^due: /);
  });

  it('handles unsorted and repeated dates, zeros and negatives', () => {
    const r = call('KPI_CHANCE', column([-5, 0, -3, -4, -2]), column([3, 1, 2, 2, 4]), 0, 'higher', 8);
    expect(typeof r).toBe('number');
    expect(r as number).toBeGreaterThanOrEqual(0);
    expect(r as number).toBeLessThanOrEqual(1);
  });

  it('answers 10,000 points quickly', () => {
    const n = 10_000;
    const values = column(Array.from({ length: n }, (_, i) => 50 + (i % 12)));
    const dates = column(Array.from({ length: n }, (_, i) => 40000 + i));
    const t0 = performance.now();
    expect(typeof call('KPI_CHANCE', values, dates, 55, 'higher', 40000 + n + 30)).toBe('number');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('forecast functions on arbitrary histories', () => {
  const cell: fc.Arbitrary<ExcelScalar> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -1000, max: 3_000_000 }),
    fc.constantFrom('#N/A', 'n/a', '15%', '2027-06-30', 'Q3 2027', ''),
  );
  const series = fc.array(cell, { maxLength: 30 });

  it('never throws and never answers NaN or Infinity: a number, a word, or #VALUE!/#N/A with a message', () => {
    fc.assert(
      fc.property(series, series, cell, cell, cell, cell, (values, dates, target, direction, due, asOf) => {
        for (const name of ['KPI_FORECAST', 'KPI_TREND', 'KPI_OUTLOOK', 'KPI_CHANCE']) {
          const args: ExcelArg[] =
            name === 'KPI_FORECAST'
              ? [column(values), column(dates), due, direction]
              : name === 'KPI_TREND'
                ? [column(values), column(dates), direction]
                : [column(values), column(dates), target, direction, due, asOf];
          const r = call(name, ...args);
          expect(Array.isArray(r)).toBe(false);
          if (isExcelError(r)) {
            expect(['#VALUE!', '#N/A']).toContain(r.error);
            expect(r.message.length).toBeGreaterThan(0);
          } else if (typeof r === 'number') expect(Number.isFinite(r)).toBe(true);
          else expect(typeof r).toBe('string');
        }
      }),
    );
  });
});
