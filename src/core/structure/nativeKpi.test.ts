import { letFileForm } from '../share/formulaScan';
import { EXCEL_FORMULA_LIMIT, nativeKpiColumns } from '../share/nativeColumns';
import { FORMULAS } from './columns';
import { mappingJson, parseMapping } from './mapping';
import { initialCorrections } from './plan';
import { column, firstTable, planOf, sheetOf, type TestCell } from './testing';
import type { StructureCorrections } from './types';

const KPI_ROWS: TestCell[][] = [
  ['ID', 'KPI', 'Direction', 'Baseline', 'Target', 'Actual'],
  ['K-001', 'Repeat customers per month', 'higher', 200, 260, 230],
  ['K-002', 'Returned orders', 'lower', 12, 6, 9],
];
const kpiSheet = sheetOf(KPI_ROWS, 'KPIs');
const native = (c: StructureCorrections): StructureCorrections => ({ ...c, nativeKpiFormulas: true });
const formulaOf = (plan: ReturnType<typeof planOf>, header: string): string | undefined =>
  plan.columns.find((c) => c.header === header)?.formula;

describe('KPI status as plain Excel formulas (Structure option)', () => {
  it('is off by default: Status and Progress call RUDDER.KPI_STATUS and RUDDER.KPI_PROGRESS', () => {
    const plan = planOf(kpiSheet);
    expect(initialCorrections(firstTable(kpiSheet)).nativeKpiFormulas).toBe(false);
    expect(formulaOf(plan, 'Status')).toBe(FORMULAS.kpiStatus);
    expect(formulaOf(plan, 'Progress')).toBe(FORMULAS.kpiProgress);
  });

  it('when on, writes the native LET formulas over the table columns, and no RUDDER call anywhere', () => {
    const plan = planOf(kpiSheet, { fix: native });
    const expected = nativeKpiColumns();
    expect(formulaOf(plan, 'Status')).toBe(expected.Status);
    expect(formulaOf(plan, 'Progress')).toBe(expected.Progress);
    expect(expected.Status.startsWith('=LET(')).toBe(true);
    expect(column(plan, 'Status')[0]).toEqual({ formula: expected.Status });
    expect(JSON.stringify(plan.columns)).not.toMatch(/RUDDER\./i);
    // Only the two formula columns change: the value columns are the same as without the option.
    const plain = planOf(kpiSheet);
    expect(column(plan, 'Actual')).toEqual(column(plain, 'Actual'));
    expect(plan.columns.map((c) => c.header)).toEqual(plain.columns.map((c) => c.header));
  });

  it('writes the form without LET when the host says it has no LET', () => {
    const plan = planOf(kpiSheet, { fix: native, nativeKpiForm: 'inline' });
    expect(formulaOf(plan, 'Status')).toBe(nativeKpiColumns({ inline: true }).Status);
    expect(formulaOf(plan, 'Status')).not.toMatch(/LET\(/);
  });

  it('leaves goal tables alone: their formulas are SMART scores, which have no native form', () => {
    const goals = sheetOf([
      ['Goal', 'Due', 'Target'],
      ['Grow repeat customers from 200 to 260 a month', 'Q2 2027', 260],
    ]);
    const plan = planOf(goals, { fix: native });
    expect(formulaOf(plan, 'SMART')).toBe(FORMULAS.smart);
    expect(plan.mapping.sources[0].nativeKpiFormulas).toBeUndefined();
  });

  it('is remembered for the sheet, so running Structure again keeps the choice', () => {
    const plan = planOf(kpiSheet, { fix: native });
    const stored = parseMapping(JSON.parse(JSON.stringify(mappingJson(plan.mapping))));
    expect(stored?.sources[0].nativeKpiFormulas).toBe(true);
    const again = initialCorrections(firstTable(kpiSheet), stored?.sources[0]);
    expect(again.nativeKpiFormulas).toBe(true);
    // A choice of RUDDER.* is stored as nothing, so older mappings read the same way.
    const plain = mappingJson(planOf(kpiSheet).mapping);
    expect(JSON.stringify(plain)).not.toContain('nativeKpiFormulas');
  });
});

describe("the formulas Structure writes fit Excel's 8,192-character limit", () => {
  it.each([
    ['Status', nativeKpiColumns().Status],
    ['Progress', nativeKpiColumns().Progress],
    ['Status as a file stores it', letFileForm(nativeKpiColumns().Status)],
    ['Progress as a file stores it', letFileForm(nativeKpiColumns().Progress)],
  ])('%s', (_name, formula) => {
    expect(formula.length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
  });

  it('would not fit without LET, which is why Excel gets the LET form', () => {
    expect(nativeKpiColumns({ inline: true }).Status.length).toBeGreaterThan(EXCEL_FORMULA_LIMIT);
  });
});
