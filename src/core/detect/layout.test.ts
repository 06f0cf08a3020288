import { detectTables, type DetectedTable } from './index';
import { serial, sheetOf } from './testSheet';

function only(result: ReturnType<typeof detectTables>): DetectedTable {
  if (!result.ok) throw new Error(result.reason);
  expect(result.tables).toHaveLength(1);
  return result.tables[0];
}

const goals = [
  ['ID', 'Goal', 'Owner', 'Due date', 'Target'],
  ['G-001', 'Grow monthly recurring revenue to 50k', 'Ana Lopez', serial('2026-06-30'), 50000],
  ['G-002', 'Cut customer churn below three percent', 'Ben Carter', serial('2026-09-30'), 0.03],
  ['G-003', 'Open a second shop in the city centre', 'Ana Lopez', serial('2026-12-31'), 1],
];
const dateCol = { columnFormats: { 3: 'yyyy-mm-dd' }, formatFromRow: 0 };

describe('detectTables: where the table is', () => {
  it('finds the header on row 4 under a title and a blank row', () => {
    const t = only(detectTables(sheetOf([['Goals 2026'], [], [null, 'Prepared by the board'], ...goals], dateCol)));
    expect(t.headerRow).toBe(4);
    expect(t.firstDataRow).toBe(5);
    expect(t.lastDataRow).toBe(7);
    expect(t.range).toBe('A4:E7');
  });

  it('reports sheet coordinates when the snapshot starts away from A1, with blank rows and columns around', () => {
    const padded = [[], [], [null, null, ...goals[0]], ...goals.slice(1).map((r) => [null, null, ...r]), [], []];
    const t = only(detectTables(sheetOf(padded, { origin: { row: 4, col: 1 } })));
    expect(t.headerRow).toBe(7);
    expect(t.range).toBe('D7:H10');
    expect(t.columns.map((c) => c.column)).toEqual(['D', 'E', 'F', 'G', 'H']);
    expect(t.columns[0].index).toBe(3);
  });

  it('combines a two-level header: "Q1" over "Target" and "Actual", a wide history whose columns are periods', () => {
    const t = only(
      detectTables(
        sheetOf([
          [null, null, 'Q1', null, 'Q2', null],
          ['KPI', 'Owner', 'Target', 'Actual', 'Target', 'Actual'],
          ['Revenue', 'Ana Lopez', 100, 90, 120, 118],
          ['New customers', 'Ben Carter', 40, 44, 45, 39],
        ]),
      ),
    );
    expect(t.headerRow).toBe(1);
    expect(t.headerRows).toBe(2);
    expect(t.firstDataRow).toBe(3);
    expect(t.columns.map((c) => c.header)).toEqual([
      'KPI',
      'Owner',
      'Q1 Target',
      'Q1 Actual',
      'Q2 Target',
      'Q2 Actual',
    ]);
    expect(t.layout).toBe('wide');
    expect(t.columns.map((c) => c.role)).toEqual(['kpi', 'owner', 'period', 'period', 'period', 'period']);
  });

  it('keeps blank, numeric and date header cells in the header when the rows below are typed differently', () => {
    const t = only(
      detectTables(
        sheetOf(
          [
            ['Indicator', 'Owner', null, 0.85, serial('2026-03-31')],
            ['On-time delivery', 'Ana Lopez', 'x', 'Completed', 'Late shipments from one supplier this month'],
            ['Stock accuracy', 'Ben Carter', 'y', 'In progress', 'Cycle counts started in the second warehouse'],
            ['Return rate', 'Ana Lopez', 'z', 'Not started', 'Waiting for the new returns form from finance'],
          ],
          { columnFormats: { 3: '0%', 4: 'd-mmm' }, formatFromRow: 0 },
        ),
      ),
    );
    expect(t.headerRow).toBe(1);
    expect(t.columns).toHaveLength(5);
    expect(t.columns[3].header).toBe('0.85');
    expect(t.columns[3].role).toBe('status');
    expect(t.columns[4].header).toBe('2026-03-31');
  });

  it('stops the data at a totals row', () => {
    const t = only(
      detectTables(
        sheetOf([
          ['Region', 'Target', 'Actual'],
          ['North', 100, 90],
          ['South', 80, 85],
          ['Total', 180, 175],
          ['West', 1, 2],
        ]),
      ),
    );
    expect(t.lastDataRow).toBe(3);
  });

  it('stops the data at a note under the table and at two blank rows', () => {
    const note = only(detectTables(sheetOf([...goals, ['Note: targets agreed at the March board meeting']], dateCol)));
    expect(note.lastDataRow).toBe(4);
    const blanks = only(
      detectTables(sheetOf([...goals, [], [], ['G-009', 'Stray row far below', 'Ana Lopez']], dateCol)),
    );
    expect(blanks.lastDataRow).toBe(4);
  });

  it('skips header rows repeated mid-table and a single blank row, and keeps going', () => {
    const t = only(detectTables(sheetOf([...goals, goals[0], [], goals[1], goals[2]], dateCol)));
    expect(t.lastDataRow).toBe(8);
    expect(t.skippedRows).toEqual([5, 6]);
  });

  it('does not list a repeated header after the last data row as skipped inside the table', () => {
    const t = only(detectTables(sheetOf([...goals, goals[0]], dateCol)));
    expect(t.lastDataRow).toBe(4);
    expect(t.skippedRows).toEqual([]);
  });

  it('finds two tables stacked under their own titles', () => {
    const result = detectTables(
      sheetOf([
        ['Goals'],
        ...goals,
        [],
        ['KPIs'],
        [],
        ['KPI', 'Direction', 'Target', 'Actual'],
        ['Churn', 'Down', 0.03, 0.04],
        ['NPS', 'Up', 50, 46],
      ]),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.tables.map((t) => [t.headerRow, t.lastDataRow, t.kind])).toEqual([
      [2, 5, 'goals'],
      [9, 11, 'kpis'],
    ]);
  });

  it('finds two tables side by side separated by empty columns', () => {
    const result = detectTables(
      sheetOf([
        ['Goal', 'Owner', null, null, 'KPI', 'Target'],
        ['Grow revenue by a fifth this year', 'Ana Lopez', null, null, 'Revenue', 120],
        ['Keep our best customers happy', 'Ben Carter', null, null, 'NPS', 50],
      ]),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.tables.map((t) => t.range)).toEqual(['A1:B3', 'E1:F3']);
  });

  it('reads "$1,433" text and date text as typed cells under a text header', () => {
    const t = only(
      detectTables(
        sheetOf([
          [null, null, null],
          [null, 'Item', 'Monthly cost', 'Renewal'],
          [null, 'Vehicles', '$1,433', '31/03/2027'],
          [null, 'Insurance', '$445', '30/06/2027'],
        ]),
      ),
    );
    expect(t.headerRow).toBe(2);
    expect(t.range).toBe('B2:D4');
  });
});
