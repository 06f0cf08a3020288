import * as path from 'path';
import { formatSwotReport, runSwotEval, type SwotReport } from '../../eval/swot';

const corpus = path.resolve(__dirname, '../../../shared/corpus');

describe('SWOT import on the real corpus workbooks', () => {
  let report: SwotReport;

  beforeAll(async () => {
    report = await runSwotEval(corpus);
    console.log(formatSwotReport(report));
  }, 60_000);

  it('finds every expected item in its quadrant in every workbook', () => {
    for (const file of report.files)
      expect({ file: file.file, misses: file.misses }).toEqual({ file: file.file, misses: [] });
    expect(report.overall.recall).toBe(1);
  });

  it('takes no header, title or axis label as an item', () => {
    for (const file of report.files)
      expect({ file: file.file, falseItems: file.falseItems }).toEqual({ file: file.file, falseItems: [] });
    expect(report.overall.precision).toBe(1);
  });

  it('attributes items to the right cell, company and impact', () => {
    for (const file of report.files)
      expect({ file: file.file, details: file.details }).toEqual({ file: file.file, details: [] });
  });

  it('reads merged cells the same way when only their first cell holds the value, as in Excel', async () => {
    const excelView = await runSwotEval(corpus, { blankMerged: true });
    console.log(formatSwotReport(excelView));
    for (const file of excelView.files) {
      expect({ file: file.file, misses: file.misses, falseItems: file.falseItems, details: file.details }).toEqual({
        file: file.file,
        misses: [],
        falseItems: [],
        details: [],
      });
    }
  }, 60_000);

  it('reads the bare s/w/o/t template as empty and says so', () => {
    const empty = report.files.find((f) => f.file.endsWith('empty-swot-template.xlsx'));
    expect(empty?.found).toBe(0);
    expect(empty?.warnings.length).toBeGreaterThan(0);
  });
});
