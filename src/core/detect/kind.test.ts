import { detectTables, type DetectedTable } from './index';
import { sheetOf } from './testSheet';
import type { CellValue } from '../grid/types';

function first(rows: readonly (readonly CellValue[])[]): DetectedTable {
  const result = detectTables(sheetOf(rows));
  if (!result.ok) throw new Error(result.reason);
  return result.tables[0];
}

describe('detectTables: what kind of table it is', () => {
  it('calls a table of goals with owners and deadlines a goals table', () => {
    const t = first([
      ['Goal', 'Owner', 'Due'],
      ['Grow revenue by a fifth this year', 'Ana Lopez', '31/12/2026'],
      ['Open a second shop in town', 'Ben Carter', '30/06/2026'],
    ]);
    expect(t.kind).toBe('goals');
    expect(t.kindConfidence).toBeGreaterThan(0.6);
  });

  it('calls a table of measures with targets and actuals a KPI table', () => {
    const t = first([
      ['Indicator', 'Target', 'Actual', 'Direction'],
      ['Churn', 0.03, 0.04, 'lower'],
      ['NPS', 50, 46, 'higher'],
    ]);
    expect(t.kind).toBe('kpis');
  });

  it.each([
    ['English', ['Strengths', 'Weaknesses', 'Opportunities', 'Threats']],
    ['French', ['Forces', 'Faiblesses', 'Opportunités', 'Menaces']],
    ['Spanish', ['Fortalezas', 'Debilidades', 'Oportunidades', 'Amenazas']],
    ['German', ['Stärken', 'Schwächen', 'Chancen', 'Risiken']],
    ['Portuguese', ['Forças', 'Fraquezas', 'Oportunidades', 'Ameaças']],
  ])('calls a column-per-quadrant table in %s a SWOT', (_language, header) => {
    const t = first([
      header,
      ['Loyal local customers', 'Small marketing budget', 'New housing estate nearby', 'Chain store opening'],
      ['Skilled staff', 'Old delivery van', 'Online orders growing', 'Rising energy prices'],
    ]);
    expect(t.kind).toBe('swot');
    expect(t.columns.every((c) => c.role === 'other')).toBe(true);
  });

  it('calls one item per row with a quadrant category a SWOT', () => {
    const t = first([
      ['Category', 'Description', 'Impact'],
      ['Strength', 'Loyal local customers who come back every week', 'High'],
      ['Weakness', 'A small marketing budget for the whole year', 'Medium'],
      ['Opportunity', 'A new housing estate being built nearby', 'High'],
      ['Threat', 'A chain store opening on the high street', 'Low'],
    ]);
    expect(t.kind).toBe('swot');
    expect(t.columns[1].role).toBe('notes');
  });

  it('calls rows of mission, vision and values a strategy table', () => {
    const t = first([
      ['Type', 'Statement'],
      ['Mission', 'We keep the lights on for the homes and shops of our town'],
      ['Vision', 'The electrician every family in the county calls first'],
      ['Value', 'We tell customers the truth about their wiring'],
    ]);
    expect(t.kind).toBe('strategy');
  });

  it('calls anything else other', () => {
    const t = first([
      ['Item', 'Price'],
      ['Ladder', 120],
      ['Cable drum', 85],
    ]);
    expect(t.kind).toBe('other');
  });
});
