import { serialFromYmd } from '../dates/serial';
import { buildStrategyModel } from './build';
import type { RawTable } from './types';

const kpis: RawTable = {
  name: 'RudderKPIs',
  sheet: 'KPIs',
  range: 'A1:C4',
  headers: ['ID', 'KPI', 'Target'],
  rows: [
    ['K-001', 'Monthly revenue', 50000],
    ['K-002', 'Food waste', 4],
    ['K-003', 'Reviews', 4.5],
  ],
};

const jan = serialFromYmd(2027, 1, 31);
const feb = serialFromYmd(2027, 2, 28);
const mar = serialFromYmd(2027, 3, 31);

function history(rows: RawTable['rows'], name = 'RudderHistory'): RawTable {
  return {
    name,
    sheet: 'History (Rudder)',
    range: `A1:E${rows.length + 1}`,
    headers: ['KPI', 'Period', 'Actual', 'Target', 'Note'],
    rows,
  };
}

describe('RudderHistory in the strategy model', () => {
  it('gives each KPI its points oldest first, matched by ID or by name', () => {
    const model = buildStrategyModel([
      kpis,
      history([
        ['K-001', feb, 41000, null, ''],
        ['k1', jan, 40000, 45000, 'slow January'],
        ['Food waste', 'March 2027', 3.5, null, null],
      ]),
    ]);
    expect(model.history.ofKpi[0].map((p) => [p.period, p.actual])).toEqual([
      [jan, 40000],
      [feb, 41000],
    ]);
    expect(model.history.ofKpi[0][0]).toMatchObject({ target: 45000, note: 'slow January', row: 3 });
    expect(model.history.ofKpi[1].map((p) => [p.period, p.actual])).toEqual([[mar, 3.5]]);
    expect(model.history.ofKpi[2]).toEqual([]);
  });

  it('reads two rows of one period as their mean (as the Actual formula does) and leaves out rows without a period or an actual', () => {
    const model = buildStrategyModel([
      kpis,
      history([
        ['K-001', jan, 40000, null, null],
        ['K-001', jan, 40500, null, 'corrected'],
        ['K-001', 'soon', 1, null, null],
        ['K-001', feb, 'n/a', null, null],
      ]),
    ]);
    expect(model.history.ofKpi[0].map((p) => [p.actual, p.note])).toEqual([[40250, 'corrected']]);
  });

  it('lists rows naming no KPI, and reads a table Excel renamed RudderHistory2 in parts', () => {
    const model = buildStrategyModel([kpis, history([['K-099', jan, 1, null, null]], 'RudderHistory2')]);
    expect(model.history.unmatched.map((p) => p.kpi)).toEqual(['K-099']);
    expect(model.history.table?.name).toBe('RudderHistory2');
  });

  it('has an empty history per KPI when the workbook has no history table', () => {
    const model = buildStrategyModel([kpis]);
    expect(model.history.table).toBeNull();
    expect(model.history.ofKpi).toEqual([[], [], []]);
  });
});
