import { detectTables, type DetectedTable } from './index';
import { sheetOf } from './testSheet';

function only(result: ReturnType<typeof detectTables>): DetectedTable {
  if (!result.ok) throw new Error(result.reason);
  expect(result.tables).toHaveLength(1);
  return result.tables[0];
}

const roles = (t: DetectedTable): string[] => t.columns.map((c) => c.role);

describe('detectTables: everyday header words', () => {
  it('reads PY, Act and Plan as baseline, actual and target, and a perspective name over the KPI names', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['Finance', 'PY', 'Act', 'Plan', 'Variance'],
          ['Sales', 900, 1000, 1100, -100],
          ['Expenses', 400, 380, 390, 10],
          ['Debtor days', 40, 38, 35, 3],
        ]),
      ),
    );
    expect(t.kind).toBe('kpis');
    expect(roles(t)).toEqual(['kpi', 'baseline', 'actual', 'target', 'other']);
  });

  it('reads the same words in Spanish, French, German and Portuguese', () => {
    const rows = [
      ['Ventas', 900, 1000, 1100],
      ['Gastos', 400, 380, 390],
      ['Clientes nuevos', 40, 38, 45],
    ];
    const cases: [string[], string[]][] = [
      [
        ['Indicador', 'Año anterior', 'Real', 'Presupuesto'],
        ['kpi', 'baseline', 'actual', 'target'],
      ],
      [
        ['Indicateur', 'Année précédente', 'Réel', 'Budget'],
        ['kpi', 'baseline', 'actual', 'target'],
      ],
      [
        ['Kennzahl', 'Vorjahr', 'Ist', 'Plan'],
        ['kpi', 'baseline', 'actual', 'target'],
      ],
      [
        ['Indicador', 'Ano anterior', 'Realizado', 'Orçado'],
        ['kpi', 'baseline', 'actual', 'target'],
      ],
    ];
    for (const [header, want] of cases) expect(roles(only(detectTables(sheetOf([header, ...rows]))))).toEqual(want);
  });

  it('reads "Goal", "Aim" or "Benchmark" over a column of numbers as the target', () => {
    for (const word of ['Goal', 'Aim', 'Benchmark']) {
      const t = only(
        detectTables(
          sheetOf([
            ['Metric', 'Current', word],
            ['Weekly bread sales', 800, 1000],
            ['Cake orders', 30, 45],
            ['Waste kg', 12, 8],
          ]),
        ),
      );
      expect(roles(t)).toEqual(['kpi', 'actual', 'target']);
    }
  });

  it('leaves a budget (lines with planned, actual and difference) as an ordinary table', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['Expense', 'Planned', 'Actual', 'Difference'],
          ['Rent', 1200, 1200, 0],
          ['Groceries', 500, 540, -40],
          ['Electricity', 90, 84, 6],
        ]),
      ),
    );
    expect(t.kind).toBe('other');
  });
});
