import { detectTables, type DetectedTable } from './index';
import { serial, sheetOf } from './testSheet';

function only(result: ReturnType<typeof detectTables>): DetectedTable {
  if (!result.ok) throw new Error(result.reason);
  expect(result.tables).toHaveLength(1);
  return result.tables[0];
}

const months = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'].map(serial);

describe('detectTables: histories', () => {
  it('reads one column per month (real dates in the header) as a wide KPI history', () => {
    const sheet = sheetOf([
      ['Metric', 'Region', ...months, 'Total'],
      ['Sales Act', 'North', 10, 12, 11, 14, 47],
      ['Sales Plan', 'North', 11, 11, 12, 12, 46],
      ['Expenses', 'South', 5, 6, 5, 4, 20],
    ]);
    // Only the header cells show as dates; the figures below are plain numbers.
    const numberFormats = sheet.values.map((row, r) =>
      row.map((_, c) => (r === 0 && c >= 2 && c <= 5 ? 'mmm-yy' : null)),
    );
    const t = only(detectTables({ ...sheet, numberFormats }));
    expect(t.kind).toBe('kpis');
    expect(t.layout).toBe('wide');
    expect(t.columns.map((c) => c.role)).toEqual(['kpi', 'other', 'period', 'period', 'period', 'period', 'other']);
  });

  it('reads text month headers such as "Jan-17" as periods, and names the metric column even when its header is vague', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['Table', 'Jan-17', 'Feb-17', 'Mar-17'],
          ['Calls answered', 120, 130, 125],
          ['Average handling time', 6.5, 6.1, 6.0],
        ]),
      ),
    );
    expect(t.layout).toBe('wide');
    expect(t.kind).toBe('kpis');
    expect(t.columns.map((c) => c.role)).toEqual(['kpi', 'period', 'period', 'period']);
  });

  it('keeps a goals table with weekly check-in columns a goals table', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['Goal', 'Owner', 'Week 1', 'Week 2', 'Week 3'],
          ['Answer every customer email within a day', 'Ana Lopez', 0.5, 0.7, 0.9],
          ['Publish two recipes on the blog each week', 'Ben Carter', 1, 2, 2],
        ]),
      ),
    );
    expect(t.kind).toBe('goals');
    expect(t.layout).toBe('wide');
  });

  it('reads one row per metric and month as a long history with one period column', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['KPI', 'Month', 'Actual', 'Target'],
          ['Revenue', 'Jan 2026', 100, 110],
          ['Revenue', 'Feb 2026', 104, 112],
          ['Churn', 'Jan 2026', 0.04, 0.03],
        ]),
      ),
    );
    expect(t.layout).toBe('long');
    expect(t.columns.filter((c) => c.role === 'period').map((c) => c.column)).toEqual(['B']);
  });

  it('leaves a plain goals table flat, and a comparison of two quarters is not read as periods on its own', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['Goal', 'Owner', 'Q1', 'Q2'],
          ['Grow revenue by a fifth this year', 'Ana Lopez', 100, 120],
          ['Keep our best customers happy', 'Ben Carter', 40, 45],
        ]),
      ),
    );
    expect(t.layout).toBe('flat');
  });
});
