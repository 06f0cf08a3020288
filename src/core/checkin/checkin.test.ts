import { serialFromYmd } from '../dates';
import { buildStrategyModel, type RawTable } from '../model';
import { CHECKIN_MESSAGES, checkinKpis, lastEndedPeriod, nextPeriodEnd, periodOfFrequency, planCheckin } from '.';

const ymd = serialFromYmd;

const kpis: RawTable = {
  name: 'RudderKPIs',
  sheet: 'KPIs',
  range: 'A1:G4',
  headers: ['ID', 'KPI', 'Direction', 'Target', 'Due', 'Frequency', 'Unit'],
  rows: [
    ['K-001', 'Monthly revenue', 'higher', 50000, ymd(2027, 12, 31), 'monthly', '$'],
    ['K-002', 'Food waste', 'lower', 5, ymd(2027, 12, 31), 'trimestriel', '%'],
    ['K-003', 'New KPI', 'higher', 10, null, '', ''],
  ],
};

const history: RawTable = {
  name: 'RudderHistory',
  sheet: 'History (Rudder)',
  range: 'A1:E8',
  headers: ['KPI', 'Period', 'Actual', 'Target', 'Note'],
  rows: [
    ['K-001', ymd(2027, 1, 31), 40000, null, null],
    ['K-001', ymd(2027, 2, 28), 42000, null, null],
    ['K-001', ymd(2027, 3, 31), 44000, null, null],
    ['K-001', ymd(2027, 4, 30), 46000, null, null],
    ['K-002', ymd(2026, 12, 31), 9, null, null],
    ['K-002', ymd(2027, 3, 31), 8, null, null],
  ],
};

describe('which KPIs are due for a check-in', () => {
  it('reads frequencies in any language, monthly by default', () => {
    expect(periodOfFrequency('Quarterly')).toBe('quarter');
    expect(periodOfFrequency('mensuel')).toBe('month');
    expect(periodOfFrequency('semanal')).toBe('week');
    expect(periodOfFrequency('')).toBe('month');
  });

  it('moves period ends by the frequency, to the end of the month', () => {
    expect(nextPeriodEnd(ymd(2027, 1, 31), 'month')).toBe(ymd(2027, 2, 28));
    expect(nextPeriodEnd(ymd(2027, 3, 31), 'quarter')).toBe(ymd(2027, 6, 30));
    expect(lastEndedPeriod(ymd(2027, 5, 15), 'quarter')).toBe(ymd(2027, 3, 31));
    expect(lastEndedPeriod(ymd(2027, 1, 15), 'month')).toBe(ymd(2026, 12, 31));
  });

  it('lists the KPIs whose next period has ended first, with their latest value and outlook', () => {
    const model = buildStrategyModel([kpis, history]);
    const items = checkinKpis(model, ymd(2027, 6, 3));
    expect(items.map((k) => [k.id, k.due, k.nextPeriod])).toEqual([
      ['K-001', true, ymd(2027, 5, 31)],
      ['K-003', true, ymd(2027, 5, 31)],
      ['K-002', false, ymd(2027, 6, 30)],
    ]);
    expect(items[0].latest?.actual).toBe(46000);
    expect(items[0].outlook?.outlook).toBe('At risk');
    expect(items[0].outlook?.probability).toBeGreaterThan(0.2);
    expect(items[0].outlook?.trend).toBe('Improving');
    expect(items[1].outlook?.outlook).toBe('Too little data');
  });
});

describe('a check-in as history rows', () => {
  const model = buildStrategyModel([kpis, history]);
  const items = checkinKpis(model, ymd(2027, 6, 3));

  it('adds one row per KPI with a value, and skips blanks', () => {
    const plan = planCheckin(
      [
        { id: 'K-001', period: ymd(2027, 5, 31), actual: '47,500', note: ' Mother’s Day ' },
        { id: 'K-003', period: ymd(2027, 5, 31), actual: '', note: '' },
      ],
      items,
    );
    expect(plan.rows).toEqual([['K-001', { date: ymd(2027, 5, 31) }, 47500, null, 'Mother’s Day']]);
    expect(plan.problems).toEqual([]);
  });

  it('turns a value typed for a period the history holds into a replacement to confirm, and names text that is not a number', () => {
    const plan = planCheckin(
      [
        { id: 'K-001', period: ymd(2027, 4, 30), actual: '46500', note: 'late invoice' },
        { id: 'K-001', period: ymd(2027, 3, 31), actual: '44000', note: '' },
        { id: 'K-003', period: ymd(2027, 5, 31), actual: 'lots', note: '' },
      ],
      items,
    );
    expect(plan.rows).toEqual([]);
    expect(plan.replacements).toEqual([
      {
        id: 'K-001',
        period: ymd(2027, 4, 30),
        before: 46000,
        after: 46500,
        note: 'late invoice',
        noteBefore: '',
        row: 5,
      },
    ]);
    // March typed again with the value it holds: nothing to replace.
    expect(plan.problems).toEqual([CHECKIN_MESSAGES.notANumber('K-003', 'lots')]);
  });

  it('leaves a period entered twice on the History sheet to be corrected there', () => {
    const twice: RawTable = { ...history, rows: [...history.rows, ['K-001', ymd(2027, 4, 30), 46200, null, null]] };
    const kpisOf = checkinKpis(buildStrategyModel([kpis, twice]), ymd(2027, 6, 3));
    const plan = planCheckin([{ id: 'K-001', period: ymd(2027, 4, 30), actual: '1', note: '' }], kpisOf);
    expect(plan.replacements).toEqual([]);
    expect(plan.problems).toEqual([CHECKIN_MESSAGES.periodTwice('K-001', ymd(2027, 4, 30))]);
  });
});
