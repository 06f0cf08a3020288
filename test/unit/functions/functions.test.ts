import { serialFromYmd } from '../../../src/core/dates/serial';
import { FN_MESSAGES } from '../../../src/functions/messages';
import { createRudderFunctions } from '../../../src/functions/registry';
import type { ExcelArg, ExcelResult } from '../../../src/functions/types';

const TODAY = serialFromYmd(2027, 1, 15);
const functions = createRudderFunctions(() => TODAY);
const call = (name: string, ...args: ExcelArg[]): ExcelResult => {
  const fn = functions.find((f) => f.name === name);
  if (!fn) throw new Error(`no ${name}`);
  return fn.evaluate(args);
};
const single = (result: ExcelResult): unknown => (Array.isArray(result) ? (result as unknown[][])[0][0] : result);

describe('RUDDER.SMARTSCORE', () => {
  it('scores a specific, measured, dated goal at 90 or more and a vague one at 30 or less', () => {
    expect(
      single(call('SMARTSCORE', 'Increase sales of our new product line by 15% in the next quarter')),
    ).toBeGreaterThanOrEqual(90);
    expect(single(call('SMARTSCORE', 'Increase sales'))).toBeLessThanOrEqual(30);
  });

  it('scores a whole column at once and spills one score per goal', () => {
    const result = call('SMARTSCORE', [
      ['Increase sales'],
      ['Cut flour waste from 8% to 5% by 30 June 2027'],
      ['Grow'],
    ]);
    expect(Array.isArray(result)).toBe(true);
    const rows = result as number[][];
    expect(rows.map((r) => r.length)).toEqual([1, 1, 1]);
    expect(rows[1][0]).toBeGreaterThan(rows[0][0]);
  });

  it('takes the deadline from the due argument, as a date serial or as text', () => {
    const without = single(call('SMARTSCORE', 'Raise repeat customers from 200 to 260')) as number;
    const withSerial = single(
      call('SMARTSCORE', 'Raise repeat customers from 200 to 260', serialFromYmd(2027, 6, 30)),
    ) as number;
    const withText = single(call('SMARTSCORE', 'Raise repeat customers from 200 to 260', 'Q2 2027')) as number;
    expect(withSerial).toBeGreaterThan(without);
    expect(withText).toBe(withSerial);
  });

  it('answers a blank goal with #N/A and says what to type', () => {
    expect(single(call('SMARTSCORE', null))).toEqual({ error: '#N/A', message: FN_MESSAGES.goalMissing });
  });

  it('names the argument of an unreadable date', () => {
    const result = single(call('SMARTSCORE', 'Open a second shop', 'whenever')) as { error: string; message: string };
    expect(result.error).toBe('#VALUE!');
    expect(result.message).toMatch(/^due: "whenever"/);
  });

  it('refuses a due range of another size than the goals', () => {
    const result = call('SMARTSCORE', [['a'], ['b'], ['c']], [[1], [2]]);
    expect(result).toEqual({ error: '#VALUE!', message: FN_MESSAGES.shapeMismatch('due', 2, 1, 'goal', 3, 1) });
  });
});

describe('RUDDER.SMARTTIPS and RUDDER.SMARTPROFILE', () => {
  it('tells a vague goal to add a deadline and an amount', () => {
    const tips = single(call('SMARTTIPS', 'Increase sales')) as string;
    expect(tips).toMatch(/deadline/i);
    expect(tips).toMatch(/how much/i);
  });

  it('gives five scores between 0 and 1 per goal, one row each', () => {
    const rows = call('SMARTPROFILE', [
      ['Reduce customer complaints from 40 to 10 a month by 30 June 2027'],
      [null],
    ]) as unknown[][];
    expect(rows[0]).toHaveLength(5);
    for (const v of rows[0]) expect(v).toEqual(expect.any(Number));
    expect(rows[0][1]).toBeGreaterThanOrEqual(0.8); // measurable
    expect(rows[0][4]).toBeGreaterThanOrEqual(0.8); // time-bound
    expect(rows[1]).toHaveLength(5);
    expect(rows[1][0]).toMatchObject({ error: '#N/A' });
  });
});

describe('RUDDER.KPI_STATUS', () => {
  it('judges a lower-is-better cost KPI: 80 against 100 is Achieved, 120 is not', () => {
    expect(single(call('KPI_STATUS', 80, 100, 'lower'))).toBe('Achieved');
    expect(single(call('KPI_STATUS', 120, 100, 'lower'))).not.toBe('Achieved');
    expect(single(call('KPI_STATUS', 80, 100, 'Lower is better'))).toBe('Achieved');
  });

  it('reads a two-cell target next to a single actual as a range', () => {
    expect(single(call('KPI_STATUS', 100, [[90, 110]], 'range'))).toBe('Achieved');
    expect(single(call('KPI_STATUS', 130, [[90, 110]], 'range'))).not.toBe('Achieved');
  });

  it('paces progress between start and due as of the given date', () => {
    const start = serialFromYmd(2027, 1, 1);
    const due = serialFromYmd(2027, 12, 31);
    const mid = serialFromYmd(2027, 7, 2);
    expect(single(call('KPI_STATUS', 230, 260, 'higher', 200, start, due, mid))).toBe('On track');
    expect(single(call('KPI_STATUS', 205, 260, 'higher', 200, start, due, mid))).toBe('Off track');
    expect(single(call('KPI_STATUS', 205, 260, 'higher', 200, start, due, serialFromYmd(2028, 1, 5)))).toBe('Missed');
    expect(single(call('KPI_STATUS', 205, 260, 'higher', 200, start, due, serialFromYmd(2026, 12, 1)))).toBe(
      'Not started',
    );
  });

  it('says No data without an actual and #N/A without a target', () => {
    expect(single(call('KPI_STATUS', null, 100))).toBe('No data');
    expect(single(call('KPI_STATUS', 5, null))).toEqual({ error: '#N/A', message: FN_MESSAGES.targetMissing });
  });

  it('answers an unknown direction word with #VALUE! naming the argument', () => {
    const result = single(call('KPI_STATUS', 5, 10, 'sideways')) as { error: string; message: string };
    expect(result.error).toBe('#VALUE!');
    expect(result.message).toMatch(/^direction: /);
  });

  it('gives a column of statuses for a column of KPIs', () => {
    const rows = call('KPI_STATUS', [[80], [120], [null]], [[100], [100], [100]], 'lower') as unknown[][];
    expect(rows).toEqual([['Achieved'], [expect.any(String)], ['No data']]);
    expect(rows[1][0]).not.toBe('Achieved');
  });
});

describe('RUDDER.KPI_PROGRESS', () => {
  it('counts a reduction from 40 towards 10 reaching 25 as halfway', () => {
    expect(single(call('KPI_PROGRESS', 25, 10, 'lower', 40))).toBeCloseTo(0.5);
  });

  it('is not capped past the target', () => {
    expect(single(call('KPI_PROGRESS', 280, 260, 'higher', 200))).toBeGreaterThan(1);
  });

  it('is blank when there is no actual yet, or when the baseline equals the target (nothing to measure)', () => {
    expect(single(call('KPI_PROGRESS', null, 10))).toBe('');
    expect(single(call('KPI_PROGRESS', 12, 10, 'higher', 10))).toBe('');
  });

  it('still answers #N/A when the target is missing', () => {
    expect(single(call('KPI_PROGRESS', 5, null))).toMatchObject({ error: '#N/A' });
  });
});
