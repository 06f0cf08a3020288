import * as path from 'path';
import { readBusiness, readSmartSpan } from '../../eval/smartData';
import { formatSmartModelReport, runSmartModelEval, type SmartModelReport } from '../../eval/smartModelEval';

const corpusRoot = path.resolve(__dirname, '../../../shared/corpus');

/**
 * The SMART model on goals it was not trained on: business goals with each organisation held out
 * in turn, SMARTSpan in five folds by coaching note. The targets are in the README; here
 * the model must at least beat the baselines a one-line rule gives.
 */
describe('SMART scores on held-out labelled goals (real labels)', () => {
  let report: SmartModelReport;

  beforeAll(() => {
    report = runSmartModelEval([...readBusiness(corpusRoot), ...readSmartSpan(corpusRoot)]);
    process.stdout.write(`${formatSmartModelReport(report)}\n`);
  }, 600_000);

  it('reads the 269 business goals and 266 SMARTSpan goals, leaving out the unlabelled', () => {
    expect(report.business.specific.goals).toBe(267);
    expect(report.smartspan.specific.goals).toBe(266);
  });

  it.each(['specific', 'measurable', 'timeBound'] as const)('beats both baselines on business %s', (c) => {
    const r = report.business[c];
    expect(r.model).toBeGreaterThan(Math.max(r.majority, r.hasNumber));
  });

  it.each(['specific', 'measurable'] as const)('beats both baselines on SMARTSpan %s', (c) => {
    const r = report.smartspan[c];
    expect(r.model).toBeGreaterThan(Math.max(r.majority, r.hasNumber));
  });

  it('keeps Time-bound at macro-F1 0.92 on business goals and Achievable at 0.95 on SMARTSpan', () => {
    expect(report.business.timeBound.model).toBeGreaterThanOrEqual(0.92);
    expect(report.smartspan.achievable.model).toBeGreaterThanOrEqual(0.95);
  });
});
