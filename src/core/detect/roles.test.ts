import { detectTables, type ColumnRole, type DetectedTable } from './index';
import { serial, sheetOf } from './testSheet';
import type { CellValue } from '../grid/types';

function table(rows: readonly (readonly CellValue[])[], formats?: Record<number, string>): DetectedTable {
  const result = detectTables(sheetOf(rows, { columnFormats: formats }));
  if (!result.ok) throw new Error(result.reason);
  return result.tables[0];
}

const roles = (t: DetectedTable): ColumnRole[] => t.columns.map((c) => c.role);

const goalRows = (header: readonly string[]): CellValue[][] => [
  [...header],
  [
    'G-001',
    'Grow monthly recurring revenue to 50k',
    'Ana Lopez',
    serial('2026-01-01'),
    serial('2026-06-30'),
    30000,
    50000,
    'On track',
  ],
  [
    'G-002',
    'Cut customer churn below three percent',
    'Ben Carter',
    serial('2026-01-01'),
    serial('2026-09-30'),
    0.06,
    0.03,
    'At risk',
  ],
  [
    'G-003',
    'Open a second shop in the city centre',
    'Ana Lopez',
    serial('2026-02-01'),
    serial('2026-12-31'),
    0,
    1,
    'Not started',
  ],
];
const dates = { 3: 'dd/mm/yyyy', 4: 'dd/mm/yyyy' };
const expected: ColumnRole[] = ['id', 'goal', 'owner', 'start', 'due', 'baseline', 'target', 'status'];

describe('detectTables: what each column means', () => {
  it('names the columns of an English goals table from their headers', () => {
    expect(
      roles(table(goalRows(['ID', 'Goal', 'Owner', 'Start date', 'Due date', 'Baseline', 'Target', 'Status']), dates)),
    ).toEqual(expected);
  });

  it.each([
    [
      'French',
      ['Réf', 'Objectif', 'Responsable', 'Date de début', "Date d'échéance", 'Valeur initiale', 'Cible', 'Statut'],
    ],
    [
      'Spanish',
      ['Código', 'Objetivo', 'Responsable', 'Fecha de inicio', 'Fecha límite', 'Línea base', 'Valor meta', 'Estado'],
    ],
    ['German', ['Nr', 'Ziel', 'Verantwortlich', 'Beginn', 'Fälligkeit', 'Ausgangswert', 'Zielwert', 'Ampel']],
    [
      'Portuguese',
      ['Código', 'Objetivo', 'Responsável', 'Data de início', 'Prazo', 'Linha de base', 'Valor alvo', 'Situação'],
    ],
  ])('names the columns of a %s goals table from their headers', (_language, header) => {
    expect(roles(table(goalRows(header), dates))).toEqual(expected);
  });

  it('reads roles from the cells when the headers say nothing', () => {
    const t = table(
      [
        ['Col1', 'Col2', 'Col3', 'Col4', 'Col5', 'Col6', 'Col7'],
        [
          'K-01',
          'Ana Lopez',
          serial('2026-06-30'),
          'Up',
          'Monthly',
          'On track',
          'Grow repeat orders from our existing wholesale customers',
        ],
        [
          'K-02',
          'Ben Carter',
          serial('2026-09-30'),
          'Down',
          'Weekly',
          'At risk',
          'Reduce the time it takes to answer a support ticket',
        ],
        [
          'K-03',
          'Ana Lopez',
          serial('2026-12-31'),
          'Up',
          'Quarterly',
          'Done',
          'Raise the share of customers who recommend us to friends',
        ],
        [
          'K-04',
          'Ben Carter',
          serial('2026-12-31'),
          'Down',
          'Monthly',
          'Behind',
          'Lower the cost of each new customer we win online',
        ],
      ],
      { 2: 'yyyy-mm-dd' },
    );
    expect(roles(t)).toEqual(['id', 'owner', 'due', 'direction', 'frequency', 'status', 'goal']);
  });

  it('treats the Goal column of a KPI table as a link to goals', () => {
    const t = table([
      ['KPI', 'Goal', 'Direction', 'Target', 'Actual', 'Unit'],
      ['Monthly recurring revenue', 'G-001', 'Up', 50000, 42000, '$'],
      ['Churn rate', 'G-002', 'Down', 0.03, 0.04, '%'],
      ['Net promoter score', 'G-002', 'Up', 50, 46, 'points'],
    ]);
    expect(roles(t)).toEqual(['kpi', 'link', 'direction', 'target', 'actual', 'unit']);
    expect(t.kind).toBe('kpis');
  });

  it('reads a bare "Date" as the deadline in a goals table and the reading date in a KPI log', () => {
    const goal = table(
      [
        ['Goal', 'Date'],
        ['Launch the new website for spring', serial('2026-04-01')],
        ['Hire two more technicians for the vans', serial('2026-07-01')],
      ],
      { 1: 'd-mmm-yy' },
    );
    expect(roles(goal)).toEqual(['goal', 'due']);
    const log = table(
      [
        ['KPI', 'Date', 'Actual'],
        ['Revenue', serial('2026-01-31'), 41000],
        ['Revenue', serial('2026-02-28'), 43500],
      ],
      { 1: 'd-mmm-yy' },
    );
    expect(roles(log)).toEqual(['kpi', 'asOf', 'actual']);
  });

  it('takes the head word of a compound header: "Goal type" is not the goal, "Tipo de meta" neither', () => {
    const t = table([
      ['Goal', 'Goal type', 'Tipo de meta', 'Goal owner', 'Target date'],
      ['Grow revenue by a fifth this year', 'Financial', 'Financiera', 'Ana Lopez', '31/12/2026'],
      ['Open a second shop in town', 'Growth', 'Crecimiento', 'Ben Carter', '30/06/2026'],
    ]);
    expect(roles(t)).toEqual(['goal', 'other', 'other', 'owner', 'due']);
  });

  it('gives confidences between 0 and 1 and offers other roles as alternatives', () => {
    const t = table([
      ['Name', 'Value'],
      ['Revenue', 100],
      ['Customers', 40],
    ]);
    for (const c of t.columns) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      for (const a of c.alternatives) expect(a.role).not.toBe(c.role);
    }
    expect(t.columns[1].alternatives.length).toBeGreaterThan(0);
  });

  it('is surer of a column named by its header than of one guessed from its cells', () => {
    const named = table(goalRows(['ID', 'Goal', 'Owner', 'Start', 'Due', 'Baseline', 'Target', 'Status']), dates);
    const guessed = table(goalRows(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']), dates);
    expect(named.columns[2].confidence).toBeGreaterThan(guessed.columns[2].confidence);
  });
});
