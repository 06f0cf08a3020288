import { detectTables, DETECT_MESSAGES } from './index';
import { sheetOf } from './testSheet';
import { cellError, type CellValue } from '../grid/types';

function reasonOf(rows: readonly (readonly CellValue[])[]): string {
  const result = detectTables(sheetOf(rows));
  if (result.ok) throw new Error(`expected nothing, found ${result.tables.map((t) => t.range).join(', ')}`);
  return result.reason;
}

const merged: CellValue[] = ['Bakery plan 2026', 'Bakery plan 2026', 'Bakery plan 2026'];

// Time bounds are generous (shared CI machines); they catch a hang or a quadratic walk, not a slow constant.
// These tests guard against work that never ends (a quadratic pass over 200,000 rows takes minutes).
// They are not speed budgets: speed is measured by `npm run bench`, never by wall-clock limits in tests,
// which fail on a busy machine.
const HANG_LIMIT_MS = 60_000;

describe('detectTables: bad input', () => {
  it('says the sheet is empty', () => {
    expect(reasonOf([])).toBe(DETECT_MESSAGES.emptySheet);
    expect(reasonOf([[null, ''], [], ['   ']])).toBe(DETECT_MESSAGES.emptySheet);
  });

  it('says a sheet with only a title has nothing to structure', () => {
    expect(reasonOf([[], [null, 'Strategy 2026']])).toBe(DETECT_MESSAGES.onlyTitle);
    expect(DETECT_MESSAGES.onlyTitle).toBe('nothing to structure here, because the sheet only holds a title');
  });

  it('says a sheet of numbers has no header to name its columns', () => {
    expect(
      reasonOf([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ]),
    ).toBe(DETECT_MESSAGES.onlyNumbers);
  });

  it('says a sheet of error values holds only errors', () => {
    expect(
      reasonOf([
        [cellError('#N/A'), cellError('#REF!')],
        [cellError('#DIV/0!'), null],
      ]),
    ).toBe(DETECT_MESSAGES.onlyErrors);
  });

  it('says a header row without data has nothing below it', () => {
    expect(reasonOf([['Goal', 'Owner', 'Due date']])).toBe(DETECT_MESSAGES.headerWithoutData);
  });

  it('says why a single column, one merged cell or a single row is not a table', () => {
    expect(reasonOf([['Goal'], ['Grow sales by a fifth'], ['Open a second shop'], ['Hire a baker']])).toBe(
      DETECT_MESSAGES.singleColumn,
    );
    expect(reasonOf([merged, merged, merged])).toBe(DETECT_MESSAGES.onlyMerged);
    expect(reasonOf([['Goal', 'Owner', 'Due', 'Grow sales by a fifth', 'Ana Lopez']])).toBe(
      DETECT_MESSAGES.headerWithoutData,
    );
  });

  it('says when the cells, or the header above the data, are formulas that were never calculated', () => {
    const blank = [
      [null, null, null],
      [null, null, null],
    ];
    const onlyFormulas = detectTables({
      name: 'Sheet1',
      origin: { row: 0, col: 0 },
      values: blank,
      formulas: [
        ['=A2+1', '=B2+1', '=C2'],
        ['=1', '=2', '=3'],
      ],
    });
    expect(onlyFormulas).toEqual({ ok: false, reason: DETECT_MESSAGES.uncalculated });
    const formulaHeader = detectTables({
      name: 'Sheet1',
      origin: { row: 0, col: 0 },
      values: [
        [null, null, null],
        ['Grow sales by a fifth', 'Ana Lopez', 100],
        ['Open a second shop', 'Ben Carter', 1],
      ],
      formulas: [['=Setup!A1', '=Setup!B1', '=Setup!C1'], [], []],
    });
    expect(formulaHeader).toEqual({ ok: false, reason: DETECT_MESSAGES.headerUncalculated });
  });

  it('reads a header row of formulas whose results were calculated like any header', () => {
    const result = detectTables({
      name: 'Sheet1',
      origin: { row: 0, col: 0 },
      values: [
        ['Goal', 'Owner', 'Due'],
        ['Grow sales by a fifth by December 2027', 'Ana Lopez', '31/12/2027'],
        ['Open a second shop by June 2028', 'Ben Carter', '30/06/2028'],
      ],
      formulas: [['=Setup!A1', '=Setup!B1', '=Setup!C1'], [], []],
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.tables[0]).toMatchObject({ headerRow: 1, kind: 'goals' });
  });

  it('says why a single row of one long merged heading or a lone SWOT heading with one line is not a table', () => {
    expect(reasonOf([['Strengths'], ['Fresh bread every morning']])).toBe(DETECT_MESSAGES.onlyTitle);
    expect(reasonOf([['Vision', 'Vision', 'Vision', 'Vision']])).toBe(DETECT_MESSAGES.onlyMerged);
  });

  it(
    'gives up quickly on a long single column of one quadrant heading repeated',
    () => {
      const rows = Array.from({ length: 200_000 }, () => ['Threats']);
      expect(reasonOf(rows)).toBe(DETECT_MESSAGES.singleColumn);
    },
    HANG_LIMIT_MS,
  );

  it('finds nothing in scattered single letters', () => {
    expect(reasonOf([['s', null, 'w'], [], [], [], ['o', null, 't']])).toBe(DETECT_MESSAGES.noHeader);
  });

  it('reads a table whose numbers are partly typed as text', () => {
    const result = detectTables(
      sheetOf([
        ['KPI', 'Target', 'Actual'],
        ['Revenue', '50,000', 42000],
        ['Margin', '35%', 0.31],
        ['Orders', 1200, '1,150'],
      ]),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.tables[0].columns.map((c) => c.role)).toEqual(['kpi', 'target', 'actual']);
  });

  it('keeps both columns of a duplicated header, with the same role', () => {
    const result = detectTables(
      sheetOf([
        ['KPI', 'Target', 'Target', 'Actual'],
        ['Revenue', 50000, 52000, 42000],
        ['Orders', 1200, 1300, 1150],
      ]),
    );
    if (!result.ok) throw new Error(result.reason);
    const cols = result.tables[0].columns;
    expect(cols.map((c) => c.header)).toEqual(['KPI', 'Target', 'Target', 'Actual']);
    expect(cols.map((c) => c.role)).toEqual(['kpi', 'target', 'target', 'actual']);
  });

  it('skips every repeated header row of a printed, paginated table', () => {
    const header = ['Goal', 'Owner', 'Status'];
    const rows: CellValue[][] = [header];
    for (let page = 0; page < 3; page++) {
      for (let i = 0; i < 4; i++)
        rows.push([`Goal number ${page * 4 + i} for the year ahead`, 'Ana Lopez', 'On track']);
      rows.push([...header]);
    }
    rows.push(['Last goal of the list for this year', 'Ben Carter', 'Done']);
    const result = detectTables(sheetOf(rows));
    if (!result.ok) throw new Error(result.reason);
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].skippedRows).toEqual([6, 11, 16]);
    expect(result.tables[0].lastDataRow).toBe(17);
  });

  it('reads a table with error values in its cells', () => {
    const result = detectTables(
      sheetOf([
        ['KPI', 'Target', 'Actual', 'Owner'],
        ['Margin', 0.35, cellError('#DIV/0!'), 'Ana Lopez'],
        ['Orders', 1200, cellError('#N/A'), 'Ben Carter'],
        ['Revenue', 50000, 42000, 'Ana Lopez'],
      ]),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.tables[0].columns.map((c) => c.role)).toEqual(['kpi', 'target', 'actual', 'owner']);
  });

  it(
    'handles a sheet 16,384 columns wide',
    () => {
      const width = 16_384;
      const header = Array.from({ length: width }, (_, c) => `Metric ${c + 1}`);
      const row = Array.from({ length: width }, (_, c) => c * 2);
      const result = detectTables(sheetOf([header, row, row]));
      if (!result.ok) throw new Error(result.reason);
      expect(result.tables[0].columns).toHaveLength(width);
      expect(result.tables[0].range).toBe('A1:XFD3');
    },
    HANG_LIMIT_MS,
  );

  it(
    'finds the full extent of a million-row table without hanging, reading only a sample for roles',
    () => {
      const rows: CellValue[][] = new Array<CellValue[]>(1_000_001);
      rows[0] = ['ID', 'KPI', 'Actual'];
      for (let i = 1; i <= 1_000_000; i++) rows[i] = [i, 'Revenue', i * 3];
      const result = detectTables(sheetOf(rows), { maxRows: 200 });
      if (!result.ok) throw new Error(result.reason);
      expect(result.tables[0].lastDataRow).toBe(1_000_001);
      expect(result.tables[0].columns.map((c) => c.role)).toEqual(['id', 'kpi', 'actual']);
    },
    HANG_LIMIT_MS,
  );

  it(
    'gives up quickly on a million rows of numbers',
    () => {
      const rows: CellValue[][] = new Array<CellValue[]>(1_000_000);
      for (let i = 0; i < rows.length; i++) rows[i] = [i, i * 2];
      const result = detectTables(sheetOf(rows));
      expect(result).toEqual({ ok: false, reason: DETECT_MESSAGES.onlyNumbers });
    },
    HANG_LIMIT_MS,
  );
});
