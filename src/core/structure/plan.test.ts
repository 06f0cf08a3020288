import { serialFromYmd } from '../dates';
import { cellError } from '../grid/types';
import { FORMULAS } from './columns';
import { GOAL_STATUS_CELL } from './goalStatus';
import { previewRows } from './preview';
import { STRUCTURE_MESSAGES } from './messages';
import { planStructure, initialCorrections } from './plan';
import { asExisting, column, firstTable, planOf, sheetOf, type TestCell } from './testing';

const d = (y: number, m: number, day: number): { date: number } => ({ date: serialFromYmd(y, m, day) });

const messyGoals: TestCell[][] = [
  ['Goals for 2027'],
  ['Maya keeps this list'],
  [],
  ['Ref', 'Goal', 'Owner', 'Due', 'Baseline', 'Target', 'Unit'],
  ['G-001', 'Improve things', null, null, null, null, null],
  [
    'G-002',
    'Raise weekday sourdough sales from 120 to 160 loaves a week by 30 June 2027',
    'Maya',
    d(2027, 6, 30),
    120,
    160,
    'loaves',
  ],
  ['G-004', 'Cut end-of-day waste from 9% to 5% of what we bake', 'Jon', 'Q3 2027', '9', '5', '%'],
];

describe('planning a RudderGoals table', () => {
  it('copies the goals with their IDs, owners and numbers, and adds the formula columns of DESIGN §2', () => {
    const plan = planOf(sheetOf(messyGoals));
    expect(plan.tableName).toBe('RudderGoals');
    expect(plan.columns.map((c) => c.header)).toEqual([
      'ID',
      'Goal',
      'Pillar',
      'Source',
      'Owner',
      'Start',
      'Due',
      'Baseline',
      'Target',
      'Unit',
      'SMART',
      'Tips',
      'Status',
    ]);
    expect(column(plan, 'ID')).toEqual(['G-001', 'G-002', 'G-004']);
    expect(column(plan, 'Owner')).toEqual([null, 'Maya', 'Jon']);
    expect(column(plan, 'SMART')[0]).toEqual({ formula: '=RUDDER.SMARTSCORE([@Goal],[@Due],[@Baseline],[@Target])' });
    expect(column(plan, 'Tips')[0]).toEqual({ formula: '=RUDDER.SMARTTIPS([@Goal],[@Due],[@Baseline],[@Target])' });
  });

  it('reads numbers typed as text as numbers, and text dates as dates (a quarter ends on its last day)', () => {
    const plan = planOf(sheetOf(messyGoals));
    expect(column(plan, 'Baseline')).toEqual([null, 120, 9]);
    expect(column(plan, 'Due')).toEqual([null, d(2027, 6, 30), d(2027, 9, 30)]);
  });

  it('parses day-first, month-name and ISO text dates', () => {
    const rows: TestCell[][] = [
      ['Goal', 'Owner', 'Due'],
      ['Open a second counter at the station', 'Ann', '31/03/2027'],
      ['Launch a catering menu for offices', 'Bo', 'March 2027'],
      ['Train two bakers for the early shift', 'Cy', '2027-05-15'],
    ];
    const plan = planOf(sheetOf(rows));
    expect(column(plan, 'Due')).toEqual([d(2027, 3, 31), d(2027, 3, 31), d(2027, 5, 15)]);
  });

  it("reads 03/04/2027 in the workbook's order and says which dates could be read the other way", () => {
    const rows: TestCell[][] = [
      ['Goal', 'Owner', 'Due'],
      ['Open a second counter at the station', 'Ann', '03/04/2027'],
      ['Launch a catering menu for offices', 'Bo', '31/03/2027'],
      ['Train two bakers for the early shift', 'Cy', '05/06/2027'],
    ];
    const british = planOf(sheetOf(rows));
    expect(column(british, 'Due')).toEqual([d(2027, 4, 3), d(2027, 3, 31), d(2027, 6, 5)]);
    expect(british.notes).toContain(
      '2 dates such as "03/04/2027" could be read day first or month first: read day first (31/12), as most of the world writes them. If that is wrong, write them like 2027-06-30.',
    );
    const american = planOf(sheetOf(rows), { dateOrder: 'mdy', dateOrderFrom: 'en-US' });
    expect(column(american, 'Due')).toEqual([d(2027, 3, 4), d(2027, 3, 31), d(2027, 5, 6)]);
    expect(american.notes.join(' ')).toContain('read month first (12/31), as en-US writes dates');
  });

  it('without a locale, follows the day and month order of the date formats the sheet itself uses', () => {
    const rows: TestCell[][] = [
      ['Goal', 'Owner', 'Due'],
      ['Open a second counter at the station', 'Ann', '03/04/2027'],
      ['Launch a catering menu for offices', 'Bo', d(2027, 3, 31)],
    ];
    const snap = sheetOf(rows);
    const formats = rows.map((r, i) => r.map((_, c) => (i === 2 && c === 2 ? 'mm/dd/yyyy' : null)));
    const plan = planOf({ ...snap, numberFormats: formats });
    expect(column(plan, 'Due')[0]).toEqual(d(2027, 3, 4));
    expect(plan.notes.join(' ')).toContain("read month first (12/31), as this sheet's own date formats do");
  });

  it('keeps goal text that starts like a formula as plain text, never a formula', () => {
    const rows: TestCell[][] = [
      ['Goal', 'Owner', 'Due'],
      ["=cmd|' /C calc'!A0", 'Eve', '2027-01-31'],
      ['+SUM(1,2) more customers', 'Eve', '2027-01-31'],
      ['Grow repeat customers from 200 to 260', 'Ann', '2027-06-30'],
    ];
    const plan = planOf(sheetOf(rows));
    expect(column(plan, 'Goal').slice(0, 2)).toEqual(["=cmd|' /C calc'!A0", '+SUM(1,2) more customers']);
    for (const cell of column(plan, 'Goal')) expect(typeof cell).toBe('string');
  });

  it('honours a role the user corrected, and a kind the user chose', () => {
    const rows: TestCell[][] = [
      ['Goal', 'Who', 'Now', 'Aim'],
      ['Grow repeat customers', 'Ann', 200, 260],
      ['Cut waste', 'Bo', 9, 5],
    ];
    const snap = sheetOf(rows);
    const table = firstTable(snap);
    const base = initialCorrections(table);
    const plan = planOf(snap, { corrections: { ...base, roles: { ...base.roles, C: 'baseline', D: 'target' } } });
    expect(column(plan, 'Baseline')).toEqual([200, 9]);
    expect(column(plan, 'Target')).toEqual([260, 5]);
    const asKpis = planOf(snap, {
      corrections: { ...base, kind: 'kpis', roles: { ...base.roles, C: 'actual', D: 'target' } },
    });
    expect(asKpis.tableName).toBe('RudderKPIs');
    expect(column(asKpis, 'KPI')).toEqual(['Grow repeat customers', 'Cut waste']);
    expect(column(asKpis, 'Actual')).toEqual([200, 9]);
    expect(column(asKpis, 'ID')).toEqual(['K-001', 'K-002']);
  });

  it('leaves error cells blank and says so; skips a header repeated down the sheet', () => {
    const rows: TestCell[][] = [
      ['Goal', 'Owner', 'Target'],
      ['Grow repeat customers', 'Ann', cellError('#N/A')],
      ['Goal', 'Owner', 'Target'],
      ['Cut waste', 'Bo', 5],
    ];
    const plan = planOf(sheetOf(rows));
    expect(column(plan, 'Goal')).toEqual(['Grow repeat customers', 'Cut waste']);
    expect(column(plan, 'Target')).toEqual([null, 5]);
    expect(plan.notes).toContain(STRUCTURE_MESSAGES.errorCells(1));
  });

  it('says plainly that a new sheet is added and the user sheet is not changed', () => {
    const plan = planOf(sheetOf(messyGoals), { sheetNames: ['Goals', 'KPIs'] });
    expect(plan.summary).toBe(
      "Adds sheet 'Goals (Rudder)' with a table of 3 goals; your sheet 'Goals' is not changed.",
    );
    expect(planOf(sheetOf(messyGoals), { sheetNames: ['Goals', 'Goals (Rudder)'] }).targetSheet).toBe(
      'Goals (Rudder) (2)',
    );
  });

  it('refuses a table without a goal column, saying why', () => {
    const snap = sheetOf(messyGoals);
    const table = firstTable(snap);
    const base = initialCorrections(table);
    const result = planStructure({
      table,
      snapshot: snap,
      corrections: { ...base, roles: { ...base.roles, B: 'notes' } },
      existing: null,
      mapping: null,
      sheetNames: [],
      today: 46400,
    });
    expect(result).toEqual({ ok: false, reason: STRUCTURE_MESSAGES.noMainColumn('goals') });
  });
});

