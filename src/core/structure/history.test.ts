import type { DetectedTable, TableLayout } from '../detect';
import { serialFromYmd } from '../dates';
import type { SheetSnapshot } from '../grid/types';
import { HISTORY_FORMULAS } from './historyFormulas';
import { HISTORY_MESSAGES } from './historyPlan';
import { initialCorrections, planStructure } from './plan';
import { asExisting, column, firstTable, sheetOf, type TestCell } from './testing';
import type { ExistingTable, StructureMapping, StructurePlan } from './types';

const end = (y: number, m: number, day: number): { date: number } => ({ date: serialFromYmd(y, m, day) });

/** Detection's table with the layout and the period columns the detection engineer's work will report. */
function asHistory(snapshot: SheetSnapshot, layout: TableLayout, periodLetters: readonly string[]): DetectedTable {
  const table = firstTable(snapshot);
  return {
    ...table,
    kind: 'kpis',
    layout,
    columns: table.columns.map((c) => (periodLetters.includes(c.column) ? { ...c, role: 'period' } : c)),
  };
}

interface Run {
  readonly existing?: ExistingTable | null;
  readonly existingHistory?: ExistingTable | null;
  readonly mapping?: StructureMapping | null;
}

function plan(snapshot: SheetSnapshot, table: DetectedTable, run: Run = {}): StructurePlan {
  const result = planStructure({
    table,
    snapshot,
    corrections: { ...initialCorrections(table), kind: 'kpis' },
    existing: run.existing ?? null,
    mapping: run.mapping ?? null,
    existingHistory: run.existingHistory ?? null,
    sheetNames: [snapshot.name],
    today: serialFromYmd(2027, 4, 15),
  });
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

/** RudderHistory as a table holds it after Apply. */
function historyAsExisting(p: StructurePlan): ExistingTable {
  const h = p.history;
  if (!h) throw new Error('no history');
  const headers = h.columns.map((c) => c.header);
  return {
    name: h.tableName,
    sheet: h.targetSheet,
    range: 'A1',
    rows: h.rows.map((cells) =>
      Object.fromEntries(
        headers.map((hd, i) => {
          const cell = cells[i];
          return [hd, cell !== null && typeof cell === 'object' ? ('date' in cell ? cell.date : null) : cell];
        }),
      ),
    ),
  };
}

const wide: TestCell[][] = [
  ['Metric', 'Unit', 'Target', 'Jan-27', 'Feb-27', 'Mar-27'],
  ['Monthly revenue', '$', 50000, 41000, 43500, 45200],
  ['Food waste', '%', 5, 9, '8.5', null],
  ['Google rating', 'stars', 4.7, 4.4, 'n/a', 4.5],
];

describe('Structure of a wide history (metrics down, periods across)', () => {
  const snapshot = sheetOf(wide, 'Monthly numbers');
  const table = asHistory(snapshot, 'wide', ['D', 'E', 'F']);

  it('writes one KPI per metric and one history row per metric and period with a value', () => {
    const p = plan(snapshot, table);
    expect(column(p, 'KPI')).toEqual(['Monthly revenue', 'Food waste', 'Google rating']);
    expect(column(p, 'Target')).toEqual([50000, 5, 4.7]);
    expect(p.history?.rows).toEqual([
      ['K-001', end(2027, 1, 31), 41000, null, null],
      ['K-001', end(2027, 2, 28), 43500, null, null],
      ['K-001', end(2027, 3, 31), 45200, null, null],
      ['K-002', end(2027, 1, 31), 9, null, null],
      ['K-002', end(2027, 2, 28), 8.5, null, null],
      ['K-003', end(2027, 1, 31), 4.4, null, null],
      ['K-003', end(2027, 3, 31), 4.5, null, null],
    ]);
    expect(p.history?.createsSheet).toBe(true);
    expect(p.history?.targetSheet).toBe('History (Rudder)');
  });

  it('gives each KPI with history live Actual and As of formulas, and copies the period columns', () => {
    const p = plan(snapshot, table);
    expect(column(p, 'Actual')).toEqual(Array(3).fill({ formula: HISTORY_FORMULAS.actual }));
    expect(column(p, 'As of')).toEqual(Array(3).fill({ formula: HISTORY_FORMULAS.asOf }));
    expect(p.notCopied).toEqual([]);
    expect(p.notes).toEqual(
      expect.arrayContaining([HISTORY_MESSAGES.periodsRead(3, 3), HISTORY_MESSAGES.latestFromHistory]),
    );
  });

  it('changes nothing when run again on the same sheet, and adds only the new period after a month passes', () => {
    const first = plan(snapshot, table);
    const again = plan(snapshot, table, {
      existing: asExisting(first),
      existingHistory: historyAsExisting(first),
      mapping: first.mapping,
    });
    expect(again.changes).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(again.history?.changes).toEqual({ added: 0, updated: 0, unchanged: 7, keptOnly: 0 });
    expect(again.history?.rows).toEqual(first.history?.rows);

    const april: TestCell[][] = wide.map((row, i) => [...row, i === 0 ? 'Apr-27' : i === 1 ? 46100 : null]);
    april[2][5] = 7.9; // March's waste filled in late
    const later = sheetOf(april, 'Monthly numbers');
    const next = plan(later, asHistory(later, 'wide', ['D', 'E', 'F', 'G']), {
      existing: asExisting(first),
      existingHistory: historyAsExisting(first),
      mapping: first.mapping,
    });
    expect(next.history?.changes).toEqual({ added: 2, updated: 0, unchanged: 7, keptOnly: 0 });
    expect(next.history?.rows.slice(7)).toEqual([
      ['K-001', end(2027, 4, 30), 46100, null, null],
      ['K-002', end(2027, 3, 31), 7.9, null, null],
    ]);
    expect(next.summary).toContain('Updates the history RudderHistory: 2 new, 0 changed, 7 unchanged.');
  });

  it('updates a changed value in place and keeps the note written beside it', () => {
    const first = plan(snapshot, table);
    const history = historyAsExisting(first);
    const noted = { ...history, rows: history.rows.map((r, i) => (i === 0 ? { ...r, Note: 'holiday closure' } : r)) };
    const edited = wide.map((row) => [...row]);
    edited[1][3] = 41500;
    const sheet = sheetOf(edited, 'Monthly numbers');
    const next = plan(sheet, asHistory(sheet, 'wide', ['D', 'E', 'F']), {
      existing: asExisting(first),
      existingHistory: noted,
      mapping: first.mapping,
    });
    expect(next.history?.changes).toMatchObject({ added: 0, updated: 1, unchanged: 6 });
    expect(next.history?.rows[0]).toEqual(['K-001', end(2027, 1, 31), 41500, null, 'holiday closure']);
  });

  it('reads a second header row of Target and Actual into the history target and actual', () => {
    const twoRows: TestCell[][] = [
      ['KPI', 'Jan-27', null, 'Feb-27', null],
      [null, 'Target', 'Actual', 'Target', 'Actual'],
      ['Loaves sold', 1000, 950, 1050, 1080],
    ];
    const sheet = sheetOf(twoRows, 'Plan vs actual');
    const detected = firstTable(sheet);
    const table2: DetectedTable = {
      ...detected,
      kind: 'kpis',
      layout: 'wide',
      headerRow: 1,
      headerRows: 2,
      firstDataRow: 3,
      columns: [
        { column: 'A', index: 0, header: 'KPI', role: 'kpi', confidence: 0.9, alternatives: [] },
        { column: 'B', index: 1, header: 'Jan-27 Target', role: 'period', confidence: 0.8, alternatives: [] },
        { column: 'C', index: 2, header: 'Jan-27 Actual', role: 'period', confidence: 0.8, alternatives: [] },
        { column: 'D', index: 3, header: 'Feb-27 Target', role: 'period', confidence: 0.8, alternatives: [] },
        { column: 'E', index: 4, header: 'Feb-27 Actual', role: 'period', confidence: 0.8, alternatives: [] },
      ],
    };
    const p = plan(sheet, table2);
    expect(p.history?.rows).toEqual([
      ['K-001', end(2027, 1, 31), 950, 1000, null],
      ['K-001', end(2027, 2, 28), 1080, 1050, null],
    ]);
  });

  it('says which period headers and values it could not read, and leaves them out', () => {
    const odd: TestCell[][] = [
      ['Metric', 'Jan-27', 'Total', 'Feb-27'],
      ['Covers served', 800, 1700, 'closed'],
    ];
    const sheet = sheetOf(odd, 'Odd');
    const p = plan(sheet, asHistory(sheet, 'wide', ['B', 'C', 'D']));
    expect(p.history?.rows).toEqual([['K-001', end(2027, 1, 31), 800, null, null]]);
    expect(p.notes).toEqual(
      expect.arrayContaining([HISTORY_MESSAGES.unreadPeriods(1, 'Total'), HISTORY_MESSAGES.unreadValues(1, 'closed')]),
    );
  });
});

describe('Structure of a long history (metric, period, value)', () => {
  const long: TestCell[][] = [
    ['Metric', 'Month', 'Value', 'Unit'],
    ['Monthly revenue', 'janv. 2027', 41000, '$'],
    ['Food waste', 'janv. 2027', 9, '%'],
    ['Monthly revenue', 'févr. 2027', 43500, '$'],
    ['Food waste', end(2027, 2, 28), 8.5, '%'],
    ['Monthly revenue', 'Q1 2027', 45200, '$'],
  ];
  const snapshot = sheetOf(long, 'Numbers');
  const detected = firstTable(snapshot);
  const table: DetectedTable = {
    ...detected,
    kind: 'kpis',
    layout: 'long',
    columns: [
      { column: 'A', index: 0, header: 'Metric', role: 'kpi', confidence: 0.9, alternatives: [] },
      { column: 'B', index: 1, header: 'Month', role: 'period', confidence: 0.9, alternatives: [] },
      { column: 'C', index: 2, header: 'Value', role: 'actual', confidence: 0.7, alternatives: [] },
      { column: 'D', index: 3, header: 'Unit', role: 'unit', confidence: 0.9, alternatives: [] },
    ],
  };

  it('writes one KPI per metric, in the order they first appear, and one history row per period', () => {
    const p = plan(snapshot, table);
    expect(column(p, 'KPI')).toEqual(['Monthly revenue', 'Food waste']);
    expect(column(p, 'Unit')).toEqual(['$', '%']);
    expect(column(p, 'Actual')[0]).toEqual({ formula: HISTORY_FORMULAS.actual });
    expect(p.history?.rows).toEqual([
      ['K-001', end(2027, 1, 31), 41000, null, null],
      ['K-001', end(2027, 2, 28), 43500, null, null],
      ['K-001', end(2027, 3, 31), 45200, null, null],
      ['K-002', end(2027, 1, 31), 9, null, null],
      ['K-002', end(2027, 2, 28), 8.5, null, null],
    ]);
  });

  it('runs again without duplicating a KPI or a period', () => {
    const first = plan(snapshot, table);
    const again = plan(snapshot, table, {
      existing: asExisting(first),
      existingHistory: historyAsExisting(first),
      mapping: first.mapping,
    });
    expect(column(again, 'ID')).toEqual(['K-001', 'K-002']);
    expect(again.history?.rows).toHaveLength(5);
    expect(again.history?.changes).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
  });
});

describe('a flat KPI table', () => {
  it('writes no history', () => {
    const sheet = sheetOf([
      ['KPI', 'Target', 'Actual'],
      ['Monthly revenue', 50000, 45200],
    ]);
    const p = plan(sheet, { ...firstTable(sheet), kind: 'kpis', layout: 'flat' });
    expect(p.history).toBeUndefined();
    expect(column(p, 'Actual')).toEqual([45200]);
  });
});

describe('Structure of a monthly sheet beside a KPI list already structured', () => {
  const list: TestCell[][] = [
    ['ID', 'KPI', 'Direction', 'Target', 'Actual', 'As of', 'Due', 'Owner'],
    ['K-001', 'Monthly revenue', 'higher', 50000, 45200, end(2027, 3, 20), end(2027, 12, 31), 'Maya'],
    ['K-002', 'Food waste', 'lower', 5, 8, end(2027, 3, 20), null, 'Jon'],
  ];
  const monthly: TestCell[][] = [
    ['ID', 'KPI', 'Jan-27', 'Feb-27', 'Mar-27'],
    ['K-001', 'Monthly revenue', 41000, 43500, 45200],
    ['K-002', 'Food waste', 9, 8.5, 8],
  ];

  it('keeps the direction, target, due date and owner the list gave, and reads Actual and As of from the history', () => {
    const listSheet = sheetOf(list, 'KPIs');
    const first = plan(listSheet, firstTable(listSheet));
    const monthlySheet = sheetOf(monthly, 'Monthly numbers');
    const next = plan(monthlySheet, asHistory(monthlySheet, 'wide', ['C', 'D', 'E']), {
      existing: asExisting(first),
      mapping: first.mapping,
    });
    expect(next.changes).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(column(next, 'Direction')).toEqual(['higher', 'lower']);
    expect(column(next, 'Target')).toEqual([50000, 5]);
    expect(column(next, 'Due')).toEqual([end(2027, 12, 31), null]);
    expect(column(next, 'Owner')).toEqual(['Maya', 'Jon']);
    expect(column(next, 'As of')).toEqual(Array(2).fill({ formula: HISTORY_FORMULAS.asOf }));
  });
});
