import * as path from 'path';
import { formatStructureReport, runStructureEval, type StructureReport } from '../../eval/structure';

const corpus = path.resolve(__dirname, '../../../shared/corpus');

describe('table detection on the real corpus workbooks', () => {
  let report: StructureReport;

  beforeAll(async () => {
    report = await runStructureEval(corpus);
    console.log(formatStructureReport(report));
  }, 120_000);

  it('finds the header row of every expected table', () => {
    const headerMisses = report.misses.filter(
      (m) => m.includes('header found at') || m.includes('unreadable') || m.includes('sheet missing'),
    );
    expect(headerMisses).toEqual([]);
    expect(report.headerRows.rate).toBe(1);
    expect(report.headerRows.total).toBeGreaterThanOrEqual(15);
  });

  it('gives at least 90% of the clearly meant columns their role', () => {
    expect(report.roles.total).toBeGreaterThanOrEqual(50);
    expect(report.roles.rate).toBeGreaterThanOrEqual(0.9);
  });

  it('finds no table on sheets that hold none', () => {
    expect(report.falseTables).toEqual([]);
  });
});
