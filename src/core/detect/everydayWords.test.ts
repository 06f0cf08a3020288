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

describe('detectTables: evidence of goals or KPIs', () => {
  it('reads one row per person and one column per measure as a KPI scorecard', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['Agent', 'Calls', 'First contact resolution', 'CSAT'],
          ['Ana', 120, 0.8, 4.6],
          ['Ben', 98, 0.7, 4.2],
          ['Cleo', 130, 0.85, 4.8],
        ]),
      ),
    );
    expect(t.kind).toBe('kpis');
    expect(roles(t)).toEqual(['owner', 'actual', 'actual', 'actual']);
  });

  it('leaves order lists, to-do lists, inventories and cost projections as ordinary tables', () => {
    const sheets = [
      [
        ['Date', 'Customer', 'Product', 'Quantity', 'Total'],
        ['2026-01-02', 'Café Luna', 'Baguette', 20, 30],
        ['2026-01-02', 'Hotel Mar', 'Croissant', 50, 90],
        ['2026-01-03', 'Café Luna', 'Baguette', 18, 27],
      ],
      [
        ['Task', 'Done'],
        ['Call the flour supplier', 'yes'],
        ['Fix the oven door', 'no'],
        ['Order new boxes', 'no'],
      ],
      [
        ['Item', 'Stock', 'Reorder level'],
        ['Flour kg', 120, 50],
        ['Sugar kg', 40, 20],
        ['Butter kg', 15, 10],
      ],
      [
        ['Category', 'Crew', 'Fixed monthly'],
        ['Vehicles', '$1,433', '$1,433'],
        ['Insurance', '$445', '$445'],
        ['Tools', '$120', '$80'],
      ],
    ];
    for (const rows of sheets) expect(only(detectTables(sheetOf(rows))).kind).toBe('other');
  });
});
