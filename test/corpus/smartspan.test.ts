import * as path from 'path';
import { formatSmartSpanReport, runSmartSpanEval, type SmartSpanReport } from '../../eval/smartspan';

const corpusRoot = path.resolve(__dirname, '../../../shared/corpus');

describe('SMARTSpan health-coaching goals (real labels)', () => {
  let report: SmartSpanReport;

  beforeAll(async () => {
    report = await runSmartSpanEval(corpusRoot);
    process.stdout.write(`${formatSmartSpanReport(report)}\n`);
  });

  it('reads all 266 labelled goals', () => {
    expect(report.goals).toBe(266);
  });

  it('reaches macro-F1 0.90 on Measurable', () => {
    expect(report.measurable.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches macro-F1 0.95 on Achievable (stated confidence)', () => {
    expect(report.achievable.macroF1).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches macro-F1 0.75 on Specific', () => {
    expect(report.specific.macroF1).toBeGreaterThanOrEqual(0.75);
  });

  it('reaches 3-class macro-F1 0.85 on SMART / Partially SMART / Not SMART', () => {
    expect(report.classMacroF1).toBeGreaterThanOrEqual(0.85);
  });
});
