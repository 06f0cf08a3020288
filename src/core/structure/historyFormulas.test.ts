import { latestByKpi } from './historyFormulas';

describe('what the history formulas show for each KPI', () => {
  it('is the latest period with an actual, and that period’s actual', () => {
    const latest = latestByKpi([
      { kpi: 'K-001', period: 100, actual: 5 },
      { kpi: 'K-001', period: 130, actual: 7 },
      { kpi: 'K-001', period: 160, actual: null },
      { kpi: 'K-002', period: 130, actual: 1 },
    ]);
    expect(latest.get('K-001')).toEqual({ asOf: 130, actual: 7 });
    expect(latest.get('K-002')).toEqual({ asOf: 130, actual: 1 });
  });

  it('averages a period entered twice and matches IDs without case, as Excel compares text', () => {
    const latest = latestByKpi([
      { kpi: 'k-001', period: 130, actual: 6 },
      { kpi: 'K-001 ', period: 130, actual: 8 },
    ]);
    expect(latest.get('K-001')).toEqual({ asOf: 130, actual: 7 });
  });

  it('has nothing for a KPI whose rows hold no number', () => {
    expect(latestByKpi([{ kpi: 'K-003', period: 130, actual: null }]).has('K-003')).toBe(false);
  });
});
