import { HISTORY_FORMULAS } from '../structure/historyFormulas';
import { CHECKIN_MESSAGES, type HistoryRow } from './entries';
import { planLatestSwitch } from './latest';

const actualFormula = { formula: HISTORY_FORMULAS.actual };
const asOfFormula = { formula: HISTORY_FORMULAS.asOf };
const row = (id: string, period: number, value: number): HistoryRow => [id, { date: period }, value, null, null];

describe('a KPI’s first check-in', () => {
  const columns = {
    ids: ['K-001', 'K-002', 'K-003'],
    actual: [actualFormula, 1120, null],
    asOf: [asOfFormula, 46000, null],
  };

  it('switches typed Actual and As of to the history formulas, and carries the typed value into the history', () => {
    const plan = planLatestSwitch(columns, [row('K-002', 46022, 1180)]);
    expect(plan?.switched).toEqual(['K-002']);
    expect(plan?.carried).toEqual([['K-002', { date: 46000 }, 1120, null, CHECKIN_MESSAGES.carriedNote]]);
    expect(plan?.firstRow).toBe(1);
    expect(plan?.after).toEqual([[actualFormula, asOfFormula]]);
    expect(plan?.before).toEqual([[1120, { date: 46000 }]]);
  });

  it('leaves a KPI that already reads its history, and the rows between, as they are', () => {
    const plan = planLatestSwitch(columns, [row('K-001', 46022, 5), row('k-003', 46022, 7), row('K-002', 46022, 1)]);
    expect(plan?.switched).toEqual(['K-002', 'K-003']);
    expect(plan?.after).toEqual([
      [actualFormula, asOfFormula],
      [actualFormula, asOfFormula],
    ]);
    // K-003 had nothing typed: nothing to carry.
    expect(plan?.carried.map((r) => r[0])).toEqual(['K-002']);
  });

  it('carries nothing dated on or after the period checked in (the check-in replaces it)', () => {
    expect(planLatestSwitch(columns, [row('K-002', 46000, 1)])?.carried).toEqual([]);
  });

  it('gives the KPI the Outlook formula too, where the table has that column', () => {
    const plan = planLatestSwitch({ ...columns, outlook: [{ formula: HISTORY_FORMULAS.outlook }, null, null] }, [
      row('K-002', 46022, 1180),
    ]);
    expect(plan?.outlookAfter).toEqual([{ formula: HISTORY_FORMULAS.outlook }]);
    expect(plan?.outlookBefore).toEqual([null]);
    expect(planLatestSwitch(columns, [row('K-002', 46022, 1180)])?.outlookAfter).toEqual([]);
  });

  it('writes nothing when every KPI checked in already reads its history', () => {
    expect(planLatestSwitch(columns, [row('K-001', 46022, 5)])).toBeNull();
    expect(planLatestSwitch(columns, [])).toBeNull();
  });
});
