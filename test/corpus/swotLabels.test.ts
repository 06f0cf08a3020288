/** SWOT import on the second-round workbooks labelled in ../shared/corpus/workbooks/labels.json. */
import * as path from 'path';
import { formatSwotLabelReport, runSwotLabelEval, type SwotLabelReport } from '../../eval/swotLabels';

const corpus = path.resolve(__dirname, '../../../shared/corpus');

describe('SWOT import on the labelled second-round workbooks', () => {
  let report: SwotLabelReport;

  beforeAll(async () => {
    report = await runSwotLabelEval(corpus);
    console.log(formatSwotLabelReport(report));
  }, 60_000);

  it('reaches item precision 0.90 and recall 0.95, item by item and against the label counts', () => {
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.labelCountPrecision).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.labelCountRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds every sample item of labels.json in its cell and quadrant', () => {
    expect(report.overall.samplesFound).toBe(report.overall.samples);
  });

  it('imports the countermeasures and cross-strategies as strategies', () => {
    expect(report.overall.strategyPrecision).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.strategyRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('reads merged cells the same way when only their first cell holds the value, as in Excel', async () => {
    const excelView = await runSwotLabelEval(corpus, { blankMerged: true });
    expect(excelView.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(excelView.overall.recall).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
