import type { AlignmentResult, Finding } from '../../../src/core/alignment';
import type { DetectedTable } from '../../../src/core/detect';
import { auditText } from '../../../src/cli/auditCommand';
import { tableText } from '../../../src/cli/structureCommand';

describe('text output of very large results', () => {
  it('audit prints 200,000 findings without overflowing the call stack', () => {
    const finding: Finding = {
      rule: 'goal-without-kpi',
      severity: 'warning',
      sheet: 'Goals',
      cell: 'A2',
      message: 'A goal has no KPI.',
      fix: 'Add a KPI.',
      subjects: ['G1'],
    };
    const result = {
      score: 10,
      findings: Array.from({ length: 200_000 }, () => finding),
      checks: 200_000,
      passed: 0,
      rules: [],
    } as unknown as AlignmentResult;
    const text = auditText('big.xlsx', 46_000, result);
    expect(text.split('\n').length).toBeGreaterThan(400_000);
  });

  it('structure lists the first 40 columns of a 16,384-column table and counts the rest', () => {
    const columns = Array.from({ length: 16_384 }, (_, i) => ({
      column: `C${i}`,
      index: i,
      header: `H${i}`,
      role: 'other',
      confidence: 0.5,
      alternatives: [],
    }));
    const table = {
      sheet: 'Wide',
      range: 'A1:XFD2',
      headerRow: 1,
      headerRows: 1,
      firstDataRow: 2,
      lastDataRow: 2,
      kind: 'kpis',
      kindConfidence: 0.9,
      columns,
      skippedRows: [],
    } as unknown as DetectedTable;
    const lines = tableText(table).split('\n');
    expect(lines.length).toBe(2 + 40 + 1);
    expect(lines[lines.length - 1]).toMatch(/and 16,344 more columns \(--json lists them all\)/);
  });
});

describe('structure text for a SWOT table', () => {
  it('points to rudder swot import for that sheet, not to --kind', () => {
    const table = {
      sheet: 'SWOT',
      range: 'A3:C7',
      headerRow: 3,
      headerRows: 1,
      firstDataRow: 4,
      lastDataRow: 7,
      kind: 'swot',
      kindConfidence: 0.9,
      columns: [],
      skippedRows: [],
    } as unknown as DetectedTable;
    const text = tableText(table, 'plan.xlsx');
    expect(text).toContain('rudder swot import "plan.xlsx" --sheet "SWOT" reads its items');
    expect(text).not.toContain('--kind');
  });
});
