import path from 'path';
import { parseCsv } from '../../src/core/grid/csv';
import { formatNycReport, runNycEval } from '../../eval/nyc';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');

describe("KPI status on NYC Mayor's Management Report indicators", () => {
  it('reads quoted CSV fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""",\n"x\ny",2\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', ''],
      ['x\ny', '2'],
    ]);
  });

  it('calls Achieved exactly the rows the report marks Met_Goal, on all 351 labelled rows', async () => {
    const report = await runNycEval(CORPUS);
    expect(report.considered).toBe(351);
    expect(formatNycReport(report)).toContain('351 of 351');
    expect(report.disagreements).toEqual([]);
  });
});
