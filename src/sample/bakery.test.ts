import { BAKERY_SAMPLE } from './bakery';
import type { SampleCell, SampleSheet } from './types';

function sheet(name: string): SampleSheet {
  const found = BAKERY_SAMPLE.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`sample has no ${name} sheet`);
  return found;
}

function column(s: SampleSheet, header: string): { headerRow: number; values: SampleCell[] } {
  const headerRow = s.rows.findIndex((row) => row.includes(header));
  const col = s.rows[headerRow].indexOf(header);
  return { headerRow, values: s.rows.slice(headerRow + 1).map((row) => row[col] ?? null) };
}

describe('the bakery sample', () => {
  it('has Strategy, Goals, KPIs, SWOT and Monthly numbers sheets', () => {
    expect(BAKERY_SAMPLE.sheets.map((s) => s.name)).toEqual(['Strategy', 'Goals', 'KPIs', 'SWOT', 'Monthly numbers']);
  });

  it('keeps the Goals header below a title and a blank row, as real sheets do', () => {
    const { headerRow } = column(sheet('Goals'), 'Goal');
    expect(headerRow).toBeGreaterThan(1);
    expect(sheet('Goals').rows[headerRow - 1]).toEqual([]);
  });

  it('scores every goal with a RUDDER.SMARTSCORE formula pointing at its own row', () => {
    const goals = sheet('Goals');
    const { headerRow, values } = column(goals, 'SMART score');
    values.forEach((cell, i) =>
      expect(cell).toEqual({
        formula: `=RUDDER.SMARTSCORE(B${headerRow + 2 + i},E${headerRow + 2 + i},F${headerRow + 2 + i},G${headerRow + 2 + i})`,
      }),
    );
  });

  it('mixes real due dates with dates written as text', () => {
    const due = column(sheet('Goals'), 'By when').values;
    expect(due.some((d) => typeof d === 'object' && d !== null && 'date' in d)).toBe(true);
    expect(due).toContain('Q3 2027');
  });

  it('plants a KPI linked to a goal that does not exist and a goal no KPI measures', () => {
    const goalIds = new Set(column(sheet('Goals'), 'Ref').values);
    const links = column(sheet('KPIs'), 'Goal').values;
    expect(links.filter((l) => !goalIds.has(l))).toEqual(['G-012']);
    expect([...goalIds].filter((g) => !links.includes(g))).toContain('G-007');
  });

  it('has lower-is-better KPIs beside higher-is-better ones', () => {
    const directions = column(sheet('KPIs'), 'Direction').values;
    expect(directions.filter((d) => d === 'lower').length).toBeGreaterThanOrEqual(3);
    expect(directions).toContain('higher');
  });

  it('lays SWOT out as a 2x2 grid of titled quadrants', () => {
    const cells = sheet('SWOT').rows.flat();
    for (const title of ['Strengths', 'Weaknesses', 'Opportunities', 'Threats']) expect(cells).toContain(title);
  });
});

describe('the bakery’s monthly numbers', () => {
  it('keep a year of month-end values per KPI, months across, for KPIs of the KPIs sheet', () => {
    const monthly = sheet('Monthly numbers');
    const header = monthly.rows[2];
    expect(header.slice(0, 2)).toEqual(['ID', 'KPI']);
    expect(header.slice(2)).toHaveLength(12);
    const ids = new Set(column(sheet('KPIs'), 'ID').values);
    for (const row of monthly.rows.slice(3)) {
      expect(ids.has(row[0])).toBe(true);
      expect(row.slice(2).every((v) => typeof v === 'number')).toBe(true);
    }
  });
});
