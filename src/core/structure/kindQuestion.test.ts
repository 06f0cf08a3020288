import { STRUCTURE_MESSAGES } from './messages';
import { initialCorrections, kindQuestionOf, planStructure, proposedKindOf } from './plan';
import { column, firstTable, planOf, sheetOf, type TestCell } from './testing';

/** A to-do list: "Task" over short lines and a tick column, nothing that says goals or KPIs. */
const jobs: TestCell[][] = [
  ['Task', 'Done'],
  ['Order flour', 'yes'],
  ['Fix the oven door', 'no'],
];

/** Planned against actual by category: a budget as much as a KPI table. */
const budget: TestCell[][] = [
  ['Category', 'Planned', 'Actual'],
  ['Rent', 1200, 1200],
  ['Wages', 5000, 5300],
  ['Flour', 800, 760],
];

const swot: TestCell[][] = [
  ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'],
  ['Loyal regulars', 'Small kitchen', 'Office lunches nearby', 'A chain bakery opening'],
];

const goals: TestCell[][] = [
  ['Goal', 'Owner', 'Due', 'Target'],
  ['Grow repeat customers from 200 to 260 a month', 'Ann', 'Q2 2027', 260],
];

function planWithoutChoosing(rows: TestCell[][]) {
  const snapshot = sheetOf(rows, 'Sheet1');
  const table = firstTable(snapshot);
  return planStructure({
    table,
    snapshot,
    corrections: initialCorrections(table),
    existing: null,
    mapping: null,
    sheetNames: ['Sheet1'],
    today: 46400,
  });
}

describe('the kind of table Structure proposes', () => {
  it('asks for the kind of a table it cannot name instead of proposing goals', () => {
    for (const rows of [jobs, budget]) {
      const table = firstTable(sheetOf(rows, 'Sheet1'));
      expect(proposedKindOf(table)).toBeNull();
      expect(initialCorrections(table).kind).toBeNull();
      expect(kindQuestionOf(table)).toBe(STRUCTURE_MESSAGES.chooseKind);
      expect(planWithoutChoosing(rows)).toEqual({ ok: false, reason: STRUCTURE_MESSAGES.chooseKind });
    }
  });

  it('points a SWOT table to the SWOT wizard, and still lets the user choose a kind', () => {
    const table = firstTable(sheetOf(swot, 'Sheet1'));
    expect(table.kind).toBe('swot');
    expect(initialCorrections(table).kind).toBeNull();
    expect(kindQuestionOf(table)).toBe(STRUCTURE_MESSAGES.chooseKindForSwot);
  });

  it('proposes the kind it is sure of, and asks nothing', () => {
    const table = firstTable(sheetOf(goals));
    expect(proposedKindOf(table)).toBe('goals');
    expect(kindQuestionOf(table)).toBeNull();
    expect(initialCorrections(table).kind).toBe('goals');
  });

  it('plans the table once the user chooses its kind', () => {
    const plan = planOf(sheetOf(jobs, 'Jobs'), { fix: (c) => ({ ...c, kind: 'goals' }) });
    expect(plan.tableName).toBe('RudderGoals');
    expect(column(plan, 'Goal')).toEqual(['Order flour', 'Fix the oven door']);
  });

  it('starts from the kind the user chose on an earlier run, without asking again', () => {
    const table = firstTable(sheetOf(jobs, 'Jobs'));
    const remembered = { sheet: 'Jobs', kind: 'goals' as const, headerRow: 1, roles: { A: 'goal' as const } };
    expect(initialCorrections(table, remembered).kind).toBe('goals');
  });
});
