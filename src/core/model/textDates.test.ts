import { serialFromYmd } from '../dates/serial';
import { buildStrategyModel } from './build';
import { ambiguousDatesNote } from './messages';
import type { RawTable } from './types';

const kpis = (dues: readonly string[]): RawTable => ({
  name: 'RudderKPIs',
  sheet: 'KPIs',
  range: `A1:D${dues.length + 1}`,
  headers: ['ID', 'KPI', 'Target', 'Due'],
  rows: dues.map((due, i) => [`K-00${i + 1}`, `Measure ${i + 1}`, 10, due]),
});

describe('text dates in the strategy model', () => {
  it('reads "03/04/2027" day first by default and counts it as readable either way', () => {
    const model = buildStrategyModel([kpis(['03/04/2027', '31/03/2027', '05/06/2027'])]);
    expect(model.kpis[0].due.serial).toBe(serialFromYmd(2027, 4, 3));
    expect(model.kpis[1].due.serial).toBe(serialFromYmd(2027, 3, 31));
    expect(model.ambiguousDates).toEqual({ count: 2, example: '03/04/2027', order: 'dmy' });
  });

  it('reads them month first when the workbook is read as a month-first locale writes', () => {
    const model = buildStrategyModel([kpis(['03/04/2027', '03/31/2027'])], { dateOrder: 'mdy' });
    expect(model.kpis[0].due.serial).toBe(serialFromYmd(2027, 3, 4));
    expect(model.kpis[1].due.serial).toBe(serialFromYmd(2027, 3, 31));
    expect(model.ambiguousDates).toEqual({ count: 1, example: '03/04/2027', order: 'mdy' });
  });

  it('has nothing to report for dates only one reading fits', () => {
    expect(buildStrategyModel([kpis(['31/03/2027', '2027-04-03', '04/04/2027', 'Q3 2027'])]).ambiguousDates).toBeNull();
  });

  it('says how the dates were read and on what basis', () => {
    const dates = { count: 2, example: '03/04/2027', order: 'mdy' } as const;
    expect(ambiguousDatesNote(dates, 'en-US')).toBe(
      '2 dates such as "03/04/2027" could be read day first or month first: read month first (12/31), as en-US writes dates. If that is wrong, write them like 2027-06-30.',
    );
    expect(ambiguousDatesNote({ ...dates, count: 1, order: 'dmy' }, null)).toMatch(
      /^1 date such as .* read day first \(31\/12\), as most of the world writes them\./,
    );
  });
});
