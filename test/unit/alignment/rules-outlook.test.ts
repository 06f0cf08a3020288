import { runAlignment } from '../../../src/core/alignment';
import { serialFromYmd } from '../../../src/core/dates/serial';
import { buildStrategyModel, type RawTable } from '../../../src/core/model';

const ymd = serialFromYmd;
const monthEnd = (y: number, m: number): number => ymd(y, m + 1, 1) - 1;

const goals: RawTable = {
  name: 'RudderGoals',
  sheet: 'Goals',
  range: 'A1:C2',
  headers: ['ID', 'Goal', 'Status'],
  rows: [['G-001', 'Cut end-of-day waste from 9% to 5% by September 2027', null]],
};

const kpis: RawTable = {
  name: 'RudderKPIs',
  sheet: 'KPIs',
  range: 'A1:F3',
  headers: ['ID', 'KPI', 'Goal', 'Direction', 'Target', 'Due'],
  rows: [
    ['K-001', 'End-of-day waste', 'G-001', 'lower', 5, ymd(2027, 9, 30)],
    ['K-002', 'Loaves sold', 'G-001', 'higher', 150, ymd(2027, 9, 30)],
  ],
};

function history(waste: (m: number) => number): RawTable {
  const rows = [];
  for (let m = 1; m <= 12; m++) {
    rows.push(['K-001', monthEnd(2026, m), waste(m), null, null]);
    rows.push(['K-002', monthEnd(2026, m), 100 + 6 * m, null, null]);
  }
  return {
    name: 'RudderHistory',
    sheet: 'History (Rudder)',
    range: `A1:E${rows.length + 1}`,
    headers: ['KPI', 'Period', 'Actual', 'Target', 'Note'],
    rows,
  };
}

const findings = (h: RawTable) =>
  runAlignment(buildStrategyModel([goals, kpis, h]), { asOf: ymd(2027, 1, 10) }).findings.filter(
    (f) => f.rule === 'projected-miss',
  );

describe('projected-miss', () => {
  it('warns about a KPI whose history will not reach its target by the due date, and about its goal', () => {
    const found = findings(history((m) => 9 + (m % 2) * 0.1));
    expect(found.map((f) => [f.severity, f.sheet, f.cell, f.subjects])).toEqual([
      ['warning', 'KPIs', 'E2', ['K-001']],
      ['warning', 'Goals', 'C2', ['G-001', 'K-001']],
    ]);
    expect(found[0].message).toMatch(
      /^KPI K-001 'End-of-day waste' is projected to miss its target of 5 by 30 September 2027: at this pace it reaches about 9(\.\d+)? \(\d+% chance of meeting the target\)\.$/,
    );
    expect(found[1].message).toContain('its KPI K-001 is projected to miss its target');
  });

  it('says nothing when the history is on course', () => {
    expect(findings(history((m) => 9 - 0.4 * m))).toEqual([]);
  });

  it('says nothing for KPIs without history', () => {
    const empty: RawTable = { ...history(() => 0), rows: [] };
    expect(findings(empty)).toEqual([]);
  });
});