describe('running Structure again on the same sheet', () => {
  const noIds: TestCell[][] = [
    ['Goal', 'Owner', 'Due'],
    ['Grow repeat customers from 200 to 260', 'Ann', '2027-06-30'],
    ['Cut waste from 9% to 5%', 'Bo', '2027-09-30'],
    ['Open a market stall every Saturday', 'Cy', '2027-04-01'],
  ];

  it('gives new IDs on the first run and keeps them on the next, with nothing changed', () => {
    const first = planOf(sheetOf(noIds));
    expect(column(first, 'ID')).toEqual(['G-001', 'G-002', 'G-003']);
    const again = planOf(sheetOf(noIds), { existing: asExisting(first), mapping: first.mapping });
    expect(column(again, 'ID')).toEqual(['G-001', 'G-002', 'G-003']);
    expect(again.changes).toEqual({ added: 0, updated: 0, unchanged: 3, keptOnly: 0 });
    expect(again.createsSheet).toBe(false);
    expect(again.summary).toBe(
      "Updates the table RudderGoals on sheet 'Goals (Rudder)' (3 unchanged); your sheet 'Goals' is not changed.",
    );
  });

  it('updates a changed row in place and adds a new row with a number never used before', () => {
    const first = planOf(sheetOf(noIds));
    const edited: TestCell[][] = [
      noIds[0],
      ['Grow repeat customers from 200 to 260', 'Dee', '2027-06-30'],
      noIds[2],
      // The third goal is gone from the sheet, a new one arrives.
      ['Start a school baking workshop', 'Eve', '2027-10-01'],
    ];
    const again = planOf(sheetOf(edited), { existing: asExisting(first), mapping: first.mapping });
    expect(again.changes).toEqual({ added: 1, updated: 1, unchanged: 1, keptOnly: 1 });
    expect(column(again, 'ID')).toEqual(['G-001', 'G-002', 'G-003', 'G-004']);
    expect(column(again, 'Owner')).toEqual(['Dee', 'Bo', 'Cy', 'Eve']);
    expect(column(again, 'Goal')[3]).toBe('Start a school baking workshop');
  });

  it('never reuses the number of a goal deleted from the table', () => {
    const first = planOf(sheetOf(noIds));
    const table = asExisting(first);
    const withoutThird = { ...table, rows: table.rows.slice(0, 2) };
    const rows = [...noIds.slice(0, 3), ['Start a school baking workshop', 'Eve', '2027-10-01']];
    const again = planOf(sheetOf(rows), { existing: withoutThird, mapping: first.mapping });
    expect(column(again, 'ID')).toEqual(['G-001', 'G-002', 'G-004']);
  });

  it('gives new IDs past every number the workbook already names, so a broken link never starts pointing at a new goal', () => {
    const first = planOf(sheetOf(noIds), { referencedNumbers: { G: 12 } });
    expect(column(first, 'ID')).toEqual(['G-013', 'G-014', 'G-015']);
  });

  it('follows a goal whose wording was edited on the same row', () => {
    const first = planOf(sheetOf(noIds));
    const reworded = noIds.map((r, i) => (i === 2 ? ['Cut waste from 9% to 4%', 'Bo', '2027-09-30'] : r));
    const again = planOf(sheetOf(reworded), { existing: asExisting(first), mapping: first.mapping });
    expect(column(again, 'ID')).toEqual(['G-001', 'G-002', 'G-003']);
    expect(again.changes.updated).toBe(1);
    expect(column(again, 'Goal')[1]).toBe('Cut waste from 9% to 4%');
  });

  it('keeps the user IDs of the sheet and never gives a duplicate one twice', () => {
    const rows: TestCell[][] = [
      ['ID', 'Goal'],
      ['G-007', 'Grow repeat customers'],
      ['G-007', 'Cut waste'],
      [null, 'Open a market stall'],
    ];
    const plan = planOf(sheetOf(rows));
    expect(column(plan, 'ID')).toEqual(['G-007', 'G-008', 'G-009']);
    expect(plan.notes).toContain(STRUCTURE_MESSAGES.duplicateIds(['G-007']));
  });
});

