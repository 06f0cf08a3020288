import { serialFromYmd } from '../dates';
import { buildStrategyModel, type RawTable } from '../model';
import { gatherShareFacts } from './facts';
import { renderReportHtml } from './report';
import { sparkPoints } from './sparkline';

const DAY = serialFromYmd(2027, 1, 15);
const monthEnd = (m: number): number => serialFromYmd(2026, m + 1, 1) - 1;

const kpis: RawTable = {
  name: 'RudderKPIs',
  sheet: 'KPIs',
  range: 'A1:F3',
  headers: ['ID', 'KPI', 'Direction', 'Target', 'Actual', 'Due'],
  rows: [
    ['K-001', 'Waste <%>', 'lower', 5, 9, serialFromYmd(2027, 6, 30)],
    ['K-002', 'Loaves sold', 'higher', 150, 140, serialFromYmd(2027, 6, 30)],
  ],
};

const history: RawTable = {
  name: 'RudderHistory',
  sheet: 'History (Rudder)',
  range: 'A1:E13',
  headers: ['KPI', 'Period', 'Actual', 'Target', 'Note'],
  rows: Array.from({ length: 12 }, (_, i) => ['K-001', monthEnd(i + 1), 9 + (i % 2) * 0.2, null, null]),
};

describe('the report of a workbook with KPI history', () => {
  it('shows a sparkline and the outlook of each KPI with history, and leaves the others blank', () => {
    const facts = gatherShareFacts(buildStrategyModel([kpis, history]), DAY);
    expect(facts.kpis.map((k) => [k.recent.length, k.outlook])).toEqual([
      [12, 'Projected to miss'],
      [0, null],
    ]);
    const html = renderReportHtml(facts);
    expect(html).toContain('<th>Recent</th><th>Outlook</th>');
    expect(html).toContain('aria-label="Waste &lt;%&gt;: the last 12 values"');
    expect(html).toContain('<td>Projected to miss</td>');
  });

  it('keeps the KPI table as it was for a workbook without history', () => {
    const html = renderReportHtml(gatherShareFacts(buildStrategyModel([kpis]), DAY));
    expect(html).not.toContain('<th>Recent</th>');
  });

  it('draws a flat series across the middle and a rising one upwards', () => {
    expect(sparkPoints([3, 3], 10, 10)).toBe('0,5 10,5');
    expect(sparkPoints([1, 2], 10, 10)).toBe('0,9 10,1');
  });
});
