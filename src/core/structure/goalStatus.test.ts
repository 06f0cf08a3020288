import { HyperFormula } from 'hyperformula';
import { cellError } from '../grid/types';
import {
  GOAL_STATUS_FORMULA,
  goalStatusFormula,
  goalStatusFromKpis,
  type GoalKey,
  type KpiLinkStatus,
} from './goalStatus';

/** The formula over A1 cells: goal ID in A1, goal text in B1, KPI Goal cells in D1:D8, their statuses in E1:E8. */
const A1_REFS = { id: '$A$1', goal: '$B$1', kpiGoals: '$D$1:$D$8', kpiStatuses: '$E$1:$E$8' };

function evaluate(goal: GoalKey, kpis: readonly (readonly [string, string | null])[]): unknown {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: true });
  const sheet = hf.getSheetId(hf.addSheet('S')) as number;
  const rows = Array.from({ length: 8 }, (_, i) => {
    const k = kpis[i];
    return [i === 0 ? goal.id : null, i === 0 ? goal.text : null, null, k ? k[0] : null, k ? k[1] : null];
  });
  rows[0][2] = goalStatusFormula(A1_REFS);
  hf.setSheetContent(sheet, rows);
  const value = hf.getCellValue({ sheet, row: 0, col: 2 });
  hf.destroy();
  return value;
}

const ERROR_FORMULA = '=1/0';
const asLinks = (kpis: readonly (readonly [string, string | null])[]): KpiLinkStatus[] =>
  kpis.map(([goal, status]) => ({ goal, status: status === ERROR_FORMULA ? cellError('#DIV/0!') : status }));

const CASES: readonly {
  name: string;
  goal: GoalKey;
  kpis: readonly (readonly [string, string | null])[];
  want: string;
}[] = [
  {
    name: 'worst of two KPIs wins',
    goal: { id: 'G-001', text: 'Grow sales' },
    kpis: [
      ['G-001', 'On track'],
      ['G-001', 'Off track'],
    ],
    want: 'Off track',
  },
  {
    name: 'a KPI that measures two goals counts for both',
    goal: { id: 'G-002', text: 'x' },
    kpis: [['G-001, G-002', 'Missed']],
    want: 'Missed',
  },
  {
    name: 'semicolons and any case',
    goal: { id: 'G-002', text: 'x' },
    kpis: [['g-001;g-002', 'At risk']],
    want: 'At risk',
  },
  {
    name: 'G-001 is not G-0011',
    goal: { id: 'G-001', text: 'x' },
    kpis: [
      ['G-0011', 'Missed'],
      ['G-001', 'Achieved'],
    ],
    want: 'Achieved',
  },
  {
    name: 'a KPI naming the goal by its whole text',
    goal: { id: 'G-003', text: 'Cut waste' },
    kpis: [['cut waste', 'Not started']],
    want: 'Not started',
  },
  { name: 'no KPI: No data', goal: { id: 'G-004', text: 'Hire' }, kpis: [['G-001', 'Missed']], want: 'No data' },
  {
    name: 'a KPI whose status is an error counts as no data',
    goal: { id: 'G-005', text: 'x' },
    kpis: [
      ['G-005', ERROR_FORMULA],
      ['G-005', 'On track'],
    ],
    want: 'No data',
  },
  {
    name: 'a blank status is left out',
    goal: { id: 'G-006', text: 'x' },
    kpis: [
      ['G-006', null],
      ['G-006', 'Achieved'],
    ],
    want: 'Achieved',
  },
  {
    name: 'a goal without ID is found by its text only',
    goal: { id: '', text: 'Open a stall' },
    kpis: [
      ['', 'Missed'],
      ['Open a stall', 'On track'],
    ],
    want: 'On track',
  },
];

describe('the goal Status formula', () => {
  it.each(CASES)('shows what the rollup computes: $name', ({ goal, kpis, want }) => {
    expect(goalStatusFromKpis(goal, asLinks(kpis))).toBe(want);
    expect(evaluate(goal, kpis)).toBe(want);
  });

  it('uses no LET, LAMBDA or newer function, and fits Excel easily', () => {
    expect(GOAL_STATUS_FORMULA).not.toMatch(/\b(LET|LAMBDA|FILTER|XLOOKUP|TEXTJOIN|IFS|MAXIFS|MINIFS)\(/);
    expect(GOAL_STATUS_FORMULA).toContain('RudderKPIs[Status]');
    expect(GOAL_STATUS_FORMULA.length).toBeLessThan(3000);
  });
});