describe('goal Status', () => {
  it('is the worst status of the KPIs linked to the goal, by ID or by name', () => {
    const today = serialFromYmd(2027, 1, 15);
    const plan = planOf(sheetOf(messyGoals), {
      today,
      kpis: [
        { Goal: 'G-002', Actual: 150, Target: 160, Direction: 'higher', Baseline: 120 },
        { Goal: 'G-002', Actual: 10, Target: 160, Direction: 'higher', Baseline: 120 },
        {
          Goal: 'Cut end-of-day waste from 9% to 5% of what we bake',
          Actual: 4,
          Target: 5,
          Direction: 'lower',
          Baseline: 9,
        },
      ],
    });
    expect(column(plan, 'Status')).toEqual(['No data', 'Off track', 'Achieved']);
  });

  it('is the live formula over RudderKPIs once that table exists, and the preview shows what it computes', () => {
    const today = serialFromYmd(2027, 1, 15);
    const plan = planOf(sheetOf(messyGoals), {
      today,
      kpiTableExists: true,
      kpis: [{ Goal: 'G-002', Actual: 10, Target: 160, Direction: 'higher', Baseline: 120 }],
    });
    expect(column(plan, 'Status')).toEqual([GOAL_STATUS_CELL, GOAL_STATUS_CELL, GOAL_STATUS_CELL]);
    expect(previewRows(plan, today).rows.map((r) => r[plan.columns.length - 1])).toEqual([
      'No data',
      'Off track',
      'No data',
    ]);
  });

  it('keeps the sheet status for a goal no KPI measures', () => {
    const rows: TestCell[][] = [
      ['Goal', 'Owner', 'Status'],
      ['Grow repeat customers', 'Ann', 'On track'],
    ];
    expect(column(planOf(sheetOf(rows)), 'Status')).toEqual(['On track']);
  });
});

describe('KPI tables', () => {
  it('writes the KPI formula columns exactly as DESIGN §2 states', () => {
    const rows: TestCell[][] = [
      ['KPIs: updated every Friday'],
      [],
      ['ID', 'KPI', 'Direction', 'Baseline', 'Target', 'Actual', 'As of'],
      ['K-001', 'Loaves sold per week', 'higher', 120, 160, 138, d(2026, 11, 20)],
      ['K-002', 'Waste', 'lower', 9, 5, '8.1', '20/11/2026'],
    ];
    const plan = planOf(sheetOf(rows, 'KPIs'));
    expect(plan.kind).toBe('kpis');
    expect(column(plan, 'Status')[0]).toEqual({ formula: FORMULAS.kpiStatus });
    expect(FORMULAS.kpiStatus).toBe(
      '=RUDDER.KPI_STATUS([@Actual],[@Target],[@Direction],[@Baseline],[@Start],[@Due],TODAY())',
    );
    expect(column(plan, 'Progress')[0]).toEqual({
      formula: '=RUDDER.KPI_PROGRESS([@Actual],[@Target],[@Direction],[@Baseline])',
    });
    expect(column(plan, 'Actual')).toEqual([138, 8.1]);
    expect(column(plan, 'As of')).toEqual([d(2026, 11, 20), d(2026, 11, 20)]);
  });
});
